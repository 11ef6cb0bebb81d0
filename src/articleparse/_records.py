# The frozen records that parse_article returns.
#
# Contract: every record here is an immutable value (attrs.frozen, slots, tuples
# for sequences) and carries offsets into the caller's original string, never
# into a normalised copy.  Nothing in this module parses text; the stages build
# these records and hand them on.
#
# An Article pickles compactly (see "The compact form" at the end): its text
# once, and offsets for every string that is a slice of it.
from __future__ import annotations

from typing import Any, SupportsIndex

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

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        """Pickle as the text and its offsets (see article_offsets), not as a tree of records."""
        if type(self) is not Article:  # a subclass may hold more: pickle it as attrs does
            return super().__reduce_ex__(protocol)
        return article_from_offsets, (self.text, article_offsets(self))


# ---------------------------------------------------------------- fast building
#
# A text crowded with marks has a quotation every few characters, and each one
# becomes a Span and a Quote.  Calling a class runs attrs' __init__, which sets
# each field through object.__setattr__ (and, for a Span, runs the validator):
# about twice the time of setting the slots directly.  new_span, new_quote and
# new_speaker build the same records from values the caller knows to be valid
# (a span's offsets in order); tests/test_records.py checks that they set
# every field.

_new = object.__new__
_set_start = Span.__dict__["start"].__set__
_set_end = Span.__dict__["end"].__set__
# new_span's steps, for a loop that builds a Span every few characters to
# write out (half the time of a call to new_span): ``span =
# new_record(Span)``, then ``set_span_start(span, start)`` and
# ``set_span_end(span, end)``, with 0 <= start <= end.
new_record = _new
set_span_start = _set_start
set_span_end = _set_end
_set_text = Quote.__dict__["text"].__set__
_set_span = Quote.__dict__["span"].__set__
_set_speaker = Quote.__dict__["speaker"].__set__
_set_cue = Quote.__dict__["cue"].__set__
_set_paragraph = Quote.__dict__["paragraph"].__set__
_set_speaker_name = Speaker.__dict__["name"].__set__
_set_speaker_mention = Speaker.__dict__["mention"].__set__
_set_speaker_span = Speaker.__dict__["span"].__set__
_set_speaker_via = Speaker.__dict__["via"].__set__


def new_span(start: int, end: int) -> Span:
    """``Span(start, end)`` for offsets known to be in order (0 <= start <= end)."""
    span: Span = _new(Span)
    _set_start(span, start)
    _set_end(span, end)
    return span


def new_quote(
    text: str, span: Span, speaker: Speaker | None, cue: str | None, paragraph: int | None
) -> Quote:
    """``Quote(text, span, speaker, cue, paragraph)``."""
    quote: Quote = _new(Quote)
    _set_text(quote, text)
    _set_span(quote, span)
    _set_speaker(quote, speaker)
    _set_cue(quote, cue)
    _set_paragraph(quote, paragraph)
    return quote


def new_speaker(name: str, mention: str, span: Span, via: str | None) -> Speaker:
    """``Speaker(name, mention, span, via)``."""
    speaker: Speaker = _new(Speaker)
    _set_speaker_name(speaker, name)
    _set_speaker_mention(speaker, mention)
    _set_speaker_span(speaker, span)
    _set_speaker_via(speaker, via)
    return speaker


# ---------------------------------------------------------------- the compact form
#
# Everything in an Article but its text, as nested tuples of ints and strings:
# a block, a quote and a speaker each become one flat tuple, and a string that
# is exactly the slice of the text at the record's span (a block's text, a
# quote's text, a speaker's mention: always, for what parse_article returns)
# becomes None and is cut from the text again when the article is rebuilt.  So
# an article pickles to little more than its text (the attrs form is about 2.7
# times it), and parse_many's workers send back only these tuples: the caller
# has the texts already.  Rebuilding sets the slots of the records directly,
# as new_span and new_quote do (about half the time of calling the classes),
# after the check Span's validator makes: the records are what they were.

# (start, end, kind, text or None when it is the slice)
BlockOffsets = tuple[int, int, str, "str | None"]
# (start, end, mention or None when it is the slice, name or None when it is
# the mention, via)
SpeakerOffsets = tuple[int, int, "str | None", "str | None", "str | None"]
# (start, end, text or None when it is the slice, speaker, cue, paragraph)
QuoteOffsets = tuple[int, int, "str | None", "SpeakerOffsets | None", "str | None", "int | None"]
# (headline, body, quotes, appeal, hashtags, hashtag_block, boilerplate)
ArticleOffsets = tuple[
    "BlockOffsets | None",
    tuple[BlockOffsets, ...],
    tuple[QuoteOffsets, ...],
    "BlockOffsets | None",
    tuple[str, ...],
    "BlockOffsets | None",
    tuple[BlockOffsets, ...],
]


def _unless_cut(text: str, value: str, span: Span) -> str | None:
    """None when ``value`` is ``text[span.start:span.end]``, else ``value`` itself."""
    if len(value) == span.end - span.start and text.startswith(value, span.start):
        return None
    return value


def _block_offsets(text: str, block: Block) -> BlockOffsets:
    span = block.span
    return span.start, span.end, block.kind, _unless_cut(text, block.text, span)


def _blocks_offsets(text: str, blocks: tuple[Block, ...]) -> tuple[BlockOffsets, ...]:
    """_block_offsets of each block (written out: a body has tens of blocks)."""
    found: list[BlockOffsets] = []
    add = found.append
    for block in blocks:
        span, own = block.span, block.text
        start, end = span.start, span.end
        if len(own) == end - start and text.startswith(own, start):
            add((start, end, block.kind, None))
        else:
            add((start, end, block.kind, own))
    return tuple(found)


def _quotes_offsets(text: str, quotes: tuple[Quote, ...]) -> tuple[QuoteOffsets, ...]:
    """The compact form of each quote (written out, as _blocks_offsets)."""
    found: list[QuoteOffsets] = []
    add = found.append
    for quote in quotes:
        span, words, speaker = quote.span, quote.text, quote.speaker
        start, end = span.start, span.end
        own = None if len(words) == end - start and text.startswith(words, start) else words
        said: SpeakerOffsets | None = None
        if speaker is not None:
            at, mention, name = speaker.span, speaker.mention, speaker.name
            said = (
                at.start,
                at.end,
                _unless_cut(text, mention, at),
                None if name == mention else name,
                speaker.via,
            )
        add((start, end, own, said, quote.cue, quote.paragraph))
    return tuple(found)


def article_offsets(article: Article) -> ArticleOffsets:
    """Everything in ``article`` but its text, in the compact form."""
    text = article.text
    headline, appeal, tags = article.headline, article.appeal, article.hashtag_block
    return (
        None if headline is None else _block_offsets(text, headline),
        _blocks_offsets(text, article.body),
        _quotes_offsets(text, article.quotes),
        None if appeal is None else _block_offsets(text, appeal),
        article.hashtags,
        None if tags is None else _block_offsets(text, tags),
        _blocks_offsets(text, article.boilerplate),
    )


_set_block_text = Block.__dict__["text"].__set__
_set_block_span = Block.__dict__["span"].__set__
_set_block_kind = Block.__dict__["kind"].__set__


def _span(start: int, end: int) -> Span:
    """``Span(start, end)``: new_span, after the check of Span's validator."""
    if not 0 <= start <= end:
        return Span(start, end)  # raises the validator's error
    return new_span(start, end)


def _blocks(text: str, offsets: tuple[BlockOffsets, ...]) -> tuple[Block, ...]:
    """The blocks of ``text`` whose compact forms are ``offsets``.

    Written out (no call per block or span): a body has tens of blocks, and
    parse_many's caller rebuilds every article its children parse.
    """
    found: list[Block] = []
    add = found.append
    for start, end, kind, own in offsets:
        if not 0 <= start <= end:
            Span(start, end)  # raises the validator's error
        span: Span = _new(Span)
        _set_start(span, start)
        _set_end(span, end)
        block: Block = _new(Block)
        _set_block_text(block, text[start:end] if own is None else own)
        _set_block_span(block, span)
        _set_block_kind(block, kind)
        add(block)
    return tuple(found)


def _block(text: str, offsets: BlockOffsets | None) -> Block | None:
    return None if offsets is None else _blocks(text, (offsets,))[0]


def _quotes(text: str, offsets: tuple[QuoteOffsets, ...]) -> tuple[Quote, ...]:
    """The quotes of ``text`` whose compact forms are ``offsets``."""
    found: list[Quote] = []
    add = found.append
    for start, end, own, said, cue, paragraph in offsets:
        speaker = None
        if said is not None:
            at, to, mention, name, via = said
            if mention is None:
                mention = text[at:to]
            speaker = _new(Speaker)
            _set_speaker_name(speaker, mention if name is None else name)
            _set_speaker_mention(speaker, mention)
            _set_speaker_span(speaker, _span(at, to))
            _set_speaker_via(speaker, via)
        words = text[start:end] if own is None else own
        add(new_quote(words, _span(start, end), speaker, cue, paragraph))
    return tuple(found)


def article_from_offsets(text: str, offsets: ArticleOffsets) -> Article:
    """The Article of ``text`` whose compact form (article_offsets) is ``offsets``."""
    headline, body, quotes, appeal, hashtags, tags, boilerplate = offsets
    return Article(
        text,
        _block(text, headline),
        _blocks(text, body),
        _quotes(text, quotes),
        _block(text, appeal),
        hashtags,
        _block(text, tags),
        _blocks(text, boilerplate),
    )
