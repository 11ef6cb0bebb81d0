"""Linear time on hostile input: each family of tests/cases/hostile/families.json
parsed at two sizes ten times apart must take about ten times as long.

The bound is generous (a ratio under 25, where linear is 10 and quadratic is
100) and uses the best of a few runs, so a busy machine does not fail it; the
benchmark (python -m benchmarks.bench) measures the real targets."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable

import pytest

import articleparse
from articleparse._segment import segment
from benchmarks import bench
from benchmarks.bench import best_parse_time
from benchmarks.corpus import Family, generated_articles, load_families, seed_text

FAMILIES = load_families()
SMALL = 10_000  # characters at first; the large input is ten times the small one
MAX_SMALL = 80_000
MIN_SMALL_SECONDS = 0.02
MAX_RATIO = 25.0
# A last guard so that a very slow stage fails the test rather than stalls the
# suite: 100,000 characters in a minute is 1,700 characters a second, a
# thousand times below the target.
MAX_SECONDS = 60.0


def test_families_file_is_well_formed() -> None:
    names = [family.family for family in FAMILIES]
    assert len(names) == len(set(names)) >= 7
    for family in FAMILIES:
        assert family.about
        assert family.units
        assert all(family.units)
        assert family.count >= 10_000
        assert family.text(3).startswith(family.head)
        assert len(family.text_of_size(5_000)) >= 5_000


@pytest.mark.parametrize("family", FAMILIES, ids=[f.family for f in FAMILIES])
def test_time_grows_linearly(family: Family) -> None:
    size = SMALL
    small = family.text_of_size(size)
    best_parse_time(small, 1)  # warm up
    t_small = best_parse_time(small, 5, budget=1.0)
    while t_small < MIN_SMALL_SECONDS and size < MAX_SMALL:
        # Too quick to time well, and fixed costs (a bounded window, a lookup
        # on the first lines) still weigh on it: grow the input first.
        size *= 2
        small = family.text_of_size(size)
        t_small = best_parse_time(small, 5, budget=1.0)
    large = family.text_of_size(10 * size)
    bound = MAX_RATIO * len(large) / len(small) / 10
    limit = min(bound * t_small + 0.5, MAX_SECONDS)
    t_large = best_parse_time(large, 3, limit=limit, budget=3.0)
    ratio = t_large / t_small
    assert ratio < bound, (
        f"{family.family}: {len(large):,} chars took {ratio:.1f}x as long as {len(small):,}"
        f" ({t_small:.4f} s -> {t_large:.4f} s; a parse longer than {limit:.1f} s is cut short)"
    )


@pytest.mark.parametrize("family", FAMILIES, ids=[f.family for f in FAMILIES])
def test_hostile_text_keeps_the_contract(family: Family) -> None:
    text = family.text_of_size(5_000)
    article = articleparse.parse_article(text)
    covered = bytearray(len(text))
    for block in article.segments():
        assert not any(covered[block.span.start : block.span.end]), "segments overlap"
        covered[block.span.start : block.span.end] = b"\x01" * len(block.span)
        assert text[block.span.start : block.span.end] == block.text
    uncovered = [i for i, char in enumerate(text) if not covered[i] and not char.isspace()]
    assert uncovered == []
    for quote in article.quotes:
        assert text[quote.span.start : quote.span.end] == quote.text


def test_benchmark_runs_and_prints_every_figure(capsys: pytest.CaptureFixture[str]) -> None:
    texts = [seed_text(), *generated_articles(30, seed=2)]
    bench.throughput("sample", texts)
    bench.memory(texts, 20_000)
    bench.scaling(2000, one_mb=2_000)
    bench.parallel(texts, 2, repeats=1)
    out = capsys.readouterr().out
    for figure in ("articles/s", "MB/s", "p50", "p99", "parse/scan ratio", "peak above baseline"):
        assert figure in out
    for family in FAMILIES:
        assert family.family in out
    assert "speedup" in out


def test_a_runaway_parse_is_cut_short(monkeypatch: pytest.MonkeyPatch) -> None:
    def forever(text: str) -> None:
        while True:
            time.sleep(0.05)

    assert best_parse_time("short", 2, limit=1.0) < 1.0
    monkeypatch.setattr(articleparse, "parse_article", forever)
    start = time.perf_counter()
    assert best_parse_time("short", 2, limit=0.05) == float("inf")
    assert time.perf_counter() - start < 30


def _peak_multiple(work: Callable[[], object], size: int) -> float:
    """The peak memory traced while ``work()`` runs, as a multiple of ``size``."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        work()
        return (tracemalloc.get_traced_memory()[1] - before) / size
    finally:
        tracemalloc.stop()


def test_peak_memory_stays_a_small_multiple_of_the_input() -> None:
    # About 1 MB of short articles with curly quotation marks, so that the str
    # holds two bytes a character: a whole-text str.lower() sets aside twelve
    # bytes a character and took segmentation from about 6x to about 17x.
    # The benchmark measures the target (under 10x) on 10 MB of real news;
    # these generated articles are denser in paragraphs and quotations, so
    # the whole parse is held to a looser bound.
    pieces = [seed_text(), *generated_articles(400, seed=3)]
    text = "\n\n".join(pieces * (1 + 1_000_000 // sum(map(len, pieces))))[:1_000_000]
    size = len(text.encode("utf-8"))
    assert _peak_multiple(lambda: segment(text), size) < 8.0
    assert _peak_multiple(lambda: articleparse.parse_article(text), size) < 20.0
