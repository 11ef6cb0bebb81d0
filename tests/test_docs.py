"""The Python examples in README.md and docs/*.md run, so they cannot rot.

Every ```python block runs, in order, in one namespace per file; a block right
after a `<!-- not run -->` line is shown only (for example a Spark recipe that
needs a cluster).
"""

from __future__ import annotations

import pathlib

import pytest

from .conftest import ROOT

DOCS = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])


def python_blocks(markdown: str) -> list[str]:
    """The runnable ```python blocks of a Markdown text."""
    blocks: list[str] = []
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        if lines[i].strip() == "```python":
            skip = i > 0 and lines[i - 1].strip() == "<!-- not run -->"
            end = i + 1
            while end < len(lines) and lines[end].strip() != "```":
                end += 1
            if not skip:
                blocks.append("\n".join(lines[i + 1 : end]))
            i = end
        i += 1
    return blocks


def test_block_finder() -> None:
    text = "x\n```python\na = 1\n```\n<!-- not run -->\n```python\nb = 2\n```\n"
    assert python_blocks(text) == ["a = 1"]


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_examples_run(path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": f"docs_{path.stem}"}
    for block in python_blocks(path.read_text(encoding="utf-8")):
        exec(compile(block, str(path), "exec"), namespace)
