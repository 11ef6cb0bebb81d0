"""Properties that hold for every input: no crash, valid spans, full coverage,
determinism and a lossless JSON round trip."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import articleparse
from articleparse import Article

# Pieces that exercise every stage: quotation marks of many kinds, apostrophes,
# speech verbs, names, tags, appeal and chrome words, odd whitespace.
_FRAGMENTS = [
    "“",
    "”",
    "‘",
    "’",
    '"',
    "'",
    "«",
    "»",
    "„",
    "``",
    "''",
    "「",
    "」",
    " said ",
    " says ",
    " told ",
    " added",
    " according to ",
    " quoted ",
    " as saying",
    "He",
    "She",
    "They",
    "Vladimir Putin",
    "Putin",
    "the ministry",
    "Kim Jong Un",
    "Smith",
    "#Tag",
    " #Other",
    "Tags: a, b",
    "Leave a Reply",
    "Share this:",
    "Advertisement",
    "Support us",
    "Donate",
    "Subscribe to our newsletter",
    "Continue",
    "Remind me later",
    "Dear readers,",
    "By Jane Roe",
    "MOSCOW (Reuters) —",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    " ",
    "\t",
    "\u00a0",
    "\u200b",
    "\ufeff",
    ".",
    ",",
    ":",
    "—",
    "-",
    "The",
    "story",
]

texts = st.one_of(
    st.text(),
    st.lists(st.sampled_from(_FRAGMENTS), max_size=60).map("".join),
    st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=8)), max_size=40).map("".join),
)


def _segments_cover(article: Article) -> None:
    text = article.text
    covered = [False] * len(text)
    previous_end = 0
    for block in article.segments():
        assert block.span.start >= previous_end, f"overlap at {block.span}"
        previous_end = block.span.end
        for i in range(block.span.start, block.span.end):
            covered[i] = True
    lost = [i for i, ch in enumerate(text) if not covered[i] and not ch.isspace()]
    assert not lost, f"characters in no segment at {lost[:10]}"


def _spans_valid(article: Article) -> None:
    text = article.text
    for block in article.segments():
        assert 0 <= block.span.start < block.span.end <= len(text)
        assert text[block.span.start : block.span.end] == block.text
    for quote in article.quotes:
        assert 0 <= quote.span.start <= quote.span.end <= len(text)
        assert text[quote.span.start : quote.span.end] == quote.text
        if quote.paragraph is not None:
            paragraph = article.body[quote.paragraph].span
            assert paragraph.start <= quote.span.start <= quote.span.end <= paragraph.end
        if quote.speaker is not None:
            mention = quote.speaker.span
            assert text[mention.start : mention.end] == quote.speaker.mention
            assert quote.speaker.name


@given(texts)
def test_any_text_parses_with_valid_spans(text: str) -> None:
    article = articleparse.parse_article(text)
    assert article.text is text
    _spans_valid(article)


@given(texts)
def test_segments_never_overlap_and_cover_the_text(text: str) -> None:
    _segments_cover(articleparse.parse_article(text))


@given(texts)
def test_parsing_is_deterministic(text: str) -> None:
    assert articleparse.parse_article(text) == articleparse.parse_article(text)


@given(texts)
def test_json_round_trip(text: str) -> None:
    article = articleparse.parse_article(text)
    assert articleparse.from_json(articleparse.to_json(article)) == article
    assert articleparse.from_dict(articleparse.to_dict(article)) == article


def test_empty_string() -> None:
    article = articleparse.parse_article("")
    assert article == Article(text="")


@pytest.mark.parametrize(
    ("value", "named"),
    [(b"bytes", "bytes"), (None, "NoneType"), (42, "int"), (["a"], "list")],
)
def test_non_str_is_a_type_error_naming_the_type(value: object, named: str) -> None:
    with pytest.raises(TypeError, match=named):
        articleparse.parse_article(value)  # type: ignore[arg-type]


def test_bytes_error_says_to_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        articleparse.parse_article(b"text")  # type: ignore[arg-type]


def test_unknown_mode_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="mode"):
        articleparse.parse_article("text", mode="web")  # type: ignore[arg-type]
