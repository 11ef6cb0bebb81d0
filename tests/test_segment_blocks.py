"""_segment builds its blocks by setting their slots (for speed): they must be
the blocks the Block class builds, with every field set."""

from __future__ import annotations

import attrs

from articleparse._lines import split_lines
from articleparse._records import Block, Span
from articleparse._segment import _block, segment


def test_a_block_is_what_the_class_builds() -> None:
    text = "Title\n\nA first line\nand its second.\n\nMore."
    lines = split_lines(text)
    built = _block(text, lines, 1, 2, "paragraph")
    assert built == Block("A first line\nand its second.", Span(7, 35), "paragraph")
    single = _block(text, lines, 0, 0, "headline")
    assert single == Block("Title", Span(0, 5), "headline")
    for field in attrs.fields(Block):
        getattr(built, field.name)  # raises AttributeError for a slot left unset


def test_segment_blocks_compare_equal_to_class_built_ones() -> None:
    text = "Headline here\n\nBy Jane Roe\n\nThe story starts.\nIt runs on.\n\n#One #Two"
    layout = segment(text)
    for block in (*layout.body, *layout.boilerplate):
        assert block == Block(block.text, Span(block.span.start, block.span.end), block.kind)
        assert block.text == text[block.span.start : block.span.end]
