"""Keep the story figures from sliding back on the shared gold sets.

segment_extracted.jsonl is a scraper's article text of real pages (half of them
with the title line); segment_page.jsonl is the whole visible text of the same
pages.  Each bar is the figure reached when it was set, less a small margin for
noise; the tests skip when the gold sets are absent.
"""

from __future__ import annotations

import pytest

from .gold import needs_gold, score

# (gold file, metric, bar): reached 0.938, 0.977, 0.907 and 0.867 when set.
BARS = [
    ("segment_extracted.jsonl", "body_f1", 0.935),
    ("segment_extracted.jsonl", "headline_acc", 0.97),
    ("segment_page.jsonl", "body_f1", 0.90),
    ("segment_page.jsonl", "headline_acc", 0.86),
]


@pytest.mark.parametrize(
    ("name", "metric", "bar"),
    [pytest.param(*bar, marks=needs_gold(bar[0]), id=f"{bar[0]}-{bar[1]}") for bar in BARS],
)
def test_story_figure_holds(name: str, metric: str, bar: float) -> None:
    got = score(name)[metric]
    assert got is not None and got >= bar, f"{name} {metric} {got} < {bar}"
