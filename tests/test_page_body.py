"""Page body cases: which run of a whole page's lines is its story.

The cases are data: tests/cases/page_body/*.json (format in its README).  They
cover the shapes the story rule (`_story._units`, `_story._best_run`) reads
beyond a line's length: a readers' comment thread, teasers cut short, a cookie
notice, a script written without spaces, a site's notice above the menus, a
story's own long list, a recipe's ingredients, a table's cells broken across
lines and a line of names held apart by commas.
"""

from __future__ import annotations

from typing import Any

import pytest

import articleparse
from articleparse._lines import split_lines
from articleparse._page_words import (
    COMMENT_BUTTONS,
    COMMENT_VERBS,
    CONSENT_WORDS,
    SITE_NOTICE_WORDS,
)
from articleparse._story import is_page

from .casefiles import case_param, load_cases
from .conftest import ROOT

CASES = load_cases(ROOT / "tests" / "cases" / "page_body")
KEYS = {
    "name",
    "about",
    "text",
    "mode",
    "expect",
    "is_page",
    "first_paragraph",
    "last_paragraph",
    "body_has",
    "body_lacks",
}
CHECKS = KEYS - {"name", "about", "text", "mode", "expect"}


def _text(case: dict[str, Any]) -> str:
    """The case's page: its lines, a blank line between each two."""
    return "\n\n".join(case["text"])


def test_case_files_are_well_formed() -> None:
    assert CASES, "no page body cases found"
    names = [case["name"] for _, case in CASES]
    assert len(names) == len(set(names)), "case names repeat"
    for _, case in CASES:
        name = case["name"]
        assert set(case) <= KEYS, name
        assert set(case) & CHECKS, f"{name} checks nothing"
        assert isinstance(case["about"], str) and case["about"], name
        assert case.get("mode", "auto") in ("auto", "article", "page"), name
        assert case.get("expect", "pass") in ("pass", "fail"), name
        lines = case["text"]
        assert isinstance(lines, list) and lines, name
        assert all(isinstance(line, str) and line.strip() == line and line for line in lines), name
        text = _text(case)
        for key in ("first_paragraph", "last_paragraph"):
            if key in case:
                assert case[key] in lines, f"{name}: {key} is not one of the lines"
        for item in case.get("body_has", []) + case.get("body_lacks", []):
            assert item in text, f"{name}: {item!r} is not in the text"


def test_word_lists_are_lower_case_and_distinct() -> None:
    for table in (tuple(COMMENT_BUTTONS), COMMENT_VERBS, CONSENT_WORDS, SITE_NOTICE_WORDS):
        assert all(entry == entry.lower() == entry.strip() and entry for entry in table)
        assert len(set(table)) == len(table)


@pytest.mark.parametrize("case", [case_param(path, case) for path, case in CASES])
def test_page_body_case(case: dict[str, Any]) -> None:
    text = _text(case)
    if "is_page" in case:
        assert is_page(split_lines(text)) is case["is_page"]
    article = articleparse.parse_article(text, mode=case.get("mode", "auto"))
    body = [block.text for block in article.body]
    assert body, "no story found"
    if "first_paragraph" in case:
        assert body[0] == case["first_paragraph"]
    if "last_paragraph" in case:
        assert body[-1] == case["last_paragraph"]
    for item in case.get("body_has", []):
        assert any(item in paragraph for paragraph in body), f"{item!r} is not in the story"
    for item in case.get("body_lacks", []):
        assert not any(item in paragraph for paragraph in body), f"{item!r} is in the story"
