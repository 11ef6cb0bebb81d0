"""Story head cases: an article's headline, and the page's controls above it.

The cases are data: tests/cases/story_head/*.json (format in its README).  Each
case is the opening of an article's text; the test parses it and checks the
headline (and that its block indexes the text), the first paragraph, and the
lines that must not be story.
"""

from __future__ import annotations

from typing import Any

import pytest

import articleparse
from articleparse import _story
from articleparse._page_words import PAGE_CONTROL_WORDS

from .casefiles import case_param, check_headline, load_cases
from .conftest import ROOT

CASE_DIR = ROOT / "tests" / "cases" / "story_head"
KEYS = {"name", "about", "lines", "mode", "headline", "first_paragraph", "not_body", "expect"}
CASES = load_cases(CASE_DIR)


def test_case_files_are_well_formed() -> None:
    assert CASES, "no story head cases found"
    names = [case["name"] for _, case in CASES]
    assert len(names) == len(set(names)), "case names repeat"
    for _, case in CASES:
        name = case["name"]
        assert set(case) <= KEYS, name
        assert {"name", "about", "lines", "headline"} <= set(case), name
        assert isinstance(case["about"], str) and case["about"], name
        lines = case["lines"]
        assert lines and all(isinstance(line, str) and line.strip() for line in lines), name
        assert all("\n" not in line for line in lines), name
        assert case.get("mode", "auto") in ("auto", "article", "page"), name
        assert case.get("expect", "pass") in ("pass", "fail"), name
        headline = case["headline"]
        assert headline is None or headline in lines, f"{name}: the headline is not a line"
        assert case.get("first_paragraph", lines[0]) in lines, name
        assert all(line in lines for line in case.get("not_body", [])), name


@pytest.mark.parametrize("case", [case_param(path, case) for path, case in CASES])
def test_story_head_case(case: dict[str, Any]) -> None:
    text = "\n".join(case["lines"])
    article = articleparse.parse_article(text, mode=case.get("mode", "auto"))
    check_headline(text, article, case["headline"])
    if "first_paragraph" in case:
        assert article.body and article.body[0].text == case["first_paragraph"]
    body = {block.text for block in article.body}
    for line in case.get("not_body", []):
        assert line not in body


@pytest.mark.parametrize(
    ("text", "control"),
    [
        ("Subscribe to newsletters", True),
        ("Sign in to save this story", True),
        ("[Docs] [txt|pdf] [Tracker] [Email]", True),
        ("NewsPhotosVideosShopTV Insider", True),
        ("[Docs] and a note", False),  # one bracketed word is no row of links
        ("#GirlsWhoCodeAndWin trends again", False),  # a hashtag, not a glued menu
        ("The PlayStation And The iPhone Go Head To Head", False),  # one turn a word
        ("Sites face new rules on age verification this spring.", False),  # a sentence
        (
            "Sign up to our newsletter and read the stories that everyone in the harbour "
            "talks about every week",
            False,  # too many words for a control
        ),
    ],
)
def test_what_is_a_control_at_the_top(text: str, control: bool) -> None:
    assert _story._is_top_control(text) is control


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Ferry Pier To Close For Summer Repairs", True),
        ("Tuesday 15 October 2024 by Jane Roe", False),
        ("3 June 2024 - Harbour Gazette", False),
        ("Reviewed by: Jane Roe Price: 25 pounds Web: example.org", False),
        ("About This Site", False),
        ("About us", False),
        ("About Time: The Ferry Returns", True),
        ("Contact Lenses Are Getting Cheaper", True),
        ("2024 In Review: The Ferry, The Pier And The Vote", True),  # a year is no date
    ],
)
def test_what_may_be_a_headline(text: str, headline: bool) -> None:
    assert _story._could_be_headline(text) is headline


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Skipping the holiday lights in L.A.", True),
        ("Why fares went up in the U.S.", True),
        ("A day in the life of J. Roe.", False),  # one initial: a name's, before a stop
        ("The pier closes at 9 p.m.", False),  # small letters
        ("Fares rise in the U.S. again.", False),
    ],
)
def test_initials_at_the_end(text: str, initials: bool) -> None:
    found = _story._ends_with_initials(text, max(0, len(text) - _story._INITIALS_REACH))
    assert (found is not None) is initials


@pytest.mark.parametrize(
    "text",
    [
        "SUBSCRIBE NOW",
        "Subscription offers",
        "Get our Newsletters",
        "Sign in",
        "Sign up today",
        "My profile",
        "Your browser is out of date",
        "Log in",
        "LOGIN",
        "We use cookies here",
        "Cookie settings",
        "Privacy",
        "My account",
        "Your inbox awaits",
        "Turn on notifications",
        "Notify me",
        "Verify your email",
        "Bookmarked",
        "Saved stories",
        "Clicking on this link",
        "Enable JavaScript",
        "Turn off your ad blocker",
        "See all",
        "Terms of use",
    ],
)
def test_every_control_word_holds_a_needle(text: str) -> None:
    # The cheap test before `_has_control_word` must let every line it matches through.
    assert _story._has_control_word(text) is not None
    assert any(needle in text.casefold() for needle in _story._CONTROL_NEEDLES)


def test_the_control_needles_cover_every_control_word() -> None:
    # Each entry of PAGE_CONTROL_WORDS holds a needle in its fixed words (the
    # samples above try the entries' alternatives).
    for entry in PAGE_CONTROL_WORDS:
        plain = entry.replace("\\s", " ").lower()
        assert any(needle in plain for needle in _story._CONTROL_NEEDLES), entry
