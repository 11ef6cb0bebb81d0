"""Table-driven cases for quotations and their speakers (tests/cases/quotes, format in
its README).

The cases run the two quotation stages on their own: each line of a case's text
is one story paragraph (or the headline, when the case says so), and the test
compares every quotation found, in order, with the words of its speaker's
mention.  Name resolution (mention -> fullest name) has its own cases.
"""

from __future__ import annotations

from typing import Any

import pytest

from articleparse._attribution import attribute
from articleparse._quotes import find_quotations
from articleparse._records import Block, Quote

from .casefiles import case_param, line_blocks, load_cases
from .conftest import ROOT

CASES_DIR = ROOT / "tests" / "cases" / "quotes"
CASE_KEYS = {"name", "about", "text", "quotes", "expect"}
OPTIONAL_CASE_KEYS = {"headline"}
QUOTE_KEYS = {"text", "mention"}
OPTIONAL_QUOTE_KEYS = {"via", "cue"}
# the phenomena of issue 3, one case file each
GROUPS = {
    "marks",
    "apostrophes",
    "nesting",
    "multi_paragraph",
    "unbalanced",
    "no_speaker",
    "speech_verbs",
    "patterns",
    "continuation",
    "partial",
    "channel",
    "hard_cases",
}


CASES = load_cases(CASES_DIR)


def _blocks(case: dict[str, Any]) -> tuple[Block | None, list[Block]]:
    """The headline (when the case has one) and one paragraph block per non-empty line."""
    blocks = line_blocks(case["text"])
    if case.get("headline"):
        return Block(blocks[0].text, blocks[0].span, "headline"), blocks[1:]
    return None, blocks


def _quotes(case: dict[str, Any]) -> tuple[Quote, ...]:
    headline, body = _blocks(case)
    text = case["text"]
    return attribute(text, headline, body, find_quotations(text, headline, body))


def test_there_is_a_file_per_phenomenon() -> None:
    assert {path.stem for path in CASES_DIR.glob("*.json")} == GROUPS
    assert (CASES_DIR / "README.md").is_file()


def test_every_case_is_well_formed() -> None:
    names = set()
    for path, case in CASES:
        keys = set(case)
        assert CASE_KEYS <= keys <= CASE_KEYS | OPTIONAL_CASE_KEYS, (path.name, case.get("name"))
        assert case["expect"] in ("pass", "fail"), case["name"]
        assert isinstance(case["about"], str) and case["about"], case["name"]
        assert case["name"] not in names, case["name"]
        names.add(case["name"])
        assert isinstance(case["quotes"], list), case["name"]
        at = 0
        for quote in case["quotes"]:
            keys = set(quote)
            assert QUOTE_KEYS <= keys <= QUOTE_KEYS | OPTIONAL_QUOTE_KEYS, case["name"]
            # every expected quotation and mention is words of the text, in order
            found = case["text"].find(quote["text"], at)
            assert found >= 0, f"quote {quote['text']!r} not in the text of {case['name']}"
            at = found + len(quote["text"])
            if quote["mention"] is not None:
                assert quote["mention"] in case["text"], case["name"]
            if quote.get("via") is not None:
                assert quote["mention"] is not None and quote["via"] in case["text"]


def test_every_group_has_cases_that_pass() -> None:
    passing = {path.stem for path, case in CASES if case["expect"] == "pass"}
    assert passing == GROUPS


@pytest.mark.parametrize("case", [case_param(path, case) for path, case in CASES])
def test_quotes(case: dict[str, Any]) -> None:
    quotes = _quotes(case)
    got = [{"text": q.text, "mention": q.speaker.mention if q.speaker else None} for q in quotes]
    want = [{"text": q["text"], "mention": q["mention"]} for q in case["quotes"]]
    assert got == want
    for quote, expected in zip(quotes, case["quotes"], strict=True):
        if "via" in expected:
            assert quote.speaker is not None
            assert quote.speaker.via == expected["via"]
        if "cue" in expected:
            assert quote.cue == expected["cue"]
        # the record's offsets hold what it says
        assert quote.span.of(case["text"]) == quote.text
        if quote.speaker is not None:
            assert quote.speaker.span.of(case["text"]) == quote.speaker.mention


def test_a_speaker_record_is_shared_by_a_continued_quotation() -> None:
    case = {
        "text": "“We start today,” the mayor said.\n“The work ends next spring.”",
        "quotes": [],
    }
    first, second = _quotes(case)
    assert first.speaker is not None and first.speaker == second.speaker
