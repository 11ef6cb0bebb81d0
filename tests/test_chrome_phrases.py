"""The chrome phrase test: a search for a phrase's core stands for its full match.

`CHROME_PHRASES` patterns read "free text, a core, free text" and run as a
full match of the line, which backtracks over the free text.  `_chrome` asks a
search for the core instead and checks where the match lies; these tests hold
its answer to the full match's on lines around each phrase, with the free text
at, under and over its bounds.
"""

from __future__ import annotations

import re

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from articleparse._chrome import _chrome_phrases, _phrase_matcher
from articleparse._chrome_words import CHROME_PHRASES

# Free text to set the phrases among: words, a slash, marks, a newline (which
# free text cannot cross) and other line separators.
_FILLER = st.text(
    alphabet=st.sampled_from(list("ab cdX/.,:()\n\u2028\N{RIGHT SINGLE QUOTATION MARK}")),
    max_size=12,
)
_PHRASES = st.sampled_from(CHROME_PHRASES)


@settings(max_examples=400)
@given(data=st.data(), phrase=_PHRASES)
def test_a_phrase_test_answers_as_the_full_match(
    data: st.DataObject, phrase: tuple[str, str, str]
) -> None:
    _, _, pattern = phrase
    core = data.draw(st.from_regex(re.compile(pattern), fullmatch=True), label="core")
    # a core drawn from the whole pattern carries its own free text; pad it
    # out to the bounds with more, and sometimes a second phrase
    before = data.draw(st.integers(0, 170)) * "x" + data.draw(_FILLER)
    after = data.draw(_FILLER) + data.draw(st.integers(0, 170)) * "y"
    if data.draw(st.booleans()):
        after += data.draw(st.from_regex(re.compile(pattern), fullmatch=True))
    line = before + core + after
    wanted = regex.fullmatch(r"(?i)" + pattern, line) is not None
    assert _phrase_matcher(pattern)(line) == wanted, (pattern, line)


@settings(max_examples=200)
@given(line=st.text(max_size=300), phrase=_PHRASES)
def test_a_phrase_test_answers_as_the_full_match_on_any_text(
    line: str, phrase: tuple[str, str, str]
) -> None:
    _, _, pattern = phrase
    wanted = regex.fullmatch(r"(?i)" + pattern, line) is not None
    assert _phrase_matcher(pattern)(line) == wanted


def test_the_free_text_bounds_hold() -> None:
    # "may earn a commission" with 160 characters of free text on either side
    # is a notice; with 161 before it, or after it, it is not
    matches = _phrase_matcher({n: p for _, n, p in CHROME_PHRASES}["commission"])
    core = "May earn a commission"
    assert matches("a" * 160 + core + "b" * 160)
    assert not matches("a" * 161 + core)
    assert not matches(core + "b" * 161)
    # the leftmost core ends too early, a second one ends late enough
    assert matches(core + "b" * 128 + " may earn a commission" + "c" * 20)
    assert not matches("a\n" + core)  # free text holds no newline


def test_every_phrase_has_a_test() -> None:
    assert [needle for _, needle, _ in _chrome_phrases] == [n for _, n, _ in CHROME_PHRASES]
