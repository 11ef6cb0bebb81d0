"""Table-driven cases for the chrome stage (tests/cases/chrome, format in its README)."""

from __future__ import annotations

import pathlib
import re
from typing import Any

import pytest

from articleparse._appeal_words import APPEAL_BUTTONS, APPEAL_CUES, APPEAL_OPENERS, APPEAL_STEMS
from articleparse._chrome import label_chrome, tags_of
from articleparse._chrome_words import CHROME_KINDS, CHROME_LINES, CHROME_PHRASES
from articleparse._lines import APPEAL, BODY, HASHTAGS, split_lines

from .casefiles import case_param, load_cases
from .conftest import ROOT

CASES_DIR = ROOT / "tests" / "cases" / "chrome"
CASE_KEYS = {"name", "about", "lines", "labels", "expect"}
OPTIONAL_KEYS = {"tags"}
LABELS = {BODY, APPEAL, HASHTAGS, *CHROME_KINDS}


CASES = load_cases(CASES_DIR)


def test_there_are_cases_for_every_kind() -> None:
    assert len(CASES) >= 30
    covered = {label for _, case in CASES for label in case["labels"]}
    assert covered >= {BODY, APPEAL, HASHTAGS} | (set(CHROME_KINDS) - {"newsletter"})


@pytest.mark.parametrize(("path", "case"), CASES, ids=[f"{p.stem}/{c['name']}" for p, c in CASES])
def test_case_is_well_formed(path: pathlib.Path, case: dict[str, Any]) -> None:
    assert CASE_KEYS <= set(case) <= CASE_KEYS | OPTIONAL_KEYS, set(case) ^ CASE_KEYS
    assert case["expect"] in ("pass", "fail")
    assert case["about"].strip()
    lines = case["lines"]
    assert lines and all(isinstance(line, str) and line.strip() == line != "" for line in lines)
    assert len(case["labels"]) == len(lines)
    assert set(case["labels"]) <= LABELS
    if "tags" in case:
        assert all(isinstance(tag, str) and tag for tag in case["tags"])
    names = [c["name"] for p, c in CASES if p == path]
    assert names.count(case["name"]) == 1


@pytest.mark.parametrize(("case"), [case_param(p, c) for p, c in CASES])
def test_labels(case: dict[str, Any]) -> None:
    text = "\n".join(case["lines"])
    lines = split_lines(text)
    assert [line.text for line in lines] == case["lines"]
    assert label_chrome(text, lines) == case["labels"]
    if "tags" in case:
        labels = label_chrome(text, lines)
        found = [
            tag
            for line, label in zip(lines, labels, strict=True)
            if label == HASHTAGS
            for tag in tags_of(line.text)
        ]
        assert found == case["tags"]


def test_blank_lines_do_not_break_an_appeal() -> None:
    text = "A story line.\n\nSupport independent journalism\n\nDonate now\n\nNot now\n"
    lines = split_lines(text)
    assert label_chrome(text, lines) == [BODY, APPEAL, APPEAL, APPEAL]


def test_lower_casing_that_changes_length_gives_the_same_labels() -> None:
    # "İ" lower-cases to two characters, so the text-wide key search cannot be
    # used; the line-by-line search must find the same appeal
    plain = "A story from Istanbul.\nSupport independent journalism\nDonate now"
    dotted = plain.replace("Istanbul", "\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}stanbul")
    assert len(dotted.lower()) != len(dotted)
    for text in (plain, dotted):
        assert label_chrome(text, split_lines(text)) == [BODY, APPEAL, APPEAL]


def test_empty_text() -> None:
    assert label_chrome("", split_lines("")) == []


# ---------------------------------------------------------------- the lexicons


def test_every_cue_compiles_and_is_lower_case() -> None:
    for cue in APPEAL_CUES:
        re.compile(cue.pattern)
        bare = re.sub(r"\\N\{[A-Z -]+\}", "", cue.pattern)  # named characters aside
        assert bare == bare.lower(), cue.pattern
        assert cue.keys and all(key == key.lower() and key.strip() == key for key in cue.keys)
        assert cue.weight > 0 and cue.category and len(cue.lang) == 2
    assert set(APPEAL_STEMS) == {key for cue in APPEAL_CUES for key in cue.keys}


def test_button_opener_and_chrome_patterns_compile() -> None:
    for pattern in (*APPEAL_BUTTONS, *APPEAL_OPENERS):
        re.compile(pattern)
    for kind, patterns in CHROME_LINES.items():
        assert kind in CHROME_KINDS
        for pattern in patterns:
            re.compile(pattern)
    for kind, needle, pattern in CHROME_PHRASES:
        assert kind in CHROME_KINDS and needle == needle.lower()
        re.compile(pattern)


def test_chrome_kinds_are_documented() -> None:
    docs = (ROOT / "docs" / "chrome.md").read_text(encoding="utf-8")
    for kind in CHROME_KINDS:
        assert f"`{kind}`" in docs, kind
