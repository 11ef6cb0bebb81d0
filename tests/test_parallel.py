"""parse_many: the same articles as parse_article, in order, in or out of process;
records that pickle and unstructure to plain data; the CLI's --jobs."""

from __future__ import annotations

import json
import multiprocessing
import os
import pathlib
import pickle
import re
import signal
import sys
import time
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import pytest

import articleparse
from articleparse import Article, cli
from articleparse._parallel import (
    _Child,
    _parse_chunk_to_send,
    _pool_context,
    _rebuilt,
    parse_tagged,
)
from articleparse._progress import Progress
from benchmarks.corpus import generated_articles, seed_text

TEXTS = [seed_text(), *generated_articles(40, seed=5), "", "   \n", "“Unclosed, she said."]


@pytest.fixture(scope="module")
def sequential() -> list[Article]:
    return [articleparse.parse_article(text) for text in TEXTS]


@pytest.mark.parametrize(
    ("workers", "chunksize"), [(0, 1), (1, 16), (2, 1), (2, 3), (3, 16), (None, 4)]
)
def test_same_articles_in_order(
    sequential: list[Article], workers: int | None, chunksize: int
) -> None:
    found = list(articleparse.parse_many(TEXTS, workers=workers, chunksize=chunksize))
    assert found == sequential


def test_mode_reaches_the_workers() -> None:
    texts = generated_articles(6, seed=9)
    for mode in ("article", "page"):
        want = [articleparse.parse_article(text, mode=mode) for text in texts]
        assert list(articleparse.parse_many(texts, workers=2, chunksize=2, mode=mode)) == want


def test_reads_its_input_lazily() -> None:
    taken: list[int] = []

    def texts() -> Iterator[str]:
        for i in range(10_000):
            taken.append(i)
            yield f"Paragraph {i}, said Anna Berg."

    first = next(articleparse.parse_many(texts(), workers=1))
    assert first.body[0].text == "Paragraph 0, said Anna Berg."
    assert len(taken) == 1
    results = articleparse.parse_many(texts(), workers=2, chunksize=4)
    assert next(results).body[0].text == "Paragraph 0, said Anna Berg."
    results.close()  # closing the generator shuts the pool down
    assert len(taken) < 1 + 200  # only a window of chunks was read


def test_workers_one_starts_no_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started")

    monkeypatch.setattr("articleparse._parallel._Child", no_pool)
    for workers in (0, 1):
        assert len(list(articleparse.parse_many(TEXTS, workers=workers))) == len(TEXTS)


def test_leaving_early_stops_the_children() -> None:
    before = set(multiprocessing.active_children())  # other tests' pools, if any
    results = articleparse.parse_many(TEXTS, workers=3, chunksize=1)
    assert next(results) == articleparse.parse_article(TEXTS[0])
    assert len(set(multiprocessing.active_children()) - before) == 2
    results.close()
    assert set(multiprocessing.active_children()) <= before


@pytest.mark.parametrize("leave_early", [False, True])
def test_children_end_on_their_own(monkeypatch: pytest.MonkeyPatch, leave_early: bool) -> None:
    # told to stop, a child ends by itself, not by SIGTERM (exit code -15)
    started: list[_Child] = []

    class Recorded(_Child):
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            started.append(self)

    monkeypatch.setattr("articleparse._parallel._Child", Recorded)
    results = articleparse.parse_many(TEXTS, workers=3, chunksize=1)
    if leave_early:
        assert next(results) == articleparse.parse_article(TEXTS[0])
        results.close()
    else:
        assert len(list(results)) == len(TEXTS)
    assert len(started) == 2
    # (0, or 1 under coverage with warnings as errors: its save in the child
    # warns that the forked child did not import articleparse itself)
    assert all(child.process.exitcode in (0, 1) for child in started)


@pytest.mark.skipif(_pool_context() is None, reason="children are not forked here")
def test_a_child_that_does_not_end_gets_sigterm(
    monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path
) -> None:
    parent = os.getpid()
    begun_file = tmp_path / "begun"

    def parse(text: str, mode: str = "auto") -> Article:
        if text == "slow" and os.getpid() != parent:
            begun_file.touch()
            time.sleep(30)
        return articleparse.parse_article(text)

    monkeypatch.setattr("articleparse._parallel.parse_article", parse)
    monkeypatch.setattr("articleparse._parallel._STOP_WAIT", 0.3)
    context = _pool_context()
    assert context is not None
    child = _Child(context, "auto")
    child.send(0, ["slow"])
    deadline = time.monotonic() + 30
    while not begun_file.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert begun_file.exists()  # it has begun the chunk: told to stop, it does not end
    begun = time.monotonic()
    child.tell_to_stop()
    child.stop()
    assert 0.3 <= time.monotonic() - begun < 10  # 0.3 s, then SIGTERM
    assert child.process.exitcode is not None
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:  # (coverage installs a handler)
        assert child.process.exitcode == -signal.SIGTERM


@pytest.mark.skipif(_pool_context() is None, reason="children are not forked here")
def test_a_child_that_dies_breaks_the_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    parent = os.getpid()
    before = set(multiprocessing.active_children())

    def parse_or_die(text: str, mode: str = "auto") -> Article:
        if text == "die" and os.getpid() != parent:
            os._exit(1)
        return articleparse.parse_article(text)

    # The first chunks go to the child (forked with this stand-in) before this
    # process parses any: the child gets "die".
    monkeypatch.setattr("articleparse._parallel.parse_article", parse_or_die)
    with pytest.raises(BrokenProcessPool):
        list(articleparse.parse_many(["die", *TEXTS], workers=2, chunksize=1))
    assert set(multiprocessing.active_children()) <= before


@pytest.mark.skipif(_pool_context() is None, reason="children are not forked here")
def test_the_end_of_the_input_is_taken_back_from_a_busy_child(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parent = os.getpid()
    here: list[str] = []

    def parse(text: str, mode: str = "auto") -> Article:
        if os.getpid() == parent:
            here.append(text)
        elif text == "slow":
            time.sleep(0.5)
        return articleparse.parse_article(text)

    monkeypatch.setattr("articleparse._parallel.parse_article", parse)
    texts = ["slow", "one.", "two.", "three.", "four."]
    found = list(articleparse.parse_many(texts, workers=2, chunksize=1))
    assert [article.text for article in found] == texts
    # the child was sent the first four and is busy with the first: this
    # process parses the fifth, then takes back the three the child has not begun
    assert here == ["four.", "three.", "two.", "one."]


@pytest.mark.parametrize("workers", [1, 2])
def test_error_comes_after_the_articles_before_it(workers: int) -> None:
    texts: list[Any] = ["one, she said.", "two, he said.", b"bytes", "four"]
    results = articleparse.parse_many(texts, workers=workers, chunksize=4)
    assert next(results).body[0].text == "one, she said."
    assert next(results).body[0].text == "two, he said."
    with pytest.raises(TypeError, match="decode it first"):
        next(results)


@pytest.mark.parametrize(
    ("workers", "chunksize", "message"),
    [(-1, 16, "workers must be"), (2, 0, "chunksize must be")],
)
def test_bad_arguments(workers: int, chunksize: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        articleparse.parse_many(["text"], workers=workers, chunksize=chunksize)


def test_empty_input() -> None:
    assert list(articleparse.parse_many([], workers=2)) == []


def test_records_pickle(sequential: list[Article]) -> None:
    for article in sequential:
        copy = pickle.loads(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
        assert copy == article
        assert copy.quotes == article.quotes


def test_children_send_offsets_not_texts(sequential: list[Article]) -> None:
    sent = _parse_chunk_to_send(TEXTS, "auto")
    assert sent[1] is None
    size = len(pickle.dumps(sent, protocol=pickle.HIGHEST_PROTOCOL))
    assert size < 0.5 * sum(len(text.encode("utf-8")) for text in TEXTS)
    articles, error = _rebuilt(TEXTS, sent)
    assert error is None
    assert articles == sequential
    assert all(article.text is text for article, text in zip(articles, TEXTS, strict=True))


def test_rebuilt_chunk_stops_at_the_error() -> None:
    texts: list[Any] = ["one, she said.", b"bytes", "three"]
    sent = _parse_chunk_to_send(texts, "auto")
    articles, error = _rebuilt(texts, sent)
    assert [article.text for article in articles] == ["one, she said."]
    assert isinstance(error, TypeError)


def test_children_fork_where_that_is_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("articleparse._parallel.threading.active_count", lambda: 1)
    context = _pool_context()
    if sys.platform == "darwin" or "fork" not in multiprocessing.get_all_start_methods():
        assert context is None
    else:
        assert context is not None
        assert context.get_start_method() == "fork"
    # Another thread running: the platform's default way to start children.
    monkeypatch.setattr("articleparse._parallel.threading.active_count", lambda: 2)
    assert _pool_context() is None


def _is_plain(value: object) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _is_plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_is_plain(v) for v in value)
    return value is None or isinstance(value, (str, int))


def test_records_unstructure_to_plain_data(sequential: list[Article]) -> None:
    for article in sequential:
        plain = articleparse.to_dict(article)
        assert _is_plain(plain)
        assert json.loads(json.dumps(plain)) == plain
        assert articleparse.from_dict(plain) == article


def test_parse_tagged_keeps_untexted_items_in_place() -> None:
    items = ["a", None, "b, she said.", None, None, "c", None]
    for workers in (1, 2):
        found = list(parse_tagged(items, lambda item: item, workers=workers, chunksize=1))
        assert [item for item, _ in found] == items
        assert [article is None for _, article in found] == [item is None for item in items]
        assert [a.text for _, a in found if a is not None] == ["a", "b, she said.", "c"]


def _write_batch(tmp_path: pathlib.Path, bad: bool) -> pathlib.Path:
    lines = [json.dumps({"id": f"a{i}", "text": text}) for i, text in enumerate(TEXTS)]
    if bad:
        lines.insert(3, "{not json")
        lines.insert(10, json.dumps({"id": "x", "text": 7}))
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("jobs", ["2", "3"])
def test_cli_jobs_output_equals_one_process(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    path = _write_batch(tmp_path, bad=False)
    assert cli.main([str(path), "--jsonl"]) == 0
    one = capsys.readouterr()
    assert cli.main([str(path), "--jsonl", "--jobs", jobs]) == 0
    many = capsys.readouterr()
    assert many.out == one.out
    assert len(many.out.splitlines()) == len(TEXTS)
    assert many.err == ""  # not a terminal: no progress display


def test_cli_jobs_reports_bad_inputs_in_order(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write_batch(tmp_path, bad=True)
    assert cli.main([str(path), "--jsonl", "--keep-going"]) == cli.EXIT_BAD_INPUT
    one = capsys.readouterr()
    assert cli.main([str(path), "--jsonl", "--keep-going", "--jobs", "2"]) == cli.EXIT_BAD_INPUT
    many = capsys.readouterr()
    assert many.out == one.out
    assert many.err == one.err
    assert [re.findall(r"batch\.jsonl:(\d+)", line) for line in many.err.splitlines()] == [
        ["4"],
        ["11"],
    ]
    # Without --keep-going the batch stops at the first bad line, after what came before.
    assert cli.main([str(path), "--jsonl", "--jobs", "2"]) == cli.EXIT_BAD_INPUT
    stopped = capsys.readouterr()
    assert len(stopped.out.splitlines()) == 3
    assert stopped.err.count("error") == 1


@pytest.mark.parametrize("value", ["0", "-2", "many"])
def test_cli_jobs_must_be_positive(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--jobs", value, "-"])
    assert exit_info.value.code == cli.EXIT_USAGE
    assert "--jobs" in capsys.readouterr().err


class _Terminal:
    """A stand-in stderr that says it is a terminal and keeps what is written."""

    def __init__(self, tty: bool) -> None:
        self.tty = tty
        self.written: list[str] = []

    def isatty(self) -> bool:
        return self.tty

    def write(self, text: str) -> int:
        self.written.append(text)
        return len(text)

    def flush(self) -> None:
        pass


@pytest.mark.parametrize("tty", [True, False])
def test_progress_shows_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch, tty: bool) -> None:
    clock = iter(float(i) for i in range(100))
    monkeypatch.setattr("articleparse._progress.time.monotonic", lambda: next(clock))
    stream = _Terminal(tty)
    progress = Progress(stream)  # type: ignore[arg-type]
    for _ in range(5):
        progress.advance(1000)
    progress.clear()
    shown = "".join(stream.written)
    if tty:
        assert "5 articles" in shown
        assert shown.endswith("\r\x1b[K")
    else:
        assert shown == ""
    assert progress.articles == 5
    assert progress.chars == 5000


def test_progress_is_quiet_for_a_short_batch() -> None:
    stream = _Terminal(True)
    progress = Progress(stream)  # type: ignore[arg-type]
    for _ in range(3):
        progress.advance(10)
    progress.clear()
    assert stream.written == []
