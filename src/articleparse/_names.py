# Stage 3b: speaker mentions to the names they refer to.
#
# Contract: given the speaker mentions that attribution found, in text order,
# return for each the fullest name of that source used in the article ("Putin"
# -> "Vladimir Putin"; "he" -> the person it refers to), without titles.  It
# reads the text and the paragraphs, and returns one name per mention.
from __future__ import annotations

from collections.abc import Sequence

from ._records import Block, Span


def resolve_names(text: str, body: Sequence[Block], mentions: Sequence[Span]) -> list[str]:
    """One name per mention (placeholder: the mention's own words)."""
    return [mention.of(text) for mention in mentions]
