"""The needles of the appeal cues: every phrase a cue matches holds one of them.

`_chrome` skips a key's cue alternation on a line that holds none of the
needles read off its cues; a needle a match can lack would lose a cue.  Its
other shortcut, the table of line heads that can start a chrome line, must
not change a label either, full or empty.  And the cue alternations look for
"no word character before" instead of a word boundary, which is the same only
because every cue opens with a word character.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articleparse import _chrome
from articleparse._appeal_words import APPEAL_CUES, READER_ADDRESS, REPORTED_SPEECH
from articleparse._chrome import (
    _CUES_BY_KEY,
    _NO_CUE,
    _close_needles,
    _first_chars,
    _gate,
    _gated_search,
    _key_alternation,
    _needles,
    _passes,
    _phrases,
    _score,
    _spread,
    _weigh,
    label_chrome,
)
from articleparse._lines import split_lines

_PAIRS = [(cue.pattern, key) for cue in APPEAL_CUES for key in cue.keys]


@pytest.mark.parametrize("needles_of", [_needles, _close_needles])
@pytest.mark.parametrize(("pattern", "key"), _PAIRS)
@settings(max_examples=25)
@given(data=st.data())
def test_every_match_holds_a_needle(
    needles_of: Callable[[str, str], tuple[str, ...] | None],
    pattern: str,
    key: str,
    data: st.DataObject,
) -> None:
    # the needles (tried first) and the close needles (tried next) of a cue:
    # a line without one is never tested against the cue, so every match must
    # hold one
    needles = needles_of(pattern, key)
    if needles is None:
        return
    phrase = data.draw(st.from_regex(re.compile(pattern), fullmatch=True))
    assert any(needle in phrase for needle in needles), (pattern, needles, phrase)


@pytest.mark.parametrize(
    ("pattern", "key", "needles"),
    [
        (
            "(?:stay|keep) (?:up-to-date|up to date)",
            "you",
            ("stay up-to-date", "stay up to date", "keep up-to-date", "keep up to date"),
        ),
        ("support (?:us|our (?:[\\w-]+ )?work)", "support", ("support us", "support our ")),
        ("members? donations?", "member", (" donation",)),
        # nine words would be too many: the run starts again at the second group
        ("(?:a|b|c) (?:d|e|f) (?:g|h)x", "y", ("d gx", "d hx", "e gx", "e hx", "f gx", "f hx")),
        ("spenden|spende", "spende", None),
    ],
)
def test_close_needles_of_a_cue(pattern: str, key: str, needles: tuple[str, ...] | None) -> None:
    assert _close_needles(pattern, key) == needles


@pytest.mark.parametrize("pattern", sorted({cue.pattern for cue in APPEAL_CUES}))
@settings(max_examples=25)
@given(data=st.data())
def test_every_cue_opens_with_a_word_character(pattern: str, data: st.DataObject) -> None:
    phrase = data.draw(st.from_regex(re.compile(pattern), fullmatch=True))
    assert re.match(r"\w", phrase), (pattern, phrase)


@pytest.mark.parametrize(
    ("pattern", "key", "needles"),
    [
        ("give money", "you", ("give money",)),
        ("sign(?: me)? up", "sign", (" up",)),  # "sign" is the key: the line holds it
        ("(?:stay|keep) (?:up-to-date|up to date)", "you", ("up-to-date", "up to date")),
        ("contributions?", "donat", ("contribution",)),  # the "s" is optional
        ("gemeinnützig\\w{0,3}", "x", ("gemeinnützig",)),
        ("spenden|spende", "spende", None),  # an alternation at the top
        ("donate", "donat", ("donate",)),
        ("donat", "donat", None),  # nothing the key does not hold
    ],
)
def test_needles_of_a_cue(pattern: str, key: str, needles: tuple[str, ...] | None) -> None:
    assert _needles(pattern, key) == needles


def test_the_busy_keys_have_needles() -> None:
    # "you" and "support" are in many story lines: they must not run every time
    assert _CUES_BY_KEY["you"].gate is not None
    assert _CUES_BY_KEY["support"].gate is not None


def test_a_full_head_table_changes_no_label(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Share this article\nLeave a comment\n"
        "The council met on Tuesday to approve the budget for next year.\n"
        "- Share on Twitter\nRead more:\n"
    )
    lines = split_lines(text)
    wanted = ["share", "comments", "body", "share", "related"]
    monkeypatch.setattr(_chrome, "_CHROME_HEADS", {})
    assert label_chrome(text, lines) == wanted  # the table fills as it goes
    monkeypatch.setattr(_chrome, "_MAX_CHROME_HEADS", 0)
    monkeypatch.setattr(_chrome, "_CHROME_HEADS", {})
    assert label_chrome(text, lines) == wanted  # no room: every line is matched in full


def test_a_phrase_weighs_what_its_first_matching_cue_gives() -> None:
    # _score weighs each phrase once per key (_weigh is a memo): a phrase found
    # again, or after the memo is emptied, must weigh what the cues give it
    line = "your support keeps our work going: please support us today, support us now."
    keys = {"support", "you", "help"}
    _weigh.cache_clear()
    expected = _score(line, keys)
    assert expected[0] > 0
    assert _score(line, keys) == expected  # read from the memo
    _weigh.cache_clear()
    assert _score(line, keys) == expected
    scorers = _CUES_BY_KEY["support"].scorers
    first = next(weight for matches, weight, _ in scorers if matches("support us"))
    assert _weigh("support", "support us") == first
    assert _weigh("support", "support nothing") == _NO_CUE


@pytest.mark.parametrize("fragment", [*READER_ADDRESS, *REPORTED_SPEECH])
@settings(max_examples=25)
@given(data=st.data())
def test_a_gated_search_answers_as_the_fragment(fragment: str, data: st.DataObject) -> None:
    # each fragment runs only on a line that holds one of its needles: a line
    # holding a match must get through, one holding none must not
    line = data.draw(st.from_regex(re.compile(fragment)) | st.text(max_size=30))
    wanted = re.search(fragment, line) is not None
    assert _gated_search([fragment])(line) == wanted, (fragment, line)


def test_a_lookaround_ends_a_run_of_close_needles() -> None:
    assert _close_needles("(?:^|\\s)(?:ab\\w{0,2}|cd)(?=\\s|$)", "") == ("ab", "cd")
    assert _close_needles("(?<!\\w)xy(?!z)", "") == ("xy",)


@pytest.mark.parametrize("pattern", sorted({cue.pattern for cue in APPEAL_CUES}))
@settings(max_examples=25)
@given(data=st.data())
def test_every_match_opens_with_a_first_character(pattern: str, data: st.DataObject) -> None:
    # a match of a key's alternation is scored by the cues that can open with
    # its first character only
    firsts = _first_chars(pattern)
    if firsts is None:
        return
    phrase = data.draw(st.from_regex(re.compile(pattern), fullmatch=True))
    assert phrase[:1] in firsts, (pattern, firsts, phrase)


@pytest.mark.parametrize(
    ("pattern", "firsts"),
    [
        ("(?:monthly|one-time) gifts?", frozenset("mo")),
        ("spenden|helfen", frozenset("sh")),
        ("(?:please )?donate", None),  # the opening group may be left out
        ("\\w+ donors", None),
    ],
)
def test_first_characters_of_a_cue(pattern: str, firsts: frozenset[str] | None) -> None:
    assert _first_chars(pattern) == firsts


# Each key's cues, heaviest first, as _chrome orders them in its alternation.
_KEY_PATTERNS = {
    key: [
        c.pattern
        for c in sorted((c for c in APPEAL_CUES if key in c.keys), key=lambda c: -c.weight)
    ]
    for key in _CUES_BY_KEY
}
# Words and marks to set the drawn phrases among.
_FILLER = st.sampled_from(
    ["", " ", "the ", "our ", ", ", "\N{LEFT DOUBLE QUOTATION MARK}", "-", "x"]
)


@pytest.mark.parametrize("key", sorted(_KEY_PATTERNS))
@settings(max_examples=40)
@given(data=st.data())
def test_a_key_alternation_finds_what_the_plain_one_finds(key: str, data: st.DataObject) -> None:
    # the spread and grouped alternation must take the same match at every
    # position as the cues joined in order
    patterns = _KEY_PATTERNS[key]
    phrases = st.sampled_from(patterns).flatmap(
        lambda p: st.from_regex(re.compile(p), fullmatch=True)
    )
    pieces = data.draw(st.lists(st.tuples(_FILLER, phrases), min_size=1, max_size=4))
    line = "".join(filler + phrase for filler, phrase in pieces)
    plain = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\b")
    found = re.compile(r"(?<!\w)(?:" + _key_alternation(patterns) + r")\b")
    assert [m.span() for m in found.finditer(line)] == [m.span() for m in plain.finditer(line)]


@pytest.mark.parametrize(
    ("pattern", "spread"),
    [
        ("(?:sent|delivered) to", ["sent to", "delivered to"]),
        ("(?:please |kindly )?consider", ["please consider", "kindly consider", "consider"]),
        ("(?:a|(?:b|c)d)e", ["ae", "bde", "cde"]),  # again at the opening of each
        ("ab|(?:c|d)e", ["ab", "ce", "de"]),  # an alternation at the top
        ("(?:a|b)+c", ["(?:a|b)+c"]),  # a repeated group stays whole
        ("(?:a|b)??c", ["(?:a|b)??c"]),  # a lazy one too (the order of trial differs)
        ("x(?:a|b)", ["x(?:a|b)"]),  # only the opening is spread
        (
            "(?:" + "|".join("abcdefghijklmnopq") + ")x",
            ["(?:" + "|".join("abcdefghijklmnopq") + ")x"],
        ),
    ],
)
def test_spread_of_a_cue(pattern: str, spread: list[str]) -> None:
    assert _spread(pattern) == spread


def test_a_key_alternation_groups_plain_openings_in_a_row() -> None:
    # "ab" and "ac" open with "a"; "\\w+d" stands between "ae" and the others,
    # which may not move past it
    assert _key_alternation(["ab", "xy", "ac", "\\w+d", "ae"]) == (
        "a(?:(?:b)|(?:c))|x(?:(?:y))|(?:\\w+d)|a(?:(?:e))"
    )
    # a top-level alternation spread; an optional first character opens nothing
    assert _key_alternation(["ab|cd", "e?f"]) == "a(?:(?:b))|c(?:(?:d))|(?:e?f)"


def test_a_phrase_of_a_finite_cue_weighs_what_the_cues_give() -> None:
    # _score reads a phrase's weight from the table built at import when it is
    # there: every entry must be what the loop over the cues gives
    for key, cues in _CUES_BY_KEY.items():
        for phrase, weight in cues.weights.items():
            assert _weigh.__wrapped__(key, phrase) == weight, (key, phrase)
    assert "please donate" in _CUES_BY_KEY["donat"].weights


@pytest.mark.parametrize("pattern", sorted({cue.pattern for cue in APPEAL_CUES}))
@settings(max_examples=25)
@given(data=st.data())
def test_the_phrases_of_a_cue_are_all_it_matches(pattern: str, data: st.DataObject) -> None:
    # the table holds the phrases _phrases reads off a cue: each one must be a
    # match of the cue, and a match drawn from the cue must be among them
    phrases = _phrases(pattern)
    if phrases is None:
        return
    assert all(re.fullmatch(pattern, phrase) for phrase in phrases), pattern
    phrase = data.draw(st.from_regex(re.compile(pattern), fullmatch=True))
    assert phrase in phrases, (pattern, phrase)


@pytest.mark.parametrize(
    ("pattern", "phrases"),
    [
        ("tax[- ]deductible", ["tax-deductible", "tax deductible"]),
        (
            "(?:please )?donate(?: now)?",
            ["please donate now", "please donate", "donate now", "donate"],
        ),
        ("ab|c(?:d|e)", ["ab", "cd", "ce"]),
        ("doesn\\N{RIGHT SINGLE QUOTATION MARK}t", ["doesn\N{RIGHT SINGLE QUOTATION MARK}t"]),
        ("(?:a|b)x?", ["ax", "a", "bx", "b"]),
        ("gemeinnützig\\w{0,3}", None),  # endless or too many: weighed when found
        ("a+b", None),
        ("[a-z]b", None),
        ("(?=a)a", None),
        ("(?:" + "|".join("abcdefghijklmnop") + ") (?:" + "|".join("abcdefghi") + ")", None),
    ],
)
def test_phrases_of_a_cue(pattern: str, phrases: list[str] | None) -> None:
    assert _phrases(pattern) == phrases


@pytest.mark.parametrize("key", sorted(_KEY_PATTERNS))
@settings(max_examples=40)
@given(data=st.data())
def test_a_line_with_a_cue_passes_its_keys_gate(key: str, data: st.DataObject) -> None:
    # _score runs a key's alternation only on a line that passes the key's
    # gate: a line holding a match of any of the key's cues must pass it
    gate = _CUES_BY_KEY[key].gate
    if gate is None:
        return
    pattern = data.draw(st.sampled_from(_KEY_PATTERNS[key]))
    phrase = data.draw(st.from_regex(re.compile(pattern), fullmatch=True))
    line = data.draw(_FILLER) + phrase + data.draw(_FILLER)
    assert _passes(line, gate), (key, pattern, line)


def test_a_gate_pairs_each_needle_with_its_cues_close_needles() -> None:
    # cue 1: needle "ab", close "abc" or "abd"; cue 2: needle "b" (which "ab"
    # holds: it takes cue 1 along), close "xb"; cue 3: needle "q", no close
    gate = _gate([("ab",), ("b",), ("q",)], [("abc", "abd"), ("xb",), None])
    assert gate == (("b", ("abc", "abd", "xb")), ("q", None))
    assert _passes("an xb", gate)
    assert not _passes("ab ab", gate)  # a needle without a close needle of its cues
    assert _passes("q", gate)
    assert _gate([("a",), None], [("a",), ("b",)]) is None  # a cue without needles


@pytest.mark.parametrize("pattern", sorted({cue.pattern for cue in APPEAL_CUES}))
@settings(max_examples=25)
@given(data=st.data())
def test_every_cue_ends_with_a_word_character(pattern: str, data: st.DataObject) -> None:
    # the key alternations take in the character before a match: that is
    # never a character of the match before, as no match ends with one
    phrase = data.draw(st.from_regex(re.compile(pattern), fullmatch=True))
    assert re.search(r"\w\Z", phrase), (pattern, phrase)


@pytest.mark.parametrize("key", sorted(_KEY_PATTERNS))
@settings(max_examples=40)
@given(data=st.data())
def test_a_key_finder_finds_what_the_cues_find_between_word_boundaries(
    key: str, data: st.DataObject
) -> None:
    # _score runs a key's finder on the line after a space and drops the
    # character each match opens with: the phrases must be those the cues
    # find between word boundaries, one after another
    phrases = st.sampled_from(_KEY_PATTERNS[key]).flatmap(
        lambda p: st.from_regex(re.compile(p), fullmatch=True)
    )
    pieces = data.draw(st.lists(st.tuples(_FILLER, phrases), min_size=1, max_size=4))
    line = "".join(filler + phrase for filler, phrase in pieces) + data.draw(_FILLER)
    plain = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in _KEY_PATTERNS[key]) + r")\b")
    found = [(m.start(), m.end() - 1) for m in _CUES_BY_KEY[key].find(" " + line)]
    assert found == [m.span() for m in plain.finditer(line)]


@pytest.mark.parametrize("key", sorted(_KEY_PATTERNS))
@settings(max_examples=20)
@given(data=st.data())
def test_a_long_line_scores_as_a_short_one(key: str, data: st.DataObject) -> None:
    # a line too long to copy is read with the cues after a lookbehind: it
    # must score what the same line scores when it is copied after a space
    phrases = st.sampled_from(_KEY_PATTERNS[key]).flatmap(
        lambda p: st.from_regex(re.compile(p), fullmatch=True)
    )
    pieces = data.draw(st.lists(st.tuples(_FILLER, phrases), min_size=1, max_size=4))
    line = "".join(filler + phrase for filler, phrase in pieces) + data.draw(_FILLER)
    keys = {key}
    wanted = _score(line, keys)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_chrome, "_MAX_PADDED_CHARS", 0)
        assert _score(line, keys) == wanted
