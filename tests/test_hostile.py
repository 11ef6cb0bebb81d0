"""Hostile text: odd newlines, invisible and control characters, lone
surrogates, combining marks, right-to-left text and a 10 MB input all parse,
and every span indexes the caller's string as given.

The cases are data: tests/cases/hostile_text/cases.json (format in its README).
The invariants checked are those of the fuzz harness (fuzz/invariants.py).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import articleparse
from fuzz.invariants import MODES, check, check_article

from .conftest import ROOT, SEEDS

CASES_FILE = ROOT / "tests" / "cases" / "hostile_text" / "cases.json"
CASES: list[dict[str, Any]] = json.loads(CASES_FILE.read_text(encoding="utf-8"))
KEYS = {"name", "about", "text", "paragraphs", "quote_texts"}


def test_case_file_is_well_formed() -> None:
    names = [case["name"] for case in CASES]
    assert len(names) == len(set(names)), "case names repeat"
    for case in CASES:
        assert set(case) <= KEYS, case["name"]
        assert isinstance(case["text"], str) and isinstance(case["about"], str)
        for key in ("paragraphs", "quote_texts"):
            assert all(isinstance(item, str) for item in case.get(key, [])), case["name"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_hostile_text_keeps_the_invariants(case: dict[str, Any], mode: str) -> None:
    article = check(case["text"], mode)
    # No normalisation: every segment is the caller's characters at its span.
    for block in article.segments():
        assert case["text"][block.span.start : block.span.end] == block.text


@pytest.mark.parametrize(
    "case", [case for case in CASES if "paragraphs" in case], ids=lambda case: case["name"]
)
def test_hostile_text_paragraphs(case: dict[str, Any]) -> None:
    article = articleparse.parse_article(case["text"])
    assert [block.text for block in article.body] == case["paragraphs"]


@pytest.mark.parametrize(
    "case", [case for case in CASES if "quote_texts" in case], ids=lambda case: case["name"]
)
def test_hostile_text_quotes(case: dict[str, Any]) -> None:
    article = articleparse.parse_article(case["text"])
    found = [quote.text.strip() for quote in article.quotes]
    wanted = case["quote_texts"]
    assert len(found) == len(wanted), found
    for words, want in zip(found, wanted, strict=True):
        assert words in (want, want.rstrip(",.")), (words, want)


def test_ten_megabytes() -> None:
    """A 10 MB text (the seed article over and over, with varied newlines) parses whole."""
    seed = (SEEDS / "000_f56ad78c0931949e.txt").read_text(encoding="utf-8")
    pieces: list[str] = []
    size = 0
    newlines = ("\n", "\r\n", "\n\n", "\r")
    while size < 10_000_000:
        piece = seed.replace("\n", newlines[len(pieces) % len(newlines)]) + "\n"
        pieces.append(piece)
        size += len(piece)
    text = "".join(pieces)
    article = articleparse.parse_article(text)
    assert article.text is text
    check_article(article)
    # The story's paragraphs are most of the text: nothing was dropped wholesale.
    in_body = sum(len(block.span) for block in article.body)
    assert in_body > len(text) // 3


@pytest.mark.parametrize(("document", "named"), [("[]", "list"), ('"text"', "str"), ("3", "int")])
def test_json_that_is_not_an_object_is_a_value_error(document: str, named: str) -> None:
    with pytest.raises(ValueError, match=named):
        articleparse.from_json(document)
