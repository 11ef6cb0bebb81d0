"""The story stage reads the heads of lines from the text lowered once
(`_lines.lower_whole`) when segmentation has it: the labels must be those it
gives lowering each head itself."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articleparse._chrome import label_chrome
from articleparse._lines import WHOLE_LOWER_CHARS, lower_whole, split_lines
from articleparse._story import continues_paragraph, label_story

_NOTICES = [
    # a disclosure, a correction, a disclaimer, under a short story
    "Title of the piece\nThis post contains affiliate links to the shops we name.\n"
    "The council met on Tuesday to approve the budget for next year.\n"
    "Correction: An earlier version of this story gave the wrong date.\n"
    "This article is for informational purposes only and does not constitute financial advice.",
    # a Greek capital sigma where a line's head is cut (250 characters)
    "Heading\n" + "x" * 249 + "\N{GREEK CAPITAL LETTER SIGMA}A we may earn a commission\nEnd.",
    # a character that lower-cases to two: no lowered text, the stage lowers itself
    "\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}stanbul\nWe may earn a commission on sales.",
]


def _both(text: str, mode: str) -> tuple[list[str], list[str]]:
    lines = split_lines(text)
    labels = label_chrome(text, lines)
    joins = continues_paragraph(lines)
    whole = lower_whole(text)
    return (
        label_story(text, lines, labels, mode, joins, whole),
        label_story(text, lines, labels, mode, joins),
    )


@pytest.mark.parametrize("mode", ["auto", "article", "page"])
@pytest.mark.parametrize("text", _NOTICES)
def test_the_lowered_text_changes_no_label(text: str, mode: str) -> None:
    with_whole, without = _both(text, mode)
    assert with_whole == without


def test_a_notice_is_found_with_the_lowered_text() -> None:
    with_whole, _ = _both(_NOTICES[0], "article")
    assert with_whole[1] == "advertisement"  # the disclosure
    assert with_whole[3] == "correction"


_LINE = st.text(
    alphabet=st.sampled_from("aAbBeEiI \N{GREEK CAPITAL LETTER SIGMA}:.-\N{BULLET}"),
    max_size=60,
)


@settings(max_examples=50)
@given(st.lists(_LINE | st.sampled_from(_NOTICES[0].splitlines()), max_size=12))
def test_any_lines_get_the_same_labels(pieces: list[str]) -> None:
    text = "\n".join(pieces)
    with_whole, without = _both(text, "auto")
    assert with_whole == without


def test_lower_whole_keeps_offsets_or_gives_none() -> None:
    sigma = "\N{GREEK CAPITAL LETTER SIGMA}"
    assert lower_whole(f"Ab a{sigma}") == "ab a\N{GREEK SMALL LETTER FINAL SIGMA}"
    assert lower_whole("\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}") is None  # lowers to two
    assert lower_whole("a" * (WHOLE_LOWER_CHARS + 1)) is None  # too long to lower at once
