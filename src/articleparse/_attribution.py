# Stage 3: quotations to speakers.
#
# Contract: given the quotations and the paragraphs around them, return one
# Quote record per quotation, in the same order.  A speaker is found as a
# mention (the words at the attribution: "Putin", "he", "the country's Central
# Military Commission"); _names.resolve_names then turns every mention of the
# article, in one call, into the fullest name the article uses.
#
# Each paragraph is read once.  The quotations' words are masked out (so a
# speech verb inside a quotation never attributes it), the masked paragraph is
# cut into sentences, and each quotation is tied to its attribution by these
# rules, in order:
#
#   after    "Q," X said / "Q," said X / "Q," X, the Y of Z, said /
#            "Q," the Kremlin quoted X as saying / "Q," according to X / "Q" — X
#   before   X said: "Q" / X said (that) ... "Q" / X praised the "Q"
#            (a stance verb attributes only a quotation in its own clause)
#   same paragraph   "Q1," X said. "Q2."  -> Q2 is X's
#   lead-in  a paragraph ending "X said:" gives the next paragraph's quotation
#   dash line  a paragraph that is only "— X" gives the quotations just before it
#   continuation  a paragraph that opens with a quotation and has no
#            attribution of its own continues the previous speaker
#
# "according to X" after a quotation that already has a speaker names the
# channel (Speaker.via), as does the subject of "quoted X as saying".  The
# object of "told" is the listener, never the speaker.
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import Final, TypeAlias

import regex

from ._names import resolve_names
from ._quotes import Q_CLOSE, Q_END, Q_GROUP, Q_OPEN, Q_PARAGRAPH, Q_START, Quotation
from ._records import (
    Block,
    Quote,
    Span,
    Speaker,
    new_quote,
    new_record,
    new_speaker,
    set_span_end,
    set_span_start,
)
from ._speech import (
    ABBREVIATIONS,
    ADVERBS,
    DETERMINERS,
    HONORIFICS,
    NON_SPEAKERS,
    NOUN_FORMS,
    ORG_HEADS,
    PRONOUNS,
    REPORTING_VERBS,
    ROLE_PLURALS,
    SPEECH_VERBS,
    TEASER_LABELS,
    TITLES,
    forms,
)

__all__ = ["attribute"]

_SPEECH = forms(SPEECH_VERBS) - NOUN_FORMS
# right after a quotation, "reads", "notes", "quips" can only be verbs
_SPEECH_AFTER = forms(SPEECH_VERBS)
# stance verbs without their base form ("call" is more often a noun)
_STANCE = (
    (forms(REPORTING_VERBS) - forms(tuple(line.split()[0] for line in REPORTING_VERBS)))
    - forms(SPEECH_VERBS)
    - NOUN_FORMS
)
_VERBS = _SPEECH | _STANCE
# any word that can start an attribution
_CUE_WORDS = _VERBS | _SPEECH_AFTER | {"according", "quoted"}
# The cue words as _find_lower_words finds them: in lower case or capitalised
# (its words are lower case after the first letter), so no word is lowered.
_CUE_WORDS_CASED = _CUE_WORDS | {word.capitalize() for word in _CUE_WORDS}

# A token: a word (with inner apostrophes, dots, hyphens, ampersands) or one
# punctuation character, with the spaces before it.
#
# Speed: findall hands back each token's text and the spaces before it, and
# _tokens counts the offsets from their lengths (no match object per token).
# Every character is a space, a word character or other, so the matches
# follow one another with nothing between them: the counted offsets are
# those a search for the tokens alone finds.  Linear: spaces are followed by
# a token or by the end (an empty token, where _tokens stops), so a match never
# fails after its spaces (without the end, a run of spaces at the end would be
# read again from each of its characters: quadratic).
_find_spaced_tokens = re.compile(
    r"""
    (\s*)                               # the spaces before the token
    ( \w[\w'\N{RIGHT SINGLE QUOTATION MARK}&.-]*  # a word, with its inner marks and dots
    | [^\w\s]                           # or one punctuation character
    | \Z )                              # or the end of the window: no token
    """,
    re.VERBOSE,
).findall

# The tokens of a piece of text without spaces: _find_spaced_tokens' words
# and punctuation, with no spaces to read.
_find_piece_tokens = re.compile(
    r"""
    \w[\w'\N{RIGHT SINGLE QUOTATION MARK}&.-]*  # a word, with its inner marks and dots
    | [^\w\s]                           # or one punctuation character
    """,
    re.VERBOSE,
).findall

# A speech verb in a paragraph of reported speech ("X says ...").
_find_speech = regex.compile(
    r"\b(?:"
    + "|".join(sorted((f for f in _SPEECH if not f.endswith("ing")), key=len, reverse=True))
    + r")\b"
).finditer

# A full stop, question or exclamation mark (maybe with closing marks) and a
# space: a sentence may end here.
#
# Speed: written for the standard `re` module, which runs it faster than
# `regex`; the space class spells out what `regex` means by \s (re's \s also
# takes the control characters U+001C..U+001F), so the stops are the same.
_SPACE = r"\t\n\x0b\x0c\r\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_CLOSERS = r"\N{RIGHT DOUBLE QUOTATION MARK}\"'\N{RIGHT SINGLE QUOTATION MARK})\]"
_STOP = rf"""
    STOPS                               # the stop
    [{_CLOSERS}]{{0,3}}                 # closing marks
    (?= [{_SPACE}]{{1,20}}                # then a space,
        ([^{_SPACE}])                     # and the next word's first letter,
      | [{_SPACE}] )                      # or just a space
"""
_find_stops = re.compile(_STOP.replace("STOPS", "[.!?]"), re.VERBOSE).finditer
# The same, for a text without "!" and "?", where only a full stop can be one.
# Speed: `re` looks for a pattern that opens with one literal character with
# a fast search for that character, and tries a class at every position.
_find_full_stops = re.compile(_STOP.replace("STOPS", r"\."), re.VERBOSE).finditer

# The word before a full stop, to tell "Mr." and "U.S." from a sentence end
# (_word_before_stop reads it without the pattern).
_search_last_word = regex.compile(r"([\p{L}.]{1,12})\.$").search
# A letter, as the pattern above reads one.
_match_letter = regex.compile(r"\p{L}").match


def _word_before_stop(text: str, at: int) -> str:
    """The letters and dots right before the full stop at ``text[at]``, at most
    12 of them ("" when there are none): group 1 of
    ``_search_last_word(text, max(0, at - 16), at + 1)``.

    Speed: read back from the stop in Python (a sixth of the time of a search
    with the `regex` module); past ASCII a character is a letter when the
    pattern's class says so.
    """
    k = at
    low = at - 12 if at > 12 else 0
    while k > low:
        char = text[k - 1]
        if char == "." or (char.isalpha() if char.isascii() else _match_letter(char) is not None):
            k -= 1
        else:
            break
    return text[k:at]


# The words of a quotation, to see whether it is in title case.
_title_word = re.compile(r"[^\W\d_][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*")
_find_title_words = _title_word.findall
_iter_title_words = _title_word.finditer
_search_title_word = _title_word.search
# A sentence end inside a quotation: then it is speech, not a title.
_search_sentence_inside = re.compile(r"[.!?]\s+\S").search

# The word right before a quotation's mark (maybe with a comma), and right after.
# The words before are read on the reversed window with an anchored match, so
# each is one attempt, linear in the window: a search ending in \Z would start
# over at every letter of a long word (quadratic in its length).  Each pattern
# is the forward one written right to left; its greedy run backs off to the
# farthest letter, which is the word the forward search found (the leftmost).
_match_word_before_reversed = re.compile(
    r"""
    \s*[,:]?                            # spaces, then a comma or colon, before the mark
    ([\w'\N{RIGHT SINGLE QUOTATION MARK}.-]*[^\W\d_])  # the word, which starts with a letter
    """,
    re.VERBOSE,
).match
_match_name_before_reversed = re.compile(
    r"""
    \                                   # one space before the mark
    (\.?[^\W\d_]                        # the name: it ends with a letter (and a dot),
     [\w'\N{RIGHT SINGLE QUOTATION MARK}.-]*[^\W\d_])  # and starts with a letter
    """,
    re.VERBOSE,
).match
_match_word_after = re.compile(r"\s+([^\W\d_][\w'\N{RIGHT SINGLE QUOTATION MARK}.-]*)").match
# Any letter.
_search_letter = re.compile(r"[^\W\d_]").search
# A letter of a cue word (see _has_cue).
_search_ascii_letter = re.compile(r"[A-Za-z]").search
# Small words a title leaves in lower case ("Guardians of the Galaxy").
_TITLE_SMALL_WORDS = frozenset(
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for",
        "with", "from", "by", "as", "into", "over", "upon", "than", "that", "via", "vs",
        "is", "it", "up", "off", "out", "so", "if", "be", "we", "my", "me", "no",
    }
)  # fmt: skip
# Words before a title-case quotation that make it a title or a name.
_TITLE_LEADS = frozenset(
    {
        "of", "on", "in", "with", "from", "by", "the", "a", "an", "his", "her", "their",
        "its", "my", "our", "your", "called", "titled", "entitled", "named", "dubbed",
        "as", "about", "for", "to", "at", "film", "book", "show", "song", "album",
        "movie", "series", "program", "programme", "novel", "play", "memoir", "slogan",
    }
)  # fmt: skip

# A line that promotes another story: "READ MORE: ...", "WATCH: ...".
_match_teaser = re.compile(
    r"(?:" + "|".join(re.escape(label) for label in TEASER_LABELS) + r")\s*[:\N{EM DASH}-]"
).match

# Marks that open a quotation: after "Calif." such a mark starts a new sentence.
_OPENING_MARKS = frozenset("\"'\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}_")

# The first lower-case word after a quotation's subject: maybe its speech verb.
#
# Speed: this is \b([a-z]{3,})\b with the first \b written as a look-behind
# after the first letter, so the pattern opens with a letter class: `re`
# then skips to the next candidate letter in a fast scan, where a leading \b
# is tried (two word-character tests) at every position.  The look-behind
# sees the character before the window's start, as \b does.
_search_early_verb = re.compile(
    r"""
    ( [a-z]                             # a lower-case letter
      (?<! \w[a-z] )                    # that no word character comes before
      [a-z]{2,} )                       # and two or more letters after it,
    \b                                  # to the end of the word
    """,
    re.VERBOSE,
).search

# Lower-case words, for a quick look for a cue before tokenising.
#
# Speed: \b[A-Za-z][a-z]+\b, written like _search_early_verb (the same
# matches, found from a fast scan for letters).
_lower_word = re.compile(
    r"""
    [A-Za-z]                            # a letter
    (?<! \w[A-Za-z] )                   # that no word character comes before
    [a-z]+                              # then lower-case letters,
    \b                                  # to the end of the word
    """,
    re.VERBOSE,
)
_find_lower_words = _lower_word.findall
_iter_lower_words = _lower_word.finditer
# How many tokenised windows a paragraph keeps for reuse.
_WINDOWS_KEPT = 16
# A paragraph with this many quotations reads its cue words once (see
# _Paragraph.cue_before) instead of once per quotation.
_CROWDED = 8

_DASHES = "\N{EM DASH}\N{EN DASH}-\N{HORIZONTAL BAR}"
_DASHES_SET = frozenset(_DASHES)
_MASK = "_"

# Words that stop a mention when read as capitalised sentence openers.
_STOP_CAPS = NON_SPEAKERS | ADVERBS | frozenset(
    {
        "after", "before", "during", "since", "although", "though", "until", "unless",
        "asked", "speaking", "like", "unlike", "according", "about", "into", "over",
        "under", "between", "among", "through", "against", "without", "within", "upon",
        "last", "next", "in", "on", "at", "and", "but", "or", "nor", "so", "yet",
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "said", "says", "tells", "wrote", "writes",
        "perhaps", "maybe", "indeed", "instead", "besides", "plus", "thus", "hence",
        "therefore", "moreover", "furthermore", "nevertheless", "nonetheless",
        "otherwise", "sometimes", "often", "earlier", "later", "every", "read", "more",
        "watch", "related", "video", "listen", "see", "click", "update", "editor's",
        "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
        "hundreds", "thousands", "dozens", "minutes", "hours", "days", "weeks", "months",
        "years", "moments", "seconds", "decades",
    }
)  # fmt: skip
# Words that may join the capitalised words of one name ("Chief of the General Staff").
_NAME_LINKS = frozenset({"of", "the", "de", "van", "von", "bin", "al", "la", "du", "del", "da"})
# Words that may sit between a subject and its verb besides ADVERBS.
_TIME_WORDS = frozenset(
    {
        "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "last", "week", "night", "morning", "afternoon", "evening", "today", "yesterday",
        "tonight", "this", "in", "a", "statement", "interview", "an",
    }
)  # fmt: skip
_ASIDE_CLOSE = frozenset(",)")
# Modal and auxiliary verbs before a base form ("could only quip", "did say").
_MODALS = frozenset(
    {"could", "would", "will", "can", "may", "might", "should", "must", "did", "only"}
)
# Determiners that can be a speaker on their own ("read one", "another said").
_LONE_DETERMINERS = frozenset({"one", "another", "others", "some", "many", "several", "both"})
# Prepositions after a participle inside a subject ("speaking to", "familiar with").
_OBJECT_PREPOSITIONS = frozenset({"to", "with", "for", "at", "from", "of", "by", "on"})
# Verbs whose object is a listener ("told reporters", "asked the crowd"): the
# words after them are a speaker only when they are a name ("asks editor Jo Li,").
_LISTENER_VERBS = forms(
    (
        "tell tells told telling",
        "ask asks asked asking",
        "inform informs informed informing",
        "assure assures assured assuring",
        "urge urges urged urging",
        "warn warns warned warning",
        "remind reminds reminded reminding",
        "advise advises advised advising",
    )
)
# Prepositions that end a mention read forwards ("said Terry Chapman with the union").
_PREPOSITIONS = frozenset({"with", "from", "at", "for", "in", "on", "during", "after", "about"})
# Auxiliaries between a subject and its verb ("was quoted", "has said").
_AUX = frozenset({"was", "is", "were", "are", "has", "had", "have", "been", "would", "will"})
# Words that make a stretch a clause of its own rather than a subject.
_CLAUSE_WORDS = frozenset(
    {"is", "was", "are", "were", "that", "what", "which", "who", "and", "but", "if", "when"}
)


# A word or punctuation mark of a paragraph, with its offsets in the paragraph:
# (text, start, end, low, cap, word), its fields read by the names below.
#
# Speed: a plain tuple, not a named tuple.  One is built for every word of
# every window, and a tuple display builds it in one step (a named tuple goes
# through tuple.__new__); an index by a module constant is read in one
# specialised step, where a named tuple's field is a descriptor the
# interpreter looks up on every read.
_Token: TypeAlias = tuple[str, int, int, str, bool, bool]
_TEXT: Final = 0
_START: Final = 1
_END: Final = 2
_LOW: Final = 3  # the text in lower case
_CAP: Final = 4  # it starts with a capital letter
_WORD: Final = 5  # it starts with a letter or digit


# An attribution: (start, end, cue, via, verb_end, channel_only, weak), its
# fields read by the names below; _found builds one.
#
# Speed: an exact tuple of ints, strings, bools and None (via is a tuple of
# two ints), not a named tuple: the garbage collector untracks it the first
# time it survives a collection, where a named tuple stays tracked (one is
# kept for every attributed quotation until the Quotes are built), and an
# index by a module constant is read in one specialised step.
_Found: TypeAlias = tuple[int, int, str, "tuple[int, int] | None", int, bool, bool]
_F_START: Final = 0  # the mention's span in the paragraph ...
_F_END: Final = 1  # ... its end
_F_CUE: Final = 2  # the attributing words
_F_VIA: Final = 3  # the span of a channel that reported the words, or None
_F_VERB_END: Final = 4  # where the attributing verb ends, when it comes before the quote
_F_CHANNEL_ONLY: Final = 5  # "according to X": X speaks unless a speaker exists
_F_WEAK: Final = 6  # found by a fallback (a colon, a participle): any other rule wins


def _found(
    start: int,
    end: int,
    cue: str,
    *,
    via: tuple[int, int] | None = None,
    verb_end: int = -1,
    channel_only: bool = False,
    weak: bool = False,
) -> _Found:
    """An attribution of the mention at ``start:end`` in the paragraph, by ``cue``."""
    return (start, end, cue, via, verb_end, channel_only, weak)


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    """The tokens of ``text[start:end]``; a word keeps a final full stop only when it is
    an abbreviation or an initial ("Mr.", "U.S.", "J."), and splits at a stop inside it.

    Speed: the stretch is split at its spaces in C, and when its only spaces
    are " " (most windows, a masked quotation's padding included), or its
    pieces are one space apart, the offsets are counted from their lengths.  A
    piece of letters and digits alone (most of them) is one token, read with
    no pattern; any other piece is cut by _find_piece_tokens.  Both ways
    give the tokens of _find_spaced_tokens: a token never holds a space, so
    the tokens of a piece are those of the stretch there (the pattern looks
    at nothing outside its match), and str.split, str.strip and the pattern's
    ``\\s`` take the same characters for spaces.
    """
    window = text[start:end]
    if window.isprintable():
        # no space but " " (every other space is unprintable): the pieces
        # between single spaces, an empty one for each further space
        pieces = window.split(" ")
        at = start
    else:
        pieces = window.split()
        body = window.lstrip()
        if " ".join(pieces) != body.rstrip():
            return _spaced_tokens(text, start, end)
        at = start + len(window) - len(body)
    out: list[_Token] = []
    append = out.append
    for piece in pieces:
        if piece.isalnum():
            append((piece, at, at + len(piece), piece.lower(), piece[0].isupper(), True))
            at += len(piece) + 1
            continue
        if not piece:
            at += 1  # a space after a space
            continue
        word = piece[:-1]
        if piece[-1] == "." and word.isalnum():
            # a word and a full stop ("said."), as _split_dots cuts it: whole
            # when it is an initial or a listed abbreviation, else the word
            # and the stop (Speed: no pattern, no memo; most sentences end so)
            low = word.lower()
            if low in ABBREVIATIONS or (len(word) == 1 and "A" <= word <= "Z"):
                append((piece, at, at + len(piece), low + ".", word[0].isupper(), True))
            else:
                stop = at + len(word)
                append((word, at, stop, low, word[0].isupper(), True))
                append((".", stop, stop + 1, ".", False, False))
            at += len(piece) + 1
            continue
        for word in _find_piece_tokens(piece):
            if "." in word:
                _append_dotted(append, word, at)
            else:
                first = word[0]
                append((word, at, at + len(word), word.lower(), first.isupper(), first.isalnum()))
            at += len(word)
        at += 1
    return out


def _spaced_tokens(text: str, start: int, end: int) -> list[_Token]:
    """_tokens for a stretch whose words are not all one space apart."""
    out: list[_Token] = []
    append = out.append
    at = start
    for space, word in _find_spaced_tokens(text, start, end):
        if not word:
            break  # the end of the window
        at += len(space)
        if "." in word:
            _append_dotted(append, word, at)
        else:
            first = word[0]
            append((word, at, at + len(word), word.lower(), first.isupper(), first.isalnum()))
        at += len(word)
    return out


def _append_dotted(append: Callable[[_Token], None], word: str, at: int) -> None:
    """Append the tokens of a word with a dot in it that starts at ``at`` (see _split_dots)."""
    for piece, offset in _dotted_pieces(word):
        first = piece[0]
        append(
            (
                piece,
                at + offset,
                at + offset + len(piece),
                piece.lower(),
                first.isupper(),
                first.isalnum(),
            )
        )


_low_of = itemgetter(_LOW)


# Speed: a dotted word ("said.", "U.S.", "Mr.") is split once per process;
# the same few recur in every article.
@lru_cache(maxsize=4096)
def _dotted_pieces(word: str) -> tuple[tuple[str, int], ...]:
    return tuple(_split_dots(word))


def _split_dots(word: str) -> list[tuple[str, int]]:
    """A dotted word as tokens: "Mr." and "U.S." stay whole, "said." is "said" and ".",
    "said.Trump" is three tokens."""
    if _match_abbreviation(word) or (
        word.endswith(".") and word.count(".") == 1 and word[:-1].lower() in ABBREVIATIONS
    ):
        return [(word, 0)]
    out: list[tuple[str, int]] = []
    at = 0
    for part in _find_dot_parts(word):
        start = word.index(part, at) if part else at
        out.append((part, start))
        at = start + len(part)
    return [(p, o) for p, o in out if p]


# A dotted word that is one token: an initial (J.) or letters with dots (U.S.,
# a.m.); a listed abbreviation (Mr., Sen.) is one token too.
_match_abbreviation = re.compile(
    r"""
    (?: [A-Z]\.                         # an initial: J.
      | (?:[^\W\d_]\.){2,}              # U.S. a.m. D.C.
    )\Z
    """,
    re.VERBOSE,
).match


def _goes_on_word(char: str) -> bool:
    """Could ``char`` be inside a word token (see _find_spaced_tokens), not only start one?"""
    return char.isalnum() or char in "_'\N{RIGHT SINGLE QUOTATION MARK}&.-"


def _cut_between(text: str, at: int) -> bool:
    """No token runs across ``at`` (0 < at < len(text)): a space on one side of
    it, or a character after it that cannot go on a word."""
    return text[at - 1].isspace() or text[at].isspace() or not _goes_on_word(text[at])


# The pieces of a dotted word that is not an abbreviation: words and dots.
_find_dot_parts = re.compile(r"[^.]+|\.").findall


def _is_name_word(token: _Token) -> bool:
    if not (token[_CAP] and token[_WORD]):
        return False
    low = token[_LOW]
    if low in _STOP_CAPS or _MASK in token[_TEXT]:
        return False
    # Speed: _contraction inlined for a word without an apostrophe (most).
    if "'" not in low and "\N{RIGHT SINGLE QUOTATION MARK}" not in low:
        return low not in _CONTRACTION_HEADS
    return not _contraction(token)


def _possessive(token: _Token) -> bool:
    return token[_LOW].endswith(
        ("'s", "\N{RIGHT SINGLE QUOTATION MARK}s", "s'")
    ) and not _contraction(token)


def _contraction(token: _Token) -> bool:
    """A pronoun with a verb joined to it ("he's", "it’s", "they're")."""
    low = token[_LOW]
    # Speed: a word without an apostrophe is its own head (most words).
    if "'" not in low and "\N{RIGHT SINGLE QUOTATION MARK}" not in low:
        return low in _CONTRACTION_HEADS
    head = low.replace("\N{RIGHT SINGLE QUOTATION MARK}", "'").split("'")[0]
    return head in _CONTRACTION_HEADS


# The words a contraction opens with (see _contraction).
_CONTRACTION_HEADS = PRONOUNS | frozenset({"that", "there", "here", "what", "who"})


def _person_part(run: list[_Token]) -> tuple[int, int]:
    """The person's name in a capitalised run, as (first, last) indexes into the run.

    "President Vladimir Putin" -> "Vladimir Putin"; "Jingyi Pan of IG" ->
    "Jingyi Pan"; a run that ends in an organisation's head word ("Defense
    Ministry") is kept whole.
    """
    whole = (0, len(run) - 1)
    if not run or run[-1][_LOW].rstrip(".") in ORG_HEADS or run[-1][_LOW] in ORG_HEADS:
        return whole
    last = len(run)
    for at, tok in enumerate(run):
        if tok[_LOW] == "of" and at > 0:
            if run[at - 1][_LOW] not in TITLES and run[at - 1][_LOW] not in _NAME_LINKS:
                last = at  # "Jingyi Pan of IG", "Richard Shelby of Alabama"
            break
    k = last
    while k > 0:
        low = run[k - 1][_LOW]
        if low in HONORIFICS:
            k -= 1
            break
        if low in TITLES or low in _NAME_LINKS or _possessive(run[k - 1]):
            break
        k -= 1
    if k >= last:
        return (0, last - 1) if last < len(run) else whole
    return k, last - 1


def _np_back(tokens: list[_Token], end: int) -> tuple[int, int] | None:
    """The noun phrase that ends at tokens[end - 1], read backwards.

    Returns (first, last) token indexes, inclusive, or None.  Only
    ``tokens[:end]`` is read (so callers pass the whole list, not a copy).
    """
    i = end - 1
    if i < 0:
        return None
    last = tokens[i]
    if last[_LOW] in PRONOUNS and last[_LOW] not in ("who", "which"):
        return i, i
    if last[_LOW] in _LONE_DETERMINERS:
        return i, i  # "read one", "another said"
    if not last[_WORD] or _MASK in last[_TEXT] or last[_LOW] in NON_SPEAKERS:
        return None
    surname = (
        last[_CAP]
        and last[_WORD]
        and last[_LOW] in _STOP_CAPS
        and last[_LOW] not in NON_SPEAKERS
        and i - 1 >= 0
        and _is_name_word(tokens[i - 1])
        and tokens[i - 1][_LOW] not in TITLES
    )  # "Michael Every": a capitalised common word right after a first name
    if _is_name_word(last) or surname:
        j = i
        while j - 1 >= 0:
            prev = tokens[j - 1]
            if _is_name_word(prev) or (
                prev[_LOW] in _NAME_LINKS
                and j - 2 >= 0
                and (_is_name_word(tokens[j - 2]) or tokens[j - 2][_LOW] in _NAME_LINKS)
            ):
                j -= 1
            else:
                break
        while j <= i and tokens[j][_LOW] in _NAME_LINKS:
            j += 1
        if j > i:
            return None
        run = tokens[j : i + 1]
        # a lower-case possessive before the run: "the country's Central Military Commission"
        if j - 1 >= 0 and _possessive(tokens[j - 1]) and not tokens[j - 1][_CAP]:
            k = j - 1
            while k - 1 >= 0 and tokens[k - 1][_WORD] and not tokens[k - 1][_CAP] and k > j - 4:
                k -= 1
                if tokens[k][_LOW] in DETERMINERS:
                    return k, i
            return j, i
        if j - 1 >= 0 and tokens[j - 1][_LOW] in DETERMINERS:
            return j - 1, i
        a, b = _person_part(run)
        return j + a, j + b
    # a descriptive phrase: "a spokesperson", "the former governor of Minnesota"
    j = i
    while j >= 0 and j > i - 10:
        tok = tokens[j]
        if not tok[_WORD] or _MASK in tok[_TEXT]:
            break
        if tok[_LOW] in DETERMINERS or (j < i and _possessive(tok)):
            return (j, i) if j < i else None
        if tok[_LOW] in _VERBS or (
            tok[_LOW] in NON_SPEAKERS and tok[_LOW] not in _NAME_LINKS and tok[_LOW] != "and"
        ):
            break
        j -= 1
    if last[_LOW] in ROLE_PLURALS:
        j = i
        while (
            j - 1 >= 0
            and tokens[j - 1][_WORD]
            and tokens[j - 1][_CAP]
            and (tokens[j - 1][_LOW] not in _STOP_CAPS)
        ):
            j -= 1
        return j, i
    return None


def _np_forward(tokens: list[_Token], start: int) -> tuple[int, int] | None:
    """The noun phrase that starts at tokens[start], read forwards (first, last)."""
    if start >= len(tokens):
        return None
    first = tokens[start]
    if first[_LOW] in PRONOUNS and first[_LOW] not in ("who", "which"):
        return start, start
    if not first[_WORD] or _MASK in first[_TEXT]:
        return None
    if first[_LOW] in _LONE_DETERMINERS and (
        start + 1 >= len(tokens) or not tokens[start + 1][_WORD]
    ):
        return start, start  # "“Q,” read one."
    if first[_LOW] in DETERMINERS or (first[_CAP] and first[_LOW] in ("the", "a", "an")):
        j = start + 1
        end = -1
        while j < len(tokens) and j < start + 9:
            tok = tokens[j]
            if not tok[_WORD] or tok[_LOW] in _VERBS or tok[_LOW] in ADVERBS or _MASK in tok[_TEXT]:
                break
            if tok[_LOW] in ("was", "is", "were", "are", "who", "which", "that", "and"):
                break
            end = j
            j += 1
        return (start, end) if end >= 0 else None
    if _is_name_word(first):
        j = start
        while j + 1 < len(tokens):
            nxt = tokens[j + 1]
            if _is_name_word(nxt) or (
                nxt[_LOW] in _NAME_LINKS
                and j + 2 < len(tokens)
                and _is_name_word(tokens[j + 2])
                and nxt[_LOW] != "the"
            ):
                j += 1
            elif _possessive(tokens[j]) and nxt[_WORD] and not nxt[_CAP]:
                j += 1  # "Trump's campaign"
            else:
                break
        if not any(_possessive(t) for t in tokens[start : j + 1]):
            a, b = _person_part(tokens[start : j + 1])
            return start + a, start + b
        return start, j
    if first[_LOW] in ROLE_PLURALS:
        return start, start
    return None


def _inverted_subject(tokens: list[_Token], start: int) -> tuple[int, int] | None:
    """The subject after an inverted verb ("said former Gov. Jim Hodges, a ..."):
    the words up to a comma, stop or clause word, read back from their end."""
    end = start
    while end < len(tokens) and end < start + 12:
        tok = tokens[end]
        if (not tok[_WORD] and tok[_TEXT] != "-") or _MASK in tok[_TEXT]:
            break
        if (tok[_LOW] in _CLAUSE_WORDS and tok[_LOW] != "and") or (
            end > start
            and (
                tok[_LOW] in _TIME_WORDS or tok[_LOW] in _PREPOSITIONS or tok[_LOW] in NON_SPEAKERS
            )
        ):
            break
        end += 1
    if end == start:
        return None
    np = _np_back(tokens, end)
    if np is None or np[0] < start:
        np = _np_forward(tokens, start)
    if (
        np is not None
        and np[1] + 2 < len(tokens)
        and tokens[np[1] + 1][_TEXT] == ","
        and (not tokens[np[0]][_CAP] or _possessive(tokens[np[0]]))
    ):
        # "says Wise's dad, Darrin": the name in apposition
        name = _np_forward(tokens, np[1] + 2)
        if (
            name is not None
            and tokens[name[0]][_CAP]
            and (name[1] + 1 >= len(tokens) or not tokens[name[1] + 1][_WORD])
        ):
            return name
    return np


def _unknown_verb(tokens: list[_Token], at: int) -> bool:
    """A lower-case past-tense word outside the lexicon ("beamed", "barked")."""
    tok = tokens[at]
    return (
        tok[_LOW].endswith("ed")
        and tok[_TEXT].islower()
        and len(tok[_TEXT]) > 4
        and tok[_LOW] not in _STANCE
        and tok[_LOW] not in NON_SPEAKERS
    )


def _verb_after(tokens: list[_Token], at: int) -> int:
    """The index of the speech verb at tokens[at], after adverbs, or -1."""
    j = at
    skipped = 0
    while j < len(tokens) and skipped < 4:
        tok = tokens[j]
        if tok[_LOW] in _SPEECH_AFTER:
            return j
        if tok[_LOW] in ADVERBS or (tok[_LOW].endswith("ly") and tok[_WORD] and not tok[_CAP]):
            j += 1
            skipped += 1
            continue
        if tok[_LOW] in ("was", "is", "has", "had", "been") and j + 1 < len(tokens):
            j += 1
            skipped += 1
            continue
        break
    return -1


class _Paragraph:
    """One paragraph with its quotations masked out, cut into sentences."""

    def __init__(self, text: str, base: int, quotes: Sequence[Quotation]) -> None:
        self.base = base
        pieces: list[str] = []
        append = pieces.append
        at = 0
        for q in quotes:
            s = q[Q_START] - base
            e = q[Q_END] - base
            keep = e - 1 if e - 1 > s and text[e - 1] in ".!?," else e
            if keep > s and s >= at:
                append(text[at:s])
                append(_MASK + " " * (keep - s - 1) if keep - s > 1 else _MASK)
                at = keep
        append(text[at:])
        self.text = text
        self.masked = "".join(pieces)
        self.crowded = len(quotes) >= _CROWDED
        self._windows: dict[tuple[int, int], list[_Token]] = {}
        # the cue words of the masked paragraph (starts, ends), read on demand
        self._cues: tuple[list[int], list[int]] | None = None
        self.stops = [0]
        masked = self.masked
        find = _find_stops if "!" in masked or "?" in masked else _find_full_stops
        for m in find(masked):
            after = m.group(1)  # the next word's first letter, if a word follows
            if after is not None and after.islower():
                continue  # "(D-N.Y.) said": a lower-case word goes on with the sentence
            at = m.start()
            # Speed: the word before the stop is looked for only when the stop
            # is a full stop (the word ends in one) and the six characters
            # before it are not all ASCII letters (then the word is longer than
            # an initial and than any abbreviation, which are at most five).
            if masked[at] == "." and not (
                at >= 6 and masked[at - 6 : at].isascii() and masked[at - 6 : at].isalpha()
            ):
                word = _word_before_stop(masked, at)
                if word:
                    if word.lower() in ABBREVIATIONS and not (
                        after is not None and after in _OPENING_MARKS
                    ):
                        continue  # "Mr. Smith", but "Calif. “Q”" starts a sentence
                    if len(word) == 1 and word.isupper():
                        continue  # an initial: "J. Smith"
            self.stops.append(m.end())

    def window(self, start: int, end: int) -> list[_Token]:
        """The tokens of the masked paragraph between two offsets (a bounded window)."""
        start = self.window_start(start, end)
        key = (start, end)
        got = self._windows.get(key)
        if got is None:
            if len(self._windows) >= _WINDOWS_KEPT:
                # Speed: a window is asked for again only around one quotation;
                # keeping every window of a long paragraph alive would only
                # give the garbage collector more to walk.
                self._windows.clear()
            stop = end if end < len(self.masked) else len(self.masked)
            got = self._windows[key] = self._read(start, stop)
        return got

    def _read(self, start: int, stop: int) -> list[_Token]:
        """_tokens(masked, start, stop), from kept windows where they can serve.

        Speed: around one quotation the windows overlap.  The second
        quotation of a sentence ("X said A “Q1” and B “Q2”") reads from the
        sentence start to its own mark, which holds the first one's window
        before the mark and its window after the mark.  A kept window that
        lies inside this one lends its tokens, and only the stretches between
        them are read, when no token runs across the points where a kept
        window starts and ends (see _cut_between): from such a point on, the
        tokens read alone are those of the whole stretch, as the pattern
        looks at nothing before where it starts.
        """
        if not self._windows:
            return _tokens(self.masked, start, stop)  # nothing kept to lend
        masked = self.masked
        pieces: list[list[_Token]] = []
        cut = start
        while True:
            # the kept window inside [cut, stop] that starts first (and of
            # those, reaches furthest)
            lent: list[_Token] | None = None
            lent_start = lent_end = stop
            for (s0, e0), toks in self._windows.items():
                if (
                    cut <= s0 < e0 <= stop
                    and toks
                    and (s0 < lent_start or (s0 == lent_start and e0 > lent_end))
                    # (window_start puts every window's start at such a point)
                    and (s0 == start or _cut_between(masked, s0))
                    and (e0 == stop or _cut_between(masked, e0))
                ):
                    lent, lent_start, lent_end = toks, s0, e0
            if lent is None:
                break
            if lent_start > cut:
                pieces.append(_tokens(masked, cut, lent_start))
            pieces.append(lent)
            cut = lent_end
        if not pieces:
            return _tokens(masked, start, stop)
        if cut < stop:
            pieces.append(_tokens(masked, cut, stop))
        return [token for piece in pieces for token in piece]

    def cue_before(self, start: int, end: int) -> bool:
        """_has_cue(masked, start, end) for an ``end`` at a quotation's opening mark.

        Speed: the cue words of the whole paragraph are found once.  A word of
        _find_lower_words is a whole word (it needs a boundary on both sides,
        and the boundary at ``start`` looks at the character before it), and
        no word runs across an opening mark, so the words of
        ``masked[start:end]`` are exactly the paragraph's words inside it.
        """
        if self._cues is None:
            starts: list[int] = []
            ends: list[int] = []
            for m in _iter_lower_words(self.masked):
                if m.group() in _CUE_WORDS_CASED:
                    starts.append(m.start())
                    ends.append(m.end())
            self._cues = (starts, ends)
        starts, ends = self._cues
        at = bisect.bisect_left(starts, start)
        return at < len(starts) and ends[at] <= end

    def window_start(self, start: int, end: int) -> int:
        """Where window(start, end) starts reading: past a word cut at ``start``."""
        if start < 0:
            start = 0
        elif start > 0 and not self.masked[start - 1].isspace():
            while start < end and not self.masked[start].isspace():
                start += 1
        return start

    def sentence_start(self, offset: int) -> int:
        at = bisect.bisect_right(self.stops, offset)
        return self.stops[at - 1] if at else 0

    def sentence_end(self, offset: int) -> int:
        at = bisect.bisect_right(self.stops, offset)
        return self.stops[at] if at < len(self.stops) else len(self.masked)


def _span(tokens: list[_Token], np: tuple[int, int]) -> tuple[int, int]:
    return tokens[np[0]][_START], tokens[np[1]][_END]


def _after(p: _Paragraph, q: Quotation, next_open: int) -> _Found | None:
    """An attribution right after the closing mark: "Q," X said / said X / ...

    Most attributions sit within a few words, so when a speech verb appears
    early the clause is read only up to a little past it.
    """
    close = q[Q_CLOSE] - p.base
    if _search_ascii_letter(p.masked, close, next_open) is None and _DASHES_SET.isdisjoint(
        p.masked[close : close + 4]
    ):
        # Speed: no word before the next quotation and no dash (a text
        # crowded with marks): the first test of _after_in fails, so skip the
        # set-up for it.
        return None
    # Speed: comparisons rather than min() and max() on the paths run for
    # every quotation (in Python 3.11 a call to either is costly for what it
    # does).
    limit = p.sentence_end(close) + 1
    if next_open < limit:
        limit = next_open
    if close + 180 < limit:
        limit = close + 180
    search_end = limit if limit < close + 40 else close + 40
    early = _search_early_verb(p.masked, close, search_end)
    cued = False
    if early is not None and early.group(1).lower() in _SPEECH_AFTER:
        # the words up to the verb and a short stretch after it are enough
        if early.end() + 60 < limit:
            limit = early.end() + 60
        # Speed: a verb that ends before the end of the search is a whole
        # word (its end is a word boundary in the text, not the search's
        # end), so _has_cue would find it: a cue, no need to look again.
        cued = early.end() < search_end
    return _after_in(p, q, limit, cued)


def _after_in(p: _Paragraph, q: Quotation, limit: int, cued: bool = False) -> _Found | None:
    close = q[Q_CLOSE] - p.base
    i = 0
    if (
        not cued
        and not _has_cue(p.masked, close, limit, 4)
        and not _DASHES_SET & set(p.masked[close : close + 4])
    ):
        return None  # no verb, no "according to", no dash: no attribution here
    toks = p.window(close, limit)
    # skip the punctuation and dashes between the mark and the words
    dash = False
    while i < len(toks) and toks[i][_START] < limit and not toks[i][_WORD]:
        if toks[i][_TEXT] in _DASHES:
            dash = True
        if toks[i][_TEXT] in ".!?" and not dash:
            break
        i += 1
    if i >= len(toks) or toks[i][_START] >= limit:
        return None
    tok = toks[i]
    last_mark = _last_char(p.text, q[Q_START] - p.base, q[Q_END] - p.base)
    ends_speech = last_mark in (",", "!", "?")
    # "according to X"
    if tok[_LOW] == "according" and i + 1 < len(toks) and toks[i + 1][_LOW] == "to":
        np = _np_forward(toks, i + 2)
        if np is not None:
            s, e = _span(toks, np)
            return _found(s, e, "according to", channel_only=True)
        return None
    # "said X" (inverted)
    v = _verb_after(toks, i)
    if (
        v < 0
        and ends_speech
        and _unknown_verb(toks, i)
        and i + 1 < len(toks)
        and (_is_name_word(toks[i + 1]) or toks[i + 1][_LOW] in DETERMINERS)
    ):
        v = i  # "Q!" beamed X
    if v >= 0:
        np = _inverted_subject(toks, v + 1)
        if (
            np is not None
            and toks[v][_LOW] not in _SPEECH
            and any(t[_LOW] in _SPEECH_AFTER or t[_LOW] in _VERBS for t in toks[v + 1 : np[1] + 1])
        ):
            np = None  # a noun-like form ("reads") is a verb only with nothing verbal after it
        if np is not None and toks[np[0]][_LOW] not in PRONOUNS and toks[np[0]][_LOW] != "that":
            s, e = _span(toks, np)
            return _found(s, e, toks[v][_TEXT])
        if toks[v][_LOW] in _SPEECH:
            return None
        # a noun that looks like a verb ("state radio quoted ..."): read on
    # "X said", "X, the Y of Z, said": the first speech verb of the clause
    v = -1
    commas: list[int] = []
    for k in range(i, len(toks) if len(toks) < i + 40 else i + 40):
        tk = toks[k]
        if tk[_TEXT] in "!?;" or _MASK in tk[_TEXT]:
            break
        if tk[_TEXT] in ",(":
            commas.append(k)
        elif (
            (tk[_LOW] in _SPEECH_AFTER or (ends_speech and tk[_LOW] in _STANCE))
            and not tk[_CAP]
            and k > i
        ):
            v = k
            break
        elif ends_speech and k > i and not commas and _unknown_verb(toks, k):
            after_verb = toks[k + 1][_TEXT] if k + 1 < len(toks) else "."
            if (
                after_verb in ".,;"
                or toks[k + 1][_LOW] in _PREPOSITIONS
                or toks[k + 1][_LOW]
                in (
                    "and",
                    "as",
                    "to",
                    "back",
                )
            ):
                v = k  # "Q," Trump barked.
                break
    if v < 0:
        if dash:
            # "— X" closing a quotation
            np = _np_forward(toks, i)
            if np is not None:
                s, e = _span(toks, np)
                return _found(s, e, "\N{EM DASH}")
        for k in range(i, min(len(toks) - 2, i + 16)):
            if toks[k][_LOW] == "according" and toks[k + 1][_LOW] == "to":
                # "... of the crews, according to the newsletter": a channel later on
                np = _np_forward(toks, k + 2)
                if np is not None:
                    s, e = _span(toks, np)
                    return _found(s, e, "according to", channel_only=True)
        return None
    if toks[i][_LOW] in NON_SPEAKERS and toks[i][_LOW] not in PRONOUNS:
        return None
    if (
        last_mark == "."
        and toks[i][_CAP]
        and v + 1 < len(toks)
        and (toks[v + 1][_LOW] == "that" or (v + 2 < len(toks) and toks[v + 2][_LOW] == "that"))
    ):
        return None  # "Q." X points out that ...: a new sentence of reported speech
    verb = toks[v]
    end = v
    while end - 1 > i and (toks[end - 1][_LOW] in ADVERBS or toks[end - 1][_LOW] in _AUX):
        end -= 1
    first_comma = commas[0] if commas else end
    if first_comma < end:
        np = _np_back(toks, first_comma)  # "X, the Y of Z, said": X
        if (np is None or np[0] < i) and len(commas) > 1 and commas[1] < end:
            np = _np_back(toks, commas[1])  # "the Y of Z, X, said": X
    else:
        np = _np_back(toks, end)
        if (
            np is not None
            and np[0] > i
            and any(toks[k][_LOW] in _CLAUSE_WORDS for k in range(i, np[0]))
        ):
            np = None  # "Q" is what X said
    if (
        (np is None or np[0] < i)
        and first_comma >= end
        and 0 < end - i <= 3
        and all(toks[k][_WORD] and toks[k][_LOW] not in NON_SPEAKERS for k in range(i, end))
    ):
        np = (i, end - 1)  # a bare noun phrase: "state radio", "police"
    if np is None or np[0] < i:
        return None
    s, e = _span(toks, np)
    # "X quoted Y as saying": Y speaks, X is the channel
    if verb[_LOW] in ("quoted", "quotes", "quoting", "cited", "cites", "citing"):
        if v - 1 >= 0 and toks[v - 1][_LOW] in ("was", "is", "were", "are"):
            return _found(s, e, f"{toks[v - 1][_TEXT]} quoted as saying")
        np2 = _np_forward(toks, v + 1)
        if np2 is not None:
            k = np2[1] + 1
            if k + 1 < len(toks) and toks[k][_LOW] == "as" and toks[k + 1][_LOW] in _SPEECH:
                s2, e2 = _span(toks, np2)
                return _found(s2, e2, f"{verb[_TEXT]} ... as {toks[k + 1][_TEXT]}", via=(s, e))
        return None
    return _found(s, e, verb[_TEXT])


def _subject_of(toks: list[_Token], v: int, floor: int) -> tuple[int, int] | None:
    """The subject of the verb at token ``v``, read backwards to token ``floor``."""
    j = v
    skipped = 0
    while j - 1 >= floor and skipped < 5:
        low = toks[j - 1][_LOW]
        if (
            low in ADVERBS
            or low in _TIME_WORDS
            or (low.endswith("ly") and toks[j - 1][_WORD] and not toks[j - 1][_CAP])
        ):
            j -= 1
            skipped += 1
            continue
        break
    if j - 1 < floor:
        return None
    if toks[j - 1][_TEXT] in _ASIDE_CLOSE:
        # "X, the Y of Z, said": jump back over the aside to the name before it
        k = j - 2
        while k >= floor and k > j - 40:
            if toks[k][_TEXT] in (",", "(", "\N{EM DASH}"):
                np = _np_back(toks, k)
                if np is not None and np[0] >= floor:
                    inner = _np_back(toks, j - 1)
                    if (
                        inner is not None
                        and inner[0] == k + 1
                        and toks[inner[0]][_CAP]
                        and not toks[np[0]][_CAP]
                    ):
                        return inner  # "the director of X, Jeff Fraser, says"
                    return np
            if _MASK in toks[k][_TEXT] or toks[k][_TEXT] in ".;:":
                break
            k -= 1
        return None
    np = _np_back(toks, j)
    if np is None or np[0] < floor:
        return None
    m = np[0] - 1
    if (
        m - 1 >= floor
        and toks[m][_LOW] in _OBJECT_PREPOSITIONS
        and toks[m - 1][_LOW].endswith("ing")
    ):
        # "a source speaking to Fox News said": the source, not Fox News
        outer = _np_back(toks, m - 1)
        if outer is not None and outer[0] >= floor:
            return outer
    return np


def _before(p: _Paragraph, q: Quotation, floor_offset: int) -> _Found | None:
    """An attribution before the opening mark in the same sentence."""
    open_at = q[Q_OPEN] - p.base
    sent = p.sentence_start(open_at)
    if sent < floor_offset:
        sent = floor_offset
    start = sent if sent > open_at - 180 else open_at - 180  # (Speed: see _after)
    if _char_before(p.masked, open_at) != ":" and not (
        p.cue_before(start, open_at) if p.crowded else _has_cue(p.masked, start, open_at)
    ):
        return None  # no verb and no colon: nothing to attribute with
    toks = p.window(start, open_at)
    floor = 0
    v = len(toks) - 1
    stance_ok = True
    # the verbs between the sentence start and the mark, nearest first
    found: _Found | None = None
    participle = ""
    participle_end = -1
    # Speed: only a cue word (a verb form, "according") can attribute, so the
    # loop visits just those tokens, found in one pass in C.
    cues = compress(range(len(toks)), map(_CUE_WORDS.__contains__, map(_low_of, toks)))
    for k in reversed(list(cues)):
        tok = toks[k]
        if (
            tok[_CAP]
            and k == 0
            and tok[_START] <= sent + 1
            and tok[_LOW] in _SPEECH_AFTER
            and len(toks) > 1
            and (toks[1][_CAP] or toks[1][_LOW] in DETERMINERS)
        ):
            # "Said Comey, "Q"" / "Stated Stone:": an inverted verb opens the sentence
            np = _inverted_subject(toks, 1)
            if np is not None and toks[np[0]][_LOW] not in PRONOUNS:
                s, e = _span(toks, np)
                found = _found(s, e, tok[_TEXT])
                break
        if not tok[_CAP] and (
            tok[_LOW] in _VERBS
            or (
                tok[_LOW] in _SPEECH_AFTER
                and (
                    (k - 1 >= 0 and toks[k - 1][_LOW] in _MODALS)
                    or (k - 1 >= 0 and toks[k - 1][_LOW] in PRONOUNS and k + 1 < len(toks))
                    or (k - 1 >= 0 and toks[k - 1][_LOW] in ("which", "that", "who"))
                    or (k + 1 < len(toks) and toks[k + 1][_LOW] == "it")
                )
            )
        ):
            stance = tok[_LOW] in _STANCE
            if v - k > 30:
                break
            if (
                stance
                and not participle
                and (not stance_ok or v - k > 12 or any(t[_TEXT] == "," for t in toks[k + 1 : v]))
            ):
                continue
            if k - 1 >= 0 and toks[k - 1][_LOW] == "to":
                # "X went on to say", "X was prompted to say": the subject further back
                for m in range(k - 2, max(floor, k - 8) - 1, -1):
                    if toks[m][_LOW] in PRONOUNS or _is_name_word(toks[m]):
                        subj = _np_back(toks, m + 1)
                        if subj is not None:
                            s, e = _span(toks, subj)
                            return _found(s, e, tok[_TEXT])
                        break
                continue
            if tok[_LOW] in ("quoted", "quoting") and k + 1 < len(toks):
                np2 = _np_forward(toks, k + 1)
                if np2 is not None:
                    s2, e2 = _span(toks, np2)
                    subj = _subject_of(toks, k, floor)
                    via = _span(toks, subj) if subj else None
                    return _found(s2, e2, f"{tok[_TEXT]} ... as saying", via=via)
            if tok[_LOW].endswith("ing") and not (
                k - 1 >= floor and toks[k - 1][_LOW] in ("was", "is", "were", "are", "been", "am")
            ):
                # ", saying ..." / ", adding ...": the subject is the main clause's
                if not participle:
                    participle, participle_end = tok[_TEXT], tok[_END]
                continue
            if (
                tok[_LOW] in _SPEECH
                and k + 1 < v
                and (k == 0 or toks[k - 1][_TEXT] == ",")
                and toks[k + 1][_WORD]
                and toks[k + 1][_LOW] not in NON_SPEAKERS
                and toks[k + 1][_LOW] not in PRONOUNS
            ):
                # "..., asks Policy Options editor Jennifer Ditchburn, "Q"": inverted
                inv = _inverted_subject(toks, k + 1)
                if (
                    inv is not None
                    and toks[v][_TEXT] in ",:"
                    and inv[1] == v - 1
                    and (tok[_LOW] not in _LISTENER_VERBS or toks[inv[1]][_CAP])
                ):
                    s, e = _span(toks, inv)
                    found = _found(s, e, tok[_TEXT], verb_end=tok[_END])
                    break
            subj = _subject_of(toks, k, floor)
            if subj is not None and toks[subj[0]][_LOW] in ("who", "which", "that"):
                # "X, who said ...", "a banner which read ...": X, the banner
                c = subj[0] - 1 if subj[0] - 1 > 0 and toks[subj[0] - 1][_TEXT] == "," else subj[0]
                subj = _np_back(toks, c) if c > 0 else None
            elif subj is None:
                # "an official who spoke on condition of anonymity said": the NP before "who"
                for m in range(k - 1, max(floor, k - 15), -1):
                    if toks[m][_LOW] in ("who", "which", "that") and m - 1 >= floor:
                        subj = _np_back(toks, m)
                        break
                    if not toks[m][_WORD]:
                        break
            if subj is not None:
                s, e = _span(toks, subj)
                if toks[subj[0]][_LOW] != "that":
                    found = _found(
                        s, e, tok[_TEXT], verb_end=tok[_END] if tok[_LOW] in _SPEECH else -1
                    )
                    break
            elif (
                tok[_LOW] in _SPEECH
                and (tok[_LOW].endswith("ing") or (k - 1 >= floor and toks[k - 1][_LOW] == "and"))
                and not participle
            ):
                # ", saying", "X shook her head and said": the clause's own subject
                participle, participle_end = tok[_TEXT], tok[_END]
        if tok[_LOW] == "according" and k + 1 < len(toks) and toks[k + 1][_LOW] == "to":
            np = _np_forward(toks, k + 2)
            if np is not None and np[1] < v + 1:
                s, e = _span(toks, np)
                found = _found(s, e, "according to")
                break
    colon = v >= 0 and toks[v][_TEXT] == ":"
    if found is None and (participle or colon):
        found = _clause_subject(p, toks, sent, v, participle, participle_end)
    elif found is not None and colon and not participle:
        # "When X suggested ..., Y fired back: "Q"": the colon's own clause speaks
        last_comma = max((j for j in range(v) if toks[j][_TEXT] == ","), default=-1)
        if last_comma >= 0 and toks[last_comma][_START] > found[_F_END]:
            nearer = _clause_subject(p, toks, sent, v, "", -1)
            if nearer is not None and nearer[_F_START] > toks[last_comma][_START]:
                found = nearer
    return found


def _clause_subject(
    p: _Paragraph, toks: list[_Token], sent: int, v: int, participle: str, participle_end: int
) -> _Found | None:
    """The subject of the clause a quotation hangs on, for the weak fallbacks:
    "X marched ..., chanting "Q"" / "X gloated: "Q"" / "Asked ..., X shot back: "Q"".

    The candidates are the clause starts: the sentence's start and the words
    after each comma; a colon tries the nearest clause first, a participle the
    sentence's own subject first.
    """
    head = toks if toks and toks[0][_START] <= sent + 1 else p.window(sent, sent + 100)
    starts: list[tuple[list[_Token], int]] = [
        (toks, k + 1) for k in range(v) if toks[k][_TEXT] == ","
    ]
    starts = [(head, 0), *starts] if participle else [*reversed(starts), (head, 0)]
    for group, first in starts:
        while first < len(group) and (
            group[first][_LOW] in ("and", "but", "so", "then", "still", "yet", "now")
        ):
            first += 1
        np = _np_forward(group, first)
        if np is None or group[np[1]][_TEXT].isupper():
            continue
        if (
            group is toks
            and not participle
            and (v - np[1] > 8 or any(t[_TEXT] == "," for t in toks[np[1] : v]))
        ):
            continue
        s, e = _span(group, np)
        return _found(
            s,
            e,
            participle or ":",
            weak=True,
            verb_end=participle_end if participle else toks[v][_END],
        )
    return None


def _single_mark_line(p: _Paragraph, q: Quotation, members: Sequence[int]) -> bool:
    """A paragraph that is only one quotation in single marks: a subhead, not speech."""
    return (
        len(members) == 1
        and p.text[:1] in "'\N{LEFT SINGLE QUOTATION MARK}"
        and q[Q_CLOSE] - p.base >= len(p.text.rstrip()) - 1
    )


def _has_letters(words: str) -> bool:
    """The quotation holds at least one letter."""
    return _search_letter(words) is not None


def _nickname(p: _Paragraph, q: Quotation) -> bool:
    """A short quotation between two capitalised words: C.L. "Butch" Otter."""
    open_at, close = q[Q_OPEN] - p.base, q[Q_CLOSE] - p.base
    inner_start, inner_end = q[Q_START] - p.base, q[Q_END] - p.base
    # Speed: the cheap tests first (most quotations are followed by a comma
    # or a lower-case word), and the words counted only up to four.  The
    # quotation is copied only for the count.
    if inner_end <= inner_start or not p.text[inner_end - 1].isalnum():
        return False
    after = _match_word_after(p.masked, close, close + 30)
    if after is None or not after.group(1)[0].isupper():
        return False
    before = _name_before(p.masked, open_at)
    return (
        bool(before and before[0].isupper())
        and _count_title_words(p.text[inner_start:inner_end], 4) <= 3
    )


def _word_before(text: str, at: int) -> str | None:
    """The word that ends within 30 characters before ``at``, with only a comma
    or colon and spaces after it."""
    found = _match_word_before_reversed(text[at - 30 if at > 30 else 0 : at][::-1])
    return found.group(1)[::-1] if found else None


def _name_before(text: str, at: int) -> str | None:
    """The name-like word (letters at both ends) and one space right before ``at``,
    within 30 characters."""
    found = _match_name_before_reversed(text[at - 30 if at > 30 else 0 : at][::-1])
    return found.group(1)[::-1] if found else None


def _title_context(p: _Paragraph, q: Quotation) -> bool:
    """The word before a title-case quotation makes it a name: "on “Face the
    Nation”", "his book, “Going Viral”", "a group called “The Local”"."""
    open_at = q[Q_OPEN] - p.base
    before = _word_before(p.masked, open_at)
    if before is None:
        return False
    word = before.lower()
    return word in _TITLE_LEADS or _possessive((word, 0, 0, word, False, True))


def _count_title_words(words: str, most: int) -> int:
    """The number of words in ``words``, counted up to ``most``."""
    return min(most, len(_first_title_words(words)))


def _first_title_words(words: str) -> list[str]:
    """The words of ``words`` when it has at most 7, or more than 7 of them.

    Speed: a long quotation is read only in its first 120 characters (a word
    cut there is still one word); when those hold at most 7 words, the whole
    is read.
    """
    found = _find_title_words(words, 0, 120)
    if len(found) > 7 or len(words) <= 120:
        return found
    return _find_title_words(words)


def _has_cue(text: str, start: int, end: int, unknown: int = 0) -> bool:
    """A word of ``text[start:end]`` could attribute: a verb form, "according", or
    among the first ``unknown`` words any past-tense word (an unknown speech verb)."""
    words = _find_lower_words(text, start, end)
    # Speed: one set test over all the words (in C), then the few first ones.
    if not _CUE_WORDS_CASED.isdisjoint(words):
        return True
    return any(word.endswith("ed") for word in words[:unknown])


def _last_char(text: str, start: int, end: int) -> str:
    """The last non-space character of ``text[start:end]`` ("" when there is none):
    ``text[start:end].rstrip()[-1:]`` without copying the stretch."""
    k = end - 1
    while k >= start and text[k].isspace():
        k -= 1
    return text[k] if k >= start else ""


def _char_before(text: str, at: int) -> str:
    """The last non-space character before ``at`` ("" at the start)."""
    k = at - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return text[k] if k >= 0 else ""


def _sentence_initial(p: _Paragraph, q: Quotation) -> bool:
    """Nothing but a conjunction or punctuation before the quotation in its sentence."""
    open_at = q[Q_OPEN] - p.base
    sent = p.sentence_start(open_at)
    if sent < open_at - 200:
        return False  # a long stretch of the sentence comes first (bounded look-back)
    # Speed: at most two words are read (the answer needs no more), each with
    # one search.
    first = _search_title_word(p.masked, sent, open_at)
    if first is None:
        return True
    if first.group().lower() not in ("and", "but", "so"):
        return False
    return _search_title_word(p.masked, first.end(), open_at) is None


def _title_like(words: str) -> bool:
    """A short quotation in title case ("Face the Nation", "Arab Spring"): a name, not speech."""
    # Speed: the words are read one by one, and most quotations (speech)
    # fail at their first or second word.
    found: list[str] = []
    for m in _iter_title_words(words):
        word = m.group()
        if len(found) == 7 or not (word[0].isupper() or word in _TITLE_SMALL_WORDS):
            return False  # more than 7 words, or a word in lower case
        found.append(word)
    if not found or _search_sentence_inside(words):
        return False
    # "Which is it?", "We're America.": speech, not a title
    return words.rstrip()[-1:] not in ("?", "!") and not _contraction(
        (found[0], 0, 0, found[0].lower(), True, True)
    )


def _previous_sentence(p: _Paragraph, q: Quotation) -> _Found | None:
    """A sentence that ends with its speech verb ("X said in a statement.") before
    the sentence the quotation opens."""
    sent = p.sentence_start(q[Q_OPEN] - p.base)
    if sent == 0:
        return None
    prev = p.sentence_start(sent - 1)
    # Speed: a masked quotation in the window (a mask is always inside some
    # token) is seen in the text before any tokenising.
    if _MASK in p.masked[p.window_start(max(prev, sent - 240), sent) : sent]:
        return None
    toks = p.window(max(prev, sent - 240), sent)
    words = [k for k, t in enumerate(toks) if t[_WORD]]
    for k in reversed(words[-6:]):
        if toks[k][_LOW] in _SPEECH and not toks[k][_CAP]:
            subj = _subject_of(toks, k, 0)
            if subj is None:
                return None
            s, e = _span(toks, subj)
            return _found(s, e, toks[k][_TEXT])
    return None


def _lead_in(p: _Paragraph) -> _Found | None:
    """A paragraph that ends "X said:" introduces the next paragraph's quotation."""
    stripped = p.masked.rstrip()
    if not stripped.endswith(":"):
        return None
    end = len(stripped)
    toks = p.window(max(p.sentence_start(end - 1), end - 320), end)
    k = len(toks) - 2
    floor = 0
    while k >= floor:
        tok = toks[k]
        if tok[_LOW] in _SPEECH_AFTER and not tok[_CAP]:
            subj = _subject_of(toks, k, floor)
            if subj is not None:
                s, e = _span(toks, subj)
                return _found(s, e, tok[_TEXT])
        k -= 1
    return None


def _reported(p: _Paragraph) -> _Found | None:
    """The subject of the last speech verb in a paragraph of reported speech."""
    for m in reversed(list(_find_speech(p.masked))):
        at = m.start()
        toks = p.window(max(p.sentence_start(at), at - 240), m.end())
        if not toks:
            continue
        subj = _subject_of(toks, len(toks) - 1, 0)
        if subj is not None and toks[subj[0]][_LOW] not in ("who", "which", "that", "it"):
            s, e = _span(toks, subj)
            return _found(s, e, m.group())
    return None


def _dash_line(p: _Paragraph) -> _Found | None:
    """A paragraph that is only "— X" (a closing credit for the quotation before it)."""
    toks = p.window(0, 200)
    if len(toks) < 2 or toks[0][_TEXT] not in _DASHES or len(toks) > 16:
        return None
    np = _np_forward(toks, 1)
    if np is None:
        return None
    s, e = _span(toks, np)
    return _found(s, e, toks[0][_TEXT])


def attribute(
    text: str,
    headline: Block | None,
    body: Sequence[Block],
    quotations: list[Quotation],
) -> tuple[Quote, ...]:
    """Attach speakers to quotations (one Quote per quotation, in order).

    ``quotations`` is handed over, as find_quotations returns it: it is
    emptied as the Quotes are built.
    """
    by_para: dict[int | None, list[int]] = {}
    for n, q in enumerate(quotations):
        members = by_para.get(q[Q_PARAGRAPH])
        if members is None:
            by_para[q[Q_PARAGRAPH]] = [n]
        else:
            members.append(n)
    found: list[_Found | None] = [None] * len(quotations)
    via_of: list[tuple[int, int] | None] = [None] * len(quotations)
    bases: list[int] = [0] * len(quotations)
    group_found: dict[int, int] = {}
    titled = [False] * len(quotations)
    previous: int | None = None  # the last attributed quotation
    previous_para: int | None = None
    lead: _Found | None = None
    lead_base = 0
    order: list[int | None] = [None] if headline is not None else []
    order.extend(range(len(body)))
    dash_cache: dict[int, _Found | None] = {}
    for index in order:
        block = headline if index is None else body[index]
        assert block is not None
        members = by_para.get(index, [])
        if not members:
            if index is not None:
                lead = None
                if block.text.rstrip().endswith(":"):
                    lead = _lead_in(_Paragraph(block.text, block.span.start, ()))
                lead_base = block.span.start
                if (
                    lead is None
                    and block.text[:1].isalnum()
                    and previous_para is not None
                    and index - previous_para > 2
                ):
                    # narrative paragraphs: the chain of a speaker breaks after two of them
                    previous = None
            continue
        quotes = [quotations[n] for n in members]
        if _match_teaser(block.text):
            for n in members:
                titled[n] = True  # "READ MORE: 'Q': ...": a promoted headline
            lead = None
            continue
        p = _Paragraph(block.text, block.span.start, quotes)
        first_in_para: int | None = None
        initials = [False] * len(members)  # _sentence_initial of each quotation
        for k, n in enumerate(members):
            q = quotations[n]
            start, end = q[Q_START], q[Q_END]
            bases[n] = p.base
            if end - start == 1:
                # one character in marks ("a", 'X', "5"): a label, a letter, a
                # grade, never anyone's words.  Decided before any attribution
                # is read, so a paragraph crowded with such marks stays cheap.
                titled[n] = True
                continue
            words = text[start:end]
            titled[n] = _title_like(words)
            # Speed: what the quotation is decides first, so that the
            # attributions it would drop are never read (nor where its
            # sentence starts: initials[k] is read only for the others).
            if (
                not _has_letters(words)  # a date, a number, an id: nobody's words
                or _nickname(p, q)  # Joseph "Big Joe" Malloy
                or (titled[n] and _title_context(p, q))  # the film "Heat"
            ):
                titled[n] = True
                continue
            initial = initials[k] = _sentence_initial(p, q)
            next_open = quotes[k + 1][Q_OPEN] - p.base if k + 1 < len(quotes) else len(p.masked)
            after = None
            if not titled[n] or initial or words[-1:] in (",", "!", "?"):
                # (a title mid-sentence has no attribution after it; "Never," I said is speech)
                after = _after(p, q, next_open)
            before = None
            if after is None or after[_F_CHANNEL_ONLY] or not initial:
                before = _before(p, q, 0)
            if (
                titled[n]
                and before is not None
                and (
                    before[_F_VERB_END] < 0
                    or p.masked[before[_F_VERB_END] : q[Q_OPEN] - p.base].strip(" ,:")
                )
            ):
                before = None  # a title takes only a verb right before it
            pick: _Found | None
            if after is not None and after[_F_CHANNEL_ONLY]:
                if before is not None:
                    pick = before
                    via_of[n] = (after[_F_START], after[_F_END])
                else:
                    pick = after
            elif after is not None and before is not None:
                pick = (
                    after
                    if initial or before[_F_WEAK] or before[_F_CUE].lower() in _STANCE
                    else before
                )
            else:
                pick = after or before
            if pick is not None and pick[_F_VIA] is not None:
                via_of[n] = pick[_F_VIA]
            found[n] = pick
            if pick is not None and first_in_para is None:
                first_in_para = n
        # a "— X" line after this paragraph credits its unattributed quotations
        dash: _Found | None = None
        if index is not None and index + 1 < len(body):
            if index + 1 not in dash_cache:
                nxt = body[index + 1]
                dash_cache[index + 1] = (
                    _dash_line(_Paragraph(nxt.text, nxt.span.start, ()))
                    if nxt.text[:1] in _DASHES_SET and len(nxt.text) <= 200
                    else None
                )
            dash = dash_cache[index + 1]
        # quotations without their own attribution: the nearest attributed ones around
        next_found: list[int | None] = [None] * len(members)
        upcoming: int | None = None
        # Speed: when none of the paragraph's quotations has a speaker yet
        # (a paragraph crowded with marks), every next_found is None.
        for k in range(len(members) - 1 if first_in_para is not None else -1, -1, -1):
            next_found[k] = upcoming
            if found[members[k]] is not None:
                upcoming = members[k]
        last_found: int | None = None
        for k, n in enumerate(members):
            if k and found[members[k - 1]] is not None:
                last_found = members[k - 1]
            if found[n] is not None:
                continue
            q = quotations[n]
            if q[Q_GROUP] in group_found:
                src = group_found[q[Q_GROUP]]
                found[n], bases[n], via_of[n] = found[src], bases[src], via_of[src]
                continue
            if titled[n]:
                continue
            initial = initials[k]
            if initial:
                prior = _previous_sentence(p, q)
                if prior is not None:
                    found[n], bases[n] = prior, p.base
                    continue
            if last_found is not None and (
                initial
                or (
                    last_found == members[k - 1]
                    and _char_before(p.masked, q[Q_OPEN] - p.base) in ",:"
                )
            ):
                src = last_found
                found[n], bases[n], via_of[n] = found[src], bases[src], via_of[src]
                continue
            if k == 0 and (q[Q_OPEN] - p.base) <= 1 and lead is not None:
                found[n], bases[n] = lead, lead_base  # "X said:" then the quotation
                continue
            opens_para = (
                k == 0 and (q[Q_OPEN] - p.base) <= 1 and not _single_mark_line(p, q, members)
            )
            later = next_found[k]
            if later is not None and initial:
                src = later
                found[n], bases[n], via_of[n] = found[src], bases[src], via_of[src]
                continue
            if opens_para and index is not None and index > 0 and index - 1 not in by_para:
                # after a paragraph of reported speech ("X says ..."): X goes on speaking
                prior_block = body[index - 1]
                reported = _reported(_Paragraph(prior_block.text, prior_block.span.start, ()))
                if reported is not None:
                    found[n], bases[n] = reported, prior_block.span.start
                    continue
            if dash is not None and index is not None:
                found[n], bases[n] = dash, body[index + 1].span.start
                continue
            if opens_para and previous is not None and index is not None:
                found[n], bases[n], via_of[n] = found[previous], bases[previous], via_of[previous]
                continue
        # Speed: compress picks the quotations with a speaker in C (a _Found is
        # a non-empty tuple, so true).
        for n in compress(members, map(found.__getitem__, members)):
            group_found.setdefault(quotations[n][Q_GROUP], n)
            if index is not None:
                previous = n
                previous_para = index
        lead = _lead_in(p) if index is not None else None
        lead_base = p.base
    # one call to name resolution with every mention, in text order
    #
    # Speed: a mention is known by one int, its start and end packed (start *
    # width + end, which sorts as (start, end) does), and a speaker by the
    # index of its mention (with its channel's offsets when it has one): no
    # tuple for the collector to count per mention or per speaker.
    width = len(text) + 1
    index_of: dict[int, int] = {}  # packed offsets -> the mention's index
    # (compress skips the quotations without a speaker in C: a _Found is a
    # non-empty tuple, so true; None is false)
    for n in compress(range(len(found)), found):
        f = found[n]
        assert f is not None
        index_of.setdefault((bases[n] + f[_F_START]) * width + bases[n] + f[_F_END], 0)
    ordered = sorted(index_of)
    for k, packed in enumerate(ordered):
        index_of[packed] = k
    mentions = [Span(packed // width, packed % width) for packed in ordered]
    names = resolve_names(text, body, mentions) if ordered else []
    # Speed: a speaker shared by several quotations (a continuation, a second
    # quotation of one sentence) is one record, built once.
    speakers: dict[int | tuple[int, int, int], Speaker] = {}
    out: list[Quote] = []
    append = out.append
    # Speed: each quotation (and its attribution) is let go as its Quote is
    # built, last first.  The collector runs a full collection after a given
    # count of objects made and not yet freed: a text crowded with marks,
    # which makes a Quote and a Span for each of its quotations, then makes
    # half as many more as it would holding every quotation to the end.
    quotes = []  # (the last paragraph's quotations)
    take_quotation, take_found = quotations.pop, found.pop
    for n in range(len(quotations) - 1, -1, -1):
        q, f = take_quotation(), take_found()
        # Speed: new_quote sets the slots without attrs' __init__ (Quote has
        # no validator, and these values are what the class would hold); a
        # text crowded with marks builds one per few characters, most of
        # them without a speaker.
        start, end = q[Q_START], q[Q_END]
        span = new_record(Span)  # new_span(start, end), written out
        set_span_start(span, start)
        set_span_end(span, end)
        if f is None:
            append(new_quote(text[start:end], span, None, None, q[Q_PARAGRAPH]))
            continue
        base = bases[n]
        s, e = base + f[_F_START], base + f[_F_END]
        via = via_of[n]
        k = index_of[s * width + e]
        key = k if via is None else (k, base + via[0], base + via[1])
        speaker: Speaker | None = speakers.get(key)
        if speaker is None:
            speaker = speakers[key] = new_speaker(
                names[k],
                text[s:e],
                mentions[k],
                text[base + via[0] : base + via[1]] if via else None,
            )
        append(new_quote(text[start:end], span, speaker, f[_F_CUE], q[Q_PARAGRAPH]))
    out.reverse()
    return tuple(out)
