"""The records are frozen values with validated spans and tuple sequences."""

from __future__ import annotations

import attrs
import pytest

import articleparse
from articleparse import Article, Block, Quote, Span, Speaker


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
