# The frozen records that parse_article returns.
#
# Contract: every record here is an immutable value (attrs.frozen, slots, tuples
# for sequences) and carries offsets into the caller's original string, never
# into a normalised copy.  Nothing in this module parses text; the stages build
# these records and hand them on.
from __future__ import annotations

import attrs

__all__ = ["Article", "Block", "Quote", "Span", "Speaker"]


@attrs.frozen
class Span:
    """A half-open range ``[start, end)`` of character offsets into ``Article.text``."""

    start: int
    end: int = attrs.field()

    # One validator checks both offsets: every stage builds spans by the tens of
    # thousands, so a second validator call per span is measurable.
    @end.validator
    def _offsets_in_order(self, attribute: attrs.Attribute[int], value: int) -> None:
        if not 0 <= self.start <= value:
            if self.start < 0:
                raise ValueError(f"span start must be >= 0, got {self.start}")
            raise ValueError(f"span end {value} is before its start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """The characters of ``text`` this span covers."""
        return text[self.start : self.end]


@attrs.frozen
class Block:
    """A run of the input: a headline, a story paragraph, an appeal or a piece of chrome.

    ``kind`` says what it is: ``"headline"``, ``"paragraph"``, ``"appeal"``,
    ``"hashtags"``, or a chrome kind such as ``"comments"``, ``"share"``,
    ``"related"``, ``"newsletter"``, ``"ui"`` (see docs/records.md).
    """

    text: str
    span: Span
    kind: str = "paragraph"


@attrs.frozen
class Speaker:
    """Who said a quotation.

    ``name`` is the fullest form of that source used in the article ("Vladimir
    Putin" for a "Putin" or a "he"); ``mention`` is the words at the attribution
    itself and ``span`` their offsets; ``via`` names a channel that reported the
    words ("KCNA" in "according to KCNA") when the article gives one.
    """

    name: str
    mention: str
    span: Span
    via: str | None = None


@attrs.frozen
class Quote:
    """A quotation: the words inside the marks, with who said them.

    ``paragraph`` is the index into ``Article.body`` of the paragraph that holds
    it, or ``None`` for a quotation in the headline.  ``cue`` is the attributing
    words ("said", "quoted ... as saying", "according to") when there are any.
    """

    text: str
    span: Span
    speaker: Speaker | None = None
    cue: str | None = None
    paragraph: int | None = None


@attrs.frozen
class Article:
    """Everything parse_article found in one text.

    The segments (``headline``, ``body``, ``appeal``, ``hashtag_block`` and
    ``boilerplate``) never overlap and together cover every non-whitespace
    character of ``text``.
    """

    text: str
    headline: Block | None = None
    body: tuple[Block, ...] = ()
    quotes: tuple[Quote, ...] = ()
    appeal: Block | None = None
    hashtags: tuple[str, ...] = ()
    hashtag_block: Block | None = None
    boilerplate: tuple[Block, ...] = ()

    def segments(self) -> tuple[Block, ...]:
        """Every segment of the text, in the order it appears."""
        found = [*self.body, *self.boilerplate]
        for single in (self.headline, self.appeal, self.hashtag_block):
            if single is not None:
                found.append(single)
        return tuple(sorted(found, key=lambda block: block.span.start))
