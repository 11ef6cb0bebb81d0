"""`_story._ends_sentence` and `_ends_clause` read a line's end with str.rstrip
(for speed); they must say what the named patterns `_sentence_end` and
`_clause_end` say of the line's last characters.  The same for `_chrome`'s
line-end facts and its `_ends_sentence` and `_ends_exclamation`."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from articleparse import _chrome, _story

# The characters that matter at a line's end, and a few that do not.
_ENDS = ".!?,;:\N{HORIZONTAL ELLIPSIS}\N{IDEOGRAPHIC FULL STOP}\N{FULLWIDTH EXCLAMATION MARK}"
_MARKS = (
    "'\"\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK})]"
    "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
)
_line = st.text(alphabet=st.sampled_from(_ENDS + _MARKS + "ab \n"), min_size=1, max_size=9)


@given(_line)
def test_story_line_ends_agree_with_the_patterns(text: str) -> None:
    start = max(0, len(text) - _story._END_REACH)
    assert _story._ends_sentence(text) == (
        text[-1:] in _story._LAST_MARKS and _story._sentence_end(text, start) is not None
    )
    assert _story._ends_clause(text) == (
        text[-1:] in _story._LAST_MARKS and _story._clause_end(text, start) is not None
    )


@given(_line)
def test_chrome_line_end_agrees_with_the_patterns(text: str) -> None:
    tail = text[-4:]
    stop = _chrome._last_stop(tail) if text[-1:] in _chrome._LAST_MARKS else ""
    marked = text[-1:] in _chrome._LAST_MARKS
    assert (stop == "!") == (marked and _chrome._ends_exclamation(tail) is not None)
    assert (stop in _chrome._SENTENCE_STOPS) == (
        marked and _chrome._ends_sentence(tail) is not None
    )


def test_the_ends_are_read() -> None:
    assert _story._ends_sentence("It rained.\N{RIGHT DOUBLE QUOTATION MARK})")
    assert not _story._ends_sentence("It rained.'\"))")  # four closing marks
    assert _story._ends_clause("First,")
    assert not _story._ends_clause("What?")
    assert _chrome._last_stop('on!")') == "!"
    assert _chrome._last_stop("x.'\")") == ""
