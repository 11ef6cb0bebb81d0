# Stage 3b: speaker mentions to the names they refer to.
#
# Contract: given the speaker mentions that attribution found, in text order,
# return for each the fullest name of that source used in the article ("Putin"
# -> "Vladimir Putin"; "he" -> the person it refers to), without titles.  It
# reads the text and the paragraphs, and returns one name per mention.
#
# How: one scan for runs of capitalised words finds the names the article uses
# (with the titles and role nouns around them), read in full only where a
# pronoun or a description can look back; a directory maps each surname and
# first word to the fullest names that have it.  Then the mentions are read in
# order against a window of the names seen so far: a name grows to its fullest
# form, a pronoun or a role noun takes the most recent compatible person.
# Every step is a dict look-up, a bisect or a bounded window, so the stage is
# linear in the text.  docs/names.md has the rules and their limits.
from __future__ import annotations

import bisect
import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache, partial
from operator import itemgetter
from typing import Literal, NamedTuple, TypeAlias

import attrs
import regex

from ._records import Block, Span
from ._speech import SPEECH_VERBS, forms
from ._titles import (
    BUSINESS_NOUNS,
    DOCUMENT_NOUNS,
    FEMALE_FIRST_NAMES,
    HONORIFICS,
    MALE_FIRST_NAMES,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAMES,
    ORG_NOUNS,
    ORG_WORDS,
    PARTY_WORDS,
    PLACE_PREFIXES,
    PLACE_WORDS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
    Gender,
)

Kind = Literal["person", "weak", "org", "group", "other"]

# How many names and speakers back a pronoun or a role noun may look.
_WINDOW = 40
# How many different people one word may name in the directory ("Bill
# Clinton", "Hillary Clinton", "Chelsea Clinton").
_SAME_WORD = 4
# How far back a pronoun or a description reads names, in characters.
_REACH = 1000
# How far past the last mention the scan still reads (a full name given just
# after a mention: "Putin, or Vladimir Putin as ...").
_TAIL = 300
# How far before a mention a relative pronoun's antecedent may end ("Smith, a
# lawyer for the family, who ...").
_RELATIVE_REACH = 80

# One capitalised word of a name: an initialism ("U.S."), or a capital and
# letters, with inner hyphen or apostrophe parts that are capitalised too
# ("Wilson-Raybould", "O'Brien"), so "Korea's" stops before its "'s".
_TOKEN = r"""
    \p{Lu}
    (?: (?: \. \p{Lu} ){1,3} \.             # an initialism: U.S., U.N.
      | [\p{L}\p{M}]{0,40}+                  # or a capitalised word (possessive:
                                             #   no letter is given back, as what
                                             #   follows never starts with one)
        (?: [-'\N{RIGHT SINGLE QUOTATION MARK}] #   joined by a hyphen or apostrophe
            \p{Lu} [\p{L}\p{M}]{0,40}+ ){0,3} #   to another capitalised part
    )
"""
_PARTICLES = "|".join(sorted(NAME_PARTICLES))

# The past and present forms of the speech verbs: "said", "says", "told".
_SPOKE = frozenset(form for form in forms(SPEECH_VERBS) if form.endswith(("s", "d")))
# A space and their first three letters.  Speed: a space and three letters
# after a name that are none of these open no speech verb, read without
# splitting the text after it (every form has three letters or more).
_SPOKE_HEADS = frozenset(" " + form[:3] for form in _SPOKE)

# A run of capitalised words on one line: a name, a title and name, an
# organisation, or a sentence opener followed by any of these.
_RUN = rf"""
    \b (?: {_TOKEN} )                          # a capitalised word
    (?:
        \.? [ \t]{{1,3}}                        # a space, or a stop and a space
        (?: (?: {_PARTICLES} ) [ \t] )?         # maybe a particle: "de", "van"
        (?: {_TOKEN} )                          # another capitalised word
    ){{LEAST,9}}
"""
_find_runs = regex.compile(_RUN.replace("LEAST", "0"), regex.VERBOSE).finditer
# Only the runs of two or more words, where lone words are not wanted.
_find_long_runs = regex.compile(_RUN.replace("LEAST", "1"), regex.VERBOSE).finditer

# A word shaped like a personal name: "Smith", "McCallum", "O'Brien",
# "Wilson-Raybould", or an initial; not "RCMP" or "TransLink".
_looks_like_name = regex.compile(
    r"""
    (?: Mc | Mac | O['\N{RIGHT SINGLE QUOTATION MARK}] | D['\N{RIGHT SINGLE QUOTATION MARK}]
      | De | Di | Da | Du | La | Le | Van | Von )?   # a prefix with its own capital
    \p{Lu} \p{Ll}{1,30}                            # the name proper
    (?: - \p{Lu} \p{Ll}{1,30} )?                   # a second, hyphenated part
    | \p{Lu} \.?                                   # or an initial
    """,
    regex.VERBOSE,
).fullmatch


# Speed: a regex call costs far more than the word it reads, and a name recurs
# through an article and across articles.
@lru_cache(maxsize=4096)
def _name_shaped(word: str) -> bool:
    """Is ``word`` shaped like a personal name (see _looks_like_name)?"""
    return _looks_like_name(word) is not None


# Quotation marks, to keep the names inside quotations out of the referents.
_OPENING = '\N{LEFT DOUBLE QUOTATION MARK}"\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}'
_CLOSING = '\N{RIGHT DOUBLE QUOTATION MARK}"\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}'
# A quotation: an opening mark, then everything up to a closing mark or the
# end of the line, whichever comes first.  An opening mark inside is part of
# the quotation; the closing mark is consumed, so that a straight mark that
# closes does not open the next quotation.  One match per quotation (rather
# than one per mark) keeps this scan cheap; the class cannot backtrack.
#
# Speed: the standard `re` module runs this class-only pattern faster than
# `regex` does.
_QUOTED = rf"""
    OPENING                                     # the opening mark
    ( [^\n{re.escape(_CLOSING)}]* )              # the quotation, on its line
    [{re.escape(_CLOSING)}]?                    # its closing mark, if it has one
"""
_find_quoted = re.compile(
    _QUOTED.replace("OPENING", f"[{re.escape(_OPENING)}]"), re.VERBOSE
).finditer
# The same, for a stretch that holds one kind of opening mark only (most
# texts use one).  Speed: `re` looks for a pattern that opens with one literal
# character with a fast search for that character, and tries a class at
# every position.
_FIND_QUOTED_AFTER = {
    mark: re.compile(_QUOTED.replace("OPENING", re.escape(mark)), re.VERBOSE).finditer
    for mark in _OPENING
}

# An appositive just after a name: ", the mayor of", ", a spokeswoman for".
_role_after = regex.compile(
    r"""
    ,[ \t]{1,3}                                 # the comma that opens it
    (?: who [ \t]{1,3} (?:is|was) [ \t]{1,3} )? # ", who is the ..."
    (?: (?: the | a | an | [\p{Lu}][\p{L}.]{0,30}['\N{RIGHT SINGLE QUOTATION MARK}]s )
        [ \t]{1,3} )?                          # "the", "a", "Surrey's", or none
    ( (?: [\p{L}-]{1,30} [ \t]{1,3} ){0,3}      # up to three modifiers
      [\p{L}-]{1,30} )                          # and the head
    """,
    regex.VERBOSE,
).match
# An acronym given in brackets after the name it stands for: "(RCMP)".
_find_acronyms = regex.compile(r"\((\p{Lu}{2,6})\)").finditer
# A mention that opens with a generic possessive: "the country's", "its".
_generic_possessive = regex.compile(
    r"""
    (?: (?i: the ) [ \t]{1,3} \p{Ll}{1,30} ['\N{RIGHT SINGLE QUOTATION MARK}] s
      | its | their | his | her )
    [ \t]{1,3} (?= \p{Lu} )                     # before a capitalised name
    """,
    regex.VERBOSE,
).match
# The words of a mention.
_find_words = regex.compile(
    r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'\N{RIGHT SINGLE QUOTATION MARK}.-]{0,40}"
).findall

# The longest word _find_words reads as one.
_WORD_MAX = 41


def _words_in(mention: str) -> list[str]:
    """The words of a mention (see _find_words).

    Speed: most mentions are plain words ("he", "the minister"), whose words
    are what a split gives, without the cost of a regex call.
    """
    words = mention.split()
    for word in words:
        if not word.isalpha() or len(word) > _WORD_MAX:
            return _find_words(mention)
    return words


# A subheading: a paragraph this short that ends without one of these.
_HEADING_MAX = 80
_CLAUSE_ENDS = (".", "!", "?", ":", ",", ";", '"', "\u201d", "\u2019", ")")
# Lowercase words inside a spelled-out name ("Department of Fisheries and
# Oceans"), and how far before "(ACRONYM)" the name may start.
_SPELLED_JOINERS = frozenset({"of", "and", "for", "the", "on", "&"})
_SPELLED_REACH = 120
# Every word that stands before a name without being part of it.
_TITLES = frozenset(TITLE_WORDS) | frozenset(HONORIFICS)
# Every known first name, of either gender.
_FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES
# The first words of a mention that names nobody in particular ("a
# spokesperson") or somebody already named ("the minister").
_INDEFINITE = frozenset({"a", "an", "one", "some", "two", "three", "several", "many", "another"})
_DEFINITE = frozenset({"the", "this", "that", "its", "his", "her", "their"})


# A name as the scan found it in the text:
# (start, end, words, kind, roles, gender, strong), where ``words`` is the
# name without its titles, ``kind`` is "other" for a lone capitalised word
# the directory may know, ``roles`` the role nouns of the titles around it,
# ``gender`` what an honorific or a title says (or None), and ``strong``
# whether a title, a known first name or an honorific says "person".  The
# loops that read them unpack each in one step.
#
# Speed: an exact tuple of ints, strings, tuples of strings, None and a
# bool, not a named tuple: the garbage collector untracks it the first time
# it survives a collection (a named tuple stays tracked), and a long text
# keeps a name every few words until the directory is built.
_Seen: TypeAlias = tuple[int, int, tuple[str, ...], Kind, tuple[str, ...], "Gender | None", bool]


class _Ref(NamedTuple):
    """A referent in the window: a name in the text or a resolved speaker."""

    start: int
    name: str
    kind: Kind
    speaker: bool


# Speed: build a _Ref from a tuple of all its fields, without the
# Python-level NamedTuple.__new__ (tens of thousands are built per megabyte).
_new_ref = partial(tuple.__new__, _Ref)
# The start of a _Seen or a _Ref, their first field.  Speed: a sort key in C.
_start_key = itemgetter(0)


@attrs.define
class _Directory:
    """The names of one article, keyed by their last and first words."""

    by_last: dict[str, list[str]] = attrs.field(factory=dict)
    by_first: dict[str, list[str]] = attrs.field(factory=dict)
    gender: dict[str, Gender] = attrs.field(factory=dict)
    role_at: dict[str, list[int]] = attrs.field(factory=dict)
    role_name: dict[str, list[str]] = attrs.field(factory=dict)
    acronyms: dict[str, int] | None = None  # "(RCMP)" -> where it is, once looked for

    def add_person(self, words: tuple[str, ...]) -> None:
        name = " ".join(words)
        for key, table in ((words[-1], self.by_last), (words[0], self.by_first)):
            have = table.setdefault(key, [])
            for i, other in enumerate(have):
                # a later form of the same person that is fuller replaces it
                # ("Donald Trump", then "Donald J. Trump")
                if other == name or (
                    other.startswith(words[0])
                    and (parts := other.split())[0] == words[0]
                    and parts[-1] == words[-1]
                ):
                    if len(name) > len(other):
                        have[i] = name
                    break
            else:
                if len(have) < _SAME_WORD:
                    have.append(name)

    def fullest(self, words: Sequence[str], gender: Gender | None = None) -> str | None:
        """The fullest known name that ends (or else starts) with ``words``:
        the first person the article named so, or with a ``gender``, the
        first whose known gender is not the other ("Mrs. Clinton")."""
        joined = " ".join(words)
        for table, key in ((self.by_last, words[-1]), (self.by_first, words[0])):
            for have in table.get(key, ()):
                if (
                    have == joined or have.endswith(" " + joined) or have.startswith(joined + " ")
                ) and (gender is None or self.gender.get(have, gender) == gender):
                    return have
        return None

    def add_role(self, role: str, at: int, name: str) -> None:
        self.role_at.setdefault(role, []).append(at)
        self.role_name.setdefault(role, []).append(name)

    def last_with_role(self, role: str, before: int) -> str | None:
        starts = self.role_at.get(role)
        if not starts:
            return None
        i = bisect.bisect_left(starts, before)
        return self.role_name[role][i - 1] if i else None

    def learn_gender(self, name: str, gender: Gender | None) -> None:
        if gender is not None and name not in self.gender:
            self.gender[name] = gender


def _first_name_gender(word: str) -> Gender | None:
    if word in MALE_FIRST_NAMES:
        return "m"
    if word in FEMALE_FIRST_NAMES:
        return "f"
    return None


def _is_title(word: str) -> bool:
    return word in TITLE_WORDS or word in HONORIFICS


def _pieces(group: str) -> Iterator[tuple[int, list[str]]]:
    """The words of a run (offset of the first, words), split at a full stop
    that ends a sentence ("... said Smith. Jones added")."""
    offset = 0
    words: list[str] = []
    ended = False
    for raw in group.split():
        if raw in NAME_PARTICLES:
            continue
        # an initialism keeps its stop (_is_initialism, inline for speed)
        word = raw if len(raw) >= 4 and raw[1] == "." and raw[-1] == "." else raw.rstrip(".")
        if words and ended:
            yield offset, words
            words = []
        if not words:
            offset = group.find(raw, offset)
        ended = word != raw and len(word) > 1 and word not in HONORIFICS and word not in TITLE_WORDS
        words.append(word)
    if words:
        yield offset, words


def _roles_around(text: str, start: int, end: int) -> list[str]:
    """Role nouns just before a name ("mayor Jane Roe") or in its appositive."""
    roles = []
    space = text.rfind(" ", max(0, start - 24), start - 1)
    if space >= 0 and text[space + 1 : start - 1] in ROLE_NOUNS:
        roles.append(text[space + 1 : start - 1])
    if text.startswith(",", end):
        after = _role_after(text, end, min(len(text), end + 120))
        if after:
            for word in after.group(1).split():
                if word.lower() in ROLE_NOUNS:
                    roles.append(word.lower())
                    break
    return roles


class _Shape(NamedTuple):
    """What the words of a run say on their own, wherever they stand (see _shape)."""

    words: tuple[str, ...]  # without a final suffix ("Jr.", "III")
    suffixes: int  # how many suffixes were dropped
    cut: int  # the name starts at words[cut], after the titles
    org: bool  # an organisation's word is in the name
    rejected: bool  # a place, or a word not shaped like a name
    title_roles: tuple[str, ...]  # the role nouns among the titles
    gender: Gender | None  # what an honorific or a title's role says
    first_gender: Gender | None  # what the first name says (of the last four words)


_new_shape = partial(tuple.__new__, _Shape)  # Speed: as _new_ref below


# Speed: a name recurs all through an article and across articles, and what
# its words alone say is read once (see _read_piece for the rules).
@lru_cache(maxsize=8192)
def _shape(words: tuple[str, ...]) -> _Shape:
    suffixes = 0
    while len(words) > 2 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]  # "Jr.", "III"
        suffixes += 1
    # the name is what follows the last title word
    cut = len(words)
    if _TITLES.isdisjoint(words):
        cut = 0  # Speed: most runs have no title word, so the loop below finds none
    elif words[-1] in _TITLES and _first_name_gender(words[0]):
        cut -= 1  # a surname that is also a title: "John Major", "Martin Luther King"
    while cut > 0 and words[cut - 1] not in _TITLES:
        cut -= 1
    if cut == 0 and len(words) > 2 and words[0].lower() in ROLE_NOUNS:
        cut = 1  # a role noun opening the sentence: "Host Jane Roe", "Economist Li Wei"
    name = words[cut:]
    rejected = bool(name) and (name[0] in PLACE_PREFIXES or not PLACE_WORDS.isdisjoint(name))
    if name and not rejected:
        # Speed: a loop, not any() over a generator
        for word in name:
            if not word[1:].islower() and not _name_shaped(word):
                rejected = True
                break
    roles: tuple[str, ...] = ()
    gender: Gender | None = None
    if cut:  # Speed: most runs have no title, and so no title's role or gender
        titles = words[:cut]
        found = []  # Speed: a loop, not nested generators
        for title in titles:
            role = TITLE_WORDS.get(title, title.lower())
            if role in ROLE_NOUNS:
                found.append(role)
        roles = tuple(found)
        for title in titles:
            gender = gender or HONORIFICS.get(title)
        for role in roles:
            gender = gender or ROLE_NOUNS.get(role)
    return _new_shape(
        (
            words,
            suffixes,
            cut,
            not ORG_WORDS.isdisjoint(name),
            rejected,
            roles,
            gender,
            _first_name_gender(name[-4] if len(name) > 4 else name[0]) if name else None,
        )
    )


def _read_piece(
    text: str, words: list[str], start: int, end: int, roles_around: bool
) -> _Seen | None:
    """What a run of two or more capitalised words names, if anything.

    ``start`` and ``end`` are the offsets of the run's first and last words.
    A final suffix ("Jr.") is dropped; the name is what follows the last
    title word; an organisation's word ("Commission") makes the run a body,
    as does a body noun right after it ("the Trump campaign"); a place or a
    word not shaped like a name makes it nobody.
    """
    # Speed: the fields of the shape in one step, rather than each by name
    kept, suffixes, cut, org, rejected, roles, gender, first_gender = _shape(tuple(words))
    if suffixes:
        for dropped in range(1, suffixes + 1):
            last = words[-1 - dropped]
            end = text.rfind(last, start, end) + len(last)
    if cut == len(kept):
        return None  # only titles
    if not org and text.startswith(" ", end):
        # a body noun after the name (_noun_after; Speed: inline, not a call)
        after = text[end + 1 : end + 16].split(None, 1)
        org = bool(after) and after[0].rstrip(".,;:") in ORG_NOUNS
    if org:
        # "Central Military Commission", or a name used as a modifier of a
        # body: "the Safe Streets council", "the Trump campaign"
        return (start, end, kept, "org", (), None, False)
    if rejected:
        return None
    name = kept[cut:]
    if cut:
        start = text.find(name[0], start, end)
    name = name[-4:]
    if roles_around:
        around = _roles_around(text, start, end)
        if around:
            roles = (*roles, *around)
            for role in around:
                gender = gender or ROLE_NOUNS.get(role)
    gender = gender or first_gender
    strong = bool(cut or roles or gender)
    kind: Kind = "person" if len(name) > 1 or strong else "other"
    return (start, end, name, kind, roles, gender, strong)


def _scan(
    text: str,
    body: Sequence[Block],
    talkers: set[str],
    reach: Sequence[tuple[int, int]],
    *,
    roles_around: bool = True,
) -> tuple[list[_Seen], list[tuple[int, str]]]:
    """The runs of capitals in the story that may name someone, and the lone
    capitalised words with their offsets, in text order.

    The stretches in ``reach`` (sorted, disjoint) are read in full: there every
    run is a candidate referent.  The rest of the text before the last of them
    (the headline too) is read only for the runs that hold a word seen alone
    in those stretches or in ``talkers`` (a word that speaks alone), whose
    full names the directory needs.  The last word of a run that a speech verb
    follows goes into ``talkers``.
    """
    seen: list[_Seen] = []
    alone: list[tuple[int, str]] = []
    if not body or not reach:
        return seen, alone
    lo, hi = body[0].span.start, min(reach[-1][1], body[-1].span.end)
    gaps = [(0, lo)]  # the headline may hold the full name of a source
    for start, end in reach:
        if lo < start:
            gaps.append((lo, min(start, hi)))
        if start < hi:
            _read_runs(text, max(start, lo), min(end, hi), talkers, seen, alone, roles_around)
        lo = max(lo, end)
    wanted = talkers | {word for _, word in alone}
    for start, end in gaps:
        if start < end:  # Speed: no scan of an empty stretch
            _read_wanted_runs(text, start, end, wanted, seen, roles_around)
    seen.sort(key=_start_key)
    return seen, alone


def _read_runs(
    text: str,
    lo: int,
    hi: int,
    talkers: set[str],
    seen: list[_Seen],
    alone: list[tuple[int, str]],
    roles_around: bool,
) -> None:
    """Read every run of capitals in ``text[lo:hi]``: its names into ``seen``,
    its lone words into ``alone``, and a last word that a speech verb follows
    ("Telford said") into ``talkers``."""
    for run in _find_runs(text, lo, hi, concurrent=False):
        group = run[0]
        if group in NOT_NAMES:
            continue  # a lone word (NOT_NAMES holds words of letters only)
        start, end = run.span()
        if " " in group or "\t" in group:
            last = _read_run(text, group, group.split(), start, end, seen, alone, roles_around)
            if not last:
                continue
        else:
            alone.append((start, group))
            if not group[1:].islower():
                continue
            last = group
        # a speech verb follows: "Telford said" (Speed: inline, not a call,
        # and read only where a space and its first letters may open one)
        head = text[end : end + 4]
        if (
            head.startswith(" ")
            and (head in _SPOKE_HEADS or not head[1:].isalpha())
            and (after := text[end : end + 14].split(None, 1))
            and after[0] in _SPOKE
            and _may_talk(last)
        ):
            talkers.add(last)


def _read_wanted_runs(
    text: str, lo: int, hi: int, wanted: set[str], seen: list[_Seen], roles_around: bool
) -> None:
    """Read the runs of two or more capitalised words in ``text[lo:hi]`` that
    hold a word in ``wanted`` into ``seen``."""
    for run in _find_long_runs(text, lo, hi, concurrent=False):
        group = run[0]
        words = group.split()
        if wanted.isdisjoint([word.rstrip(".") for word in words] if "." in group else words):
            continue
        start, end = run.span()
        _read_run(text, group, words, start, end, seen, None, roles_around)


def _read_run(
    text: str,
    group: str,
    words: list[str],
    start: int,
    end: int,
    seen: list[_Seen],
    alone: list[tuple[int, str]] | None,
    roles_around: bool,
) -> str:
    """Read one run of two or more capitalised words (``group``, its ``words``,
    at ``text[start:end]``): the names of its pieces into ``seen``, a lone
    word left of a piece into ``alone`` (unless it is None).  Returns the
    last word of the last piece ("" if none is left)."""
    whole = "." not in group and NAME_PARTICLES.isdisjoint(words)
    if whole and words[0] not in NOT_NAMES and not words[0].endswith("ing"):
        # Speed: most runs are one piece that opens with a name, read here
        # as the loop below reads them (a run has two words or more)
        found = _read_piece(text, words, start, end, roles_around)
        if found is not None:
            seen.append(found)
        return words[-1]
    pieces: Iterable[tuple[int, list[str]]] = ((0, words),) if whole else _pieces(group)
    return _read_pieces(text, words, pieces, whole, start, end, seen, alone, roles_around)


def _read_pieces(
    text: str,
    words: list[str],
    pieces: Iterable[tuple[int, list[str]]],
    whole: bool,
    start: int,
    end: int,
    seen: list[_Seen],
    alone: list[tuple[int, str]] | None,
    roles_around: bool,
) -> str:
    """Read the ``pieces`` of a run (see _read_run; ``whole`` when the run's
    ``words`` are its one piece): each piece without the words that open a
    sentence, as a name into ``seen`` or as a lone word into ``alone``."""
    for offset, words in pieces:
        at = start + offset
        while words and (
            words[0] in NOT_NAMES or (words[0].endswith("ing") and _is_gerund(words[0]))
        ):
            skipped = len(words[0])
            words = words[1:]
            if words:
                at = text.find(words[0], at + skipped, end)
        if len(words) > 1:
            # Speed: a run read whole ends with its last word
            last = end if whole else text.rfind(words[-1], at, end) + len(words[-1])
            found = _read_piece(text, words, at, last, roles_around)
            if found is not None:
                seen.append(found)
        elif words and alone is not None:
            alone.append((at, words[0]))
    return words[-1] if words else ""


def _reach(
    mentions: Sequence[Span], raws: Sequence[str], looks: dict[str, bool | None] | None = None
) -> list[tuple[int, int]]:
    """The stretches of text whose names the mentions may refer back to.

    A pronoun or a description looks back ``_REACH`` characters; a role,
    party or body noun ("the minister", "the Ohio Republican", "the company")
    may look back to the start, where the title or the name was given.  A
    name ("Putin", "the Kremlin") needs no stretch of its own.  The last stretch runs a little past
    the last mention, for a full name given just after it.  ``raws`` are the
    mentions' texts; ``looks`` what _looks_far says of them, where known.
    """
    found: list[tuple[int, int]] = []
    # Speed: what a mention looks back to depends on its words only, and
    # mentions repeat ("he", "Putin"); None for a name.
    if looks is None:
        looks = {}
    for span, mention in zip(mentions, raws, strict=True):
        if mention not in looks:
            looks[mention] = _looks_far(mention)
        far = looks[mention]
        if far is None:
            continue
        start = 0 if far else max(0, span.start - _REACH)
        if found and start <= found[-1][1]:
            found[-1] = (min(found[-1][0], start), span.end)
        else:
            found.append((start, span.end))
    tail = mentions[-1].end + _TAIL if mentions else 0
    if found and found[-1][1] >= mentions[-1].start:
        found[-1] = (found[-1][0], tail)
    else:
        found.append((tail, tail))  # an empty stretch ends the scan past the last mention
    return found


def _looks_far(
    mention: str, first: str | None = None, words: list[str] | None = None
) -> bool | None:
    """How far a mention looks back for its referent: to the start (True),
    ``_REACH`` characters (False), or not at all, for a name (None).

    ``first`` (its _first_word) and ``words`` (its _words_in), where known.
    """
    if first is None:
        first = _first_word(mention)
    lower = first.lower()
    if lower in _DEFINITE:
        if words is None:
            words = _words_in(mention)
        head = words[-1] if words else ""
        if head in PARTY_WORDS or head.lower() in ROLE_NOUNS or head in ORG_NOUNS:
            return True  # "the minister": the title may be far back
        if head[:1].isupper():
            return None  # "the Kremlin" is a name
    elif first[:1].isupper() and lower not in PRONOUNS:
        return None
    return False


def _build(
    text: str,
    seen: list[_Seen],
    alone: list[tuple[int, str]],
    quoted: list[tuple[int, int]],
    headings: list[tuple[int, int]],
    speakers: set[str],
) -> tuple[_Directory, list[_Ref]]:
    """The directory of names, and each name outside quotation marks and
    headings as a referent.

    A run is surely a person when a title, a role, an honorific or a known
    first name says so, or when one of its words speaks alone in a mention
    (``speakers``: "Telford said" makes "Hamish Telford" a person).  Only such
    names enter the directory; other runs of two or three capitalised words
    ("Langley SkyTrain") are kept as "weak" referents, a pronoun's last resort.
    """
    directory = _Directory()
    sure_of: list[bool] = []
    # Speed: adding a name the directory has had is a no-op (it finds itself
    # or its fuller form), so each name is added once.
    added: set[tuple[str, ...]] = set()
    # Speed: the loops over ``seen`` unpack each _Seen in one step rather than
    # reading its fields by name.
    for _, _, words, kind, _, _, strong in seen:
        sure = kind == "person" and (strong or words[-1] in speakers or words[0] in speakers)
        sure_of.append(sure)
        if sure and len(words) > 1 and words not in added:
            added.add(words)
            directory.add_person(words)
    by_last, by_first = directory.by_last, directory.by_first
    refs: list[_Ref] = []
    # Speed: one sorted list of the stretches a referent may not stand in
    # (quoted or a heading), so each look-up is one bisect.
    starts, ends = _union(quoted, headings)
    # Speed: a lone word goes on only when the directory knows it, it is a
    # first name, or it speaks alone; most are none of these, and are passed
    # over with two set look-ups.
    passable = by_last.keys() | by_first.keys() | (speakers - _TITLES)
    for start, word in alone:
        if word not in passable and word not in _FIRST_NAMES:
            continue
        known = by_last.get(word) or by_first.get(word)
        full = known[0] if known else None
        kind = "person"
        if full is None:
            gender = _first_name_gender(word)
            if gender is None:
                if word not in speakers or word in _TITLES:
                    continue
                kind = "weak"  # "Telford said" or "Google said": a person or a body
            directory.learn_gender(word, gender)
        space = text.rfind(" ", max(0, start - 16), start - 1)
        role = text[space + 1 : start - 1] if space >= 0 else ""
        if role in ROLE_NOUNS:  # "her father Khaled"
            directory.learn_gender(full or word, ROLE_NOUNS[role])
        # not inside a quotation or a heading (Speed: inline, not a call)
        at = bisect.bisect_right(starts, start)
        if not (at and start < ends[at - 1]):
            refs.append(_new_ref((start, full or word, kind, False)))
    # Speed: the directory's people are all known by now, so the fullest form
    # of the same words is the same (and so the gender its first name says);
    # a name recurs all through an article.
    fullest: dict[tuple[str, ...], tuple[str, Gender | None]] = {}
    genders = directory.gender
    for (start, _, words, kind, roles, gender, _), sure in zip(seen, sure_of, strict=True):
        if kind == "org":
            name = " ".join(words)
        elif kind == "person":
            read = fullest.get(words)
            if read is None:
                name = directory.fullest(words) or " ".join(words)
                read = fullest[words] = (name, _first_name_gender(name.split()[0]))
            name = read[0]
            kind = "person" if sure else "weak"
            gender = gender or read[1]
            if gender is not None and name not in genders:  # directory.learn_gender
                genders[name] = gender
            for role in roles:
                directory.add_role(role, start, name)
        else:
            continue
        # not inside a quotation or a heading (Speed: inline, not a call)
        at = bisect.bisect_right(starts, start)
        if not (at and start < ends[at - 1]):
            refs.append(_new_ref((start, name, kind, False)))
    refs.sort(key=_start_key)
    return directory, refs


def _headings(body: Sequence[Block]) -> list[tuple[int, int]]:
    """The story's subheadings: short paragraphs that end without a stop
    ("Overstating the debt"); a name in one is nobody's antecedent."""
    return [
        (block.span.start, block.span.end)
        for block in body
        if len(block.text) <= _HEADING_MAX and not block.text.rstrip().endswith(_CLAUSE_ENDS)
    ]


def _union(
    first: list[tuple[int, int]], second: list[tuple[int, int]]
) -> tuple[list[int], list[int]]:
    """The union of two sorted lists of disjoint stretches, as sorted disjoint
    stretches (their starts, their ends)."""
    starts: list[int] = []
    ends: list[int] = []
    # Speed: sorting the two sorted lists as one merges them in C.
    for start, end in sorted(first + second):
        if start >= end:
            continue  # an empty stretch holds no offset
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def _quoted(text: str, body: Sequence[Block], until: int) -> list[tuple[int, int]]:
    """The stretches inside quotation marks, each bounded by its line."""
    if not body:
        return []
    start, stop = body[0].span.start, min(until, body[-1].span.end)
    marks = [mark for mark in _OPENING if text.find(mark, start, stop) >= 0]
    if not marks:
        return []
    find = _FIND_QUOTED_AFTER[marks[0]] if len(marks) == 1 else _find_quoted
    return [found.span(1) for found in find(text, start, stop)]


def _noun_after(text: str, end: int) -> str:
    """The lowercase word right after ``end``, if a space comes first."""
    if not text.startswith(" ", end):
        return ""
    after = text[end + 1 : end + 16].split(None, 1)
    return after[0].rstrip(".,;:") if after else ""


def _is_gerund(word: str) -> bool:
    """A capitalised -ing word that opens a heading or a clause ("Overstating
    Surrey's debt", "Speaking to reporters, Smith ..."), not a first name."""
    return len(word) > 5 and word.endswith("ing") and _first_name_gender(word) is None


def _may_talk(word: str) -> bool:
    """Could this capitalised word before "said" be a person's name?"""
    return (
        word not in NOT_NAMES
        and not _is_title(word)
        and word not in PLACE_WORDS
        and word not in ORG_WORDS
        and _name_shaped(word)
    )


def _is_initialism(word: str) -> bool:
    return len(word) >= 4 and word[1] == "." and word[-1] == "."


def _compatible(directory: _Directory, ref: _Ref, want: str) -> bool:
    if want in ("m", "f"):
        if ref.kind != "person":
            return False
        known = directory.gender.get(ref.name)
        return known is None or known == want
    if want == "o":
        return ref.kind == "org" or (ref.kind == "weak" and ref.speaker)
    return ref.kind in ("org", "group")  # "they" is seldom one person in news


def _antecedent(directory: _Directory, window: deque[_Ref], want: str) -> _Ref | None:
    """The most recent referent in the window that agrees with ``want``.

    A run of capitals that only might be a person ("weak") is taken only when
    no clear person agrees.
    """
    weak = None
    for ref in reversed(window):
        if ref.kind == "weak":
            if weak is None and want in ("m", "f"):
                known = directory.gender.get(ref.name)
                if known is None or known == want:
                    weak = ref
        elif _compatible(directory, ref, want):
            return ref
    return weak


def _last_person(window: deque[_Ref], *, speaker_first: bool) -> _Ref | None:
    """The most recent person (a speaker first, if asked), else a "weak" one."""
    if speaker_first:
        for ref in reversed(window):
            if ref.speaker and ref.kind == "person":
                return ref
    weak = None
    for ref in reversed(window):
        if ref.kind == "person":
            return ref
        if ref.kind == "weak" and weak is None:
            weak = ref
    return weak


def _resolve_one(
    text: str,
    span: Span,
    raw: str,
    directory: _Directory,
    window: deque[_Ref],
    words_of: dict[str, tuple[str, list[str], list[str]]],
    names_of: dict[str, _NameRead],
) -> tuple[str, Kind]:
    """The name for one mention (``raw``, the text of ``span``), and what kind
    of source it is.

    ``words_of`` keeps each mention's words and ``names_of`` what they say
    as a name, each read once per article (mentions repeat); the lists are
    shared, so nothing here changes them.
    """
    read = words_of.get(raw)
    if read is None:
        stripped = raw.strip()
        found = _words_in(stripped)
        read = words_of[raw] = (stripped, found, [word.lower() for word in found])
    mention, words, lower = read
    if not words:
        return mention, "other"
    head = lower[-1]
    # a pronoun, or a pronoun's document ("her statement")
    if len(words) == 1 and lower[0] in PRONOUNS:
        ref = _antecedent(directory, window, PRONOUNS[lower[0]])
        return (ref.name, ref.kind) if ref else (mention, "other")
    if len(words) == 2 and lower[0] in PRONOUNS and head in DOCUMENT_NOUNS:
        ref = _antecedent(directory, window, PRONOUNS[lower[0]])
        return (ref.name, ref.kind) if ref else (mention, "other")
    if len(words) == 1 and lower[0] in RELATIVE_PRONOUNS:
        for ref in reversed(window):
            if not ref.speaker and span.start - ref.start <= _RELATIVE_REACH:
                return ref.name, ref.kind
            break
        return mention, "other"
    # Speed: whether the head is a plural is read only where it counts
    if lower[0] in _INDEFINITE:
        return mention, "group" if _is_plural(head) else "other"
    # a definite description: "the minister", "the company", "the statement",
    # "the self-taught Cambridge resident", "the Kentucky Republican"
    if (
        len(words) > 1
        and lower[0] in _DEFINITE
        and (words[-1].islower() or words[-1] in PARTY_WORDS)
    ):
        inside = _name_inside(directory, words)
        if inside is not None:
            return inside, "person"
        if _is_plural(head):
            return mention, "group"  # "the protesters" speak as a group
        if head in ORG_NOUNS:
            for ref in reversed(window):
                if ref.kind == "org" and head in ref.name.lower().split():
                    return ref.name, "org"
            for ref in reversed(window):  # "Google said ... the company said"
                if (
                    head in BUSINESS_NOUNS
                    and ref.kind == "weak"
                    and " " not in ref.name
                    and ref.name not in PLACE_WORDS
                ):
                    return ref.name, "org"
            return mention, "org"
        if head in DOCUMENT_NOUNS:
            ref = _last_person(window, speaker_first=True)
            return (ref.name, ref.kind) if ref else (mention, "other")
        role_name = directory.last_with_role(head, span.start)
        if role_name is not None:
            return role_name, "person"
        ref = _last_person(window, speaker_first=False)
        if ref is not None:
            return ref.name, "person"
        return mention, "other"
    # a name: drop a generic possessive and the titles, then find its fullest form
    read_name = names_of.get(raw)
    if read_name is None:
        read_name = names_of[raw] = _read_name(mention, words, _is_plural(head))
    mention, words, titled, gender, decided = read_name
    if decided is not None:
        return mention, decided
    if len(words) == 1 and words[0].isupper() and 1 < len(words[0]) <= 6:
        spelled = _spelled_out(
            text, directory, words[0]
        )  # "RCMP" -> "Royal Canadian Mounted Police"
        if spelled is not None:
            return spelled, "org"
    name = directory.fullest(words, gender)
    if name is None and all(word.isupper() and len(word) > 2 for word in words):
        name = directory.fullest([word.title() for word in words], gender)  # "WALLACE:"
    name = name or " ".join(words)
    directory.learn_gender(name, gender)
    if titled or name != " ".join(words) or _first_name_gender(words[0]):
        return name, "person"
    for word in words:  # Speed: a loop, not all() over a generator
        if not _name_shaped(word):
            return name, "org"  # "Burnaby RCMP"
    return name, "person" if len(words) > 1 else "weak"


class _NameRead(NamedTuple):
    """What a mention read as a name says by its words alone (see _read_name)."""

    mention: str  # without a generic possessive ("the country's")
    words: list[str]  # the name, without its titles
    titled: bool  # titles came before it, or a description ("Kremlin spokesman")
    gender: Gender | None  # what an honorific says
    decided: Kind | None  # the kind, when the words alone decide it (no name)


def _read_name(mention: str, words: list[str], plural: bool) -> _NameRead:
    """A mention's words as a name: without a generic possessive, a final
    full stop and the titles; "org", "group" or "other" when they are no name."""
    possessive = _generic_possessive(mention)
    if possessive:
        mention = mention[possessive.end() :]
        words = _words_in(mention)
    words = _without_stop(words)
    tail = _trailing_name(words)
    if tail is None and not ORG_WORDS.isdisjoint(words):
        return _NameRead(mention, words, False, None, "org")
    words, titled, gender = _strip_titles(words)
    if not words or not words[-1][:1].isupper():
        return _NameRead(mention, words, titled, gender, "group" if plural else "other")
    if tail is not None:  # "Kremlin spokesman Dmitry Peskov", "the leader, Kim Jong Un"
        words, titled = tail, True
    return _NameRead(mention, words, titled, gender, None)


def _spelled_out(text: str, directory: _Directory, acronym: str) -> str | None:
    """The name an acronym stands for, where the text gives it as
    "Full Name (ACRONYM)": the capitalised words (with "of", "and", "for",
    "the" and commas between them) just before the bracket."""
    if directory.acronyms is None:  # one pass for every "(ACRONYM)" in the text
        directory.acronyms = {}
        for found in _find_acronyms(text):
            directory.acronyms.setdefault(found.group(1), found.start())
    at = directory.acronyms.get(acronym, -1)
    if at < 0:
        return None
    words = text[max(0, at - _SPELLED_REACH) : at].split()
    kept: list[str] = []
    for word in reversed(words):
        bare = word.rstrip(",")
        if bare[:1].isupper() or (kept and bare in _SPELLED_JOINERS):
            kept.append(word)
        else:
            break
    while kept and kept[-1].rstrip(",").lower() in _SPELLED_JOINERS:
        kept.pop()
    if sum(1 for word in kept if word[:1].isupper()) < 2:
        return None
    return " ".join(reversed(kept)).rstrip(",")


def _first_word(mention: str) -> str:
    words = mention.split(None, 1)
    return words[0] if words else ""


def _strip_titles(words: list[str]) -> tuple[list[str], bool, Gender | None]:
    """A mention's words without the titles in front, whether it had any, and
    the gender an honorific gave ("Mr. Farrow": m)."""
    titled = False
    gender: Gender | None = None
    while len(words) > 1 and words[0].rstrip(".") in _TITLES:
        gender = gender or HONORIFICS.get(words[0].rstrip("."))
        titled = True
        words = words[1:]
    return words, titled, gender


def _without_stop(words: list[str]) -> list[str]:
    """The words of a mention without a sentence's full stop on the last
    ("said Okafor."), which a suffix ("Jr.") keeps."""
    last = words[-1] if words else ""
    if len(last) > 2 and last.endswith(".") and last[:-1] not in NAME_SUFFIXES:
        return [*words[:-1], last[:-1]]
    return words


def _trailing_name(words: list[str]) -> list[str] | None:
    """The name at the end of a mention that describes its speaker first
    ("Kremlin spokesman Dmitry Peskov"): the capitalised, name-shaped words
    after the last lowercase word, when there are two or more."""
    cut = len(words)
    while cut > 0 and words[cut - 1][:1].isupper():
        cut -= 1
    if cut == 0 or len(words) - cut < 2 or words[cut - 1] in _SPELLED_JOINERS:
        return None  # "the Department of Fisheries and Oceans"
    name = words[cut:]
    if not ORG_WORDS.isdisjoint(name) or not PLACE_WORDS.isdisjoint(name):
        return None
    while name and name[0].rstrip(".") in _TITLES:
        name = name[1:]
    if len(name) < 2 or not all(_name_shaped(word) for word in name):
        return None
    return name


def _is_plural(noun: str) -> bool:
    """Is this lowercase head noun a plural ("officials", "researchers")?"""
    return (
        noun.islower()
        and noun.endswith("s")
        and not noun.endswith(("ss", "us", "is"))
        and noun not in ROLE_NOUNS
        and noun not in DOCUMENT_NOUNS
    )


def _name_inside(directory: _Directory, words: Sequence[str]) -> str | None:
    """A person named inside a description ("the novelist Jane Roe, who ...")."""
    for i in range(1, len(words) - 1):
        word = words[i]
        if word[:1].isupper() and _first_name_gender(word) and words[i + 1][:1].isupper():
            found = directory.fullest(words[i : i + 2])
            return found or f"{word} {words[i + 1].rstrip(',')}"
    return None


def resolve_names(text: str, body: Sequence[Block], mentions: Sequence[Span]) -> list[str]:
    """One name per mention: the fullest form of the source it refers to.

    ``mentions`` are the speakers' words at each attribution, in text order;
    ``body`` the story's paragraphs, where the names are looked up.
    """
    if not mentions:
        return []
    raws = [text[span.start : span.end] for span in mentions]
    speakers = set()
    # Speed: a mention repeats ("he", "Putin"), and the same words read the
    # same: each mention's words are found once, here, for _resolve_one too
    # (the words of a mention and of its stripped text are the same: no word
    # holds a space).
    words_of: dict[str, tuple[str, list[str], list[str]]] = {}
    # the role nouns around names are read only when a mention may need them
    described = False
    # what each mention looks back to (_looks_far), for _reach
    looks: dict[str, bool | None] = {}
    for mention in set(raws):
        found = _words_in(mention)
        words_of[mention] = (mention.strip(), found, [word.lower() for word in found])
        first = _first_word(mention)
        if not described and first.lower() in _DEFINITE:
            described = True
        looks[mention] = _looks_far(mention, first, found)
        words, _, _ = _strip_titles(_without_stop(found))
        if len(words) == 1:
            word = words[0].title() if words[0].isupper() else words[0]
            if _may_talk(word) or word in _TITLES:
                speakers.add(word)
    reach = _reach(mentions, raws, looks)
    seen, alone = _scan(text, body, speakers, reach, roles_around=described)
    quoted = _quoted(text, body, reach[-1][1])
    directory, refs = _build(text, seen, alone, quoted, _headings(body), speakers)
    window: deque[_Ref] = deque(maxlen=_WINDOW)
    names: list[str] = []
    names_of: dict[str, _NameRead] = {}
    at = 0
    for span, raw in zip(mentions, raws, strict=True):
        while at < len(refs) and refs[at].start < span.start:
            window.append(refs[at])
            at += 1
        while at < len(refs) and refs[at].start < span.end:
            at += 1  # the mention's own name: it enters as a speaker below
        name, kind = _resolve_one(text, span, raw, directory, window, words_of, names_of)
        if kind == "person":
            mention = words_of[raw][0].lower()  # the stripped mention
            if mention in PRONOUNS and PRONOUNS[mention] in ("m", "f"):
                directory.learn_gender(name, PRONOUNS[mention])  # type: ignore[arg-type]
        names.append(name)
        if kind != "other":
            window.append(_new_ref((span.start, name, kind, True)))  # a speaker
    return names
