"""The public Hypothesis strategies (articleparse.strategies), and the library's
recovery of what they generate: on every generated text parse_article finds the
expected headline, paragraphs, quotes with speakers, appeal, tags and chrome."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given, settings

import articleparse
from articleparse import Article
from articleparse.strategies import Expected, article_texts, articles

from .conftest import ROOT

GAPS_FILE = ROOT / "tests" / "cases" / "generator_gaps" / "cases.json"
GAPS: list[dict[str, Any]] = json.loads(GAPS_FILE.read_text(encoding="utf-8"))

# ---------------------------------------------------------------- the records are valid


def _assert_valid(article: Article) -> None:
    text = article.text
    previous_end = 0
    for block in article.segments():
        assert previous_end <= block.span.start < block.span.end <= len(text)
        assert block.span.of(text) == block.text
        assert not text[previous_end : block.span.start].strip(), "text in no segment"
        previous_end = block.span.end
    assert not text[previous_end:].strip(), "text after the last segment"
    for quote in article.quotes:
        assert quote.span.of(text) == quote.text
        assert quote.paragraph is not None
        paragraph = article.body[quote.paragraph].span
        assert paragraph.start <= quote.span.start <= quote.span.end <= paragraph.end
        assert quote.speaker is not None
        assert quote.speaker.span.of(text) == quote.speaker.mention
        assert quote.cue is not None and quote.cue in text


# Checks of the generator itself need fewer examples than the library's recovery.
FEWER = settings(max_examples=min(200, settings().max_examples))


@FEWER
@given(articles())
def test_generated_articles_are_valid(article: Article) -> None:
    _assert_valid(article)


@FEWER
@given(articles())
def test_generated_articles_round_trip(article: Article) -> None:
    assert articleparse.from_json(articleparse.to_json(article)) == article
    assert articleparse.from_dict(articleparse.to_dict(article)) == article


@FEWER
@given(article_texts(headline=True, appeal=True, hashtags=True, chrome=True, max_paragraphs=2))
def test_keywords_force_the_parts(pair: tuple[str, Expected]) -> None:
    text, expected = pair
    assert expected.headline is not None and text.startswith(expected.headline)
    assert expected.appeal is not None and expected.appeal in text
    assert expected.hashtags
    assert expected.chrome
    assert 1 <= len(expected.paragraphs) <= 2


@FEWER
@given(article_texts(headline=False, appeal=False, hashtags=False, chrome=False))
def test_keywords_leave_the_parts_out(pair: tuple[str, Expected]) -> None:
    text, expected = pair
    assert expected.headline is None
    assert expected.appeal is None
    assert expected.hashtags == expected.chrome == ()
    assert "#" not in text


@FEWER
@given(article_texts())
def test_expected_parts_are_in_the_text_in_order(pair: tuple[str, Expected]) -> None:
    text, expected = pair
    position = 0
    parts = [expected.headline, *expected.paragraphs, expected.appeal, *expected.chrome]
    for part in parts:
        if part is not None:
            found = text.find(part, position)
            assert found >= position, part
            position = found + len(part)
    for words, speaker in expected.quotes:
        assert words in text
        assert speaker in text


def test_the_library_does_not_need_hypothesis() -> None:
    code = "import sys, articleparse; print('hypothesis' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize("strategy", [article_texts, articles])
def test_max_paragraphs_must_be_positive(strategy: object) -> None:
    with pytest.raises(ValueError, match="max_paragraphs"):
        strategy(max_paragraphs=0)  # type: ignore[operator]


# ---------------------------------------------------------------- parse_article recovers them


def _same_words(found: str, wanted: str) -> bool:
    """The quoted words, with or without the closing comma or full stop inside the marks."""
    return found.strip() in (wanted, wanted[:-1])


@given(article_texts())
def test_parse_recovers_what_was_generated(pair: tuple[str, Expected]) -> None:
    # One assertion per part: Hypothesis reports each failing part apart, with
    # its own smallest example, while generating each text once.
    text, expected = pair
    article = articleparse.parse_article(text)
    headline = article.headline.text if article.headline else None
    assert headline == expected.headline, "headline"
    assert tuple(block.text for block in article.body) == expected.paragraphs, "paragraphs"
    found = [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]
    assert len(found) == len(expected.quotes), ("quotes", found)
    for (words, speaker), (want_words, want_speaker) in zip(found, expected.quotes, strict=True):
        assert _same_words(words, want_words), ("quote text", words, want_words)
        assert speaker == want_speaker, ("speaker", words, speaker, want_speaker)
    appeal = article.appeal.text if article.appeal else None
    assert appeal == expected.appeal, "appeal"
    assert article.hashtags == expected.hashtags, "hashtags"
    chrome = [block.text for block in article.boilerplate]
    for line in expected.chrome:
        assert any(line in block for block in chrome), ("chrome", line, chrome)


# ---------------------------------------------------------------- what the generator leaves out


def test_gap_cases_are_well_formed() -> None:
    assert len({case["name"] for case in GAPS}) == len(GAPS)
    for case in GAPS:
        assert set(case) <= {"name", "about", "text", "headline", "paragraphs", "quotes"}
        assert {"headline", "paragraphs", "quotes"} & set(case), case["name"]


@pytest.mark.xfail(strict=True, reason="known library gaps the generator avoids (docs/testing.md)")
@pytest.mark.parametrize("case", GAPS, ids=[case["name"] for case in GAPS])
def test_known_gap(case: dict[str, Any]) -> None:
    article = articleparse.parse_article(case["text"])
    if "headline" in case:
        assert (article.headline.text if article.headline else None) == case["headline"]
    if "paragraphs" in case:
        assert [block.text for block in article.body] == case["paragraphs"]
    if "quotes" in case:
        found = [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]
        assert len(found) == len(case["quotes"]), found
        for (words, speaker), (want_words, want_speaker) in zip(found, case["quotes"], strict=True):
            assert _same_words(words, want_words) and speaker == want_speaker, (words, speaker)
