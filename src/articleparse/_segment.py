# Stage 1: the text's lines into headline, story paragraphs, appeal, tag footer
# and chrome.
#
# Contract: the blocks returned never overlap, are in text order, and together
# cover every non-whitespace character of the input.  Offsets index the
# caller's string as given (no normalisation).
from __future__ import annotations

from typing import Literal

import attrs
import regex

from ._records import Block, Span

Mode = Literal["auto", "article", "page"]


@attrs.frozen
class Layout:
    """What segmentation found: the story's blocks and everything around them."""

    headline: Block | None = None
    body: tuple[Block, ...] = ()
    appeal: Block | None = None
    hashtags: tuple[str, ...] = ()
    hashtag_block: Block | None = None
    boilerplate: tuple[Block, ...] = ()


# A line: a maximal run of characters up to a newline (\n, \r\n or a lone \r).
_find_lines = regex.compile(r"[^\r\n]+").finditer


def _trimmed(text: str, start: int, end: int) -> Span | None:
    """The span of [start, end) without its leading and trailing whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def segment(text: str, mode: Mode = "auto") -> Layout:
    """Split ``text`` into its blocks (placeholder: every line is a paragraph)."""
    body = []
    for match in _find_lines(text):
        span = _trimmed(text, match.start(), match.end())
        if span is not None:
            body.append(Block(span.of(text), span))
    return Layout(body=tuple(body))
