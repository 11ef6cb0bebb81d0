# Stage 1: the text's lines into headline, story paragraphs, appeal, tag footer
# and chrome.
#
# Contract: the blocks returned never overlap, are in text order, and together
# cover every non-whitespace character of the input.  Offsets index the
# caller's string as given (no normalisation).
#
# The stage runs as three steps: _lines splits the text into lines, _chrome
# labels the appeal, tag footer and chrome lines, _story finds the headline and
# the story's extent; this module groups the labelled lines into blocks.
from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import attrs

from ._chrome import label_chrome, tags_of
from ._lines import APPEAL, BODY, HASHTAGS, HEADLINE, Line, lower_whole, split_lines
from ._records import Block, new_span
from ._story import continues_paragraph, label_story

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


# Speed: a Block built by setting its slots, as _records.new_span builds a
# Span: attrs' __init__ sets each field through object.__setattr__, and a text
# has a block per paragraph.  (Block has no validator to skip;
# tests/test_segment_blocks.py checks that these are the blocks the class builds.)
_new = object.__new__
_set_text = Block.__dict__["text"].__set__
_set_span = Block.__dict__["span"].__set__
_set_kind = Block.__dict__["kind"].__set__


def _block(text: str, lines: Sequence[Line], first: int, last: int, kind: str) -> Block:
    """The block of lines[first..last]; a block of one line shares the line's text."""
    start, end = lines[first].start, lines[last].end
    block: Block = _new(Block)
    _set_text(block, lines[first].text if first == last else text[start:end])
    _set_span(block, new_span(start, end))  # (a line's offsets are in order)
    _set_kind(block, kind)
    return block


def segment(text: str, mode: Mode = "auto") -> Layout:
    """Split ``text`` into its headline, paragraphs, appeal, tags and chrome."""
    lines = split_lines(text)
    joins = continues_paragraph(lines)
    whole = lower_whole(text)  # lowered once for both stages (None for a long text)
    labels = label_story(text, lines, label_chrome(text, lines, whole), mode, joins, whole)
    headline: Block | None = None
    appeal: Block | None = None
    hashtag_block: Block | None = None
    hashtags: tuple[str, ...] = ()
    body: list[Block] = []
    boilerplate: list[Block] = []
    # Consecutive lines that share a label make one block, except story lines
    # (a line is a paragraph) unless the next continues a hard-wrapped
    # paragraph (``joins``), and headline lines.  Speed: one loop over the
    # labels, which builds each block where its run ends.
    n = len(lines)
    first = 0  # the first line of the run the loop is in
    for last, label in enumerate(labels):
        after = last + 1
        if (
            after < n
            and labels[after] == label
            and (joins[after] if label == BODY else label != HEADLINE)
        ):
            continue  # the next line goes on with this block
        block = _block(text, lines, first, last, "paragraph" if label == BODY else label)
        if label == BODY:
            body.append(block)
        elif label == HEADLINE and headline is None:
            headline = block
        elif label == APPEAL and appeal is None:
            appeal = block
        elif label == HASHTAGS and hashtag_block is None:
            hashtag_block = block
            hashtags = tuple(tag for line in lines[first:after] for tag in tags_of(line.text))
        else:
            boilerplate.append(block)
        first = after
    return Layout(
        headline=headline,
        body=tuple(body),
        appeal=appeal,
        hashtags=hashtags,
        hashtag_block=hashtag_block,
        boilerplate=tuple(boilerplate),
    )
