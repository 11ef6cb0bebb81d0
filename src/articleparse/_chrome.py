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
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Final, NamedTuple

import regex

from ._appeal_words import (
    APPEAL_BUTTONS,
    APPEAL_CUES,
    APPEAL_HOOKS,
    APPEAL_OPENERS,
    APPEAL_STEMS,
    READER_ADDRESS,
    REPORTED_SPEECH,
    STRONG,
    AppealCue,
)
from ._chrome_words import CHROME_LINES, CHROME_PHRASES, TAG_LABELS_ALONE, TAG_LIST_LABELS
from ._lines import APPEAL, BODY, HASHTAGS, WHOLE_LOWER_CHARS, Line, head_may_open, holds_any

__all__ = ["label_chrome", "tags_of"]

# ---------------------------------------------------------------- tag footers

# A tag footer line: "#Word" tokens and nothing else ("#Putin #North #Korea").
_is_hashtag_line = regex.compile(
    r"""(?x)
    \#[^\s\#,;|]{1,80}                      # the first tag
    (?: [\s,;|]{1,8} \#[^\s\#,;|]{1,80} ){0,60}   # more tags, after spaces or commas
    [\s,;|.]{0,3}                            # a trailing separator
    """
).fullmatch
# A single tag in such a line, without its "#".
_find_hash_tags = regex.compile(r"#([^\s#,;|]{1,80})").findall
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
# A tag list's label alone on its line ("Tags", "Topics:"); the tags follow,
# one a line.
_is_tag_label = regex.compile(
    r"(?i)(?:"
    + "|".join(regex.escape(label) for label in TAG_LABELS_ALONE)
    + r")\s{0,3}[:\N{EN DASH}\N{EM DASH}]?"
).fullmatch
# How many one-a-line tags a label may take, and how long one may be.
_MAX_TAG_LINES: Final = 30
_MAX_TAG_CHARS: Final = 40
# The separators of a labelled tag list.
_split_tag_list = regex.compile(r"\s{0,3}[,;|\N{BULLET}\N{MIDDLE DOT}]\s{0,3}").split

# ---------------------------------------------------------------- chrome lines

# The label of an appeal run that is not the text's appeal (see label_chrome).
_SECOND_APPEAL: Final = "newsletter"

# Chrome lines are short; longer lines are never matched against the table.
_CHROME_MAX_CHARS: Final = 240
# A list bullet in front of a line ("- Share on Twitter"): chrome is matched
# without it.
_match_bullet = regex.compile(r"[-*\N{BULLET}\N{MIDDLE DOT}]\s{1,3}(?=\S)").match
# The bullets themselves: a line that opens otherwise skips the pattern.
_BULLETS: Final = frozenset("-*\N{BULLET}\N{MIDDLE DOT}")
# Every chrome line pattern in one alternation: a cheap first test of a line.
_may_be_chrome = regex.compile(
    r"(?i)(?:" + "|".join(p for patterns in CHROME_LINES.values() for p in patterns) + r")"
).fullmatch
# Whether a line's first two, three or four (lower-cased) characters can start a chrome line.
_CHROME_HEADS: dict[str, bool] = {}
_MAX_CHROME_HEADS: Final = 8192
# Then each kind's own patterns, to name the kind.
_chrome_matchers: Final = tuple(
    (kind, regex.compile(r"(?i)(?:" + "|".join(patterns) + r")").fullmatch)
    for kind, patterns in CHROME_LINES.items()
    if patterns
)
# A run of free text at either end of a phrase pattern ("[^\n]{0,160}"), and its bound.
_FREE_RUN: Final = r"\[\^\\n\]\{0,(\d{1,4})\}"
_free_opening = re.compile(_FREE_RUN).match
_free_ending = re.compile(_FREE_RUN + r"\Z").search


def _phrase_matcher(pattern: str) -> Callable[[str], bool]:
    """A test of a line: does ``pattern`` (case-insensitive) match it whole?

    A pattern of the shape "up to A characters of free text, a core, up to B
    of free text" (`CHROME_PHRASES` writes most so) backtracks over the line
    as a full match: it tries the core at every place the free text can end.
    So the core is searched for instead: no match, or a leftmost one past A,
    means no full match; a match within A of the start and B of the end, on
    a line without a newline (which free text cannot cross), means one.  Only
    a line whose leftmost match ends too early goes to the full match (the
    core may end elsewhere, or match again further on).
    """
    fullmatch = regex.compile(r"(?i)" + pattern).fullmatch
    opening = _free_opening(pattern)
    ending = _free_ending(pattern)
    if ending is not None and opening is not None and ending.start() < opening.end():
        ending = None  # (one run of free text, not two)
    core = pattern[opening.end() if opening else 0 : ending.start() if ending else len(pattern)]
    if (
        (opening is None and ending is None)
        or not core
        or core[0] in _QUANTIFIERS
        or core.endswith("\\")
        or len(_alternatives(core)) != 1
    ):
        return lambda line: fullmatch(line) is not None
    before = int(opening.group(1)) if opening else 0
    after = int(ending.group(1)) if ending else 0
    search = regex.compile(r"(?i)" + core).search

    def matches(line: str) -> bool:
        found = search(line)
        if found is None or found.start() > before:
            return False
        if len(line) - found.end() <= after and "\n" not in line:
            return True
        return fullmatch(line) is not None

    return matches


# ---------------------------------------------------------------- appeal cues


_Finder = Callable[[str], Iterator["re.Match[str]"]]
_Matcher = Callable[[str], "re.Match[str] | None"]

# The characters of regex syntax; a run of other characters in a cue is plain text.
_SYNTAX: Final = frozenset("\\[](){}|?*+.^$")
# A quantifier, which makes the item before it optional or repeated.
_QUANTIFIERS: Final = "?*+{"


def _quantifier_end(pattern: str, end: int) -> int:
    """Where the quantifier after an item that ends at ``end`` ends ("?", "*", "+",
    "{m,n}", each maybe lazy or possessive); ``end`` itself when there is none."""
    if end < len(pattern) and pattern[end] in _QUANTIFIERS:
        end = pattern.index("}", end) + 1 if pattern[end] == "{" else end + 1
        if end < len(pattern) and pattern[end] in "?+":  # lazy or possessive
            end += 1
    return end


def _item_end(pattern: str, i: int) -> int:
    """Where the item of a cue fragment that starts at ``i`` ends: an escape, a
    character class, a group (with what it holds) or one character."""
    char = pattern[i]
    if char == "\\":
        return pattern.index("}", i) + 1 if pattern.startswith("N{", i + 1) else i + 2
    if char == "[":
        j = i + 2 if pattern.startswith("^", i + 1) else i + 1
        j = j + 1 if pattern.startswith("]", j) else j  # a "]" first is a member
        while pattern[j] != "]":
            j += 2 if pattern[j] == "\\" else 1
        return j + 1
    if char == "(":
        depth = 0
        j = i
        while True:
            # Speed: on to the next mark that counts here (import reads every cue)
            mark = _next_group_mark(pattern, j)
            if mark is None:
                raise ValueError(f"a group left open in {pattern!r}")
            j = mark.start()
            if pattern[j] in "\\[":
                j = _item_end(pattern, j)
                continue
            depth += 1 if pattern[j] == "(" else -1
            j += 1
            if depth == 0:
                return j
    return i + 1


# What `_item_end` reads inside a group: an escape, a class, a parenthesis.
_next_group_mark: Final = re.compile(r"[\\\[()]").search


def _needles(pattern: str, key: str) -> tuple[str, ...] | None:
    """Words one of which every match of a cue fragment holds, or None when unsure.

    Only the top level of the fragment is read: a run of plain characters
    (without its last one when a quantifier follows it) is a needle, and so is
    a group of plain alternatives, "(?:sent|delivered)", with no quantifier
    after it (any one of them).  Of these the one with the longest shortest
    word is taken, leaving out words the key itself holds (the line holds the
    key already).  An alternation at the top, an inline flag or an empty
    result gives None.
    """
    clauses: list[tuple[str, ...]] = []
    run = ""
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "|":
            return None  # an alternation at the top
        if char == "(" and not pattern.startswith("(?:", i):
            return None  # a capture, a lookaround or an inline flag: keep it simple
        item_end = _item_end(pattern, i)
        end = _quantifier_end(pattern, item_end)
        quantified = end > item_end
        if char not in _SYNTAX and not quantified:
            run += char
        else:
            clauses.append((run,))
            run = ""
            words = pattern[i + 3 : end - 1].split("|") if char == "(" else []
            if not quantified and words and all(w and not _SYNTAX & set(w) for w in words):
                clauses.append(tuple(words))
        i = end
    clauses.append((run,))
    useful = [c for c in clauses if all(word and word not in key for word in c)]
    if not useful:
        return None
    return max(useful, key=lambda words: min(map(len, words)))


def _alternatives(group: str) -> list[str]:
    """The alternatives of a group's body ("a|b(?:c|d)" gives "a" and "b(?:c|d)")."""
    parts: list[str] = []
    start = i = 0
    while i < len(group):
        if group[i] == "|":
            parts.append(group[start:i])
            start = i + 1
            i += 1
        else:
            i = _item_end(group, i)
    parts.append(group[start:])
    return parts


def _plain_prefix(alternative: str) -> tuple[str, bool]:
    """The plain characters an alternative opens with, and whether that is all of it.

    A character that a quantifier follows is not part of the prefix.
    """
    prefix = ""
    for i, char in enumerate(alternative):
        after = alternative[i + 1 : i + 2]
        if char in _SYNTAX or (after and after in _QUANTIFIERS):
            return prefix, False
        prefix += char
    return prefix, True


# The most strings a clause of close needles may grow to (a product of alternatives).
_MAX_CLAUSE: Final = 8
# How a lookaround opens: it reads the text around a match, not the match.
_LOOKAROUNDS: Final = ("(?=", "(?!", "(?<=", "(?<!")


def _close_needles(pattern: str, key: str) -> tuple[str, ...] | None:
    """Longer words one of which every match of a cue fragment holds, or None.

    Like `_needles`, but a run of plain characters goes on through a group
    of plain alternatives with no quantifier after it, multiplied by them
    ("(?:stay|keep) up" gives "stay up" and "keep up"), and a group whose
    alternatives are not all plain ends the run with each one's plain
    opening ("support (?:us|our (?:\\w+ )?work)" gives "support us" and
    "support our ").  Of the clauses the one whose shortest word is longest
    is taken, not counting the key in a word that holds it (the line holds
    the key already).  These are more words than `_needles` gives, so they
    are tested only on a line that holds one of those.  A lookaround ends a
    run (what it reads is not part of the match).
    """
    clauses: list[tuple[str, ...]] = []
    run: tuple[str, ...] = ("",)  # one of these ends right here in every match
    i = 0
    while i < len(pattern):
        char = pattern[i]
        lookaround = pattern.startswith(_LOOKAROUNDS, i)
        if char == "|" or (char == "(" and not pattern.startswith("(?:", i) and not lookaround):
            return None  # an alternation at the top, a capture, a flag
        item_end = _item_end(pattern, i)
        end = _quantifier_end(pattern, item_end)
        quantified = end > item_end
        if lookaround:
            clauses.append(run)
            run = ("",)
        elif char not in _SYNTAX and not quantified:
            run = tuple(r + char for r in run)
        elif char == "(" and not quantified:
            openings = [_plain_prefix(a) for a in _alternatives(pattern[i + 3 : end - 1])]
            prefixes = tuple(prefix for prefix, _ in openings)
            grown = tuple(r + prefix for r in run for prefix in prefixes)
            if len(grown) > _MAX_CLAUSE:  # too many: the run and the group apart
                clauses.append(run)
                grown = prefixes
            if all(whole for _, whole in openings):
                run = grown  # the run goes on after the group
            else:
                clauses.append(grown)
                run = ("",)
        else:
            clauses.append(run)
            run = ("",)
        i = end
    clauses.append(run)
    useful = [c for c in clauses if all(word and word not in key for word in c)]
    if not useful:
        return None
    return max(useful, key=lambda words: min(len(w) - (len(key) if key in w else 0) for w in words))


def _first_chars(pattern: str) -> frozenset[str] | None:
    """The characters every match of a cue fragment opens with, or None when unsure.

    Read off the fragment's opening: a plain character, or a group (with no
    quantifier after it) whose alternatives each open with known ones, in
    each alternative of the fragment.
    """
    firsts: set[str] = set()
    for alternative in _alternatives(pattern):
        if not alternative:
            return None
        char = alternative[0]
        item_end = _item_end(alternative, 0)
        if _quantifier_end(alternative, item_end) > item_end:
            return None  # the opening item may be left out or repeated
        if char not in _SYNTAX:
            firsts.add(char)
        elif alternative.startswith("(?:"):
            inner = _first_chars(alternative[3 : item_end - 1])
            if inner is None:
                return None
            firsts |= inner
        else:
            return None  # an escape, a class, an anchor: keep it simple
    return frozenset(firsts)


# The most alternatives a cue is spread into (see _spread).
_MAX_SPREAD: Final = 16


def _spread(pattern: str) -> list[str]:
    """``pattern`` as alternatives which, tried in this order, match what it
    matches at a position, and in the same order of trial.

    An alternation at the top gives its alternatives.  A group at the opening
    of one (with no quantifier after it, or a greedy "?") is spread over what
    follows it: "(?:sent|delivered) to" gives "sent to" and "delivered to",
    "(?:please )?consider" gives "please consider" and "consider" (the group
    first, as "?" tries it first), and so again at the opening of each.  Past
    `_MAX_SPREAD` alternatives the pattern stays whole.
    """
    spread: list[str] = []
    for alternative in _alternatives(pattern):
        if alternative.startswith("(?:"):
            end = _item_end(alternative, 0)
            after = _quantifier_end(alternative, end)
            if alternative[end:after] in ("", "?"):
                rest = alternative[after:]
                inner = _alternatives(alternative[3 : end - 1])
                if after > end:  # "?": the group, then without it
                    inner.append("")
                for opening in inner:
                    spread.extend(_spread(opening + rest))
            else:
                spread.append(alternative)
        else:
            spread.append(alternative)
        if len(spread) > _MAX_SPREAD:
            return [pattern]
    return spread


def _opens_plainly(alternative: str) -> bool:
    """Does every match of ``alternative`` open with its first character (a plain one)?"""
    if not alternative or alternative[0] in _SYNTAX:
        return False
    if len(alternative) > 1 and alternative[1] in _QUANTIFIERS:
        return False  # the character may be left out or repeated
    return len(_alternatives(alternative)) == 1  # (no alternation at the top)


def _key_alternation(patterns: Sequence[str]) -> str:
    """One alternation of cue ``patterns`` which, at each position, takes the
    same match as "(?:p1)|(?:p2)|..." in that order.

    Speed: `re` passes over an alternative that opens with a plain character
    with one comparison, but goes into one that opens with a group, at every
    word of the line.  So the cues are spread (`_spread`) into alternatives
    that open plainly, and those in a row (with no other between them) are
    grouped by their first character, in order within each group: two that
    open with different characters never match at one position, so only
    their order within a character counts.  A key's alternation then runs a
    third faster on appeal lines.
    """
    parts: list[str] = []
    run: dict[str, list[str]] = {}  # the plain openings in a row, by first character

    def close_run() -> None:
        for char, rests in run.items():
            parts.append(re.escape(char) + "(?:" + "|".join(f"(?:{r})" for r in rests) + ")")
        run.clear()

    for pattern in patterns:
        for alternative in _spread(pattern):
            if _opens_plainly(alternative):
                run.setdefault(alternative[0], []).append(alternative[1:])
            else:
                close_run()
                parts.append(f"(?:{alternative})")
    close_run()
    return "|".join(parts)


# The most phrases a cue may match for its weights to be read off at import
# (see `_phrases`); a cue that matches more is weighed when a line holds it.
_MAX_PHRASES: Final = 128
# What makes a cue match endless or many phrases: a repeat, a class escape.
_REPEATS: Final = re.compile(r"[*+]|\{\d|\\[wsdWSD]")
# The quantifiers, as the single characters that open one.
_QUANTIFIER_CHARS: Final = frozenset(_QUANTIFIERS)


def _phrases(pattern: str) -> list[str] | None:
    """Every string a cue fragment matches whole, or None when unsure or past
    `_MAX_PHRASES` (duplicates may appear).

    Read off a fragment of plain characters, named characters ("\\N{...}"),
    classes of plain characters ("[- ]"), groups of alternatives and "?" after
    an item: the finite cues.  Anything else (a repeat, "\\w", a range, a
    lookaround) gives None.
    """
    if _REPEATS.search(pattern):
        return None  # (the common case, told at once)
    found: list[str] = []
    for alternative in _alternatives(pattern):
        strings = [""]
        run = ""  # plain characters not yet added to the strings
        i = 0
        while i < len(alternative):
            char = alternative[i]
            if char not in _SYNTAX and alternative[i + 1 : i + 2] not in _QUANTIFIER_CHARS:
                run += char
                i += 1
                continue
            item_end = _item_end(alternative, i)
            end = _quantifier_end(alternative, item_end)
            item = alternative[i:item_end]
            choices: list[str] | None
            if char not in _SYNTAX:
                choices = [char]
            elif item.startswith("\\N{"):
                choices = [unicodedata.lookup(item[3:-1])]
            elif char == "[" and not _SYNTAX.intersection(item[1:-1]) and "-" not in item[2:-2]:
                choices = list(item[1:-1])  # (no range, no negation, no escape)
            elif item.startswith("(?:"):
                choices = _phrases(item[3:-1])
            else:
                choices = None
            if choices is None or alternative[item_end:end] not in ("", "?"):
                return None
            if end > item_end:  # "?": the item or nothing
                choices = [*choices, ""]
            if len(strings) * len(choices) > _MAX_PHRASES:
                return None
            strings = [s + run + c for s in strings for c in choices]
            run = ""
            i = end
        found.extend(s + run for s in strings)
    return found if len(found) <= _MAX_PHRASES else None


class _Scorer(NamedTuple):
    """One cue, to tell which cue a match of its key's alternation is."""

    matches: _Matcher
    weight: float
    firsts: frozenset[str] | None  # what its matches open with (None: unsure)


# For each needle of a key's cues, the close needles of the cues it stands for
# (None: a cue it stands for has none).
_Gate = tuple[tuple[str, "tuple[str, ...] | None"], ...]


class _KeyCues(NamedTuple):
    """The appeal cues that hold one key."""

    find: _Finder  # their alternation after a non-word character, up to a word boundary
    scorers: list[_Scorer]  # each cue's own matcher, weight and first characters
    gate: _Gate | None  # needles, each with close needles: see `_gate` (None: unsure)
    close: tuple[str, ...] | None  # one of these is in any line a cue matches (None: unsure)
    weights: dict[str, float]  # what `_weigh` gives the phrases of the finite cues (`_phrases`)


def _cue_table() -> dict[str, _KeyCues]:
    """The appeal cues grouped by key: for each key, one alternation of the
    cues that hold it (run on a lower-cased line, between word boundaries),
    and each cue's own matcher and weight to score a match.  The alternations
    hold no groups, which would slow them down several times.  The needles
    of the cues let a line that holds none of them skip the alternation (a
    story line with "you" or "support" in it, most often): see `_gate`."""
    table: dict[str, _KeyCues] = {}
    phrases = {cue.pattern: _phrases(cue.pattern) for cue in APPEAL_CUES}
    for key in APPEAL_STEMS:
        # heavier cues first: at one position the alternation takes the first
        # alternative that matches, and "sign up here" must win over "sign up"
        cues = sorted((cue for cue in APPEAL_CUES if key in cue.keys), key=lambda c: -c.weight)
        alternation = _key_alternation([c.pattern for c in cues])
        # Speed: every cue opens with a word character, so the word boundary
        # before it is a character that is not one, which the alternation
        # takes in (run on the line after a space, for a cue at its start):
        # `re` then looks for such a character in C and tries the cues only
        # after one, where a lookbehind tried them at every position (a
        # quarter fewer instructions).  The matches are the cues' own, one
        # character longer: the character taken before a match was never in
        # the match before it, as every cue ends with a word character.
        find: _Finder = re.compile(r"[^\w](?:" + alternation + r")\b").finditer
        scorers = [
            _Scorer(re.compile(c.pattern).fullmatch, c.weight, _first_chars(c.pattern))
            for c in cues
        ]
        closes = [_close_needles(c.pattern, key) for c in cues]
        table[key] = _KeyCues(
            find,
            scorers,
            _gate([_needles(c.pattern, key) for c in cues], closes),
            None if None in closes else _fewest({w for words in closes for w in words or ()}),
            _phrase_weights(cues, scorers, phrases),
        )
    return table


def _phrase_weights(
    cues: Sequence[AppealCue], scorers: Sequence[_Scorer], phrases: dict[str, list[str] | None]
) -> dict[str, float]:
    """The weight `_weigh` gives each phrase of a key's finite cues (``cues``
    heaviest first, with their ``scorers``; ``phrases`` gives a pattern's
    phrases, see `_phrases`).

    A phrase of a cue weighs what the cue does unless a heavier cue before it
    matches the phrase too (a cue of the same weight before it gives the same
    weight), so only those are tried, once per phrase, at import.
    """
    weights: dict[str, float] = {}
    for j, cue in enumerate(cues):
        heavier = [scorer for scorer in scorers[:j] if scorer.weight > cue.weight]
        for phrase in phrases[cue.pattern] or ():
            if phrase in weights:
                continue  # a cue before this one gave it
            weight = cue.weight
            for matches, heavy, firsts in heavier:
                if (firsts is None or phrase[0] in firsts) and matches(phrase):
                    weight = heavy
                    break
            weights[phrase] = weight
    return weights


def _gate(
    needles: Sequence[tuple[str, ...] | None], closes: Sequence[tuple[str, ...] | None]
) -> _Gate | None:
    """The test a line must pass before a key's alternation runs on it, from
    each cue's needles and close needles (`_needles`, `_close_needles`, in the
    order of the cues); None when a cue has no needles.

    A cue can match only on a line that holds one of its needles and one of
    its close needles.  So each needle comes with the close needles of the
    cues it stands for, and a line passes on a needle it holds together with
    one of that needle's close needles.  Speed: a line that holds a needle is
    tested for a few close needles, not for all the key's.  A needle that
    holds another is left out and its cues go with that one (a line holds
    it wherever it holds the longer one).
    """
    by_needle: dict[str, set[str] | None] = {}
    for words, close in zip(needles, closes, strict=True):
        if words is None:
            return None
        for word in words:
            known = by_needle.get(word, set())
            by_needle[word] = None if known is None or close is None else known | set(close)
    for word in sorted(by_needle, key=len, reverse=True):
        inner = next((m for m in by_needle if m != word and m in word), None)
        if inner is not None:
            known, more = by_needle[inner], by_needle.pop(word)
            by_needle[inner] = None if known is None or more is None else known | more
    return tuple(
        (word, None if close is None else _fewest(close))
        for word, close in sorted(by_needle.items())
    )


def _passes(lowered: str, gate: _Gate) -> bool:
    """Does a lower-cased line pass a key's `_gate`?"""
    for needle, close in gate:
        if needle in lowered and (close is None or holds_any(lowered, close)):
            return True
    return False


def _fewest(needles: set[str]) -> tuple[str, ...]:
    """The needles without those that hold another: such a needle is found only
    where that one is."""
    return tuple(sorted(n for n in needles if not any(m != n and m in n for m in needles)))


def _gated_search(fragments: Sequence[str]) -> Callable[[str], bool]:
    """A test of a lower-cased line: does it hold a match of any of ``fragments``?

    The answer of one alternation of them, sooner: each fragment runs on its
    own and only on a line that holds one of its close needles (see
    `_close_needles`), so a line without "said" or "told" is not scanned for
    speech verbs.  Speed: `re` tries every branch of an alternation at every
    position of the line, some ten times slower than the needles' plain
    substring tests (in C) on a line that holds none.
    """
    parts: list[tuple[tuple[str, ...] | None, _Matcher]] = []
    for fragment in fragments:
        needles = _close_needles(fragment, "")
        fewest = None if needles is None else _fewest(set(needles))
        parts.append((fewest, re.compile(fragment).search))

    def holds_a_match(lowered: str) -> bool:
        for needles, search in parts:
            if (needles is None or holds_any(lowered, needles)) and search(lowered) is not None:
                return True
        return False

    return holds_a_match


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
    "de": (" und ", " die "),
    "ru": ("\N{CYRILLIC SMALL LETTER O}",),
}
# A whole line that is an appeal's button or link ("Donate now", "Not now", "×").
_is_button = regex.compile(
    r"(?i)(?:" + "|".join(APPEAL_BUTTONS) + r")\s{0,3}[.!?\N{RIGHTWARDS ARROW}>]{0,3}"
).fullmatch
# A line that speaks to the reader ("you", "our", "Sign up ...").
_addresses_reader = _gated_search(READER_ADDRESS)
# A line that reports someone's words ("'Donate now,' the email read").
_reports_speech = _gated_search(REPORTED_SPEECH)
# A short line that opens an appeal letter ("Dear readers,").
_is_opener = regex.compile(r"(?i)(?:" + "|".join(APPEAL_OPENERS) + r")").search
# A short line that heads an appeal box from right above it ("Enjoying this article?").
_is_hook = regex.compile(r"(?i)(?:" + "|".join(APPEAL_HOOKS) + r")").search
# The end of a sentence: a line ending with it is prose, not a heading.
_ends_sentence = regex.compile(
    r"[.:;,\N{IDEOGRAPHIC FULL STOP}]['\"\N{RIGHT DOUBLE QUOTATION MARK})]{0,2}$"
).search
# An exclamation at the end of a short line ("Happy new year!", "Thank you!").
_ends_exclamation = regex.compile(r"!['\"\N{RIGHT DOUBLE QUOTATION MARK})]{0,2}$").search
# The characters either pattern can end on: a line that ends otherwise skips both.
_LAST_MARKS: Final = frozenset(".:;,!'\"\N{IDEOGRAPHIC FULL STOP}\N{RIGHT DOUBLE QUOTATION MARK})")
# The stops of `_ends_sentence`, and the closing marks both patterns allow after a stop.
_SENTENCE_STOPS: Final = frozenset(".:;,\N{IDEOGRAPHIC FULL STOP}")
_CLOSING_MARKS: Final = "'\"\N{RIGHT DOUBLE QUOTATION MARK})"


def _last_stop(tail: str) -> str:
    """The mark ``tail`` ends with before at most two closing marks ("." of
    'end.")'), or "" when more closing marks end it.

    Speed: what `_ends_sentence` and `_ends_exclamation` tell of a line's
    last characters, with one rstrip in place of two calls into the regex
    module (a stop is never a closing mark, so the last character left is the
    only one either pattern can take for its stop).  Lines carry no newline,
    where "$" could match before the end.
    """
    body = tail.rstrip(_CLOSING_MARKS)
    return body[-1:] if len(tail) - len(body) <= 2 else ""


# How many words, and characters, make a short line (a heading, a button, a sign-off).
_SHORT_WORDS: Final = 10
_SHORT_CHARS: Final = 80
# An appeal holds at least this cue weight, or two cues.
_MIN_APPEAL_SCORE: Final = 3.0
# A line is the core of an appeal when its cue weight, per 25 words plus one,
# reaches this.
_CORE_DENSITY: Final = 0.9
# A line joins an appeal next to it when its cue weight, per 25 words plus one,
# reaches this (a story paragraph with one stray cue word stays out).
_WARM_DENSITY: Final = 0.4
# How far back an appeal letter's opener may stand from the appeal's first cue.
_OPENER_REACH: Final = 4
# How many cue-less lines may stand between two cued lines of one appeal: none
# (a story line between a mid-story plug and an end box keeps them apart); a
# line with a weaker cue may stand one line before a core line or a button.
_BRIDGE: Final = 0


class _Cues(NamedTuple):
    """What the appeal rules know of one line."""

    score: float  # the summed weight of the appeal cues in it
    hits: int  # how many cues it holds
    core: bool  # dense enough in cues to anchor an appeal on its own
    short: bool  # a heading-sized line
    exclaim: bool  # short and ending with an exclamation mark
    warm: bool  # dense enough in cues to join an appeal next to it
    sentence: bool  # ends like a sentence (a full stop, colon, comma)


def tags_of(line: str) -> tuple[str, ...]:
    """The tags of a tag footer line, without '#'.

    "#A #B" gives A and B; "Tags: A, B" gives A and B; a label alone ("Tags:")
    gives none; any other line is one tag of a one-a-line list ("- Politics"
    gives Politics).
    """
    listed = _match_tag_list(line)
    if listed is not None and "#" not in listed.group("list"):
        return tuple(tag for tag in _split_tag_list(listed.group("list").strip()) if tag)
    if "#" in line:  # "#A #B", or "Tags: #A #B"
        return tuple(_find_hash_tags(line))
    if _is_tag_label(line):
        return ()
    bullet = _match_bullet(line)
    tag = line[bullet.end() :] if bullet else line
    return (tag.strip(),) if tag.strip() else ()


def _tag_items(lines: Sequence[Line], labels: Sequence[str], i: int) -> int:
    """How many one-a-line tags follow a tag label on line ``i``: short lines
    that do not end like a sentence, up to the end or a line that is not one."""
    count = 0
    j = i + 1
    while j < len(lines) and count < _MAX_TAG_LINES and labels[j] == BODY:
        item = lines[j].text
        if len(item) > _MAX_TAG_CHARS or item.count(" ") > 4 or _ends_sentence(item[-4:]):
            break
        count += 1
        j += 1
    return count


def _is_tag_footer(line: str) -> bool:
    if (
        "#" not in line
        and ":" not in line
        and "\N{EN DASH}" not in line
        and "\N{EM DASH}" not in line
    ):
        return False  # neither a "#tag" nor a "Tags:" label: no need for the patterns
    if _is_hashtag_line(line):
        return any(char.isalpha() for char in line)  # "#1" is a rank, not a tag
    listed = _match_tag_list(line)
    if listed is None:
        return False
    tags = _split_tag_list(listed.group("list").strip())
    # a list of short names, not a sentence that happens to start with "Topics:"
    return all(0 < len(tag) <= 40 for tag in tags) and not _ends_sentence(line)


# Chrome lines told by a phrase inside them, each behind a plain-substring needle.
_chrome_phrases: Final = tuple(
    (kind, needle, _phrase_matcher(pattern)) for kind, needle, pattern in CHROME_PHRASES
)
# Their needles, for one test of a line before the loop over the phrases.
_CHROME_NEEDLES: Final = tuple(needle for _, needle, _ in _chrome_phrases)


def _may_start_chrome(lowered: str) -> bool:
    """Can a line that starts with these characters be a chrome line?

    Asked of the chrome alternation as a partial match of the line's first
    two characters, then of its first three and four, each once (kept in a
    bounded table), so most story lines are turned away without running the
    alternation on them (of polnear's short lines, two characters let 5,247
    through, three 1,056, four 371; 24 are chrome).  With the table full, a
    head not in it leaves the decision to the full match (a partial match
    costs more).
    """
    for size in (2, 3, 4):
        if not head_may_open(lowered[:size], _CHROME_HEADS, _MAX_CHROME_HEADS, _may_be_chrome):
            return False
    return True


def _chrome_kind(line: str, lowered: str) -> str | None:
    """The chrome kind of a short line, or None when it is not chrome."""
    if _may_start_chrome(lowered) and _may_be_chrome(line):
        for kind, matches in _chrome_matchers:
            if matches(line):
                return kind
    if not holds_any(lowered, _CHROME_NEEDLES):
        return None
    for kind, needle, phrase_in in _chrome_phrases:
        if needle in lowered and phrase_in(line):
            return kind
    return None


# What `_weigh` gives for a phrase that no cue matches whole.
_NO_CUE: Final = -1.0
# How many (key, phrase) weights `_weigh` keeps (a few dozen in a corpus).
_MAX_PHRASE_WEIGHTS: Final = 4096


# Speed: the phrases a key's alternation finds are few and recur ("your
# support", "our work"): each is weighed once, which spares the loop over the
# cues and its fullmatch calls.  A memo like the others (functools.lru_cache),
# so the benchmark empties it between its passes.
@lru_cache(maxsize=_MAX_PHRASE_WEIGHTS)
def _weigh(key: str, phrase: str) -> float:
    """The weight of the first of a key's cues (heaviest first) that matches
    ``phrase`` whole, or `_NO_CUE`."""
    first = phrase[0]
    for matches, weight, firsts in _CUES_BY_KEY[key].scorers:
        # (a cue that cannot open with this character is not tried)
        if (firsts is None or first in firsts) and matches(phrase):
            return weight
    return _NO_CUE


# The longest line `_score` copies after a space for the key alternations.
_MAX_PADDED_CHARS: Final = 1 << 16
# The key alternations after a lookbehind, for longer lines, compiled when one
# is first needed (a line that long is rare: hostile input).
_UNPADDED_FINDERS: dict[str, _Finder] = {}


def _unpadded_finder(key: str) -> _Finder:
    """The cues of ``key`` between word boundaries, run on the line itself: the
    phrases `_KeyCues.find` finds on the line after a space."""
    finder = _UNPADDED_FINDERS.get(key)
    if finder is None:
        pattern = _CUES_BY_KEY[key].find.__self__.pattern  # type: ignore[attr-defined]
        finder = re.compile(r"(?<!\w)" + pattern.removeprefix(r"[^\w]")).finditer
        _UNPADDED_FINDERS[key] = finder
    return finder


def _score(lowered: str, keys: set[str]) -> tuple[float, int, float]:
    """The summed weight, the number and the top weight of the appeal cues in a
    lower-cased line.

    A phrase that several cues match counts once: of overlapping matches the
    heaviest is kept.
    """
    found: list[tuple[int, int, float]] = []
    padded = ""  # the line after a space, for the alternations (see `_KeyCues.find`)
    for key in keys:
        find, _, gate, close, weights = _CUES_BY_KEY[key]
        if gate is not None:
            if not _passes(lowered, gate):
                continue  # no cue of this key can match here
        elif close is not None and not holds_any(lowered, close):
            continue  # the same, told by the close needles alone
        if len(lowered) <= _MAX_PADDED_CHARS:
            if not padded:
                padded = " " + lowered
            # (a match opens with the character before the phrase: its start
            # in the padded line is the phrase's start in the line)
            matches, skip = find(padded), 1
        else:  # a very long line is not copied: the cues after a lookbehind
            matches, skip = _unpadded_finder(key)(lowered), 0
        for match in matches:
            phrase = match.group()[1:] if skip else match.group()
            weight = weights.get(phrase)  # (a phrase of a finite cue: known at import)
            if weight is None:
                weight = _weigh(key, phrase)
            if weight != _NO_CUE:
                found.append((match.start(), skip - match.end(), weight))
    # Speed: most lines with a key hold no cue, and many one; neither needs the sort.
    if not found:
        return 0, 0, 0.0  # (what the sum and max below give for none)
    if len(found) == 1:
        weight = found[0][2]
        return weight, 1, weight
    kept: list[tuple[int, int, float]] = []
    for start, negative_end, weight in sorted(found):
        if kept and start < kept[-1][1]:  # overlaps the last one kept: keep the heavier
            if weight > kept[-1][2]:
                kept[-1] = (start, -negative_end, weight)
        else:
            kept.append((start, -negative_end, weight))
    # (one loop for the sum and the top: no generator to resume per cue)
    total = top = 0.0
    for _, _, weight in kept:
        total += weight
        if weight > top:
            top = weight
    return total, len(kept), top


def _keyed_lines(
    lowered: str, base: int, lines: Sequence[Line], first: int, stop: int, langs: set[str]
) -> dict[int, set[str]]:
    """For each of lines[first:stop] that holds appeal keys, the keys it holds.

    ``lowered`` is the text of those lines lower-cased (same length), from
    offset ``base`` of the text.  Plain substring search, one pass per key of
    the languages in ``langs``; the cue patterns then run only on these lines,
    and only those of their keys.
    """
    keyed: dict[int, set[str]] = {}
    starts = [lines[i].start - base for i in range(first, stop)]
    for key in APPEAL_STEMS:
        if _KEY_LANGS.get(key, "en") not in langs:
            continue
        at = lowered.find(key)
        while at >= 0:
            k = bisect.bisect_right(starts, at) - 1
            i = first + k
            if k >= 0 and at < lines[i].end - base:
                keyed.setdefault(i, set()).add(key)
                # the rest of this line is settled: go on from the next one
                at = starts[k + 1] if i + 1 < stop else len(lowered)
            else:
                at += 1
            at = lowered.find(key, at)
    return keyed


def _keys_slowly(lowered: str) -> set[str] | None:
    """The appeal keys of a lower-cased line, for a text whose lower-casing
    changes its length (every key, whatever the language)."""
    return {key for key in APPEAL_STEMS if key in lowered} or None


# A long text is lower-cased a chunk of lines at a time (see _lines.lower_whole).
_CHUNK_CHARS: Final = WHOLE_LOWER_CHARS
# How far a trace of a language can reach back into the chunk before.
_TRACE_OVERLAP: Final = max(len(t) for traces in _LANG_TRACES.values() for t in traces) - 1


def _langs_of(lowered: str) -> set[str]:
    """The languages whose trace the lower-cased text shows."""
    return {lang for lang, traces in _LANG_TRACES.items() if holds_any(lowered, traces)}


def _lowering_facts(text: str) -> tuple[bool, set[str]]:
    """Does lower-casing keep the text's length, and which languages does it show?

    The text is lower-cased a chunk at a time (each chunk reaches back over
    the end of the one before, so no trace is cut in two).
    """
    aligned = True
    langs: set[str] = set()
    for at in range(0, len(text), _CHUNK_CHARS):
        piece = text[max(0, at - _TRACE_OVERLAP) : at + _CHUNK_CHARS]
        lowered = piece.lower()
        aligned = aligned and len(lowered) == len(piece)
        langs |= _langs_of(lowered)
    return aligned, langs


def _chunks(lines: Sequence[Line]) -> Iterator[tuple[int, int]]:
    """The lines in runs (first, stop) of at most `_CHUNK_CHARS` characters of
    text, or of one longer line."""
    first = 0
    while first < len(lines):
        stop = first + 1
        limit = lines[first].start + _CHUNK_CHARS
        while stop < len(lines) and lines[stop].end <= limit:
            stop += 1
        yield first, stop
        first = stop


def _lowered_lines(
    text: str, lines: Sequence[Line], lowered: str | None
) -> Iterator[tuple[int, list[str], dict[int, set[str]]]]:
    """The lines lower-cased, a chunk of lines at a time: the index of the
    chunk's first line, its lines lower-cased, and the appeal keys of each of
    them that holds some (by line index).

    ``lowered`` is `lower_whole` of the text, when the caller has it.  Speed:
    the caller reads a list a chunk, not a generator a line.
    """
    whole = lowered
    if whole is None and len(text) <= _CHUNK_CHARS:
        whole = text.lower()
    if whole is not None:
        aligned, langs = len(whole) == len(text), _langs_of(whole)
    else:
        aligned, langs = _lowering_facts(text)
    if whole is not None and aligned:
        keyed = _keyed_lines(whole, 0, lines, 0, len(lines), langs)
        yield 0, [whole[line.start : line.end] for line in lines], keyed
        return
    for first, stop in _chunks(lines):
        if aligned:
            base = lines[first].start
            chunk = text[base : lines[stop - 1].end].lower()
            keyed = _keyed_lines(chunk, base, lines, first, stop, langs)
            cut = [chunk[line.start - base : line.end - base] for line in lines[first:stop]]
            yield first, cut, keyed
        else:  # a character lower-cases to two: lower-case line by line
            alone = [line.text.lower() for line in lines[first:stop]]
            keyed = {}
            for i, line_lowered in enumerate(alone, first):
                keys = _keys_slowly(line_lowered)
                if keys:
                    keyed[i] = keys
            yield first, alone, keyed


# What the appeal rules know of a long line that holds no appeal key.
_COLD: Final = _Cues(0.0, 0, False, False, False, False, True)


def _cues_of(line: str, lowered: str, keys: set[str] | None) -> _Cues:
    """The appeal facts of ``line`` (``lowered`` is the line lower-cased)."""
    if not keys and len(line) > _SHORT_CHARS:
        return _COLD
    score, hits, top = _score(lowered, keys) if keys else (0.0, 0, 0.0)
    words = line.count(" ") + 1
    short = words <= _SHORT_WORDS and len(line) <= _SHORT_CHARS
    if score and _reports_speech(lowered):
        score, hits, top = 0.0, 0, 0.0  # a story quoting an ask
    density = score / (words / 25 + 1)
    anchors = top >= STRONG or score >= _MIN_APPEAL_SCORE
    if anchors and not short and not _addresses_reader(lowered):
        anchors = False  # appeal words in the third person: a story about giving
    # the mark the line ends with, as the end-of-line patterns read it (they
    # need its last four characters, and none can match a line that ends otherwise)
    stop = _last_stop(line[-4:]) if line[-1:] in _LAST_MARKS else ""
    # Speed: the fields by position (a named tuple built by keyword costs twice as much)
    return _Cues(
        score,
        hits,
        anchors and density >= _CORE_DENSITY,  # core
        short,
        short and stop == "!",  # exclaim: _ends_exclamation
        density >= _WARM_DENSITY,  # warm
        stop in _SENTENCE_STOPS,  # sentence: _ends_sentence
    )


def _is_ui(c: _Cues) -> bool:
    """A short line that does not end like a sentence: a form label ("Email
    address") or a link inside a box, which may stand between its lines."""
    return c.short and not c.sentence and not c.exclaim


class _Shapes:
    """The appeal facts of every line, with the button and opener tests run
    only for the lines the run rules look at (a page has many short lines)."""

    def __init__(self, texts: Sequence[str], cues: Sequence[_Cues], free: Sequence[bool]):
        self.texts = texts
        self.cues = cues
        self.free = free
        self._buttons: dict[int, bool] = {}
        self._openers: dict[int, bool] = {}

    def button(self, j: int) -> bool:
        """Is line ``j`` an appeal's button or link ("Donate now", "Not now")?"""
        found = self._buttons.get(j)
        if found is None:
            line = self.texts[j]
            found = self.cues[j].short and len(line) <= 60 and _is_button(line) is not None
            self._buttons[j] = found
        return found

    def opener(self, j: int) -> bool:
        """Is line ``j`` an appeal letter's opening line ("Dear readers,")?"""
        found = self._openers.get(j)
        if found is None:
            found = self.cues[j].short and _is_opener(self.texts[j]) is not None
            self._openers[j] = found
        return found

    def starts(self, i: int) -> bool:
        """Can an appeal run start at line ``i``?  At a core line, or at a warm
        line with a cue weight of `STRONG` right below an opener or a hook
        ("Dear readers," then two weaker cues)."""
        c = self.cues[i]
        if c.core:
            return True
        return (
            c.warm
            and c.score >= STRONG
            and i > 0
            and self.free[i - 1]
            and (self.opener(i - 1) or self.hook(i - 1))
        )

    def hook(self, j: int) -> bool:
        """Is line ``j`` a short heading that heads an appeal box from right above it?"""
        return self.cues[j].short and _is_hook(self.texts[j]) is not None

    def leads_on(self, j: int, reach: int) -> bool:
        """Does a core line or a button follow line ``j`` within ``reach`` lines?"""
        for k in range(j + 1, min(len(self.cues), j + 1 + reach)):
            if not self.free[k]:
                return False
            if self.cues[k].core or self.button(k):
                return True
        return False

    def joins_below(self, j: int) -> bool:
        """Does line ``j``, right below an appeal line, belong to the appeal?"""
        c = self.cues[j]
        n = len(self.cues)
        return (
            c.core
            or c.warm
            or self.button(j)
            or self.leads_on(j, _BRIDGE + 1 if c.score > 0 or _is_ui(c) else _BRIDGE)
            or (c.short and c.exclaim)
            or (c.short and not c.sentence and (j + 1 >= n or not self.free[j + 1]))
        )

    def joins_above(self, j: int) -> bool:
        """Does line ``j``, right above an appeal line, belong to it?  (A long
        story line with a stray cue word does not.)"""
        c = self.cues[j]
        return c.core or c.warm or self.button(j) or self.opener(j)

    def is_appeal(self, first: int, last: int) -> bool:
        """Is a run of lines around a core line an appeal, not a story line with a cue?

        It is when it holds `_MIN_APPEAL_SCORE` of cue weight or two cues, or
        has an appeal's shape: a button or an opener, or only short lines (a
        one-line plug such as "Sign up for our newsletter").
        """
        run = range(first, last + 1)
        return (
            sum(self.cues[k].score for k in run) >= _MIN_APPEAL_SCORE
            or sum(self.cues[k].hits for k in run) >= 2
            or any(self.button(k) or self.opener(k) for k in run)
            or all(self.cues[k].short for k in run)
        )


def _appeal_runs(lines: _Shapes) -> list[tuple[int, int]]:
    """The appeals among the lines, as (first, last) line indexes.

    A run starts where `_Shapes.starts` allows (a core line, or a warm line
    right below an opener) and takes in:

    - forward, the core lines, buttons and warm lines after it, a line with a
      cue or a form label right before another core line or button, and a short sign-off
      ("Happy new year!") or a short link-like last line (no full stop)
      before the end or the chrome;
    - backward, the core lines, buttons, openers and warm lines right above
      it, then one hook ("Enjoying this article?") right above those;
    - an appeal letter's opener ("Dear readers,") up to `_OPENER_REACH` lines
      above its first cue, with the lines between.

    A run is kept when `_Shapes.is_appeal` says so.  Only lines no other rule
    labelled (``free``) join a run.
    """
    cues, free = lines.cues, lines.free
    n = len(cues)
    runs: list[tuple[int, int]] = []
    floor = 0  # lines before this belong to an earlier run or were looked at
    i = 0
    while i < n:
        if not (free[i] and lines.starts(i)):
            i += 1
            continue
        first = last = i
        while last + 1 < n and free[last + 1] and lines.joins_below(last + 1):
            last += 1
        while first - 1 >= floor and free[first - 1] and lines.joins_above(first - 1):
            first -= 1
        if first - 1 >= floor and free[first - 1] and lines.hook(first - 1):
            first -= 1
        for j in range(first - 1, max(floor, first - _OPENER_REACH) - 1, -1):
            if not free[j]:
                break
            if lines.opener(j):
                first = j
        if lines.is_appeal(first, last):
            runs.append((first, last))
            floor = last + 1
        i = last + 1
    return runs


def label_chrome(text: str, lines: Sequence[Line], whole: str | None = None) -> list[str]:
    """One label per line: "appeal", "hashtags", a chrome kind, or "body".

    ``whole`` is `lower_whole` of the text, when the caller has it.
    """
    labels = [BODY] * len(lines)
    cues: list[_Cues] = []
    cued = False  # does a line hold a cue?  (Else no appeal run can start.)
    for first, lowered_lines, keyed in _lowered_lines(text, lines, whole):
        for i, lowered in enumerate(lowered_lines, first):
            line_text = lines[i].text
            keys = keyed.get(i)
            if len(line_text) > _CHROME_MAX_CHARS:
                # no chrome line is this long; without keys it holds no cue (and
                # `_cues_of` would give _COLD)
                facts = _cues_of(line_text, lowered, keys) if keys else _COLD
                cues.append(facts)
                cued = cued or facts.score > 0
                continue
            if _is_tag_footer(line_text):
                labels[i] = HASHTAGS
                cues.append(_COLD)  # (the appeal rules read only unlabelled lines)
                continue
            bullet = _match_bullet(line_text) if line_text[0] in _BULLETS else None
            kind = (
                _chrome_kind(line_text[bullet.end() :], lowered[bullet.end() :])
                if bullet
                else _chrome_kind(line_text, lowered)
            )
            if kind is not None:
                labels[i] = kind
                cues.append(_COLD)  # (the appeal rules read only unlabelled lines)
                continue
            facts = _cues_of(line_text, lowered, keys)
            cues.append(facts)
            cued = cued or facts.score > 0
    for i, line in enumerate(lines):
        if labels[i] == BODY and len(line.text) <= 30 and _is_tag_label(line.text):
            items = _tag_items(lines, labels, i)
            for k in range(i, i + 1 + items if items else i):
                labels[k] = HASHTAGS
    if not cued:
        # Speed: a run starts at a core line or a warm one, which holds cue
        # weight; without any, there are no runs to look for.
        return labels
    free = [label == BODY for label in labels]
    shapes = _Shapes([line.text for line in lines], cues, free)
    runs = _appeal_runs(shapes)
    if runs:
        # the text's appeal is its weightiest run; a lesser one (a one-line
        # plug above a donation box) is chrome of kind "newsletter"
        main = max(runs, key=lambda run: sum(cues[k].score for k in range(run[0], run[1] + 1)))
        for first, last in runs:
            for k in range(first, last + 1):
                labels[k] = APPEAL if (first, last) == main else _SECOND_APPEAL
    return labels
