# The text as lines: the unit every segmentation rule looks at.
#
# Contract: the lines are in text order, never overlap, carry no leading or
# trailing whitespace, and together hold every non-whitespace character of the
# text.  A newline is \n, \r\n or a lone \r.
from __future__ import annotations

import attrs
import regex

from ._records import Span

__all__ = ["Line", "split_lines"]


@attrs.frozen
class Line:
    """One non-blank line of the text, trimmed of surrounding whitespace."""

    text: str
    span: Span
    blank_before: bool  # a blank line (or the start of the text) comes right before it


# A run of characters that holds no newline.
_find_runs = regex.compile(r"[^\r\n]+").finditer


def _breaks(gap: str) -> int:
    """How many line breaks a run of \r and \n characters holds (\r\n is one)."""
    return len(gap) - gap.count("\r\n")


def split_lines(text: str) -> tuple[Line, ...]:
    """The non-blank lines of ``text`` with their offsets."""
    lines: list[Line] = []
    previous_end = 0
    blank_since = True  # the start of the text counts as a blank line
    for run in _find_runs(text):
        start, end = run.start(), run.end()
        if lines and _breaks(text[previous_end:start]) > 1:
            blank_since = True
        previous_end = end
        content = run.group()
        stripped = content.strip()
        if not stripped:
            blank_since = True
            continue
        lead = len(content) - len(content.lstrip())
        span = Span(start + lead, start + lead + len(stripped))
        lines.append(Line(stripped, span, blank_since))
        blank_since = False
    return tuple(lines)


# What a line is, as the segmentation stages label it.  "body" is story text;
# "headline" the title; "appeal" a publisher's appeal to readers; "hashtags" the
# tag footer; every other label is a kind of chrome and becomes a boilerplate
# Block of that kind (see docs/records.md for the list).
BODY = "body"
HEADLINE = "headline"
APPEAL = "appeal"
HASHTAGS = "hashtags"
