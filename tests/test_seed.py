"""The seed article is the golden test: it must parse to exactly what its
expected-output file says (written by hand from reading the article)."""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest

import articleparse
from articleparse import Article

from .conftest import SEEDS
from .gold import needs_gold, score

SEED = SEEDS / "000_f56ad78c0931949e.txt"
EXPECTED: dict[str, Any] = json.loads(
    SEED.with_suffix(".expected.json").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def article() -> Article:
    return articleparse.parse_article(SEED.read_text(encoding="utf-8"))


def test_no_headline(article: Article) -> None:
    assert article.headline is None


def test_story_paragraphs(article: Article) -> None:
    assert len(article.body) == EXPECTED["paragraphs"]
    for block, start in zip(article.body, EXPECTED["paragraph_starts"], strict=True):
        assert block.text.startswith(start)


def test_quotes_and_speakers(article: Article) -> None:
    found = [
        {
            "starts": quote.text[: len(want["starts"])],
            "speaker": quote.speaker.name if quote.speaker else None,
            "mention": quote.speaker.mention if quote.speaker else None,
            "paragraph": quote.paragraph,
        }
        for quote, want in zip(article.quotes, EXPECTED["quotes"], strict=False)
    ]
    wanted = [
        {k: q[k] for k in ("starts", "speaker", "mention", "paragraph")} for q in EXPECTED["quotes"]
    ]
    assert len(article.quotes) == len(EXPECTED["quotes"])
    assert found == wanted


def test_channel_is_not_the_speaker(article: Article) -> None:
    vias = {q.text[:20]: q.speaker.via for q in article.quotes if q.speaker}
    for want in EXPECTED["quotes"]:
        if "via" in want:
            assert vias[want["starts"][:20]] == want["via"]


def test_appeal_with_its_buttons(article: Article) -> None:
    assert article.appeal is not None
    lines = article.appeal.text.splitlines()
    assert lines[0] == EXPECTED["appeal_first_line"]
    assert lines[-1] == EXPECTED["appeal_last_line"]
    # the appeal's own quotation marks are not story quotes
    assert all(q.span.end <= article.appeal.span.start for q in article.quotes)


def test_hashtags(article: Article) -> None:
    assert list(article.hashtags) == EXPECTED["hashtags"]


def test_chrome(article: Article) -> None:
    assert [{"kind": b.kind, "text": b.text} for b in article.boilerplate] == EXPECTED[
        "boilerplate"
    ]


@needs_gold("seed.jsonl")
def test_seed_scores_perfectly_on_the_shared_scorer() -> None:
    summary = score("seed.jsonl")
    metrics = {
        k: v
        for k, v in summary.items()
        if isinstance(v, float) and k not in ("seconds", "mb_per_s")
    }
    assert metrics and all(v == 1.0 for v in metrics.values()), metrics


def test_seed_file_is_in_the_project() -> None:
    assert pathlib.Path(SEED).is_file()
