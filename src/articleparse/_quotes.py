# Stage 2: quotation marks into quotations.
#
# Contract: given the story's paragraphs (and the headline), return every
# quotation as a span of the words inside its marks, in text order, each
# bounded by its paragraph.  No speakers here: that is _attribution's job.
#
# One pass over the marks of each paragraph.  A mark is read from the
# characters on either side of it: an opening mark has a space (or the
# paragraph's start, or a bracket or dash) before it and a word after it; a
# closing mark has a word or punctuation before it.  Apostrophes (don't, '90s,
# rock 'n' roll, the Joneses' house) are single marks that never open a
# quotation.  Marks of the other family inside an open quotation are nested
# quotes and stay inside it.  A quotation left open at the end of its
# paragraph continues into the next paragraph when that one opens with a mark
# (the multi-paragraph convention); otherwise it ends with its paragraph.
from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Final, TypeAlias

import regex

from ._records import Block

__all__ = [
    "Q_CLOSE",
    "Q_CLOSED",
    "Q_END",
    "Q_GROUP",
    "Q_OPEN",
    "Q_PARAGRAPH",
    "Q_START",
    "Quotation",
    "find_quotations",
]


# A quotation found between marks, before attribution:
# (start, end, open_at, close_at, paragraph, group, closed), its fields read
# by the index constants below.  ``start:end`` are the words inside the
# marks, ``open_at:close_at`` the words with their marks (the closing mark
# may be missing); ``paragraph`` is the index into the body (None for the
# headline); the quotations of one multi-paragraph quote share a ``group``
# number; ``closed`` is False when the paragraph ended before a closing mark.
#
# Speed: an exact tuple of ints, None and a bool, with no Span in it (the
# Span is built with the Quote, in _attribution.attribute).  The garbage
# collector untracks such a tuple the first time it survives a collection,
# so a text crowded with marks (a quotation every few characters) leaves it
# nothing to walk over and over until the parse ends; a named tuple or a
# record is never untracked.  A tuple display builds one in one step.
Quotation: TypeAlias = tuple[int, int, int, int, "int | None", int, bool]
Q_START: Final = 0  # the words inside the marks: their start ...
Q_END: Final = 1  # ... and end
Q_OPEN: Final = 2  # the offsets of the words with their marks: the opening mark's start ...
Q_CLOSE: Final = 3  # ... and the closing mark's end (the words' end when it is missing)
Q_PARAGRAPH: Final = 4  # index into the body; None for the headline
Q_GROUP: Final = 5  # quotations of one multi-paragraph quote share a group number
Q_CLOSED: Final = 6  # False when the paragraph ended before a closing mark


# The marks that open or close a double quotation, or only open a single one.
_MARK_CHARS = (
    "\N{QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"
    "\N{DOUBLE LOW-9 QUOTATION MARK}\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
    "\N{LEFT CORNER BRACKET}\N{RIGHT CORNER BRACKET}"
    "\N{LEFT WHITE CORNER BRACKET}\N{RIGHT WHITE CORNER BRACKET}"
    "\N{LEFT SINGLE QUOTATION MARK}\N{SINGLE LOW-9 QUOTATION MARK}"
)
# Every mark that can open or close a quotation; `` and '' are TeX-style pairs.
_find_marks = regex.compile(
    r"""
    ``                                  # TeX-style opening pair
    | ''                                # TeX-style closing pair (or a doubled apostrophe)
    | [MARKS]                           # one of _MARK_CHARS
    | (?<![\p{L}\p{N}])['\N{RIGHT SINGLE QUOTATION MARK}]  # a single mark not inside a word
    | ['\N{RIGHT SINGLE QUOTATION MARK}](?![\p{L}\p{N}])
    """.replace("MARKS", _MARK_CHARS),
    regex.VERBOSE,
).finditer

# The characters a mark of _find_marks starts with: the backtick and the
# apostrophe of a TeX-style pair, the single marks, and _MARK_CHARS.
_MARK_STARTS = "`'\N{RIGHT SINGLE QUOTATION MARK}" + _MARK_CHARS
# A letter or digit, as the lookarounds of _find_marks read one.  The regex
# module's Unicode tables are newer than Python's: the letters and digits
# added since are unassigned for Python, so never printable, and str.isalnum
# never says yes where this says no.  So a character is a letter or digit for
# _find_marks when it is isalnum(), or not printable and matched by this.
_match_word_char = regex.compile(r"[\p{L}\p{N}]").match


def _marks(para: str, chars: str = _MARK_STARTS) -> list[int]:
    """The marks of a paragraph, what _find_marks finds, in order, each as one
    int: its start shifted left by _SHIFT bits, or'ed with its code (the
    index of the mark in _MARK_OF).

    ``chars`` are the characters of _MARK_STARTS to look for (the others are
    known to be absent).

    Speed: each character a mark can start with is looked for with str.find,
    which runs at memory speed, and only the characters found are read in
    Python; _find_marks tries its alternation at every character of the
    paragraph (polnear's paragraphs: 0.13 s for the regex, 0.05 s this way).
    A character is read on its own: a pair (`` or '') is two of one character,
    so the marks of one character never hold those of another.  A mark is an
    int, not a tuple, as a text crowded with marks has hundreds of thousands,
    and ints are no work for the garbage collector; its code tells _scan which
    mark it is without cutting it from the paragraph (a new string for a
    character past Latin-1) and hashing it.
    """
    marks: list[int] = []
    add = marks.append
    for char in chars:
        if char not in para:  # `in` costs less than a find() that finds nothing
            continue
        if char == "`":  # only a pair is a mark
            at = para.find("``")
            while at >= 0:
                add(at << _SHIFT | _PAIR_OPEN)
                at = para.find("``", at + 2)
        elif char in _SINGLE_MARKS:
            _single_marks(para, char, add)
        else:
            code = _CODE[char]
            at = para.find(char)
            while at >= 0:
                add(at << _SHIFT | code)
                at = para.find(char, at + 1)
    if len(chars) > 1:
        marks.sort()  # the starts differ: the order is the starts' order
    return marks


# The single marks that are no mark inside a word (don't).
_SINGLE_MARKS = "'\N{RIGHT SINGLE QUOTATION MARK}"


def _single_marks(para: str, char: str, add: Callable[[int], None]) -> None:
    """``add`` each mark of one of _SINGLE_MARKS (as _marks gives it): a ''
    pair, or the mark when a letter or digit is not on both sides of it."""
    last = len(para) - 1
    code = _CODE[char]
    twin = char if char == "'" else ""  # the second mark of a pair ('')
    # (a letter or digit: as told at _match_word_char)
    at = para.find(char)
    while at >= 0:
        if at < last:
            after = para[at + 1]
            if after == twin:
                add(at << _SHIFT | _PAIR_CLOSE)
                at = para.find(char, at + 2)
                continue
            if at and (after.isalnum() or (not after.isprintable() and _match_word_char(after))):
                before = para[at - 1]
                if before.isalnum() or (not before.isprintable() and _match_word_char(before)):
                    at = para.find(char, at + 1)  # inside a word: no mark
                    continue
        add(at << _SHIFT | code)
        at = para.find(char, at + 1)


# Single marks that start a word rather than a quotation: '90s, 'n', 'em, 'til.
_match_elision = regex.compile(
    r"""
    (?: \d\d s? \b                      # '90s, '08
      | n ['\N{RIGHT SINGLE QUOTATION MARK}] \s   # rock 'n' roll
      | (?:em|til|cause|bout|tis|twas|round|nuff|n)\b  # 'em, 'til, 'cause
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
).match

# The ASCII characters a match of _match_elision can start with (any other
# ASCII character cannot): it is tried only after these and past ASCII.
_ELISION_FIRST = frozenset("0123456789bBcCeEnNrRtT")

_DOUBLE = "double"
_SINGLE = "single"

# Marks that only open, with the marks that close them.
_OPENERS: dict[str, tuple[str, str]] = {
    "\N{LEFT DOUBLE QUOTATION MARK}": (
        _DOUBLE,
        "\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}\N{QUOTATION MARK}",
    ),
    "\N{DOUBLE LOW-9 QUOTATION MARK}": (
        _DOUBLE,
        "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{QUOTATION MARK}",
    ),
    "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}": (
        _DOUBLE,
        "\N{RIGHT DOUBLE QUOTATION MARK}\N{QUOTATION MARK}",
    ),
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}": (
        _DOUBLE,
        "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    ),
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}": (
        _SINGLE,
        "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}",
    ),
    "\N{LEFT CORNER BRACKET}": (_DOUBLE, "\N{RIGHT CORNER BRACKET}"),
    "\N{LEFT WHITE CORNER BRACKET}": (_DOUBLE, "\N{RIGHT WHITE CORNER BRACKET}"),
    "``": (_DOUBLE, "''\N{QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"),
    "\N{LEFT SINGLE QUOTATION MARK}": (
        _SINGLE,
        "\N{RIGHT SINGLE QUOTATION MARK}\N{APOSTROPHE}",
    ),
    "\N{SINGLE LOW-9 QUOTATION MARK}": (
        _SINGLE,
        "\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\N{APOSTROPHE}",
    ),
}
# Marks that open when they stand before a word and close after one.
_EITHER: dict[str, tuple[str, str]] = {
    "\N{QUOTATION MARK}": (
        _DOUBLE,
        "\N{QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}",
    ),
    "''": (_DOUBLE, "''\N{QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"),
    "\N{RIGHT DOUBLE QUOTATION MARK}": (
        _DOUBLE,
        "\N{RIGHT DOUBLE QUOTATION MARK}\N{QUOTATION MARK}",
    ),
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}": (
        _DOUBLE,
        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    ),
    "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}": (
        _SINGLE,
        "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}",
    ),
    "\N{APOSTROPHE}": (_SINGLE, "\N{APOSTROPHE}\N{RIGHT SINGLE QUOTATION MARK}"),
    "\N{RIGHT SINGLE QUOTATION MARK}": (
        _SINGLE,
        "\N{RIGHT SINGLE QUOTATION MARK}\N{APOSTROPHE}",
    ),
}


def _closing(marks: str) -> tuple[str, ...]:
    """The closing marks of a table entry as a tuple ("''" is one mark)."""
    return ("''", *marks[2:]) if marks.startswith("''") else tuple(marks)


# Every mark by its code, as _marks gives them: the two pairs (two
# characters each), then the marks of one character.
_MARK_OF: tuple[str, ...] = (
    "``",
    "''",
    *_MARK_CHARS,
    "\N{APOSTROPHE}",
    "\N{RIGHT SINGLE QUOTATION MARK}",
)
_PAIR_OPEN, _PAIR_CLOSE = 0, 1  # the codes of `` and ''
_CODE = {mark: code for code, mark in enumerate(_MARK_OF)}
# _marks' ints: a mark's start above the low _SHIFT bits, its code in them.
_SHIFT = 5
_CODE_BITS = (1 << _SHIFT) - 1
assert len(_CODE) == len(_MARK_OF) <= 1 << _SHIFT

# What a mark opens: its family and the codes of the marks that close it.
_Opener = tuple[str, frozenset[int]]


def _by_code(table: dict[str, tuple[str, str]]) -> tuple[_Opener | None, ...]:
    """The entries of _OPENERS or _EITHER by the code of their mark (None for
    a mark not in it), with the codes of their closing marks."""
    return tuple(
        (table[mark][0], frozenset(_CODE[close] for close in _closing(table[mark][1])))
        if mark in table
        else None
        for mark in _MARK_OF
    )


_OPENS = _by_code(_OPENERS)
_EITHERS = _by_code(_EITHER)

_SPACE = frozenset(" \t\n\r\N{NO-BREAK SPACE}")


def _can_open(para: str, start: int, end: int) -> bool:
    """A mark at para[start:end] has no letter or digit before it (nothing, a space,
    a bracket, a dash) and no space after it."""
    before = para[start - 1] if start else " "
    after = para[end] if end < len(para) else " "
    return after not in _SPACE and not before.isalnum()


# Two more readings of a mark, which _scan writes out where it needs them (a
# text crowded with marks reads one every few characters):
# _can_close: a mark at para[start:end] has a word before it (not a space,
#   nor the paragraph's start) and no letter or digit after it;
# _is_apostrophe: a single mark inside a word (a letter or digit on both
#   sides: don't), or with none before it and eliding a word's start
#   ('90s, 'n': _match_elision at ``end``).


def _trim(para: str, start: int, end: int) -> tuple[int, int]:
    while start < end and para[start].isspace():
        start += 1
    while end > start and para[end - 1].isspace():
        end -= 1
    return start, end


def _scan(
    para: str,
    chars: str,
    base: int,
    index: int | None,
    group: int,
    lead: bool,
    out: list[Quotation],
) -> tuple[int, bool]:
    """Add the quotations of one paragraph to ``out``, in order.

    ``base`` is the paragraph's offset in the text and ``index`` its index in
    the body (None for the headline); ``chars`` are as for _marks.  Each
    quotation with words in it takes the next group number after ``group``,
    but the paragraph's first when ``lead`` says that it goes on with the
    paragraph before's last one and it opens the paragraph.  Returns the last
    group number given and whether the paragraph ends inside an open double
    quotation.

    Speed: the quotations are built as they are found, with no list of their
    offsets to go over again: a text crowded with marks has one every few
    characters.
    """
    add = out.append
    # the quotation being read: its opening mark's start and end, its family and closers
    open_at = -1
    inner = -1
    family = ""
    closers: frozenset[int] = frozenset()
    # a single quotation opened at top level is kept aside until it closes
    single_at = -1
    single_inner = -1
    single_closers: frozenset[int] = frozenset()
    restarts = 0
    # Speed: the marks are found in one pass and read from a list; a restart
    # goes back to the first mark after a given offset in that list, which is
    # what a new scan from that offset (always the end of a mark) would find.
    marks = _marks(para, chars)
    size = len(para)
    todo = marks
    while True:
        for mark in todo:
            start = mark >> _SHIFT
            code = mark & _CODE_BITS
            end = start + 2 if code <= _PAIR_CLOSE else start + 1
            if open_at >= 0:
                # inside a quotation: close it, or nest, or start over on a fresh opener
                if code in closers:
                    # _can_close, or a double mark after a space that ends a word;
                    # written out (and _trim's common case too) as a text crowded
                    # with marks runs this for every second mark
                    before = para[start - 1]  # start > open_at >= 0
                    after = para[end] if end < size else " "
                    if (before not in _SPACE and not after.isalnum()) or (
                        family == _DOUBLE and before in _SPACE and _ends_word(para, end)
                    ):
                        s, e = inner, start
                        if para[s].isspace() or para[e - 1].isspace():
                            s, e = _trim(para, s, e)
                        if e > s:
                            # a new group, but for a first quotation that goes on
                            # with the paragraph before's (lead) and opens this one
                            group += not lead or open_at > 0
                            add(
                                (base + s, base + e, base + open_at, base + end, index, group, True)
                            )
                        lead = False
                        open_at = -1
                        continue
                    opener = _OPENS[code] or _EITHERS[code]
                    if (
                        opener is not None
                        and opener[0] == family
                        and _can_open(para, start, end)
                        and start > inner
                        and para[start - 1] in _SPACE
                        and family == _DOUBLE
                    ):
                        # a second opener before any close: the first ends unclosed here
                        s, e = _trim(para, inner, start)
                        if e > s:
                            group += not lead or open_at > 0
                            add((base + s, base + e, base + open_at, base + e, index, group, False))
                        lead = False
                        open_at, inner = start, end
                    continue
                continue
            if single_at >= 0:
                # _can_close, _is_apostrophe and _plural_possessive, written out
                # (start > single_at >= 0)
                if code in single_closers:
                    before = para[start - 1]
                    after = para[end] if end < size else " "
                    if (
                        before not in _SPACE
                        and not after.isalnum()
                        and (
                            before.isalnum()
                            or (after not in _ELISION_FIRST and after.isascii())
                            or _match_elision(para, end) is None
                        )
                        and not _plural_possessive(para, start, end)
                    ):
                        if start > single_inner:
                            group += not lead or single_at > 0
                            add(
                                (
                                    base + single_inner,
                                    base + start,
                                    base + single_at,
                                    base + end,
                                    index,
                                    group,
                                    True,
                                )
                            )
                        lead = False
                        single_at = -1
                        continue
                # any other mark inside an open single quotation (a double one
                # too) is nested in it
                continue
            opener = _OPENS[code]
            if opener is None or opener[0] == _SINGLE:
                # a mark that opens only before a word: _can_open, written out
                before = para[start - 1] if start else " "
                after = para[end] if end < size else " "
                if after in _SPACE or before.isalnum():
                    continue
                opener = opener or _EITHERS[code]
                if opener is None:
                    continue
            if opener[0] == _SINGLE:
                # _is_apostrophe, for a mark with no word before it
                if (after in _ELISION_FIRST or not after.isascii()) and _match_elision(
                    para, end
                ) is not None:
                    continue
                single_at, single_inner, single_closers = start, end, opener[1]
                continue
            open_at, inner, family, closers = start, end, opener[0], opener[1]
        if single_at >= 0 and open_at < 0 and restarts < 3:
            # an unclosed single mark was an apostrophe: read on from just after it
            restarts += 1
            todo = marks[bisect.bisect_left(marks, single_inner << _SHIFT) :]
            single_at = -1
            continue
        break
    if open_at >= 0:
        s, e = _trim(para, inner, len(para))
        if e > s:
            group += not lead or open_at > 0
            add((base + s, base + e, base + open_at, base + e, index, group, False))
        return group, True
    return group, False


def _ends_word(para: str, at: int) -> bool:
    """Nothing but a space, punctuation or the paragraph's end at ``para[at]``."""
    return at >= len(para) or para[at] in _SPACE or para[at] in ",.;:!?)"


def _plural_possessive(para: str, start: int, end: int) -> bool:
    """A mark after an s and before a lower-case word: the Joneses' house."""
    return (
        para[start - 1] in "sS"
        and end < len(para)
        and para[end] == " "
        and _next_is_lower(para, end)
    )


def _next_is_lower(para: str, at: int) -> bool:
    """The word after the space at ``para[at]`` starts with a lower-case letter."""
    return at + 1 < len(para) and para[at + 1].islower()


def _opens_with_mark(para: str) -> bool:
    first = _find_marks(para, 0, 2)
    for mark in first:
        return mark.start() == 0 and _can_open(para, 0, mark.end())
    return False


def find_quotations(text: str, headline: Block | None, body: Sequence[Block]) -> list[Quotation]:
    """Every quotation in the headline and the story paragraphs, in text order."""
    out: list[Quotation] = []
    group = 0
    blocks: list[tuple[int | None, Block]] = []
    if headline is not None:
        blocks.append((None, headline))
    blocks.extend(enumerate(body))
    carried = False  # the previous paragraph ended inside a quotation
    # Speed: the mark characters the text holds are found once; a paragraph
    # that is the text's own characters at its offsets (always, from
    # segment()) is searched for these only.
    present = "".join(char for char in _MARK_STARTS if char in text)
    for index, block in blocks:
        para = block.text
        base = block.span.start
        chars = present if text.startswith(para, base) else _MARK_STARTS
        # the paragraph before ended inside a quotation and this one opens with a mark
        lead = carried and _opens_with_mark(para)
        group, open_at_end = _scan(para, chars, base, index, group, lead, out)
        carried = open_at_end and index is not None
    return out
