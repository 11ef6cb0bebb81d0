"""The records are frozen values with validated spans and tuple sequences, and an
Article pickles in its compact form (its text once, offsets for the slices)."""

from __future__ import annotations

import copy
import pickle

import attrs
import pytest
from attrs import AttrsInstance
from hypothesis import given

import articleparse
from articleparse import Article, Block, Quote, Span, Speaker
from articleparse._records import (
    ArticleOffsets,
    article_from_offsets,
    article_offsets,
    new_quote,
    new_span,
    new_speaker,
)
from articleparse.strategies import articles
from benchmarks.corpus import seed_text


def test_records_are_frozen() -> None:
    span = Span(0, 3)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 1  # type: ignore[misc]
    article = articleparse.parse_article("One line.")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.body = ()  # type: ignore[misc]


@pytest.mark.parametrize("cls", [Article, Block, Quote, Span, Speaker])
def test_records_use_slots(cls: type) -> None:
    assert "__slots__" in vars(cls)
    assert "__dict__" not in vars(cls)


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 2), (0, -1)])
def test_span_rejects_bad_offsets(start: int, end: int) -> None:
    with pytest.raises(ValueError, match=r"span|must be"):
        Span(start, end)


def test_span_of_and_len() -> None:
    span = Span(4, 9)
    assert span.of("The quick fox") == "quick"
    assert len(span) == 5


def _assert_same_record(fast: AttrsInstance, slow: AttrsInstance) -> None:
    """A record a fast builder made is the one the class makes, in every way it is read."""
    assert type(fast) is type(slow)
    assert attrs.astuple(fast, recurse=False) == attrs.astuple(slow, recurse=False)
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert repr(fast) == repr(slow)
    assert pickle.loads(pickle.dumps(fast)) == slow


def test_fast_builders_build_what_the_classes_build() -> None:
    # new_span, new_quote and new_speaker set the slots themselves: a field they do not set
    # would be missing from what they build
    assert [field.name for field in attrs.fields(Span)] == ["start", "end"]
    assert [field.name for field in attrs.fields(Quote)] == [
        "text",
        "span",
        "speaker",
        "cue",
        "paragraph",
    ]
    span = new_span(3, 7)
    assert type(span) is Span
    assert span == Span(3, 7)
    assert hash(span) == hash(Span(3, 7))
    speaker = Speaker("Anna Berg", "Berg", Span(20, 24))
    for fields in [("quick", span, speaker, "said", 2), ("", Span(0, 0), None, None, None)]:
        _assert_same_record(new_quote(*fields), Quote(*fields))
    assert [field.name for field in attrs.fields(Speaker)] == ["name", "mention", "span", "via"]
    for said in [("Anna Berg", "Berg", Span(20, 24), "KCNA"), ("he", "he", Span(1, 3), None)]:
        _assert_same_record(new_speaker(*said), Speaker(*said))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 1  # type: ignore[misc]


def test_sequences_are_tuples() -> None:
    article = articleparse.parse_article("Headline words\n\nA first paragraph.\n#One #Two\n")
    assert isinstance(article.body, tuple)
    assert isinstance(article.quotes, tuple)
    assert isinstance(article.hashtags, tuple)
    assert isinstance(article.boilerplate, tuple)


def test_segments_are_in_text_order() -> None:
    article = articleparse.parse_article("First.\nSecond.\nLeave a Reply\n#Tag\n")
    starts = [block.span.start for block in article.segments()]
    assert starts == sorted(starts)
    assert len(starts) == 4


def test_records_compare_by_value() -> None:
    assert Span(1, 2) == Span(1, 2)
    assert hash(Span(1, 2)) == hash(Span(1, 2))
    assert Block("a", Span(0, 1)) != Block("a", Span(0, 1), kind="ui")


# ---------------------------------------------------------------- the compact pickle

TEXT = "Talks Resume\n\n“We are ready,” Mina Sato told KCNA. “Soon,” she said.\n#Peace"
# Quotes whose speaker has a channel (via), a name that is not the mention,
# no cue, no paragraph; blocks and a quote whose text is not the slice at its
# span (records anyone may build), an empty tuple and None fields.
BUILT = Article(
    TEXT,
    headline=Block("Talks Resume", Span(0, 12), "headline"),
    body=(Block(TEXT[14:68], Span(14, 68)),),
    quotes=(
        Quote(
            "We are ready,", Span(15, 28), Speaker("Mina Sato", "Mina Sato", Span(30, 39), "KCNA")
        ),
        Quote("Soon,", Span(52, 57), Speaker("Mina Sato", "she", Span(59, 62)), "said", 0),
        Quote("not in the text", Span(1, 4), Speaker("X", "not the slice", Span(0, 2)), None, None),
    ),
    hashtags=("#Peace",),
    hashtag_block=Block("#Peace", Span(69, 75), "hashtags"),
    boilerplate=(Block("other words", Span(0, 3), "ui"), Block("", Span(90, 90), "ui")),
)


def _round_trips(article: Article) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        copied = pickle.loads(pickle.dumps(article, protocol=protocol))
        assert copied == article
        assert type(copied) is type(article)
    assert article_from_offsets(article.text, article_offsets(article)) == article


@pytest.mark.parametrize(
    "article",
    [
        BUILT,
        Article(""),
        Article("   \n"),
        articleparse.parse_article(""),
        articleparse.parse_article(TEXT),
        articleparse.parse_article(seed_text()),
    ],
    ids=["built", "empty", "blank", "parsed-empty", "parsed", "seed"],
)
def test_compact_pickle_round_trips(article: Article) -> None:
    _round_trips(article)
    assert copy.copy(article) == article
    assert copy.deepcopy(article) == article


@given(articles())
def test_compact_pickle_round_trips_generated_articles(article: Article) -> None:
    _round_trips(article)


def test_compact_form_leaves_out_the_slices() -> None:
    offsets = article_offsets(BUILT)
    headline, body, quotes, _, _, _, boilerplate = offsets
    assert headline == (0, 12, "headline", None)
    assert body == ((14, 68, "paragraph", None),)
    assert quotes[0] == (15, 28, None, (30, 39, None, None, "KCNA"), None, None)
    assert quotes[1] == (52, 57, None, (59, 62, None, "Mina Sato", None), "said", 0)
    assert quotes[2][2] == "not in the text"  # not the slice: sent as it is
    assert quotes[2][3] == (0, 2, "not the slice", "X", None)
    assert boilerplate == ((0, 3, "ui", "other words"), (90, 90, "ui", ""))


def test_article_pickles_to_little_more_than_its_text() -> None:
    article = articleparse.parse_article(seed_text())
    assert article.quotes and len(article.body) > 3
    size = len(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
    assert size < 1.5 * len(article.text.encode("utf-8"))


@attrs.frozen
class _Tagged(Article):
    """A subclass with a field of its own: it pickles the attrs way, field and all."""

    tag: str = ""


def test_a_subclass_pickles_its_own_fields() -> None:
    tagged = _Tagged(TEXT, body=BUILT.body, tag="mine")
    copied = pickle.loads(pickle.dumps(tagged, protocol=pickle.HIGHEST_PROTOCOL))
    assert copied == tagged
    assert copied.tag == "mine"


@pytest.mark.parametrize(
    "offsets",
    [
        ((5, 3, "headline", None), (), (), None, (), None, ()),
        (None, ((-1, 2, "paragraph", None),), (), None, (), None, ()),
        (None, (), ((4, 2, None, None, None, None),), None, (), None, ()),
        (None, (), ((0, 2, None, (3, 1, None, None, None), None, None),), None, (), None, ()),
    ],
    ids=["headline", "body", "quote", "speaker"],
)
def test_compact_form_with_offsets_out_of_order_is_refused(offsets: ArticleOffsets) -> None:
    # rebuilding sets the slots directly, after the check Span's validator makes
    with pytest.raises(ValueError, match="span"):
        article_from_offsets(TEXT, offsets)
