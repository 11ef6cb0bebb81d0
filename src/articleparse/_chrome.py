# Stage 1a: label the lines that are not story: the publisher's appeal, the tag
# footer and page chrome (comment prompts, share rows, related links, ...).
#
# Contract: returns one label per line (see _lines for the labels); "body" for
# a line this stage leaves to the story.  It reads only the lines; the words it
# looks for live in lexicons (_appeal_words, _chrome_words), not in the rules.
# The work is linear: every line is matched once against precompiled patterns,
# and the appeal decision looks at most a few lines behind or ahead.
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Final, NamedTuple

import regex

from ._appeal_words import APPEAL_BUTTONS, APPEAL_CUES, APPEAL_OPENERS, APPEAL_STEMS, STRONG
from ._chrome_words import CHROME_LINES, CHROME_PHRASES, TAG_LIST_LABELS
from ._lines import APPEAL, BODY, HASHTAGS, Line

__all__ = ["label_chrome", "tags_of"]

# ---------------------------------------------------------------- tag footers

# A tag footer line: "#Word" tokens and nothing else ("#Putin #North #Korea").
_is_hashtag_line = regex.compile(
    r"""(?x)
    \#[^\s\#]{1,80}            # the first tag
    (?: \s{1,8} \#[^\s\#]{1,80} ){0,60}   # more tags, separated by spaces
    """
).fullmatch
# A single tag in such a line, without its "#".
_find_hash_tags = regex.compile(r"#([^\s#]{1,80})").findall
# A labelled tag list: "Tags: Politics, Russia" (label, colon, the list).
_match_tag_list = regex.compile(
    r"(?i)(?:"
    + "|".join(regex.escape(label) for label in TAG_LIST_LABELS)
    + r""")
    \s{0,3} [:\N{EN DASH}\N{EM DASH}] \s{0,3}   # the colon or dash after the label
    (?P<list> [^\n]{1,400} )                    # the tags themselves
    """,
    flags=regex.VERBOSE,
).fullmatch
# The separators of a labelled tag list.
_split_tag_list = regex.compile(r"\s{0,3}[,;|\N{BULLET}\N{MIDDLE DOT}]\s{0,3}").split

# ---------------------------------------------------------------- chrome lines

# Chrome lines are short; longer lines are never matched against the table.
_CHROME_MAX_CHARS: Final = 240
# Every chrome line pattern in one alternation: a cheap first test of a line.
_may_be_chrome = regex.compile(
    r"(?i)(?:" + "|".join(p for patterns in CHROME_LINES.values() for p in patterns) + r")"
).fullmatch
# Then each kind's own patterns, to name the kind.
_chrome_matchers: Final = tuple(
    (kind, regex.compile(r"(?i)(?:" + "|".join(patterns) + r")").fullmatch)
    for kind, patterns in CHROME_LINES.items()
    if patterns
)
# Chrome lines told by a phrase inside them, each behind a plain-substring needle.
_chrome_phrases: Final = tuple(
    (kind, needle, regex.compile(r"(?i)" + pattern).fullmatch)
    for kind, needle, pattern in CHROME_PHRASES
)

# ---------------------------------------------------------------- appeal cues


# The appeal cues grouped by key: for each key, one alternation of the cues that
# hold it (run on a lower-cased line, between word boundaries), and each cue's
# own matcher and weight to score a match.  The alternations hold no groups,
# which would slow them down several times.
_Finder = Callable[[str], Iterator["re.Match[str]"]]
_Matcher = Callable[[str], "re.Match[str] | None"]


def _cue_table() -> dict[str, tuple[_Finder, list[tuple[_Matcher, float]]]]:
    table: dict[str, tuple[_Finder, list[tuple[_Matcher, float]]]] = {}
    for key in APPEAL_STEMS:
        cues = [cue for cue in APPEAL_CUES if key in cue.keys]
        alternation = "|".join(f"(?:{c.pattern})" for c in cues)
        find: _Finder = re.compile(r"\b(?:" + alternation + r")\b").finditer
        scorers: list[tuple[_Matcher, float]] = []
        for c in cues:
            matcher: _Matcher = re.compile(c.pattern).fullmatch
            scorers.append((matcher, c.weight))
        table[key] = (find, scorers)
    return table


_CUES_BY_KEY: Final = _cue_table()
# Keys that only cues of one language hold, by that language: looked for only
# when the text shows a trace of it.
_KEY_LANGS: Final = {
    key: langs.pop()
    for key in APPEAL_STEMS
    if len(langs := {cue.lang for cue in APPEAL_CUES if key in cue.keys}) == 1
}
# A trace of each language in lower-cased text: a frequent function word or letter.
_LANG_TRACES: Final = {
    "en": (" ",),
    "de": (" und ", " ist ", " wir "),
    "ru": ("\N{CYRILLIC SMALL LETTER O}", "\N{CYRILLIC SMALL LETTER IE}"),
}
# A whole line that is an appeal's button or link ("Donate now", "Not now", "×").
_is_button = regex.compile(
    r"(?i)(?:" + "|".join(APPEAL_BUTTONS) + r")\s{0,3}[.!?\N{RIGHTWARDS ARROW}>]{0,3}"
).fullmatch
# A short line that opens an appeal letter ("Dear readers,").
_is_opener = regex.compile(r"(?i)(?:" + "|".join(APPEAL_OPENERS) + r")").search
# The end of a sentence: a line ending with it is prose, not a heading.
_ends_sentence = regex.compile(r"[.:;,]['\"\N{RIGHT DOUBLE QUOTATION MARK})]{0,2}$").search
# An exclamation at the end of a short line ("Happy new year!", "Thank you!").
_ends_exclamation = regex.compile(r"!['\"\N{RIGHT DOUBLE QUOTATION MARK})]{0,2}$").search

# How many words make a short line (a heading, a button, a sign-off).
_SHORT_WORDS: Final = 10
# A line is the core of an appeal when its cue weight, per 25 words plus one,
# reaches this.
_CORE_DENSITY: Final = 0.9
# How far back an appeal letter's opener may stand from the appeal's first cue.
_OPENER_REACH: Final = 4
# How many cue-less lines may stand between two cued lines of one appeal.
_BRIDGE: Final = 1


class _Cues(NamedTuple):
    """What the appeal rules know of one line."""

    score: float  # the summed weight of the appeal cues in it
    core: bool  # dense enough in cues to anchor an appeal on its own
    short: bool  # a heading-sized line
    button: bool  # an appeal button or link
    opener: bool  # an appeal letter's opening line
    heading: bool  # short and not ending like a sentence
    exclaim: bool  # short and ending with an exclamation mark


def tags_of(line: str) -> tuple[str, ...]:
    """The tags of a tag footer line: "#A #B" or "Tags: A, B", without '#'."""
    listed = _match_tag_list(line)
    if listed is not None:
        return tuple(
            tag.lstrip("#") for tag in _split_tag_list(listed.group("list").strip()) if tag
        )
    return tuple(_find_hash_tags(line))


def _is_tag_footer(line: str) -> bool:
    if _is_hashtag_line(line):
        return True
    listed = _match_tag_list(line)
    if listed is None:
        return False
    tags = _split_tag_list(listed.group("list").strip())
    # a list of short names, not a sentence that happens to start with "Topics:"
    return all(0 < len(tag) <= 40 for tag in tags) and not _ends_sentence(line)


def _chrome_kind(line: str) -> str | None:
    """The chrome kind of a short line, or None when it is not chrome."""
    if _may_be_chrome(line):
        for kind, matches in _chrome_matchers:
            if matches(line):
                return kind
    lowered = line.lower()
    for kind, needle, matches in _chrome_phrases:
        if needle in lowered and matches(line):
            return kind
    return None


def _score(lowered: str, keys: set[str]) -> float:
    """The summed weight of the appeal cues in a lower-cased line holding ``keys``.

    A phrase that cues of several keys match counts once: matches are taken
    from the left, longest first, without overlap.
    """
    found: list[tuple[int, int, float]] = []
    for key in keys:
        find, cues = _CUES_BY_KEY[key]
        for match in find(lowered):
            phrase = match.group()
            for matches, weight in cues:
                if matches(phrase):
                    found.append((match.start(), -match.end(), weight))
                    break
    score = 0.0
    reached = -1
    for start, negative_end, weight in sorted(found):
        if start >= reached:
            score += weight
            reached = -negative_end
    return score


def _keyed_lines(text: str, lines: Sequence[Line]) -> dict[int, set[str]]:
    """For each line that holds appeal keys, the keys it holds.

    Plain substring search over the lower-cased text, one pass per key; the
    cue patterns then run only on these lines, and only those of their keys.
    """
    lowered = text.lower()
    keyed: dict[int, set[str]] = {}
    if len(lowered) != len(text):  # a few characters lower-case to two; go line by line
        for i, line in enumerate(lines):
            low = line.text.lower()
            keys = {key for key in APPEAL_STEMS if key in low}
            if keys:
                keyed[i] = keys
        return keyed
    langs = {lang for lang, traces in _LANG_TRACES.items() if any(t in lowered for t in traces)}
    starts = [line.span.start for line in lines]
    for key in APPEAL_STEMS:
        if _KEY_LANGS.get(key, "en") not in langs:
            continue
        at = lowered.find(key)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            if i >= 0 and at < lines[i].span.end:
                keyed.setdefault(i, set()).add(key)
                # the rest of this line is settled: go on from the next one
                at = lines[i + 1].span.start if i + 1 < len(lines) else len(lowered)
            else:
                at += 1
            at = lowered.find(key, at)
    return keyed


def _cues_of(line: str, keys: set[str] | None) -> _Cues:
    score = _score(line.lower(), keys) if keys else 0.0
    words = line.count(" ") + 1
    short = words <= _SHORT_WORDS
    tiny = short and len(line) <= 120
    return _Cues(
        score=score,
        core=score >= STRONG and score / (words / 25 + 1) >= _CORE_DENSITY,
        short=short,
        button=tiny and len(line) <= 60 and _is_button(line) is not None,
        opener=tiny and _is_opener(line) is not None,
        heading=short and not _ends_sentence(line),
        exclaim=short and _ends_exclamation(line) is not None,
    )


def _appeal_runs(cues: Sequence[_Cues], free: Sequence[bool]) -> list[tuple[int, int]]:
    """The appeals among the lines, as (first, last) line indexes.

    A run starts at a core line, takes in the cued lines, buttons and headings
    next to it (bridging at most `_BRIDGE` cue-less lines between two cued
    ones), then reaches back to a letter's opener and forward over sign-offs.
    Only lines no other rule labelled (``free``) join a run.
    """
    n = len(cues)
    runs: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if not (free[i] and cues[i].core):
            i += 1
            continue
        first = last = i
        # forward: cued lines, buttons, and cue-less bridges between cued lines
        j = i + 1
        while j < n and free[j]:
            c = cues[j]
            if c.score > 0 or c.button:
                last = j
                j += 1
                continue
            bridged = False
            for k in range(j + 1, min(n, j + 1 + _BRIDGE)):
                if not free[k]:
                    break
                if cues[k].score > 0 or cues[k].button:
                    bridged = cues[k].core or cues[k].button
                    break
            if bridged:
                j += 1
                continue
            # a sign-off: a short exclamation or heading right after the appeal
            if c.short and (_is_signoff(c) or _ends_block(cues, free, j)):
                last = j
                j += 1
                continue
            break
        # backward: cued lines, buttons and headings right above
        j = i - 1
        while j >= 0 and free[j] and (runs == [] or j > runs[-1][1]):
            c = cues[j]
            if c.score > 0 or c.button or c.heading or c.opener:
                first = j
                j -= 1
                continue
            break
        # an appeal letter: its opener may stand a few lines above its first cue
        for j in range(first - 1, max(-1, first - 1 - _OPENER_REACH), -1):
            if not free[j] or (runs and j <= runs[-1][1]):
                break
            if cues[j].opener:
                first = j
        runs.append((first, last))
        i = last + 1
    return runs


def _is_signoff(c: _Cues) -> bool:
    return c.button or c.exclaim


def _ends_block(cues: Sequence[_Cues], free: Sequence[bool], j: int) -> bool:
    """Is line ``j`` the last free line (the end of the text or of a chrome run)?"""
    return j + 1 >= len(cues) or not free[j + 1]


def label_chrome(text: str, lines: Sequence[Line]) -> list[str]:
    """One label per line: "appeal", "hashtags", a chrome kind, or "body"."""
    labels = [BODY] * len(lines)
    keyed = _keyed_lines(text, lines)
    cues: list[_Cues] = []
    for i, line in enumerate(lines):
        if len(line.text) <= _CHROME_MAX_CHARS:
            if _is_tag_footer(line.text):
                labels[i] = HASHTAGS
            else:
                kind = _chrome_kind(line.text)
                if kind is not None:
                    labels[i] = kind
        cues.append(_cues_of(line.text, keyed.get(i)))
    free = [label == BODY for label in labels]
    for first, last in _appeal_runs(cues, free):
        for k in range(first, last + 1):
            labels[k] = APPEAL
    return labels
