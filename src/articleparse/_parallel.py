# Many texts at once: parse_many, an ordered iterator over a process pool.
#
# Contract: parse_many(texts) yields exactly what [parse_article(t) for t in
# texts] would hold, in the same order, and reads its input lazily (a window of
# chunks in flight, never the whole input), so a batch of millions of articles
# runs in bounded memory.  With workers 0 or 1 it parses in this process and
# starts no pool.  Leaving the iterator early (break, close, an exception)
# shuts the pool down.
from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from ._parse import parse_article
from ._records import Article
from ._segment import Mode

__all__ = ["default_workers", "parse_many", "parse_tagged"]

T = TypeVar("T")

# Texts per task sent to a worker: enough to make the cost of a round trip
# small next to the parsing, few enough that the workers share the load.
DEFAULT_CHUNKSIZE = 16
# Chunks in flight per worker: keeps every worker busy while the caller reads
# results, without reading the whole input ahead.
_AHEAD_PER_WORKER = 4


def default_workers() -> int:
    """The number of CPUs this process may run on (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not every platform has sched_getaffinity
        return max(1, os.cpu_count() or 1)


# A parsed chunk: its articles, and the error that stopped it if one did.
_Parsed = tuple[list[Article], Exception | None]


def _parse_chunk(texts: list[str], mode: Mode) -> _Parsed:
    """A worker's task: one chunk of texts, parsed in order.

    An error stops the chunk and comes back with the articles before it, so
    the caller gets those first and then the error, as it would in-process.
    """
    articles: list[Article] = []
    try:
        for text in texts:
            articles.append(parse_article(text, mode=mode))
    except Exception as error:
        return articles, error
    return articles, None


def _chunks(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    iterator = iter(texts)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def parse_many(
    texts: Iterable[str],
    *,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    mode: Mode = "auto",
) -> Generator[Article, None, None]:
    """Parse many texts, in order, over a pool of worker processes.

    ``workers`` is the number of processes (``None``, the default: one per
    CPU this process may use; ``0`` or ``1``: parse here, with no pool).
    ``chunksize`` texts go to a worker at a time.  ``mode`` is passed to
    ``parse_article`` for every text.

    The result is a generator: articles come out in the order of ``texts`` as
    soon as they (and every one before them) are parsed; ``close()`` it to
    stop early and shut the pool down.  Errors are
    ``parse_article``'s (a ``TypeError`` for a text that is not a ``str``),
    raised when the iterator reaches that text.
    """
    if workers is None:
        workers = default_workers()
    if workers < 0:
        raise ValueError(f"workers must be >= 0 or None, got {workers}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be >= 1, got {chunksize}")
    if workers <= 1:
        return (parse_article(text, mode=mode) for text in texts)
    return _pooled(texts, workers, chunksize, mode)


def parse_tagged(
    items: Iterable[T],
    text_of: Callable[[T], str | None],
    *,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    mode: Mode = "auto",
) -> Generator[tuple[T, Article | None], None, None]:
    """Each item with the article of its text, in order, parsed as parse_many does.

    ``text_of(item)`` gives the text to parse, or ``None`` for an item that
    has none (an input that could not be read, say): that item comes out in
    its place with ``None`` for the article.
    """
    waiting: deque[T] = deque()

    def texts() -> Iterator[str]:
        for item in items:
            waiting.append(item)
            text = text_of(item)
            if text is not None:
                yield text

    articles = parse_many(texts(), workers=workers, chunksize=chunksize, mode=mode)
    try:
        for article in articles:
            while text_of(waiting[0]) is None:
                yield waiting.popleft(), None
            yield waiting.popleft(), article
        while waiting:
            yield waiting.popleft(), None
    finally:
        if isinstance(articles, Generator):
            articles.close()


def _pooled(
    texts: Iterable[str], workers: int, chunksize: int, mode: Mode
) -> Generator[Article, None, None]:
    """Chunks in order, parsed by ``workers - 1`` child processes and this one.

    The children take chunks from a queue; whenever the next chunk due is not
    back yet, this process parses a later chunk itself and keeps the result
    until its turn.  So this process, which must receive and rebuild every
    child's articles, also parses whatever its spare time allows, and two
    workers on two cores are this process and one child.
    """
    chunks = _chunks(texts, chunksize)
    children = workers - 1
    ahead = workers * _AHEAD_PER_WORKER  # chunks in flight or waiting their turn
    pending: deque[Future[_Parsed] | _Parsed] = deque()
    submitted = 0  # chunks in ``pending`` that a child has

    with ProcessPoolExecutor(max_workers=children) as pool:
        try:
            while True:
                while submitted < children * _AHEAD_PER_WORKER and len(pending) < ahead:
                    chunk = next(chunks, None)
                    if chunk is None:
                        break
                    pending.append(pool.submit(_parse_chunk, chunk, mode))
                    submitted += 1
                if not pending:
                    return
                head = pending[0]
                if isinstance(head, Future) and not head.done() and len(pending) < ahead:
                    chunk = next(chunks, None)
                    if chunk is not None:
                        pending.append(_parse_chunk(chunk, mode))
                        continue
                pending.popleft()
                if isinstance(head, Future):
                    submitted -= 1
                    head_result = head.result()
                else:
                    head_result = head
                done, error = head_result
                yield from done
                if error is not None:
                    raise error
        finally:
            for item in pending:
                if isinstance(item, Future):
                    item.cancel()
