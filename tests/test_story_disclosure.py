"""`_story._may_hold_disclosure` turns lines away from the disclosure pattern:
it must let through every line the pattern matches."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articleparse import _story

_LINES = [
    "We may earn a commission when you buy through our links.",
    "THE SITE MAY RECEIVE COMPENSATION",
    "Publisher may get a share of the sales",
    "we earn fees from partners",
    "This site participates in various affiliate marketing programs.",
    "Our team writes on behalf of you, our readers.",
    "Recommendations are based on many hours of testing.",
    "This post contains affiliate links.",
    "Products are independently selected by our editors.",
    "Hand-picked by our team",
    "Reviewed according to the site's editorial guidelines.",
    "The author does not own shares in the company.",
    "A sample was provided by the maker for this review.",
    "We may earn a commi\N{LATIN SMALL LETTER LONG S}sion",
    "This po\N{LATIN SMALL LETTER LONG S}t has affil"
    "\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}ate links",
]


@pytest.mark.parametrize("line", _LINES)
def test_a_disclosure_line_is_let_through(line: str) -> None:
    assert _story._has_disclosure(line) is not None, line
    assert _story._may_hold_disclosure(line)


@given(st.sampled_from(_LINES), st.text(max_size=30), st.text(max_size=30))
def test_the_gate_never_turns_away_a_match(line: str, before: str, after: str) -> None:
    text = before + " " + line + " " + after
    if _story._has_disclosure(text) is not None:
        assert _story._may_hold_disclosure(text)


def test_a_headline_without_the_words_is_turned_away() -> None:
    assert not _story._may_hold_disclosure("Putin thanks Kim for sending troops")
