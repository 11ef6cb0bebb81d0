"""Page title cases: the line above a page's story that is its title.

The cases are data: tests/cases/page_title/*.json (format in its README).  Each
case is a whole page's text; the test parses it and checks the headline, and
that the headline block indexes the text.
"""

from __future__ import annotations

from typing import Any

import pytest

import articleparse
from articleparse import _story
from articleparse._lines import split_lines
from articleparse._page_words import SECTION_HEADINGS

from .casefiles import case_param, check_headline, load_cases
from .conftest import ROOT

CASE_FILES = load_cases(ROOT / "tests" / "cases" / "page_title")
CASES = [case for _, case in CASE_FILES]
KEYS = {"name", "about", "lines", "mode", "headline", "expect"}


def test_case_files_are_well_formed() -> None:
    assert CASES, "no page title cases found"
    names = [case["name"] for case in CASES]
    assert len(names) == len(set(names)), "case names repeat"
    for case in CASES:
        name = case["name"]
        assert set(case) <= KEYS, name
        assert {"name", "about", "lines", "headline"} <= set(case), name
        assert isinstance(case["about"], str) and case["about"], name
        lines = case["lines"]
        assert lines and all(isinstance(line, str) and line.strip() for line in lines), name
        assert all("\n" not in line for line in lines), name
        assert case.get("mode", "page") in ("page", "auto"), name
        assert case.get("expect", "pass") in ("pass", "fail"), name
        headline = case["headline"]
        assert headline is None or headline in lines, f"{name}: the headline is not a line"


@pytest.mark.parametrize("case", [case_param(path, case) for path, case in CASE_FILES])
def test_page_title_case(case: dict[str, Any]) -> None:
    text = "\n".join(case["lines"])
    article = articleparse.parse_article(text, mode=case.get("mode", "page"))
    check_headline(text, article, case["headline"])


def test_the_cases_need_the_page_rules() -> None:
    # The story starts where the cases say: the title is looked for above it.
    for case in CASES:
        text = "\n".join(case["lines"])
        article = articleparse.parse_article(text, mode="page")
        assert article.body, case["name"]
        assert article.body[0].text.startswith(("The harbour", "These brown")), case["name"]


@pytest.mark.parametrize(
    ("line", "glued"),
    [
        ("Pier Closes For Summer | The Harbour Gazette", True),
        ("Pier Closes For Summer - Harbour Gazette", True),
        ("Home News Transport Pier Closes For Summer", True),
        ("Pier Closes For Summer Review by Jane Roe", False),
        ("Pier Closes For Summer", False),
    ],
)
def test_a_title_gives_way_to_the_bare_title_only_across_glue(line: str, glued: bool) -> None:
    bare = "Pier Closes For Summer"
    lines = split_lines(f"{line}\n{bare}")
    want = 1 if glued else 0
    assert _story._unglued(lines, [0, 1], 0) == want


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ginger Cookies That Keep Their Snap All Week", True),
        ("We use cookies to improve your experience on our site", False),
        ("Read our cookie policy before you continue here", False),
        ("See all stories from the north shore today", False),
        ("Harbour board votes to close the old ferry pier\N{HORIZONTAL ELLIPSIS}", False),
        ("Harbour Gazette Staff Reporter", False),
        ("The Reporter Who Rode Every Ferry In The Harbour", True),
    ],
)
def test_what_may_be_a_title(text: str, title: bool) -> None:
    assert bool(_story._title_words(text)) is title


@pytest.mark.parametrize(
    ("line", "opening", "shares"),
    [
        ("Ferry Pier To Close For Summer", "The old ferry pier will close for repairs.", True),
        ("Bakery Wins Award For Its Bread", "The old ferry pier will close for repairs.", False),
        # function words match nothing, in English or in other languages
        ("What They Said About The Vote", "What they said was not about this.", False),
        ("Una notte per la musica della banda", "Una sera per la festa della città.", False),
        ("Die Fähre und der Hafen im Sommer", "Die Fähre fährt im Sommer nicht.", True),
    ],
)
def test_a_title_shares_content_words_with_the_opening(
    line: str, opening: str, shares: bool
) -> None:
    words = _story._content_words(opening)
    assert _story._shares_opening(line, words) is shares


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The old pier is closing. Here is what riders need to know.", 12),
        ("Is the old pier closing? Here is what riders need to know.", 12),
        ("The old pier will close for repairs this summer.", 0),  # one sentence: a dek
        ("The pier closes. Riders wait. Buses run.", 0),  # three sentences
        ("Port Rules Face Their First Test In U.S. Court.", 0),  # an abbreviation ends none
        ("Harbour Gov. Signs The Pier Repair Bill.", 0),
        ("Ferry Fares Rise In 2025. Here Is Why.", 8),
        ("The pier is closing. Here is what riders need to know", 0),  # no full stop
        (
            "The old pier on the north shore is closing for the summer. Here is what "
            "riders who take the early boat every weekday need to know.",
            0,  # too long for a title
        ),
    ],
)
def test_a_title_of_two_sentences(text: str, words: int) -> None:
    assert _story._two_sentence_title_words(text) == words


def test_no_section_heading_is_longer_than_the_guard() -> None:
    # `_page_title` asks `_is_section_heading` (this matcher) only of lines this
    # short; the longest line its pattern can match (stdlib re reads the
    # pattern, which uses no class of the regex module) must fit.
    import re
    from re import _parser  # type: ignore[attr-defined]

    pattern = _story._whole_line_matcher(SECTION_HEADINGS).pattern
    _, longest = _parser.parse(pattern, re.X | re.I).getwidth()
    assert SECTION_HEADINGS and 0 < longest <= _story._SECTION_HEADING_MAX_CHARS
