"""A Quotation is a plain tuple the garbage collector lets go of, and the Quote
built from it holds the Span its offsets stand for.

_quotes builds a Quotation as an exact tuple of ints, None and a bool (not a
named tuple, nor with a Span in it) so that the collector untracks it: a text
crowded with marks has a quotation every few characters, and each one would
otherwise be walked by every collection until the parse ends.
_attribution.attribute builds each Quote's Span from the tuple's offsets,
setting its slots (no validator call), and lets go of each quotation as its
Quote is built.
"""

from __future__ import annotations

import gc

from articleparse import Span
from articleparse._attribution import attribute
from articleparse._quotes import (
    Q_CLOSE,
    Q_CLOSED,
    Q_END,
    Q_GROUP,
    Q_OPEN,
    Q_PARAGRAPH,
    Q_START,
    find_quotations,
)
from articleparse._records import Block

_OPEN = "\N{LEFT DOUBLE QUOTATION MARK}"
_CLOSE = "\N{RIGHT DOUBLE QUOTATION MARK}"
_OPEN_1 = "\N{LEFT SINGLE QUOTATION MARK}"
_CLOSE_1 = "\N{RIGHT SINGLE QUOTATION MARK}"
_ANGLE_OPEN = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
_ANGLE_CLOSE = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
_TEXT = (
    f"Crowds Gather as {_OPEN}Spring Fair{_CLOSE} Opens\n"
    f"{_OPEN}We waited all winter,{_CLOSE} said the organiser, Ruth Ames."
    f" {_OPEN_1}Short{_CLOSE_1} and {_ANGLE_OPEN}nested"
    f" {_OPEN_1}one{_CLOSE_1}{_ANGLE_CLOSE}.\n"
    f"{_OPEN}It runs on and never closes, she added\n"
    f"{_OPEN}and goes on here.{_CLOSE}\n"
)


def _layout(text: str) -> tuple[Block, list[Block]]:
    """The first line as the headline, each other line a paragraph."""
    blocks: list[Block] = []
    at = 0
    for line in text.splitlines(keepends=True):
        words = line.rstrip("\n")
        blocks.append(Block(words, Span(at, at + len(words))))
        at += len(line)
    return Block(blocks[0].text, blocks[0].span, "headline"), blocks[1:]


def test_quotations_are_tuples_the_collector_untracks() -> None:
    headline, body = _layout(_TEXT)
    quotations = find_quotations(_TEXT, headline, body)
    assert len(quotations) >= 5
    for q in quotations:
        assert type(q) is tuple and len(q) == 7
        assert all(type(item) in (int, bool, type(None)) for item in q)
    gc.collect()  # a tuple of atomic values is untracked once it survives a collection
    assert not any(gc.is_tracked(q) for q in quotations)


def test_quotation_fields_say_what_they_name() -> None:
    headline, body = _layout(_TEXT)
    quotations = find_quotations(_TEXT, headline, body)
    words = [_TEXT[q[Q_START] : q[Q_END]] for q in quotations]
    assert words[:2] == ["Spring Fair", "We waited all winter,"]
    by_words = dict(zip(words, quotations, strict=True))
    fair = by_words["Spring Fair"]
    assert fair[Q_PARAGRAPH] is None  # the headline
    assert _TEXT[fair[Q_OPEN] : fair[Q_CLOSE]] == f"{_OPEN}Spring Fair{_CLOSE}"
    assert fair[Q_CLOSED] is True
    assert by_words["We waited all winter,"][Q_PARAGRAPH] == 0
    # an unclosed quotation carried into the next paragraph: one group, two quotations
    unclosed = by_words["It runs on and never closes, she added"]
    carried = by_words["and goes on here."]
    assert unclosed[Q_CLOSED] is False and unclosed[Q_CLOSE] == unclosed[Q_END]
    assert unclosed[Q_GROUP] == carried[Q_GROUP]
    assert (unclosed[Q_PARAGRAPH], carried[Q_PARAGRAPH]) == (1, 2)
    groups = [q[Q_GROUP] for q in quotations]
    assert len(set(groups)) == len(groups) - 1


def test_each_quote_holds_the_span_of_its_quotation() -> None:
    headline, body = _layout(_TEXT)
    quotations = find_quotations(_TEXT, headline, body)
    quotes = attribute(_TEXT, headline, body, list(quotations))
    assert len(quotes) == len(quotations)
    for quote, q in zip(quotes, quotations, strict=True):
        # the Span built by setting its slots is the one the class builds
        assert type(quote.span) is Span
        assert quote.span == Span(q[Q_START], q[Q_END])
        assert quote.text == _TEXT[q[Q_START] : q[Q_END]]
        assert quote.paragraph == q[Q_PARAGRAPH]
    said = [quote.speaker.mention for quote in quotes if quote.speaker is not None]
    assert "Ruth Ames" in said or "the organiser" in said


def test_attribute_lets_go_of_each_quotation() -> None:
    # attribute empties the list it is handed as it builds the Quotes (so a
    # text crowded with marks does not hold a quotation, its Quote and its
    # Span all at once); the Quotes come out in text order all the same
    headline, body = _layout(_TEXT)
    quotations = find_quotations(_TEXT, headline, body)
    kept = list(quotations)
    quotes = attribute(_TEXT, headline, body, quotations)
    assert quotations == []
    assert [(quote.span.start, quote.span.end) for quote in quotes] == [
        (q[Q_START], q[Q_END]) for q in kept
    ]
    assert quotes == attribute(_TEXT, headline, body, list(kept))
