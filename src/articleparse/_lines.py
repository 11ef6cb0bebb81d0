# The text as lines: the unit every segmentation rule looks at.
#
# Contract: the lines are in text order, never overlap, carry no leading or
# trailing whitespace, and together hold every non-whitespace character of the
# text.  A newline is \n, \r\n or a lone \r.
from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import Final, NamedTuple, cast

from ._records import Span

__all__ = ["WHOLE_LOWER_CHARS", "Line", "holds_any", "lower_whole", "split_lines"]


class Line(NamedTuple):
    """One non-blank line of the text, trimmed of surrounding whitespace.

    It keeps its offsets as two ints and builds the `Span` only when asked:
    a text has a line per paragraph and a Span's validators cost time.
    Speed: a named tuple (immutable like a frozen attrs class, and five times
    cheaper to build).
    """

    text: str
    start: int  # offset of its first character in the text
    end: int  # offset just past its last character
    blank_before: bool  # a blank line (or the start of the text) comes right before it

    @property
    def span(self) -> Span:
        """The line's offsets as a Span."""
        return Span(self.start, self.end)


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """The text between line breaks, whitespace included, with its offset.

    A line break is \n, \r\n or a lone \r.  Speed: the breaks are found
    with str.find (a regex run over every character is several times
    slower); a text without \r goes to `_split_newlines` instead.
    """
    start = 0
    end_of_text = len(text)
    while start <= end_of_text:
        newline = text.find("\n", start)
        if newline < 0:
            newline = end_of_text
        stop = newline
        if start < newline < end_of_text and text[newline - 1] == "\r":
            stop = newline - 1  # \r\n is one break
        lone = text.find("\r", start, stop)
        while lone >= 0:
            yield start, text[start:lone]
            start = lone + 1
            lone = text.find("\r", start, stop)
        yield start, text[start:stop]
        start = newline + 1


# Speed: tuple.__new__ builds a Line without the call to the named tuple's
# Python-level __new__.
_new_line = cast(Callable[[tuple[str, int, int, bool]], Line], partial(tuple.__new__, Line))


def split_lines(text: str) -> tuple[Line, ...]:
    """The non-blank lines of ``text`` with their offsets."""
    if "\r" not in text:
        return _split_newlines(text)
    lines: list[Line] = []
    blank = True  # the start of the text counts as a blank line
    for start, raw in _pieces(text):
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        if len(stripped) != len(raw):
            start += len(raw) - len(raw.lstrip())
        lines.append(_new_line((stripped, start, start + len(stripped), blank)))
        blank = False
    return tuple(lines)


def _split_newlines(text: str) -> tuple[Line, ...]:
    """`split_lines` of a text whose only breaks are \n.

    Speed: one loop over str.split, without a generator to resume per piece
    (`_pieces` gives the pieces of a text with \r).
    """
    lines: list[Line] = []
    append = lines.append
    blank = True  # the start of the text counts as a blank line
    start = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            size = len(stripped)
            at = start if size == len(raw) else start + len(raw) - len(raw.lstrip())
            append(_new_line((stripped, at, at + size, blank)))
            blank = False
        else:
            blank = True
        start += len(raw) + 1
    return tuple(lines)


# The longest text lowered whole for the segmentation stages.  Lower-casing a
# text at once costs CPython up to 12 bytes a character (for a text that is
# not ASCII it reserves room for a character that lower-cases to three), so a
# longer text is lower-cased by pieces where a stage needs it.
WHOLE_LOWER_CHARS: Final = 1 << 16


def lower_whole(text: str) -> str | None:
    """``text`` lower-cased, when it is at most `WHOLE_LOWER_CHARS` long and
    lower-casing keeps every character at its offset (no character lower-cases
    to two); None otherwise.

    Segmentation lowers a short text once: _chrome reads its lines from it,
    _story the heads of lines.  (Lower-casing a line alone gives what the
    whole text gives there: the only context rule, a final sigma, stops at the
    whitespace around a line.  A head cut inside a line may differ from it in
    the form of a sigma at the cut, which no needle of ASCII letters sees.)
    """
    if len(text) > WHOLE_LOWER_CHARS:
        return None
    lowered = text.lower() if text.isascii() else _lower_ascii_letters(text)
    return lowered if len(lowered) == len(text) else None


# The ASCII bytes: what bytes.translate takes out to leave the others.
_ASCII_BYTES: Final = bytes(range(128))


def _lower_ascii_letters(text: str) -> str:
    """``text.lower()``, sooner for a text whose only characters with a case are ASCII.

    Speed: str.lower() reads every character of a text that is not ASCII
    through the Unicode tables (some 55 instructions a character); a text of
    English with curly quotes and dashes is lowered as UTF-8 bytes instead
    (bytes.lower() changes only "A" to "Z", and the bytes of every other
    character are 128 or more), some 35 instructions a character.  That is
    text.lower() exactly when no other character changes when lowered, which
    the non-ASCII characters, lowered together, tell (a final sigma is
    changed by lowering either way); else the text is lowered as ever.
    """
    raw = text.encode("utf-8", "surrogatepass")
    others = raw.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    if others.lower() != others:
        return text.lower()
    return raw.lower().decode("utf-8", "surrogatepass")


def holds_any(text: str, needles: tuple[str, ...]) -> bool:
    """Does ``text`` hold one of the ``needles`` (plain substrings)?

    Speed: a loop over `in` tests, which runs each substring search without a
    call; on a line some 20-40 % faster than ``any(map(text.__contains__,
    needles))``, which calls a method wrapper per needle, and than any() over
    a generator.
    """
    for needle in needles:  # noqa: SIM110 (any() over a generator is slower)
        if needle in text:
            return True
    return False


# What a line is, as the segmentation stages label it.  "body" is story text;
# "headline" the title; "appeal" a publisher's appeal to readers; "hashtags" the
# tag footer; every other label is a kind of chrome and becomes a boilerplate
# Block of that kind (see docs/records.md for the list).
BODY = "body"
HEADLINE = "headline"
APPEAL = "appeal"
HASHTAGS = "hashtags"


def head_may_open(
    head: str, table: dict[str, bool], limit: int, pattern: Callable[..., object]
) -> bool:
    """Can a line that opens with ``head`` match ``pattern`` (a regex match or
    fullmatch that takes ``partial=``)?

    Asked once per head as a partial match and kept in ``table`` (at most
    ``limit`` heads; with the table full, a head not in it answers True, which
    leaves the decision to the full match: a partial match costs more).
    """
    known = table.get(head)
    if known is None:
        if len(table) >= limit:
            return True
        known = table[head] = pattern(head, partial=True) is not None
    return known
