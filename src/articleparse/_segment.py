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
from ._lines import APPEAL, BODY, HASHTAGS, HEADLINE, Line, split_lines
from ._records import Block, Span
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


def _block(text: str, lines: Sequence[Line], first: int, last: int, kind: str) -> Block:
    """The block of lines[first..last]; a block of one line shares the line's text."""
    start, end = lines[first].start, lines[last].end
    piece = lines[first].text if first == last else text[start:end]
    return Block(piece, Span(start, end), kind)


def _runs(
    lines: Sequence[Line], labels: Sequence[str], joins: Sequence[bool]
) -> list[tuple[str, int, int]]:
    """Consecutive lines that share a label, as (label, first, last) line indexes.

    Story lines stay one block each (a line is a paragraph) unless the line
    continues a hard-wrapped paragraph (``joins``); a run of appeal, tag or
    chrome lines is one block.
    """
    runs: list[tuple[str, int, int]] = []
    for i, label in enumerate(labels):
        same = bool(runs) and runs[-1][0] == label
        if same and (label not in (BODY, HEADLINE) or (label == BODY and joins[i])):
            runs[-1] = (label, runs[-1][1], i)
        else:
            runs.append((label, i, i))
    return runs


def segment(text: str, mode: Mode = "auto") -> Layout:
    """Split ``text`` into its headline, paragraphs, appeal, tags and chrome."""
    lines = split_lines(text)
    joins = continues_paragraph(lines)
    labels = label_story(text, lines, label_chrome(text, lines), mode, joins)
    headline: Block | None = None
    appeal: Block | None = None
    hashtag_block: Block | None = None
    hashtags: tuple[str, ...] = ()
    body: list[Block] = []
    boilerplate: list[Block] = []
    for label, first, last in _runs(lines, labels, joins):
        block = _block(text, lines, first, last, "paragraph" if label == BODY else label)
        if label == BODY:
            body.append(block)
        elif label == HEADLINE and headline is None:
            headline = block
        elif label == APPEAL and appeal is None:
            appeal = block
        elif label == HASHTAGS and hashtag_block is None:
            hashtag_block = block
            hashtags = tuple(tag for line in lines[first : last + 1] for tag in tags_of(line.text))
        else:
            boilerplate.append(block)
    return Layout(
        headline=headline,
        body=tuple(body),
        appeal=appeal,
        hashtags=hashtags,
        hashtag_block=hashtag_block,
        boilerplate=tuple(boilerplate),
    )
