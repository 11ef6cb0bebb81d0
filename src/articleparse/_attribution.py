# Stage 3: quotations to speakers.
#
# Contract: given the quotations and the paragraphs around them, return one
# Quote record per quotation, in the same order, with the speaker resolved to
# the fullest name the article uses.
from __future__ import annotations

from collections.abc import Sequence

from ._quotes import Quotation
from ._records import Block, Quote


def attribute(
    text: str,
    headline: Block | None,
    body: Sequence[Block],
    quotations: Sequence[Quotation],
) -> tuple[Quote, ...]:
    """Attach speakers to quotations (placeholder: no speakers)."""
    return tuple(
        Quote(text=q.span.of(text), span=q.span, paragraph=q.paragraph) for q in quotations
    )
