"""Table-driven test cases kept as data: JSON files of case objects.

Each file under ``tests/cases/<group>/`` holds a JSON list of cases; every case
has a ``name``, an ``about`` (what it shows) and an ``expect`` of ``"pass"`` or
``"fail"`` (a known gap, run as ``xfail(strict=True)``), and the fields its
test reads.  Each group's README.md describes those fields.
"""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest

from articleparse import Article, Block, Span

Case = tuple[pathlib.Path, dict[str, Any]]


def load_cases(directory: pathlib.Path) -> list[Case]:
    """Every case of every ``*.json`` file in ``directory``, with its file."""
    found: list[Case] = []
    for path in sorted(directory.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            found.append((path, case))
    return found


def case_param(path: pathlib.Path, case: dict[str, Any]) -> Any:
    """The pytest parameter of one case: its id, and a strict xfail for a known gap."""
    marks = []
    if case.get("expect") == "fail":
        marks.append(pytest.mark.xfail(strict=True, reason=case.get("about", "")))
    return pytest.param(case, id=f"{path.stem}/{case.get('name')}", marks=marks)


def check_headline(text: str, article: Article, expected: str | None) -> None:
    """The article's headline is ``expected`` (None: no headline), and its block
    indexes ``text``."""
    got = None if article.headline is None else article.headline.text
    assert got == expected
    if article.headline is not None:
        span = article.headline.span
        assert text[span.start : span.end] == article.headline.text


def line_blocks(text: str) -> list[Block]:
    """One paragraph block per non-empty line of ``text`` (lines split at "\\n").

    Stage tests use it to give a stage the paragraphs that segmentation would
    give a case written one paragraph a line, without running segmentation.
    """
    blocks = []
    start = 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(Block(line, Span(start, start + len(line))))
        start += len(line) + 1
    return blocks
