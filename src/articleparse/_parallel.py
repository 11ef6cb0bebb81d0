# Many texts at once: parse_many, an ordered iterator over a process pool.
#
# Contract: parse_many(texts) yields exactly what [parse_article(t) for t in
# texts] would hold, in the same order, and reads its input lazily (a window of
# chunks in flight, never the whole input), so a batch of millions of articles
# runs in bounded memory.  With workers 0 or 1 it parses in this process and
# starts no pool.  Leaving the iterator early (break, close, an exception)
# shuts the pool down.  A child sends back only offsets and the few strings
# that are not slices of the text (_records.article_offsets); this process,
# which has the texts, rebuilds the records on them.
from __future__ import annotations

import itertools
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.context import BaseContext
from typing import TypeVar

from ._parse import parse_article
from ._records import Article, ArticleOffsets, article_from_offsets, article_offsets
from ._segment import Mode

__all__ = ["default_workers", "parse_many", "parse_tagged"]

T = TypeVar("T")

# Texts per task sent to a worker: enough to make the cost of a round trip
# (about 0.2 ms of CPU) small next to the parsing (about 20 ms for 8 news
# articles), few enough that the workers share the load: at the end of the
# input this process waits for the chunks a child has started (up to two).
DEFAULT_CHUNKSIZE = 8
# Chunks queued per child: enough to keep it busy while this process parses a
# chunk of its own, few enough to take back the unstarted ones at the end.
# The queue is topped up once it is half empty, several chunks at a time.
_QUEUED_PER_CHILD = 6
# Chunks read ahead per worker, parsed or in flight, waiting their turn: room
# for this process to run ahead of a child that is slower for a while (a long
# article, a busy core) without reading the whole input ahead.
_AHEAD_PER_WORKER = 16


def default_workers() -> int:
    """The number of CPUs this process may run on (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not every platform has sched_getaffinity
        return max(1, os.cpu_count() or 1)


def _pool_context() -> BaseContext | None:
    """How to start the children: by fork where that is safe, else the default.

    A forked child parses at once, with the patterns compiled; a spawned one
    (or one from a fork server, Linux's default from Python 3.14) imports
    articleparse first: about 0.3 s per pool, a sixth of the polnear batch.
    Fork is not safe on macOS, nor in a process that runs other threads.
    """
    if sys.platform == "darwin" or threading.active_count() > 1:
        return None
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    return multiprocessing.get_context("fork")


# A parsed chunk: its articles, and the error that stopped it if one did.
_Parsed = tuple[list[Article], Exception | None]
# A chunk parsed by a child: the compact form of its articles (everything but
# their texts, which the caller has), and the error that stopped it if one did.
_Sent = tuple[list[ArticleOffsets], Exception | None]


def _parse_chunk(texts: list[str], mode: Mode) -> _Parsed:
    """One chunk of texts, parsed in order.

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


def _parse_chunk_to_send(texts: list[str], mode: Mode) -> _Sent:
    """A child's task: _parse_chunk, its articles in the compact form to send back.

    The compact form without the text pickles to a tenth to a third of the
    text (a tree of attrs records was 2.7 times it), and the caller rebuilds
    the records on its own texts.
    """
    articles, error = _parse_chunk(texts, mode)
    return [article_offsets(article) for article in articles], error


def _rebuilt(texts: list[str], sent: _Sent) -> _Parsed:
    """The articles of a chunk a child parsed, rebuilt on the caller's texts."""
    offsets, error = sent
    # Fewer articles than texts when an error stopped the chunk.
    pairs = zip(texts, offsets, strict=False)
    return [article_from_offsets(text, found) for text, found in pairs], error


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


class _Job:
    """A chunk on its way: sent to a child (``future``) or parsed here (``parsed``)."""

    __slots__ = ("chunk", "future", "parsed")

    def __init__(
        self, chunk: list[str], future: Future[_Sent] | None, parsed: _Parsed | None = None
    ) -> None:
        self.chunk = chunk
        self.future = future
        self.parsed = parsed

    def ready(self) -> bool:
        return self.future is None or self.future.done()

    def steal(self, mode: Mode) -> bool:
        """Parse here a chunk that no child has started on; False if one has."""
        if self.future is None or not self.future.cancel():
            return False
        self.future = None
        self.parsed = _parse_chunk(self.chunk, mode)
        return True

    def result(self) -> _Parsed:
        if self.future is not None:
            return _rebuilt(self.chunk, self.future.result())
        assert self.parsed is not None
        return self.parsed


def _pooled(
    texts: Iterable[str], workers: int, chunksize: int, mode: Mode
) -> Generator[Article, None, None]:
    """Chunks in order, parsed by ``workers - 1`` child processes and this one.

    The children take chunks from a queue; whenever the next chunk due is not
    back yet, this process parses a later chunk itself and keeps the result
    until its turn, and at the end of the input it takes back the chunks no
    child has started on.  So this process, which must receive and rebuild
    every child's articles, also parses whatever its spare time allows, and
    two workers on two cores are this process and one child.
    """
    chunks = _chunks(texts, chunksize)
    children = workers - 1
    ahead = workers * _AHEAD_PER_WORKER  # chunks in flight or waiting their turn
    queued = children * _QUEUED_PER_CHILD  # chunks the children have, at most
    pending: deque[_Job] = deque()
    submitted = 0  # jobs in ``pending`` that a child has
    exhausted = False

    def take() -> list[str] | None:
        nonlocal exhausted
        chunk = None if exhausted else next(chunks, None)
        exhausted = chunk is None
        return chunk

    with ProcessPoolExecutor(max_workers=children, mp_context=_pool_context()) as pool:
        try:
            while True:
                # Top the children's queue up once it is half empty: each submit
                # wakes the pool's thread, which takes the GIL from this one
                # (0.4 to 4 ms on a busy machine), and chunks submitted
                # together cost about one wake-up.
                if submitted <= queued // 2:
                    while submitted < queued and len(pending) < ahead:
                        chunk = take()
                        if chunk is None:
                            break
                        job = _Job(chunk, pool.submit(_parse_chunk_to_send, chunk, mode))
                        pending.append(job)
                        submitted += 1
                if not pending:
                    return
                head = pending[0]
                if not head.ready():
                    # Rather than wait: parse the next chunk here, or, at the end
                    # of the input, the last chunk no child has started on.
                    chunk = take() if len(pending) < ahead else None
                    if chunk is not None:
                        pending.append(_Job(chunk, None, _parse_chunk(chunk, mode)))
                        continue
                    stolen = next((job for job in reversed(pending) if job.steal(mode)), None)
                    if stolen is not None:
                        submitted -= 1
                        continue
                pending.popleft()
                if head.future is not None:
                    submitted -= 1
                done, error = head.result()
                yield from done
                if error is not None:
                    raise error
        finally:
            for job in pending:
                if job.future is not None:
                    job.future.cancel()
