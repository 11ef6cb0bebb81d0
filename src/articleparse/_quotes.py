# Stage 2: quotation marks into quotations.
#
# Contract: given the story's paragraphs (and the headline), return every
# quotation as a span of the words inside its marks, in text order, each
# bounded by its paragraph.  No speakers here: that is _attribution's job.
from __future__ import annotations

from collections.abc import Sequence

import attrs

from ._records import Block, Span


@attrs.frozen
class Quotation:
    """A quotation found between marks, before attribution."""

    span: Span  # the words inside the marks
    outer: Span  # the words with their marks
    paragraph: int | None  # index into the body; None for the headline


def find_quotations(
    text: str, headline: Block | None, body: Sequence[Block]
) -> tuple[Quotation, ...]:
    """Every quotation in the headline and the story paragraphs (placeholder: none)."""
    return ()
