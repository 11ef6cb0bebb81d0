"""The fast mark finder of _quotes finds what the mark pattern it stands for finds.

`_quotes._marks` looks for marks with str.find and reads their neighbours in
Python, for speed; `_quotes._find_marks` is the pattern that defines a mark.
They must agree on every string, also when told which mark characters the
text holds.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from articleparse._quotes import (
    _CODE_BITS,
    _ELISION_FIRST,
    _MARK_OF,
    _MARK_STARTS,
    _SHIFT,
    Q_END,
    Q_START,
    _find_marks,
    _marks,
    _match_elision,
    find_quotations,
)
from articleparse._records import Block, Span

# Marks and their neighbours: letters and digits (U+A7CB is a letter for the
# regex module, unassigned in the Unicode tables of Python 3.11), spaces,
# punctuation, a combining accent, an astral letter.
_NEIGHBOURS = ("a", "Z", "9", "\N{LATIN SMALL LETTER E WITH ACUTE}", "\ua7cb", " ", "\n")
_MORE = ("\N{NO-BREAK SPACE}", "-", ".", ",", "_", "\N{COMBINING ACUTE ACCENT}", "\U00010400")
_PIECES = st.sampled_from([*_MARK_STARTS, *_NEIGHBOURS, *_MORE])


def _by_pattern(para: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _find_marks(para)]


def _read(para: str, marks: list[int]) -> list[tuple[int, int, str]]:
    """_marks' ints (the start, shifted, and the code) as (start, end, mark)."""
    found = []
    for mark in marks:
        start, code = mark >> _SHIFT, mark & _CODE_BITS
        end = start + len(_MARK_OF[code])
        assert para[start:end] == _MARK_OF[code]  # the code names the mark there
        found.append((start, end, _MARK_OF[code]))
    return found


@given(st.lists(_PIECES, max_size=20).map("".join))
def test_marks_agree_with_the_pattern(para: str) -> None:
    wanted = _by_pattern(para)
    assert _read(para, _marks(para)) == wanted
    present = "".join(char for char in _MARK_STARTS if char in para)
    assert _read(para, _marks(para, present)) == wanted


def test_pairs_and_apostrophes() -> None:
    para = "``Go,'' she said; don't 'wait' '' ` 90s'"
    assert _read(para, _marks(para)) == _by_pattern(para)
    found = [mark for _, _, mark in _read(para, _marks(para))]
    assert found == ["``", "''", "'", "'", "''", "'"]


def test_a_block_that_is_not_the_text_is_searched_for_every_mark() -> None:
    # find_quotations looks only for the mark characters the text holds when a
    # block is the text's own characters at its offsets; here it is not
    block = Block(
        "He said \N{LEFT DOUBLE QUOTATION MARK}yes\N{RIGHT DOUBLE QUOTATION MARK}.", Span(0, 14)
    )
    found = find_quotations("no marks in this text", None, [block])
    assert [(q[Q_START], q[Q_END]) for q in found] == [(9, 12)]


@given(st.text(max_size=6))
def test_elisions_start_only_with_the_listed_ascii_characters(tail: str) -> None:
    # _scan tries _match_elision only after a character of _ELISION_FIRST or
    # past ASCII: no other ASCII character may start a match
    for first in map(chr, range(128)):
        if first not in _ELISION_FIRST:
            assert _match_elision(first + tail) is None
    for elision in ("90s", "n' ", "em", "Til", "CAUSE", "bout", "tis", "twas", "round", "nuff"):
        assert elision[0] in _ELISION_FIRST
        assert _match_elision(elision) is not None
