"""Story cases: the headline against the lede, the story's head lines (dek,
byline, dateline, timestamp) and whole pages against an article's own text.

The cases are data: tests/cases/story/*.json (format in its README).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import articleparse
from articleparse._lines import split_lines
from articleparse._page_words import EMBED_PLACEHOLDERS, RELATED_HEADINGS, RELATED_LINK_LABELS
from articleparse._story import is_page

from .conftest import ROOT

CASE_DIR = ROOT / "tests" / "cases" / "story"
KEYS = {
    "name",
    "about",
    "text",
    "mode",
    "expect",
    "headline",
    "is_page",
    "paragraphs",
    "first_paragraph",
    "last_paragraph",
    "body_has",
    "body_lacks",
    "boilerplate",
}
CHECKS = KEYS - {"name", "about", "text", "mode", "expect"}


def _load() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for path in sorted(CASE_DIR.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            case["file"] = path.name
            cases.append(case)
    return cases


CASES = _load()


def _param(case: dict[str, Any]) -> Any:
    marks = []
    if case.get("expect") == "fail":
        marks.append(pytest.mark.xfail(strict=True, reason=case["about"]))
    return pytest.param(case, id=case["name"], marks=marks)


def test_case_files_are_well_formed() -> None:
    assert CASES, "no story cases found"
    names = [case["name"] for case in CASES]
    assert len(names) == len(set(names)), "case names repeat"
    for case in CASES:
        name = case["name"]
        assert set(case) - {"file"} <= KEYS, name
        assert isinstance(case["text"], str) and case["text"].strip(), name
        assert isinstance(case["about"], str) and case["about"], name
        assert case.get("mode", "auto") in ("auto", "article", "page"), name
        assert case.get("expect", "pass") in ("pass", "fail"), name
        assert set(case) & CHECKS, f"{name} checks nothing"
        headline = case.get("headline", "")
        assert headline is None or isinstance(headline, str), name
        for key in ("paragraphs", "body_has", "body_lacks"):
            assert all(isinstance(item, str) for item in case.get(key, [])), name
        for kind, texts in case.get("boilerplate", {}).items():
            assert isinstance(kind, str) and all(isinstance(t, str) for t in texts), name
        for key in ("body_has", "first_paragraph", "last_paragraph"):
            for item in case.get(key, []) if key == "body_has" else [case.get(key, "")]:
                assert item in case["text"], f"{name}: {key} {item!r} is not in the text"
    assert {case["file"] for case in CASES} >= {"headline.json", "head.json", "page.json"}


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_story_case(case: dict[str, Any]) -> None:
    text = case["text"]
    article = articleparse.parse_article(text, mode=case.get("mode", "auto"))
    body = [block.text for block in article.body]
    if "is_page" in case:
        assert is_page(split_lines(text)) is case["is_page"]
    if "headline" in case:
        found = article.headline.text if article.headline is not None else None
        assert found == case["headline"]
    if "paragraphs" in case:
        assert body == case["paragraphs"]
    if "first_paragraph" in case:
        assert body and body[0] == case["first_paragraph"]
    if "last_paragraph" in case:
        assert body and body[-1] == case["last_paragraph"]
    for wanted in case.get("body_has", []):
        assert any(wanted in paragraph for paragraph in body), wanted
    for unwanted in case.get("body_lacks", []):
        assert not any(unwanted in paragraph for paragraph in body), unwanted
    for kind, texts in case.get("boilerplate", {}).items():
        blocks = [block.text for block in article.boilerplate if block.kind == kind]
        assert blocks, f"no boilerplate block of kind {kind!r}"
        for wanted in texts:
            assert any(wanted in block for block in blocks), (kind, wanted)


def test_prefiltered_tables_open_with_a_letter() -> None:
    """_story tests a line's first letter before matching these tables: each entry
    must open with a plain letter, or the entry would never be tried."""
    for entry in RELATED_HEADINGS + RELATED_LINK_LABELS + EMBED_PLACEHOLDERS:
        assert entry[0].isalpha(), entry
