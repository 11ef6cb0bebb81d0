"""The invariants the attribution stage's speed tricks rely on.

Each trick in _attribution and _names that trades one way of computing a
result for a faster one is exact only while some fact holds; these tests
state those facts, so a later edit that breaks one fails here rather than
as a silent change of speakers.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from articleparse import _attribution, _names
from articleparse._records import Block, Span
from articleparse._speech import ABBREVIATIONS

# The stops pattern as first written for `regex`, whose \s the `re` version
# spells out by hand.
_stops_with_regex = regex.compile(
    r"[.!?][\N{RIGHT DOUBLE QUOTATION MARK}\"'\N{RIGHT SINGLE QUOTATION MARK})\]]{0,3}"
    r"(?=\s{1,20}(\S)|\s)"
).finditer

# Characters around a sentence stop, with every space that `re` and `regex`
# disagree on (U+001C..U+001F are spaces to `re` only) and a few that both
# or neither take.
_STOP_ALPHABET = (
    ".!?\N{RIGHT DOUBLE QUOTATION MARK}\"')]\N{RIGHT SINGLE QUOTATION MARK}aB#\\"
    " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2009\u200b\u2028\u2029\u202f\u3000"
)


@given(st.text(alphabet=_STOP_ALPHABET, max_size=60))
def test_sentence_stops_match_the_regex_spelling(text: str) -> None:
    want = [(m.span(), m.group(1)) for m in _stops_with_regex(text)]
    got = [(m.span(), m.group(1)) for m in _attribution._find_stops(text)]
    assert got == want


@given(st.text(alphabet=_STOP_ALPHABET.replace("!", "").replace("?", ""), max_size=60))
def test_full_stops_are_the_stops_without_other_marks(text: str) -> None:
    # a paragraph without "!" and "?" is cut with the pattern that opens
    # with a literal full stop
    want = [(m.span(), m.group(1)) for m in _attribution._find_stops(text)]
    got = [(m.span(), m.group(1)) for m in _attribution._find_full_stops(text)]
    assert got == want


def test_abbreviations_are_at_most_five_characters() -> None:
    # a stop after six ASCII letters is taken as a sentence end without
    # reading the word before it, which is exact only while no abbreviation
    # (and no initial) is that long
    assert max(map(len, ABBREVIATIONS)) <= 5


def _stops_as_first_written(masked: str) -> list[int]:
    """A paragraph's sentence starts, by the rule as first written: the
    word before every full stop is read."""
    stops = [0]
    for m in _attribution._find_stops(masked):
        at = m.start()
        after = m.group(1)
        found = None
        if masked[at] == ".":
            found = _attribution._search_last_word(masked, max(0, at - 16), at + 1)
        if found:
            word = found.group(1)
            if word.lower() in ABBREVIATIONS and not (
                after is not None and after in _attribution._OPENING_MARKS
            ):
                continue
            if len(word) == 1 and word.isupper():
                continue
        if after is not None and after.islower():
            continue
        stops.append(m.end())
    return stops


_STOP_WORDS = st.sampled_from(
    ["Mr.", "Calif.", "U.S.", "J.", "said.", "statement.", "a.m.", "é.", "Smith", "x", "“Q”"]
)
_STOP_SPACES = st.sampled_from([" ", "  ", "\n", "! ", "? ", "” "])


@given(st.lists(st.tuples(_STOP_WORDS, _STOP_SPACES), max_size=12))
def test_sentence_stops_as_first_written(words: list[tuple[str, str]]) -> None:
    # the stops a _Paragraph finds (with its two shortcuts: full stops only,
    # no look at a long word before the stop) are those of the rule itself
    text = "".join(word + space for word, space in words)
    assert _attribution._Paragraph(text, 0, ()).stops == _stops_as_first_written(text)


def test_cue_words_are_lower_case_ascii() -> None:
    # _has_cue and cue_before look words up as found ("said" or "Said")
    # instead of lowering them, which is exact only for [a-z]+ cue words.
    odd = sorted(w for w in _attribution._CUE_WORDS if not re.fullmatch("[a-z]+", w))
    assert odd == []


# The token pattern as first written: one search per token, offsets from
# the match (_tokens counts them from the lengths of the spaces and words).
_search_token = re.compile(r"\w[\w'\N{RIGHT SINGLE QUOTATION MARK}&.-]*|[^\w\s]").finditer


@given(
    st.text(alphabet="aZ9_.'\u2019&-,“ \t\n\u00a0\u2003\x1cé", max_size=40),
    st.data(),
)
def test_tokens_have_the_offsets_a_search_finds(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    want = []
    for m in _search_token(text, start, end):
        for piece, offset in _attribution._dotted_pieces(m.group()):
            want.append((piece, m.start() + offset, m.start() + offset + len(piece)))
    got = [t[:3] for t in _attribution._tokens(text, start, end)]  # (text, start, end)
    assert got == want
    assert all(text[s:e] == piece for piece, s, e in got)


def test_spaces_at_the_end_of_a_window_make_no_token() -> None:
    # the token pattern reads spaces before a token or the end (linear on a
    # long run of spaces); the end gives no token of its own
    text = "He said so.   \t  \n  "
    got = [t[:2] for t in _attribution._tokens(text, 0, len(text))]  # (text, start)
    assert got == [("He", 0), ("said", 3), ("so", 8), (".", 10)]
    assert [t[0] for t in _attribution._tokens(text, 0, 5)] == ["He", "sa"]
    assert _attribution._tokens(" " * 5000, 0, 5000) == []


@given(st.text(alphabet='ab. “”"c', min_size=1, max_size=40), st.data())
def test_a_window_is_the_tokens_of_its_stretch(text: str, data: st.DataObject) -> None:
    # the window cache is a pure memo: a window read again (after more
    # windows than the cache keeps) gives the same tokens
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    p = _attribution._Paragraph(text, 0, ())
    first = list(p.window(start, end))
    for k in range(_attribution._WINDOWS_KEPT + 1):
        p.window(k % len(text), len(text))
        p.window(0, k % len(text))
    assert p.window(start, end) == first
    assert first == _attribution._tokens(text, p.window_start(start, end), end)


@settings(max_examples=400)
@given(st.text(alphabet="ab.“ '\u2019&-\n9", max_size=30), st.data())
def test_a_window_built_from_kept_ones_is_its_tokens(text: str, data: st.DataObject) -> None:
    # a window that holds kept windows reuses their tokens (see
    # _Paragraph._read): the same tokens as read afresh
    bounds = st.tuples(st.integers(0, len(text)), st.integers(0, len(text)))
    windows = data.draw(st.lists(bounds, min_size=1, max_size=10))
    p = _attribution._Paragraph(text, 0, ())
    for start, end in windows:
        got = p.window(start, end)
        assert got == _attribution._tokens(text, p.window_start(start, end), end)


def _seen(text: str) -> list[tuple[str, ...]]:
    body = [Block(text=text, span=Span(0, len(text)))]
    seen, _ = _names._scan(text, body, set(), [(0, len(text))])
    return [(kind, *words) for _, _, words, kind, _, _, _ in seen]


def test_a_name_reads_the_same_after_other_articles() -> None:
    # what a run's words say is cached across articles (_shape), so it must
    # not carry what one article's context said into another
    _names._shape.cache_clear()
    text = "Sen. Jane Roe of Ohio spoke. Later, Jane Roe Jr. left."
    first = _seen(text)
    assert ("person", "Jane", "Roe") in first
    other = _seen("The Jane Roe campaign said so. Jane Roe Jr. III waved.")
    assert ("org", "Jane", "Roe") in other  # a body noun after the name: an organisation
    assert _seen(text) == first


@given(st.text(alphabet='a “”"«»\n', max_size=40), st.data())
def test_quoted_stretches_with_one_kind_of_mark(text: str, data: st.DataObject) -> None:
    # a stretch with one kind of opening mark is read with a pattern that
    # opens with that mark: the stretches are those of the pattern for all
    until = data.draw(st.integers(0, len(text)))
    body = [Block(text=text, span=Span(0, len(text)))]
    want = [m.span(1) for m in _names._find_quoted(text, 0, until)]
    assert _names._quoted(text, body, until) == want


# The word patterns as first written, with a leading \b (the module's forms
# open with a letter class and a look-behind instead, for a fast scan).
_lower_word_with_boundary = re.compile(r"\b[A-Za-z][a-z]+\b")
_early_verb_with_boundary = re.compile(r"\b([a-z]{3,})\b")


@settings(max_examples=400)
@given(st.text(alphabet="abZ_9 .\u00e9\u201c\u00a0'-", max_size=30), st.data())
def test_word_patterns_find_what_a_leading_boundary_finds(text: str, data: st.DataObject) -> None:
    # in a window too: the look-behind, like \b, sees the character before it
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    want = [m.span() for m in _lower_word_with_boundary.finditer(text, start, end)]
    assert [m.span() for m in _attribution._iter_lower_words(text, start, end)] == want
    assert _attribution._find_lower_words(text, start, end) == [text[s:e] for s, e in want]
    early = _early_verb_with_boundary.search(text, start, end)
    got = _attribution._search_early_verb(text, start, end)
    assert (got and got.span(1)) == (early and early.span(1))


@settings(max_examples=500)
@given(
    st.text(alphabet="aZ9_.'\u2019&-,\u201c \u00a0\u2003\x1c\u00e9\u00b2\u24b6\u0660", max_size=30),
    st.data(),
)
def test_split_tokens_are_the_spaced_pattern_tokens(text: str, data: st.DataObject) -> None:
    # _tokens cuts the pieces between spaces (one space apart) without the
    # spaced pattern; the tokens are the same, letters-and-digits pieces too
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _attribution._tokens(text, start, end) == _attribution._spaced_tokens(text, start, end)
    spaced = " ".join(text.split())
    assert _attribution._tokens(spaced, 0, len(spaced)) == _attribution._spaced_tokens(
        spaced, 0, len(spaced)
    )


_DOTTED_WORDS = [
    *sorted(ABBREVIATIONS),
    "said",
    "J",
    "j",
    "Q",
    "\u00c9",
    "U.S",
    "KCNA",
    "9",
    "\u03a3",
]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(_DOTTED_WORDS),
            st.sampled_from([str.lower, str.capitalize, str.upper]),
            st.sampled_from([".", "", ".,", "..", ". "]),
        ),
        max_size=8,
    )
)
def test_words_with_a_full_stop_are_cut_as_the_pattern_cuts_them(
    words: list[tuple[str, Callable[[str], str], str]],
) -> None:
    # _tokens cuts a word of letters and digits with a full stop after it
    # ("said.", "Mr.", "J.") itself; the spaced pattern and _split_dots give
    # the same tokens, abbreviations and initials (whole) included
    text = " ".join(case(word) + tail for word, case, tail in words)
    assert _attribution._tokens(text, 0, len(text)) == _attribution._spaced_tokens(
        text, 0, len(text)
    )


def test_the_only_printable_space_is_the_ascii_space() -> None:
    # _tokens splits a printable stretch at " " alone: no other character the
    # token pattern's \s takes (str.isspace's) may be printable
    spaces = [chr(c) for c in range(0x110000) if re.match(r"\s", chr(c))]
    assert spaces == [chr(c) for c in range(0x110000) if chr(c).isspace()]
    assert [space for space in spaces if space.isprintable()] == [" "]


@given(
    st.lists(st.sampled_from(["He", "said.", "Mr.", "_", " ", "  ", ",", "U.S.", "\u00e9t\u00e9"]))
)
def test_a_stretch_with_runs_of_spaces_is_split_as_the_pattern_splits_it(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    assert text.isprintable()
    assert _attribution._tokens(text, 0, len(text)) == _attribution._spaced_tokens(
        text, 0, len(text)
    )


def test_an_attribution_is_a_tuple_the_collector_untracks() -> None:
    # _found builds an exact tuple of atomic values (via is a tuple of two
    # ints), read by the _F_ constants; one is kept for every attributed
    # quotation until the Quotes are built, so the collector must let it go
    found = _attribution._found(3, 9, "said", via=(12, 16), verb_end=21, weak=True)
    assert type(found) is tuple
    assert found[_attribution._F_START] == 3 and found[_attribution._F_END] == 9
    assert found[_attribution._F_CUE] == "said"
    assert found[_attribution._F_VIA] == (12, 16)
    assert found[_attribution._F_VERB_END] == 21
    assert found[_attribution._F_CHANNEL_ONLY] is False
    assert found[_attribution._F_WEAK] is True
    plain = _attribution._found(0, 2, "according to", channel_only=True)
    assert plain == (0, 2, "according to", None, -1, True, False)
    gc.collect()
    assert not gc.is_tracked(found) and not gc.is_tracked(plain)


@settings(max_examples=500)
@given(
    st.text(
        alphabet="aZ.9 _\u2019\u00e9\ua7cb\u01c5\u02b0\u2167\u0301\U00010400\u00aa",
        max_size=30,
    )
)
def test_the_word_before_a_stop_is_what_the_pattern_finds(text: str) -> None:
    # _Paragraph reads the word before a full stop back from the stop; the
    # pattern it stands for searches the 16 characters before it (U+A7CB is
    # a letter for the regex module, unassigned in the tables of Python 3.11;
    # U+2167, a Roman numeral, and U+0301, an accent, are no letters)
    for at, char in enumerate(text):
        if char == ".":
            found = _attribution._search_last_word(text, max(0, at - 16), at + 1)
            want = found.group(1) if found else ""
            assert _attribution._word_before_stop(text, at) == want


def test_the_word_before_a_stop_is_at_most_twelve_characters() -> None:
    for size in range(18):
        for run in ("a" * size, "U." * (size // 2), "\u00e9" * size):
            text = f"x {run}. Next"
            at = len(text) - len(". Next")
            found = _attribution._search_last_word(text, max(0, at - 16), at + 1)
            want = found.group(1) if found else ""
            assert _attribution._word_before_stop(text, at) == want
            assert len(want) == min(len(run), 12)
