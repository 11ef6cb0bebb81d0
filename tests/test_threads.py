"""Eight threads parsing the same inputs at once get the same results as one
thread: parse_article keeps no shared mutable state."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor

from hypothesis import HealthCheck, Phase, given, settings

import articleparse
from articleparse import Article
from articleparse.strategies import Expected, article_texts

from .conftest import ROOT, SEEDS

THREADS = 8


def _inputs() -> list[str]:
    """The seed, 40 generated articles and the hostile-text cases."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]

    @settings(
        max_examples=40,
        derandomize=True,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(article_texts())
    def collect(pair: tuple[str, Expected]) -> None:
        texts.append(pair[0])

    collect()
    hostile = ROOT / "tests" / "cases" / "hostile_text" / "cases.json"
    texts.extend(case["text"] for case in json.loads(hostile.read_text(encoding="utf-8")))
    return texts


def test_eight_threads_agree_with_one() -> None:
    texts = _inputs()
    assert len(texts) > 40
    expected = [articleparse.parse_article(text) for text in texts]
    start = threading.Barrier(THREADS)

    def work(offset: int) -> list[Article]:
        start.wait()  # every thread starts parsing at the same moment
        # Each thread walks the inputs from a different place, so that different
        # texts are in flight together; results come back in input order.
        order = [(offset * 7 + i) % len(texts) for i in range(len(texts))]
        results: dict[int, Article] = {}
        for _ in range(3):
            for i in order:
                results[i] = articleparse.parse_article(texts[i])
        return [results[i] for i in range(len(texts))]

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        outcomes = list(pool.map(work, range(THREADS)))
    for outcome in outcomes:
        assert outcome == expected
