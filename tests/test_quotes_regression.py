"""Regression bars for quotations and speakers on the shared gold sets.

The figures reached on ../shared/eval/dev (see docs/quotes.md) minus a little
for noise; the tests skip when the gold sets are not here.
"""

from __future__ import annotations

import pytest

from .gold import needs_gold, score

# metric -> the lowest acceptable value; the figures reached are in docs/quotes.md
POLNEAR = {
    "quote_f1": 0.968,
    "quote_precision": 0.970,
    "quote_recall": 0.965,
    "speaker_acc": 0.964,
    "quote_speaker_f1": 0.938,
}
GGT = {
    "quote_f1": 0.945,
    "quote_precision": 0.940,
    "quote_recall": 0.950,
    "speaker_acc": 0.950,
    "quote_speaker_f1": 0.908,
}


@needs_gold("polnear.jsonl")
@pytest.mark.parametrize("metric", sorted(POLNEAR))
def test_polnear(metric: str) -> None:
    got = score("polnear.jsonl")[metric]
    assert got is not None and got >= POLNEAR[metric], f"{metric} {got:.3f} < {POLNEAR[metric]}"


@needs_gold("ggt.jsonl")
@pytest.mark.parametrize("metric", sorted(GGT))
def test_ggt(metric: str) -> None:
    got = score("ggt.jsonl")[metric]
    assert got is not None and got >= GGT[metric], f"{metric} {got:.3f} < {GGT[metric]}"
