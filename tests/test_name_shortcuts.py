"""The speed shortcuts of _names, each checked against what it stands for.

A shortcut skips work that could not change the result; each test here runs
the stage with and without it (or runs the shortcut and the thing it stands
for side by side) and asserts the same result.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articleparse import _names
from articleparse._records import Block, Span
from articleparse._titles import NAME_PARTICLES

from .casefiles import line_blocks


class _Everything:
    """A set that holds everything: with it, no pre-test passes anything over."""

    def __contains__(self, item: object) -> bool:
        return True


# Capitalised names, speech verbs and their near misses, spaces, tabs, line
# breaks and punctuation: the text around "Telford said" where the pre-test of
# the verb after a name could differ from the full test.
_PIECES = st.sampled_from(
    [
        "Telford",
        "Anna Berg",
        "Mr. Roe",
        "Google",
        "The",
        "said",
        "says",
        "told",
        "sai",
        "saidx",
        "sa",
        "and",
        "announced",
        "thr",
        "threatened",
        "\u201cyes\u201d",
        " ",
        "  ",
        "\t",
        "\n",
        ",",
        ".",
        "\u00e9t\u00e9",
    ]
)
_TEXTS = st.lists(_PIECES | st.text(alphabet="aSd \t\n.", max_size=6), max_size=30).map(" ".join)


def _scan(text: str) -> tuple[Any, set[str]]:
    body = [Block(text=text, span=Span(0, len(text)))] if text else []
    talkers: set[str] = set()
    found = _names._scan(text, body, talkers, [(0, len(text))])
    return found, talkers


@given(_TEXTS | st.text(alphabet="Ab s\u00e9.\t\n", max_size=40))
def test_the_verb_pre_test_finds_every_talker(text: str) -> None:
    # _read_runs reads the words after a name only where a space and their
    # first three letters may open a speech verb (_SPOKE_HEADS): the talkers
    # and names are those of reading after every name
    fast = _scan(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_names, "_SPOKE_HEADS", _Everything())
        full = _scan(text)
    assert fast == full


def test_the_verb_pre_test_keeps_a_talker() -> None:
    text = "Later Telford said no.  Then Berg  said yes, and Roe\tsaid so."
    _, talkers = _scan(text)
    assert talkers == {"Telford", "Berg"}  # a tab is not the space the rule reads


_MENTIONS = st.lists(
    st.sampled_from(["the", "The", "minister", "Kremlin", "he", "He", "\u201cthe", "its", "Mr."])
    | st.text(alphabet="aT \u2019.-", max_size=6),
    max_size=5,
).map(" ".join)


@given(_MENTIONS)
def test_how_far_a_mention_looks_from_its_known_words(mention: str) -> None:
    # resolve_names hands _looks_far the first word and the words it has read
    # already: the same answer as reading them afresh
    known = _names._looks_far(mention, _names._first_word(mention), _names._words_in(mention))
    assert known == _names._looks_far(mention)


@given(_TEXTS, st.data())
def test_names_resolve_the_same_with_the_shortcuts_off(text: str, data: st.DataObject) -> None:
    # the whole stage, with and without the verb pre-test
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=8)))
    spans = [Span(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False)]
    body = line_blocks(text)
    fast = _names.resolve_names(text, body, spans)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_names, "_SPOKE_HEADS", _Everything())
        assert _names.resolve_names(text, body, spans) == fast


# Capitalised words of every kind a run may hold: names, titles, sentence
# openers, -ing words, suffixes, particles, initialisms, places, bodies.
_RUN_WORDS = st.sampled_from(
    [
        "Anna",
        "Berg",
        "Mr.",
        "Sen.",
        "The",
        "But",
        "Reading",
        "Speaking",
        "Jr.",
        "III",
        "de",
        "van",
        "U.S.",
        "Ohio",
        "Commission",
        "Major",
        "John",
        "Minister",
        "Host",
    ]
)


@given(
    st.lists(_RUN_WORDS, min_size=2, max_size=6).map(" ".join),
    st.sampled_from(["", " said", " campaign", ", the mayor of Ely", ". Then"]),
    st.booleans(),
)
def test_a_run_read_whole_reads_as_its_one_piece(run: str, after: str, roles: bool) -> None:
    # _read_run reads a run that is one piece opening with a name straight
    # away: the same names, lone words and last word as the pieces loop
    text = f"Later {run}{after}"
    for found in _names._find_long_runs(text, 6, len(text)):
        group, (start, end) = found[0], found.span()
        words = group.split()
        fast: tuple[list[Any], list[tuple[int, str]]] = ([], [])
        slow: tuple[list[Any], list[tuple[int, str]]] = ([], [])
        last = _names._read_run(text, group, words, start, end, *fast, roles)
        whole = "." not in group and NAME_PARTICLES.isdisjoint(words)
        pieces = [(0, words)] if whole else list(_names._pieces(group))
        assert last == _names._read_pieces(text, words, pieces, whole, start, end, *slow, roles)
        assert fast == slow
