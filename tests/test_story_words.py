"""The cheap tests in front of `_story`'s foot patterns turn away no line a pattern matches.

`_story._opens_foot` runs the foot openings only on a line whose first
character is in `FOOT_FIRSTS` and whose first four characters can open one
(a table of heads), and the phrases only on a line whose head holds
one of `FOOT_PHRASE_NEEDLES`; a character or a word missing there would lose
a foot line.
"""

from __future__ import annotations

import sys

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from articleparse import _story
from articleparse._page_words import (
    FOOT_FIRSTS,
    FOOT_OPENERS,
    FOOT_PHRASE_NEEDLES,
    FOOT_PHRASE_REACH,
    FOOT_PHRASES,
)
from articleparse._story import _opens_foot

_openers = regex.compile(r"(?xi)(?:" + "|".join(FOOT_OPENERS) + r")")
_phrases = regex.compile(r"(?xi)(?:" + "|".join(FOOT_PHRASES) + r")")


def test_every_character_that_can_open_a_foot_line_is_a_first() -> None:
    can_open = {
        chr(code)
        for code in range(sys.maxunicode + 1)
        if _openers.match(chr(code), partial=True) is not None
    }
    assert can_open <= FOOT_FIRSTS, sorted(can_open - FOOT_FIRSTS)
    assert can_open  # the openings are found at all


@given(
    st.sampled_from(
        [
            "Jane Roe can be reached at jroe@example.org.",
            "Our Correspondent in Oslo May Be Contacted Via the desk.",
            "REPRINTED WITH PERMISSION FROM the quarterly.",
            "Essays excerpted from a forthcoming book.",
            "Adapted from a talk.",
            "Reprİnted from the yearbook.",  # a dotted capital I matches "i"
            "The desk can be EMAİLED at desk@example.org.",
        ]
    ),
    st.text(alphabet="ab \N{LATIN CAPITAL LETTER I WITH DOT ABOVE}", max_size=20),
)
def test_a_phrase_line_holds_a_needle_in_its_head(line: str, tail: str) -> None:
    text = line + tail
    assert _phrases.match(text) is not None
    head = text[:FOOT_PHRASE_REACH].lower()
    assert any(needle in head for needle in FOOT_PHRASE_NEEDLES)
    assert _opens_foot(text)


def test_a_needle_survives_lowering_a_matching_line() -> None:
    # a needle is looked for in the lowered head: every character the pattern
    # matches case-insensitively must lower to the needle's letter (the last
    # letter may be followed by more, as a dotted capital I lowers to "i" and a dot)
    for needle in FOOT_PHRASE_NEEDLES:
        cased = regex.compile("(?i)[" + regex.escape(needle) + "]")
        variants = [
            chr(code)
            for code in range(sys.maxunicode + 1)
            if cased.fullmatch(chr(code)) is not None
        ]
        for variant in variants:
            lowered = variant.lower()
            assert lowered[:1] in needle, (needle, variant)
            if lowered != lowered[:1]:
                assert needle.endswith(lowered[:1]), (needle, variant)
                assert needle.count(lowered[:1]) == 1, (needle, variant)


def test_a_story_line_is_no_foot_line() -> None:
    assert not _opens_foot("The council met on Tuesday and voted on the budget.")
    assert _opens_foot("This story originally appeared in the Gazette.")
    assert _opens_foot("Jane Roe can be reached at jroe@example.org.")


_FOOT_LINES = [
    "This story originally appeared in the Gazette.",
    "THE ARTICLE first appeared in print.",
    "Originally published at example.org.",
    "Provided by the university",
    "Contributing: Jane Roe",
    "Write to Jane Roe at jroe@example.org",
    "Have a news tip? Email us.",
    "Follow Jane Roe on Twitter",
    "If you enjoyed this article, share it.",
    "İf you liked this story, tell a friend.",  # a dotted capital I matches "i"
]
_STORY_LINES = [
    "The council met on Tuesday.",
    "He said the plan would work.",
    "Mr Roe declined to comment.",
    "Thi",
    "T",
]


def test_the_head_table_turns_away_no_foot_line(monkeypatch: pytest.MonkeyPatch) -> None:
    # a head the table says no to must be one no opening can match; a full
    # table leaves every line to the pattern
    for size in (0, 8192):
        monkeypatch.setattr(_story, "_FOOT_HEADS", {})
        monkeypatch.setattr(_story, "_MAX_FOOT_HEADS", size)
        for line in _FOOT_LINES:
            assert _opens_foot(line), line
        for line in _STORY_LINES:
            assert not _opens_foot(line), line
    assert _story._FOOT_HEADS["This"] and not _story._FOOT_HEADS["He s"]
