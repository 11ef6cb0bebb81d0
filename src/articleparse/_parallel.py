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

import contextlib
import itertools
import multiprocessing
import os
import queue
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from typing import Any, TypeVar

from ._parse import parse_article
from ._records import Article, ArticleOffsets, article_from_offsets, article_offsets
from ._segment import Mode

__all__ = ["default_workers", "parse_many", "parse_tagged"]

T = TypeVar("T")

# Texts per task sent to a worker: enough to make the cost of a round trip
# (about 0.2 ms of CPU) small next to the parsing (about 20 ms for 8 news
# articles), few enough that the workers share the load: at the end of the
# input this process waits for the chunk a child has begun.
DEFAULT_CHUNKSIZE = 8
# Chunks a child holds: the one it parses and the next ones, so that it has
# work while this process parses a chunk of its own (up to some 50 ms for a
# chunk of polnear, twice the mean) before topping it up.  At the end of the
# input this process takes back the ones the child has not begun.
_HELD_PER_CHILD = 4
# Chunks read ahead per worker, parsed or in flight, waiting their turn: room
# for this process to run ahead of a child that is slower for a while (a long
# article, a busy core) without reading the whole input ahead.
_AHEAD_PER_WORKER = 16
# Seconds a child gets to end once told to (then SIGTERM), and after SIGTERM
# (then SIGKILL).
_STOP_WAIT = 2.0


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


# A chunk sent to a child: its number and its texts.
_Task = tuple[int, list[str]]


def _serve(tasks: Connection, results: Connection, mode: Mode, taken_back: Any) -> None:
    """A child's loop: parse each chunk that comes and send back its compact form.

    A chunk numbered ``taken_back.value`` or later was taken back by the
    caller, which parses it itself: it is skipped (None is sent back).  A
    thread of its own receives the chunks, so that the caller never blocks
    sending a chunk while this process blocks sending a result.  A None task
    ends it (the caller sends one when it is done, having first taken back
    every chunk); Ctrl-C (which reaches the children too) ends it quietly.
    """
    inbox: queue.SimpleQueue[_Task | None] = queue.SimpleQueue()
    threading.Thread(target=_receive, args=(tasks, inbox), daemon=True).start()
    try:
        while (task := inbox.get()) is not None:
            number, chunk = task
            skip = number >= taken_back.value
            results.send(None if skip else _parse_chunk_to_send(chunk, mode))
    except (KeyboardInterrupt, BrokenPipeError):
        pass


def _receive(tasks: Connection, inbox: queue.SimpleQueue[_Task | None]) -> None:
    try:
        while True:
            inbox.put(tasks.recv())
    except (EOFError, OSError):  # the caller closed the pipe
        inbox.put(None)


class _Child:
    """A child process, its pipes, and the numbers of the chunks it holds, in order."""

    def __init__(self, context: BaseContext, mode: Mode) -> None:
        their_tasks, self.tasks = context.Pipe(duplex=False)
        self.results, their_results = context.Pipe(duplex=False)
        # the first of the chunks it holds that this process took back
        self.taken_back = context.RawValue("q", sys.maxsize)
        self.process = context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(their_tasks, their_results, mode, self.taken_back), daemon=True
        )
        self.process.start()
        their_tasks.close()
        their_results.close()
        self.held: deque[int] = deque()

    def send(self, number: int, chunk: list[str]) -> None:
        self.tasks.send((number, chunk))
        self.held.append(number)

    def unbegun(self) -> int:
        """The number of the last chunk it holds and has not begun, or -1.

        It parses its oldest chunk first and skips the ones taken back
        (``taken_back``): the others it has not begun, or only just.
        """
        first_taken = self.taken_back.value
        return max((n for n in itertools.islice(self.held, 1, None) if n < first_taken), default=-1)

    def receive(self) -> tuple[int, _Sent | None]:
        """The number of the oldest chunk it holds, which is back, with its
        compact form (None for a chunk taken back)."""
        try:
            sent: _Sent | None = self.results.recv()
        except EOFError:
            raise BrokenProcessPool("a child process of parse_many ended unexpectedly") from None
        return self.held.popleft(), sent

    def tell_to_stop(self) -> None:
        """Ask the child to end: it skips the chunks it holds (all taken back)
        and ends at the None task after them.

        Closing the pipes would not end it: a forked child holds this
        process's ends of them too.
        """
        self.taken_back.value = -1
        with contextlib.suppress(OSError):  # it has ended already
            self.tasks.send(None)

    def stop(self) -> None:
        """Wait for the child, told to stop, to end; else SIGTERM, then SIGKILL.

        What it sends back meanwhile is read and dropped, so that it never
        waits on a full pipe.  One still busy after _STOP_WAIT seconds (with a
        long article) gets SIGTERM, and one that holds a lock in its receiving
        thread when SIGTERM comes can wait forever in a SIGTERM handler that
        needs that lock (coverage installs one): SIGKILL after _STOP_WAIT more
        seconds ends it all the same.
        """
        process = self.process
        deadline = time.monotonic() + _STOP_WAIT
        while (left := deadline - time.monotonic()) > 0:
            ready = wait([self.results, process.sentinel], timeout=left)
            if process.sentinel in ready or not ready:
                break
            try:
                self.results.recv()
            except (EOFError, OSError):  # it has closed its end: it is ending
                break
        process.join(timeout=max(0.0, deadline - time.monotonic()))
        if process.is_alive():
            process.terminate()
            process.join(timeout=_STOP_WAIT)
            if process.is_alive():
                process.kill()
                process.join()
        self.tasks.close()
        self.results.close()


def _pooled(
    texts: Iterable[str], workers: int, chunksize: int, mode: Mode
) -> Generator[Article, None, None]:
    """Chunks in order, parsed by ``workers - 1`` child processes and this one.

    Each child holds up to _HELD_PER_CHILD chunks, topped up between the
    chunks this process parses itself whenever the chunk due is not back yet.
    So this process, which must receive and rebuild every child's articles,
    also parses whatever its spare time allows, and two workers on two cores
    are this process and one child.  At the end of the input, rather than
    wait, it takes back the last chunk a child has not begun and parses it.
    Plain pipes, no threads here: nothing takes the GIL from this process.
    """
    chunks = _chunks(texts, chunksize)
    context = _pool_context() or multiprocessing.get_context()
    ahead = workers * _AHEAD_PER_WORKER  # chunks in flight or waiting their turn
    sent: dict[int, list[str]] = {}  # chunks a child holds, by number
    parsed: dict[int, _Parsed] = {}  # chunks parsed, by number, waiting their turn
    due = taken = 0  # the number of the next chunk to yield; chunks read so far
    exhausted = False

    def take() -> list[str] | None:
        """The next chunk; None at the end of the input or when ``ahead`` are out."""
        nonlocal exhausted
        if exhausted or taken - due >= ahead:
            return None
        chunk = next(chunks, None)
        exhausted = chunk is None
        return chunk

    children: list[_Child] = []
    try:
        children.extend(_Child(context, mode) for _ in range(workers - 1))
        while True:
            for child in children:
                while child.held and child.results.poll():
                    number, found = child.receive()
                    chunk = sent.pop(number, None)  # None: taken back
                    if chunk is not None:
                        assert found is not None
                        parsed[number] = _rebuilt(chunk, found)
                while len(child.held) < _HELD_PER_CHILD and (chunk := take()) is not None:
                    child.send(taken, chunk)
                    sent[taken] = chunk
                    taken += 1
            if due in parsed:
                done, error = parsed.pop(due)
                due += 1
                yield from done
                if error is not None:
                    raise error
                continue
            if exhausted and due == taken:
                return
            # The chunk due is with a child: parse the next one here, or at
            # the end of the input the last one a child has not begun.
            if (chunk := take()) is not None:
                parsed[taken] = _parse_chunk(chunk, mode)
                taken += 1
                continue
            child = max(children, key=_Child.unbegun)
            last = child.unbegun() if exhausted else -1
            if last >= 0:
                child.taken_back.value = last
                parsed[last] = _parse_chunk(sent.pop(last), mode)
            else:
                wait([child.results for child in children if child.held])
    finally:
        for child in children:
            child.tell_to_stop()
        for child in children:
            child.stop()
