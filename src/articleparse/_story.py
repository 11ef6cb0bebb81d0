# Stage 1b: find the story among the lines: the headline, the lines around the
# story that are not story (bylines, datelines, timestamps, a dek, a page's
# menus and footers), and decide whether the text is an article's own text or a
# whole page.
#
# Contract: takes the labels of _chrome and returns them refined, one per line;
# it may relabel "body" lines (as headline or chrome) and leaves the others.
# Every rule reads the shape of a line (its length, words, capitals, closing
# punctuation) or a bounded window of lines around it; the words it looks for
# live in _page_words.  The work is linear: a few passes over the lines.
#
# An article's text (what a scraper or a copy-paste gives) is all story except
# its head: the title line, a dek, bylines and timestamps.  A whole page holds
# the story as its longest run of prose; menus, link lists and footers stand
# around it.  The run is the stretch of units (lines, or hard-wrapped blocks
# read as one) with the largest total weight, where a prose unit weighs its
# length and any other unit a fixed penalty (Kadane's maximum subarray).
from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Literal, NamedTuple

import regex

from ._lines import BODY, HEADLINE, Line, head_may_open, holds_any
from ._page_words import (
    AUTHOR_ROLES,
    BYLINE_LABELS,
    COMMENT_BUTTONS,
    COMMENT_VERBS,
    CONSENT_WORDS,
    CONTRIBUTOR_LINES,
    CORRECTION_OPENERS,
    CREDIT_ROLES,
    DISCLAIMER_PHRASES,
    DISCLOSURE_PHRASES,
    EMBED_PLACEHOLDERS,
    FOOT_FIRSTS,
    FOOT_OPENERS,
    FOOT_PHRASE_NEEDLES,
    FOOT_PHRASE_REACH,
    FOOT_PHRASES,
    MONTHS,
    NOTES_HEADINGS,
    PAGE_CONTROL_WORDS,
    PAGE_UI_LINES,
    PROS_CONS_HEADINGS,
    READING_TIME_LABELS,
    RELATED_HEADINGS,
    RELATED_LINK_LABELS,
    SECTION_HEADINGS,
    SITE_HEADINGS,
    SITE_NOTICE_WORDS,
    TIMESTAMP_LABELS,
    TITLE_STOP_WORDS,
)

__all__ = ["continues_paragraph", "is_page", "label_story"]

# The chrome kinds this stage gives (besides those of _chrome).
BYLINE: Final = "byline"
DATELINE: Final = "dateline"
TIMESTAMP: Final = "timestamp"
DEK: Final = "dek"
NAVIGATION: Final = "navigation"
UI: Final = "ui"
FOOTER: Final = "footer"
RELATED: Final = "related"
CREDIT: Final = "credit"
ADVERTISEMENT: Final = "advertisement"
DISCLAIMER: Final = "disclaimer"
CORRECTION: Final = "correction"
EMBED: Final = "embed"
CAPTION: Final = "caption"
SLUG: Final = "slug"

# ---------------------------------------------------------------- line shape

# A word, for counting in a short line.
_find_words = regex.compile(r"\w+").findall
# A word that opens with a capital letter.
_find_capitalised = regex.compile(r"\b\p{Lu}").findall
# A character of a script written without spaces between words.
_find_unspaced = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]").findall
# Closing quotation marks and brackets, as they may follow a line's last stop
# (English, German, French and Russian quoting).
_CLOSERS: Final = (
    "'\"\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"
    ")\\]"
)
# The end of a sentence: a full stop, "!" or "?" (any script's), then closing marks.
_sentence_end = regex.compile(
    r"""(?x)
    [.!?\N{HORIZONTAL ELLIPSIS}\N{IDEOGRAPHIC FULL STOP}
     \N{FULLWIDTH EXCLAMATION MARK}\N{FULLWIDTH QUESTION MARK}]   # the stop
    ["""
    + _CLOSERS
    + r"""]{0,3}                                   # closing marks
    $"""
).search
# The end of a line that reads as a clause cut short or a label: ".", ",", ";", ":".
_clause_end = regex.compile(
    r"""(?x)
    [.,;:\N{IDEOGRAPHIC FULL STOP}]                # the stop
    ["""
    + _CLOSERS
    + r"""]{0,3}                    # closing marks
    $"""
).search
# A stop inside a line, before more words: the line holds two sentences.
_has_inner_stop = regex.compile(r"[.!?]\s").search
# A list item's marker: a dash or bullet, or a number with a dot or bracket.
_is_list_item = regex.compile(
    r"[-*\N{BULLET}\N{EN DASH}\N{EM DASH}\N{BLACK SMALL SQUARE}>]\s|\d{1,3}[.)]\s"
).match

# How far from a line's end its closing punctuation can start.
_END_REACH: Final = 6


# The characters a line can end on when either pattern matches it: a line
# that ends on another (a letter, most often) skips the patterns.
_LAST_MARKS: Final = frozenset(
    ".!?,;:\N{HORIZONTAL ELLIPSIS}\N{IDEOGRAPHIC FULL STOP}"
    "\N{FULLWIDTH EXCLAMATION MARK}\N{FULLWIDTH QUESTION MARK}" + _CLOSERS.replace("\\", "")
)


# The stops of `_sentence_end` and of `_clause_end`, and the closing marks after them.
# (`_sentence_end`'s class of stops, written over two lines of a verbose
# pattern, holds the space and the newline too: the regex module keeps
# whitespace inside a class.  So ' ]' ends a sentence; kept as it reads.)
_SENTENCE_STOPS: Final = frozenset(
    ".!?\N{HORIZONTAL ELLIPSIS}\N{IDEOGRAPHIC FULL STOP}"
    "\N{FULLWIDTH EXCLAMATION MARK}\N{FULLWIDTH QUESTION MARK} \n"
)
_CLAUSE_STOPS: Final = frozenset(".,;:\N{IDEOGRAPHIC FULL STOP}")
_CLOSING_MARKS: Final = _CLOSERS.replace("\\", "")


def _last_stop(text: str) -> str:
    """The mark the line ends with before at most three closing marks, or "".

    Speed: what `_sentence_end` and `_clause_end` read in a line's last
    `_END_REACH` characters, with one rstrip in place of a call into the
    regex module (a stop is never a closing mark, so the last character left
    is the only one either pattern can take for its stop).  It is asked only
    of a line that ends with one of `_LAST_MARKS`: never a newline, before
    which "$" could match.
    """
    tail = text[-_END_REACH:]
    body = tail.rstrip(_CLOSING_MARKS)
    return body[-1:] if len(tail) - len(body) <= 3 else ""


def _ends_sentence(text: str) -> bool:
    """Does the line end like a sentence?  (Only its last few characters are read.)"""
    return text[-1:] in _LAST_MARKS and _last_stop(text) in _SENTENCE_STOPS


def _ends_clause(text: str) -> bool:
    """Does the line end with a full stop, comma, semicolon or colon?"""
    return text[-1:] in _LAST_MARKS and _last_stop(text) in _CLAUSE_STOPS


class _Shape(NamedTuple):
    """What a line (or a hard-wrapped block) looks like, in numbers."""

    chars: int
    words: int
    capitalised: float  # the share of words that open with a capital letter
    sentence: bool  # it ends like a sentence


# A text with this many words is running text whatever its capitals.
_PROSE_WORDS: Final = 25


def _shape(text: str) -> _Shape:
    count = len(text.split())
    if not text.isascii() and count * 12 < len(text):
        unspaced = len(_find_unspaced(text))
        if unspaced * 3 > len(text):
            count = max(count, unspaced // 2)  # two characters make about a word
    capitalised = 0.0
    if 0 < count < _PROSE_WORDS:
        capitalised = len(_find_capitalised(text)) / count
    return _Shape(len(text), count, capitalised, _ends_sentence(text))


def _is_prose(shape: _Shape) -> bool:
    """Running text: a sentence of several words, or a long line of words."""
    if shape.words >= _PROSE_WORDS:
        return True
    if not shape.sentence or shape.words < 7:
        return False
    # A line of capitalised words is a title or a link, even with a full stop.
    return shape.capitalised <= 0.7


def _is_prose_text(text: str) -> bool:
    """`_is_prose` of the text's shape, skipping the count for lines too short to be prose."""
    if len(text) < 20 or (len(text) < 60 and not _ends_sentence(text)):
        return False
    return _is_prose(_shape(text))


def _is_short(text: str) -> bool:
    """A short line that does not end a sentence: a menu item, a label, a link.

    A character of a script written without spaces counts twice.
    """
    if len(text) >= 40 or _ends_sentence(text):
        return False
    return len(text) < 20 or text.isascii() or len(text) + len(_find_unspaced(text)) < 40


# ---------------------------------------------------------------- head lines

_MONTH: Final = "(?:" + "|".join(MONTHS) + ")"
# A date or a time, with an optional weekday, in the common orders.  A run of
# digits is never cut short ((?!\d)), so each date reads one way only.
_DATE: Final = rf"""
    (?: \p{{L}}{{3,12}},? \s{{1,3}} )?                                # a weekday: "Tuesday,"
    (?: {_MONTH} \s{{1,3}} \d{{4}}(?!\d)                                 # "December 2023"
      | {_MONTH} \s{{1,3}} \d{{1,2}}(?!\d) (?:st|nd|rd|th)?,?
        (?:\s{{1,3}} \d{{4}}(?!\d))?                                       # "Dec. 22, 2023"
      | \d{{1,2}}(?!\d) \.? \s{{1,3}} {_MONTH},? (?:\s{{1,3}} \d{{4}}(?!\d))?  # "22 December 2023"
      | \d{{4}}-\d{{1,2}}-\d{{1,2}}(?!\d)                                    # "2023-12-22"
      | \d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}(?!\d)                             # "22/12/2023"
    )
"""
# A clock time with its zone: "04:25 PM IST", "9:58", "07:00am EST", "3 AM PT".
_TIME: Final = r"""
    \d{1,2}(?!\d)
    (?: [:.]\d{2}(?::\d{2})?(?!\d) \s{0,2} (?:[ap]\.?m\.?)? | \s{0,2} [ap]\.?m\.? )
    (?:\s{1,2}[a-z]{2,5})?
"""
# The pieces of a timestamp line: a label ("Updated:"), the words that may
# stand for a date or a time, and a separator.
_STAMP_LABEL: Final = rf"""(?: (?:{"|".join(TIMESTAMP_LABELS)}) \s{{0,3}} :? \s{{0,3}} )"""
_STAMP_WORDS: Final = "today|yesterday|at|on|et|pt|gmt|utc|bst|cet|est|edt|pst|pdt|uk"
_STAMP_SEPARATOR: Final = r"[\s,|/\N{MIDDLE DOT}\N{BULLET}\N{EM DASH}\N{EN DASH}-]{0,6}"
# A line that holds only timestamps: labels, dates, times, "ago", separators.
# Each piece is an atomic group: once read, it is not read again another way.
_is_timestamp = regex.compile(
    rf"""(?xi)
    (?> {_STAMP_LABEL}?                                                   # "Updated:"
        (?:{_DATE}|{_TIME}|\d{{1,3}} \s (?:min(?:ute)?s?|hours?|days?) \s (?:ago|read)
          |{_STAMP_WORDS})                                   # a date, a time, a word
        {_STAMP_SEPARATOR}                                                # a separator
    ){{1,10}}
    """
).fullmatch
# The same for a line without a digit, where no date, time or "5 min ago"
# can match: only its words are left, in the same order, so it matches what
# `_is_timestamp` matches on such a line.  Speed: `_is_timestamp` costs some
# 12 us a line (its dates read every word as a weekday), this one a tenth.
_is_wordy_timestamp = regex.compile(
    rf"""(?xi)
    (?> {_STAMP_LABEL}? (?:{_STAMP_WORDS}) {_STAMP_SEPARATOR} ){{1,10}}
    """
).fullmatch
# A digit, as the patterns read one.
_has_digit = regex.compile(r"\d").search
# A timestamp's label at a line's start: "Published", "Updated:".
_opens_timestamp_label = regex.compile(r"(?xi)(?:" + "|".join(TIMESTAMP_LABELS) + r")\b").match
# A reading-time line: "Reading time: 4 min", "Tempo de leitura: 1 minuto".
_is_reading_time = regex.compile(
    rf"""(?xi)
    (?:{"|".join(READING_TIME_LABELS)}) \s{{0,3}} :? \s{{0,3}}   # the label
    (?:\d{{1,3}}|an?|one) \s{{0,2}} \p{{L}}{{1,12}}\.?           # "4 min", "1 minuto"
    """
).fullmatch
# A wire service's slug line: "AP-US--Budget-Vote, 2nd Ld-Writethru".
_is_wire_slug = regex.compile(r"[A-Z]{2,4}-[A-Z]{2,4}--[^\s]").match
# A byline: a label then a name or names ("By Jane Roe and John Doe").
_is_byline = regex.compile(
    rf"""(?xi)
    (?:{"|".join(BYLINE_LABELS)}) \s{{0,3}} :? \s{{1,3}}   # "By", "Written by:", "Von"
    (?-i: \p{{Lu}} )                                      # a name opens with a capital
    [^\n.!?]{{0,100}} (?:\.[^\n.!?]{{1,60}}){{0,3}}       # names, initials with their dots
    """
).fullmatch
# A dateline alone on its line: "MOSCOW (Reuters) -", "WASHINGTON --".
_is_dateline = regex.compile(
    r"""(?x)
    \p{Lu}[\p{Lu}\s.,'-]{1,40}                     # the place, in capitals
    (?: \s{0,2} \( [^()\n]{1,40} \) )?             # the agency: "(Reuters)"
    \s{0,2} (?: --? | \N{EM DASH} | \N{EN DASH} )     # the dash after it
    """
).fullmatch


# A lede's opening dateline: "WASHINGTON (AP) -", "PARIS -".
_opens_with_dateline = regex.compile(
    r"""(?x)
    \p{Lu}[\p{Lu}\s.,'-]{1,40}                     # the place, in capitals
    (?: \p{Ll}{1,12} \.? )?                         # its state, in short: "HAYWARD, Calif."
    (?: \s{0,2} \( [^()\n]{1,40} \) )?             # the agency: "(AP)"
    \s{0,2} (?: --? | \N{EM DASH} | \N{EN DASH} ) \s  # the dash after it
    """
).match


def _whole_line_matcher(patterns: Sequence[str]) -> regex.Pattern[str]:
    """One case-insensitive pattern matching a whole line against any of ``patterns``."""
    return regex.compile(
        r"(?xi)(?:"
        + "|".join(patterns)
        + r")\s{0,3}[:.!\N{HORIZONTAL ELLIPSIS}\N{RIGHTWARDS ARROW}>]{0,3}"
    )


# A line that credits the story's contributors ("Jane Roe contributed to this report.").
_is_contributor_line = _whole_line_matcher(CONTRIBUTOR_LINES).fullmatch
# A line at a story's foot: where it ran, how to reach its writer ("Originally published at").
# Speed: two patterns, each behind a cheap test (see _opens_foot).
_opens_foot_word = regex.compile(r"(?xi)(?:" + "|".join(FOOT_OPENERS) + r")").match
_opens_foot_phrase = regex.compile(r"(?xi)(?:" + "|".join(FOOT_PHRASES) + r")").match
# Whether a line's first four characters can open a foot line (see _may_open_foot).
_FOOT_HEADS: dict[str, bool] = {}
_MAX_FOOT_HEADS: Final = 8192
_FOOT_HEAD_CHARS: Final = 4
# An author bio: a name, then what the writer is or covers ("Jane Roe is a senior reporter").
_opens_bio = regex.compile(
    r"""(?x)
    (?: \p{Lu}[\p{L}.'\N{RIGHT SINGLE QUOTATION MARK}-]{0,20} \s ){1,3}     # the first names
    \p{Lu}[\p{L}'\N{RIGHT SINGLE QUOTATION MARK}-]{1,20} ,? \s             # the last name
    (?: \( [\p{L}/]{3,20} \) \s )?                                   # pronouns: "(she/her)"
    (?: is \s (?:a|an|the|our) \s [^.\n]{0,80}? \b                   # "is a senior ..."
        (?i: """
    + "|".join(AUTHOR_ROLES)
    + r""" ) s? \s (?: at | for | with | on | based | covering ) \s     # "... reporter at"
      | is \s (?:the \s)? \p{Lu} [\p{L}\d&.' -]{0,40}?                      # "is the Post's"
        ['\N{RIGHT SINGLE QUOTATION MARK}] s \s
        [^.\n]{0,60}? \b (?i: """
    + "|".join(AUTHOR_ROLES)
    + r""" ) s? [\s.,]                                                  # "... food columnist."
      | (?: covers | writes \s (?:about|for) | reports \s (?:on|for) ) \s  # "covers"
    )
    """
).match
# A speech verb: words of a story's sentence, never of a bio.
_has_speech_verb = regex.compile(r"\b(?:said|says|told)\b").search
# A double quotation mark (in a bio's first sentence, a quotation: the line is story).
_has_double_quote = regex.compile(
    r"""["\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}]"""
).search
# A citation of a paper, with its DOI ("A. Author et al. 2023. Title. Journal. doi: 10.1/x").
_has_doi = regex.compile(r"(?i)\bdoi(?::\s?|\.org/)10\.\d{4,9}/").search
# The authors a citation opens with (a caption that credits a paper opens otherwise).
_opens_citation = regex.compile(
    r"""(?x)
    (?: (?:\p{Lu}\.\s?){1,3} \p{Lu}[\p{L}'-]{1,30}                     # "B. Smith-Jones"
      | \p{Lu}[\p{L}'-]{1,30} \s \p{Lu}{1,3} ,                           # "Smith JA,"
      | \p{Lu}[\p{L}'-]{1,30} , \s (?:\p{Lu}\.\s?){1,3}                   # "Smith, J. A."
      | \p{Lu}[\p{L}'-]{1,20} \s (?:\p{Lu}\.\s)? \p{Lu}[\p{L}'-]{1,30}    # "Ann B. Lee
        \s et \s al\b                                                      #  et al"
    )
    """
).match
# A heading over a company's or a writer's boilerplate at a story's end ("About Acme Corp").
_is_about_heading = regex.compile(
    r"""(?x)
    About \s (?: the \s (?i: authors? | writers? | reporters? | contributors? )   # "the author"
             | (\p{Lu}[\p{L}\d&.'\N{RIGHT SINGLE QUOTATION MARK}-]{0,30})        # "About Acme"
               (?: \s [\p{Lu}\d&][\p{L}\d&.'\N{RIGHT SINGLE QUOTATION MARK}-]{0,30} ){0,4} )
    \s? :?
    """
).fullmatch
# A line of raw embed code: "<blockquote class=...>", "<a href=...>", "[button link=...]".
_is_embed_code = regex.compile(
    r"""(?x)
    <(?:a|blockquote|iframe|script|div|p|img|figure|span)\b[^<>\n]{0,300}>       # HTML
    | \[(?:button|caption|embed|gallery|video|audio|vc_\w{1,20}|et_pb_\w{1,20})  # a shortcode
      \b[^\]\n]{0,300}\]
    """
).match
# A photo caption's closing credit: "(Photo by Jane Roe/Agency)", "(credit: NASA)".
_ends_with_photo_credit = regex.compile(
    r"""(?xi)
    \( (?: (?: photo(?:graph)? | image | picture | foto ) s? \s? (?: credits? \s? )?  # "(Photo"
          (?: : | \s by \b | \s courtesy \b )                                   # ": ", " by"
        | credits? \s? : | courtesy \b )                                         # "(credit:"
    [^()\n]{0,80} \) \.? $
    """
).search
# A line left where an embedded post was: "Instagram content".
_is_embed_placeholder = _whole_line_matcher(EMBED_PLACEHOLDERS).fullmatch
# A correction note: "Correction: ...", "A previous version of this story said ...".
_opens_correction = regex.compile(
    r"(?xi)(?:[-*\N{BULLET}]\s)?(?:" + "|".join(CORRECTION_OPENERS) + r")"
).match
# A phrase of a publisher's disclaimer ("for informational purposes only").
_has_disclaimer = regex.compile(r"(?xi)\b(?:" + "|".join(DISCLAIMER_PHRASES) + r")").search
# A gallery's counter: "3 of 57".
_is_counter = regex.compile(r"\d{1,3} of \d{1,3}").fullmatch
# A one-line link to another story: "MORE: Ten things to know", "(Also read - How it began)".
_opens_related_link = regex.compile(
    r"""(?xi)
    \(? (?:"""
    + "|".join(RELATED_LINK_LABELS)
    + r""") \s? [:\N{EN DASH}\N{EM DASH}-] \s?              # the label and its colon
    (?-i: \p{Lu} | \d | ['"\N{LEFT SINGLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}] )  # title
    """
).match
# The first characters of those labels (lowercased): a cheap test before the pattern
# (every entry of the tables opens with a plain letter).
_RELATED_LINK_FIRSTS: Final = frozenset("(" + "".join(label[0] for label in RELATED_LINK_LABELS))
# ... and of the related-links headings ("You might like", "Most read in ...").
_RELATED_HEADING_FIRSTS: Final = frozenset(heading[0] for heading in RELATED_HEADINGS)
# A list item marked with a bullet or a dash (not a number: a numbered line may
# be the next section's heading).
_is_bullet_item = regex.compile(
    r"[-*\N{BULLET}\N{EN DASH}\N{EM DASH}\N{BLACK SMALL SQUARE}]\s"
).match
# A heading of a review's pros-and-cons box ("Pros", "The Bad:").
_is_pros_cons_heading = regex.compile(
    r"(?i)(?:" + "|".join(PROS_CONS_HEADINGS) + r")\s?:?"
).fullmatch
# A heading over numbered notes or references ("Footnotes", "Sources:").
_is_notes_heading = regex.compile(r"(?i)(?:" + "|".join(NOTES_HEADINGS) + r")\s?:?").fullmatch
# A numbered note or reference: "[3] Smith, 1999", "^ a b", "3. Smith".
_opens_note = regex.compile(r"\[\d{1,3}\]|\^|\d{1,3}\.\s|-\s\^").match
# A line of a credits list: a role, a colon, a name ("Art Director: Jane Roe").
_is_credit_line = regex.compile(r"\p{Lu}[\p{L}&,.'\s-]{1,40}:\s\p{Lu}[^\n]{1,60}").fullmatch
# ... or without the colon, all in capitalised words ("Photo Assistant Jane Roe").
_is_credit_name_line = regex.compile(
    r"""(?x)
    \p{Lu}[\p{L}&.'-]{0,20} (?: \s (?:&\s)? \p{Lu}[\p{L}&.'-]{0,20} ){2,7}   # role and name
    (?: \s @ \s [^\n]{1,40} )?                                             # "@ an agency"
    """
).fullmatch
# A word of a heading over links to other stories ("More Must-Reads", "Most Read Stories").
_has_related_word = regex.compile(
    r"""(?xi)\b(?: must-?reads? | most \s (?:read|popular|viewed|shared) | related | recommended
    | trending | further \s reading | you \s m(?:ay|ight) | more \s (?:from|stories|news|articles)
    | read \s (?:more|next|also) | also \s (?:read|see|on) )\b"""
).search
# A role word in a credit's label ("Director", "Stylist").
_has_credit_role = regex.compile(r"(?i)(?:" + "|".join(CREDIT_ROLES) + r")").search
# A word of a page's controls ("subscribe", "cookies", "sign in").
_has_control_word = regex.compile(r"(?xi)\b(?:" + "|".join(PAGE_CONTROL_WORDS) + r")\b").search
# A bracketed link in a row of them: "[Docs]", "[txt|pdf]".
_find_bracketed = regex.compile(r"\[[^\[\]\n]{1,30}\]").findall
# A small letter then a capital inside a word: where two words were glued ("sV" in
# "NewsVideos").
_find_case_turns = regex.compile(r"\p{Ll}\p{Lu}").findall
# Pieces that every match of `_has_control_word` holds, case-folded: a cheap
# test before the pattern, whose search costs some 50,000 instructions a line.
_CONTROL_NEEDLES: Final = (
    "subscri",
    "newsletter",
    "sign",
    "log",
    "cookie",
    "privacy",
    "account",
    "profile",
    "inbox",
    "browser",
    "notif",
    "verif",
    "bookmark",
    "saved",
    "click",
    "javascript",
    "blocker",
    "see",
    "terms",
)
# A breadcrumb trail's separator: "News > Business > ...".
_find_crumb_marks = regex.compile(
    r"\s[>\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}/|]\s"
).findall
# A phrase of an affiliate or editorial disclosure ("we may earn a commission").
_has_disclosure = regex.compile(r"(?xi)\b(?:" + "|".join(DISCLOSURE_PHRASES) + r")").search
# A page's interface line: "Skip to content", "Sign in", "Menu", "Privacy policy".
_is_ui = _whole_line_matcher(PAGE_UI_LINES).fullmatch
# A heading that opens a list of links to other stories.
_is_related_heading = _whole_line_matcher(RELATED_HEADINGS).fullmatch
# A summary box's or a section's heading ("Highlights", "Key points").
_is_section_heading = _whole_line_matcher(SECTION_HEADINGS).fullmatch
# A heading of the site's own pages ("About This Site", "Contact us").
_is_site_heading = _whole_line_matcher(SITE_HEADINGS).fullmatch
# The first letters of those headings, lower-cased (a cheap test before the pattern).
_SITE_HEADING_FIRSTS: Final = frozenset("acwACW")
# A line that opens with a date: "Tuesday 15 October 2019 by ...", "2017-03-10 09:58".
_opens_with_date = regex.compile(rf"(?xi){_DATE}(?!\w)").match
# A label and its colon inside a line: "RRP: ", "More info: ".
_LABEL_COLON: Final = ": "

# Words that every disclosure phrase holds one of: a cheap test before the pattern.
_DISCLOSURE_HINTS: Final = (
    "commission",
    "compensation",
    "payment",
    "revenue",
    "share of",
    "affiliate",
    "independently",
    "picked",
    "editorial",
    "not own",
    "not hold",
    "behalf",
    "recommendations",
    "for review",
    "this review",
)
# Words one of which every match of a disclosure phrase holds, lower-cased
# (each phrase needs one: "earn", "affiliate", "not own", "review"): `_has_disclosure`
# runs only on a line that holds one.  (`_DISCLOSURE_HINTS`, which the notice
# test reads, leave out "we may earn fees".)
_DISCLOSURE_WORDS: Final = (
    "earn",
    "receive",
    "get",
    "affiliate",
    "behalf",
    "recommendations",
    "independently",
    "picked",
    "editorial",
    "not",
    "review",
)
# Characters the case-blind patterns take for an ASCII letter though lowering
# does not make them one ("\N{LATIN SMALL LETTER LONG S}" for "s"): a line with
# one is matched whatever words it holds.
_ODD_CASES: Final = (
    "\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}",
    "\N{LATIN SMALL LETTER DOTLESS I}",
    "\N{LATIN SMALL LETTER LONG S}",
)
# ... and every disclaimer phrase.
_DISCLAIMER_HINTS: Final = (
    "purposes only",
    "advice",
    "journalistic mission",
    "necessarily",
    "use only",
    "expressed",
)
# How a contributor line opens when "contributed" is not in it (lowercased), in
# its first characters.
_CONTRIBUTOR_STARTS: Final = (
    "(",
    "additional",
    "reporting",
    "editing",
    "writing",
    "compiled",
    "produced",
    "includes",
    "this story",
    "this article",
)
_CONTRIBUTOR_HEAD: Final = 12
# The characters those openings can start with before lowering: each one's first
# character in either case, and the dotted capital I (it lowers to an "i" and a
# combining dot).  Speed: a line that opens otherwise is not lowered.
_CONTRIBUTOR_FIRSTS: Final = frozenset(
    "".join(start[0] + start[0].upper() for start in _CONTRIBUTOR_STARTS)
    + "\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}"
)
# The first characters of those openings, in either case.
_CORRECTION_FIRSTS: Final = frozenset("CcAaPpEeOo-*\N{BULLET}")
# How a correction note may open (lowercased): a cheap test before the pattern.
_CORRECTION_STARTS: Final = (
    "correction",
    "clarification",
    "a ",
    "an ",
    "previous",
    "earlier",
    "prior",
    "original",
    "- ",
    "* ",
    "\N{BULLET} ",
)
# A disclosure notice is at most this long.
_DISCLOSURE_MAX_CHARS: Final = 300
# How far from the end a contributor line may stand, in lines.
_FOOT_REACH: Final = 8
# ... and a foot line or an author bio, which comments and link lists may follow.
_TAIL_REACH: Final = 25
# A foot line or bio stands under this many story lines at least.
_FOOT_MIN_STORY_LINES: Final = 3
# The longest foot line, and the longest bio.
_FOOT_MAX_CHARS: Final = 400
_BIO_MAX_CHARS: Final = 800
# A bio's verb ("is", "covers") stands within its first characters.
_BIO_HEAD_CHARS: Final = 120
_BIO_VERBS: Final = (" is ", " covers ", " writes ", " reports ")
# The longest heading right above a foot line ("Who we are") that goes with it.
_FOOT_HEADING_MAX_CHARS: Final = 40
# The longest "About Acme" heading.
_ABOUT_HEADING_MAX_CHARS: Final = 60
# The longest notice, correction or disclaimer; the phrase of a long one stands
# within its first characters.
_NOTICE_MAX_CHARS: Final = 800
_NOTICE_HEAD_CHARS: Final = 250
# A long notice (over 300 characters) is one of a text's first four such lines (on
# a page too, under its menus), or stands among its last 25 lines.
_LONG_NOTICE_HEAD: Final = 4
# The longest line left for an embedded post.
_EMBED_PLACEHOLDER_MAX_CHARS: Final = 100
# The first letters of those lines (every entry opens with a plain letter).
_EMBED_PLACEHOLDER_FIRSTS: Final = frozenset(entry[0] for entry in EMBED_PLACEHOLDERS)
# How a quotation boxed for sharing ends.
_CLICK_TO_TWEET: Final = ("Click To Tweet", "Click to Tweet", "CLICK TO TWEET")
# The longest gallery counter ("123 of 456").
_COUNTER_MAX_CHARS: Final = 10
# The longest pros-and-cons heading, and item under it.
_PROS_CONS_HEADING_MAX_CHARS: Final = 30
_PROS_CONS_ITEM_MAX_CHARS: Final = 150
# The longest related-links heading looked for in an article's text.
_RELATED_HEADING_MAX_CHARS: Final = 60
# The longest one-line link to another story.
_RELATED_LINK_MAX_CHARS: Final = 160
# A credits list at the end has at least this many lines, each at most this long.
_CREDITS_MIN_LINES: Final = 3
_CREDIT_MAX_CHARS: Final = 100
# A link in a list that closes the text is at most this long, with this share of
# its words capitalised (a title); the list's heading is at most this long.
_LINK_ITEM_MAX_CHARS: Final = 150
_LINK_ITEM_CAPITALISED: Final = 0.6
_LINK_HEADING_MAX_CHARS: Final = 70
# The longest notes heading.
_NOTES_HEADING_MAX_CHARS: Final = 30
# A first line this long (in words), with fewer than half its words capitalised,
# is a lede or a caption, not the title.
_LEDE_WORDS: Final = 22
_LEDE_CAPITALISED: Final = 0.5
# The page's controls that may stand above an article's headline: at most this
# many lines, each at most this long; a row of links holds this many; a glued
# menu's word turns from small to capital letters this many times, in a line of
# at most this many words; a label in
# capitals between them is at most this long.
_TOP_CONTROL_REACH: Final = 4
_TOP_CONTROL_MAX_CHARS: Final = 120
_LINK_ROW_MIN_LINKS: Final = 3
_GLUED_MENU_TURNS: Final = 3
_GLUED_MENU_MAX_WORDS: Final = 4
_CONTROL_MAX_WORDS: Final = 12
_SHOUTED_LABEL_MAX_CHARS: Final = 20
# Initials that end a line: "L.A.", "U.S." (their stop ends no sentence); read in
# the line's last `_INITIALS_REACH` characters.
_ends_with_initials = regex.compile(r"(?<![\w.])(?:\p{Lu}\.){2,3}$").search
_INITIALS_REACH: Final = 8
# A line with this many labels ("Price: ") is a line of facts, not a title.
_DATA_LINE_LABELS: Final = 3
# A date that opens a line shows a digit within its first characters.
_DATE_HEAD_CHARS: Final = 24
# The longest byline or timestamp looked for inside a page's story.
_HEAD_LINE_MAX_CHARS: Final = 80
# The longest title, in characters and in words.
_HEADLINE_MAX_CHARS: Final = 220
_HEADLINE_MAX_WORDS: Final = 30


def _may_hold_disclosure(text: str, lowered: str | None = None) -> bool:
    """Can `_has_disclosure` match somewhere in ``text``?  False only for a
    text that holds none of `_DISCLOSURE_WORDS`.  ``lowered`` is ``text`` cut
    from the text lower-cased whole, when there is one (the words, all ASCII,
    find there what they find in ``text`` lowered alone).  Speed: the pattern
    costs some 12 us a headline and 40 a long line, this test a tenth of it."""
    if holds_any(text, _ODD_CASES):
        return True
    return holds_any(text.lower() if lowered is None else lowered, _DISCLOSURE_WORDS)


def _head_kind(text: str) -> str | None:
    """The kind of a story-head line (byline, timestamp, dateline), or None."""
    if len(text) > 160:
        return None
    stamp = _is_timestamp if _has_digit(text) is not None else _is_wordy_timestamp
    if stamp(text) or _is_reading_time(text):
        return TIMESTAMP
    if _is_byline(text):
        return BYLINE
    if _is_dateline(text):
        return DATELINE
    if _is_wire_slug(text) and not _ends_sentence(text):
        return SLUG
    return None


def _could_be_headline(
    text: str, *, lede_questions: bool = True, shape: _Shape | None = None
) -> bool:
    """Could this line be a title, by its shape alone?

    With ``lede_questions``, a long question in sentence case is a lede, not a
    title (the first line of an article's text); above a page's story it can
    be the title.  ``shape`` is the line's `_shape`, when the caller has it.
    """
    if not 2 <= len(text) <= _HEADLINE_MAX_CHARS:
        return False
    if shape is None:
        shape = _shape(text)
    if not 1 <= shape.words <= _HEADLINE_MAX_WORDS:
        return False
    first = text[0]
    if first.islower() or _is_list_item(text):
        return False
    if _head_kind(text) or _is_ui(text) or _is_section_heading(text) or _is_related_heading(text):
        return False
    if shape.words >= 2 and text.upper() == text and text.lower() != text:
        return False  # a label or a button, shouted
    if _is_wire_slug(text) or (_may_hold_disclosure(text) and _has_disclosure(text)):
        return False
    if text.count(_LABEL_COLON) >= _DATA_LINE_LABELS:
        return False  # a line of labelled facts: "Tested by: ... Price: ... More info: ..."
    if first in _SITE_HEADING_FIRSTS and _is_site_heading(text):
        return False  # "About This Site"
    if _has_digit(text, 0, _DATE_HEAD_CHARS) is not None and _opens_with_date(text):
        return False  # a date, and what follows it: a byline, the source
    # A long question opens the story (a lede), a short one can be a title.
    return not (
        lede_questions and text.endswith("?") and shape.words >= 6 and shape.capitalised < 0.5
    )


def _article_headline(lines: Sequence[Line], labels: Sequence[str]) -> int | None:
    """The line that is an article's headline: its first line, or None.

    A text cut from a page may open with the page's controls ("Subscribe to
    newsletters", a row of "[Docs] [Tracker]" links, a menu's words glued
    together): then the headline is the first line under them that could be
    one, within `_TOP_CONTROL_REACH` lines (the controls, interface words such
    as "Sign in" and labels in capitals stand between), right above the
    story's first paragraph or its byline.
    """
    if len(lines) < 2 or labels[0] != BODY:
        return None
    if not _is_top_control(lines[0].text):
        return 0 if _opens_with_headline(lines, 0) else None
    for i in range(1, min(len(lines) - 1, _TOP_CONTROL_REACH + 1)):
        text = lines[i].text
        if labels[i] != BODY or _is_top_control(text) or _is_ui(text) or _is_shouted_label(text):
            continue
        under = lines[i + 1].text
        if _opens_with_headline(lines, i) and (
            _is_prose_text(under) or _head_kind(under) in (BYLINE, TIMESTAMP)
        ):
            return i
        return None
    return None


def _label_top_controls(lines: Sequence[Line], labels: list[str]) -> int:
    """Label the page's controls that open an article's text without a headline
    under them as navigation; return the first line after them."""
    i = 0
    while i < min(len(lines) - 1, _TOP_CONTROL_REACH) and labels[i] == BODY:
        if not _is_top_control(lines[i].text):
            break
        labels[i] = NAVIGATION
        i += 1
    return i


def _is_top_control(text: str) -> bool:
    """Is a line at the top of an article's text one of the page's controls?

    A short line with a control word ("Subscribe to newsletters"; no
    sentence, at most `_CONTROL_MAX_WORDS` words), a row of
    bracketed links ("[Docs] [txt|pdf] [Tracker]"), or a menu's words glued
    together ("NewsPhotosVideosShop": a word, not a hashtag or a handle, that
    turns from a small letter to a capital `_GLUED_MENU_TURNS` times or more,
    in a line of a few words).
    """
    if len(text) > _TOP_CONTROL_MAX_CHARS:
        return False
    if holds_any(text.casefold(), _CONTROL_NEEDLES) and _has_control_word(text) is not None:
        # a control's few words; a sentence with such a word is the story's
        return len(text.split()) <= _CONTROL_MAX_WORDS and not _ends_sentence(text)
    if text[0] == "[" and len(_find_bracketed(text)) >= _LINK_ROW_MIN_LINKS:
        return True
    words = text.split()
    return len(words) <= _GLUED_MENU_MAX_WORDS and any(
        word[0] not in "#@" and len(_find_case_turns(word)) >= _GLUED_MENU_TURNS for word in words
    )


def _is_shouted_label(text: str) -> bool:
    """A word or two in capitals alone on a line ("LOGIN", "BETA")."""
    return len(text) <= _SHOUTED_LABEL_MAX_CHARS and text.isupper() and len(text.split()) <= 2


def _opens_with_headline(lines: Sequence[Line], i: int) -> bool:
    """Is line ``i``, above the story, its headline, by its shape and the line under it?"""
    first = lines[i].text
    if not 2 <= len(first) <= _HEADLINE_MAX_CHARS:
        return False
    # Speed: the shape's test before the patterns of `_could_be_headline`
    shape = _shape(first)
    if shape.words >= _LEDE_WORDS and shape.capitalised < _LEDE_CAPITALISED:
        return False  # a long line in sentence case opens the story: a lede or a caption
    if not _could_be_headline(first, shape=shape):
        return False
    if not _ends_clause(first):
        return True
    if _ends_with_initials(first, max(0, len(first) - _INITIALS_REACH)):
        return True  # the stop of initials ("in L.A."), which ends no sentence
    # A title that ends with a full stop stands alone in its block, above a
    # paragraph of 100 characters or more and half as long again, and holds no
    # other sentence.
    second = lines[i + 1]
    return (
        first.endswith(".")
        and second.blank_before
        and len(_find_words(first)) <= 20
        and 2 * len(second.text) >= max(200, 3 * len(first))
        and _has_inner_stop(first) is None
    )


def _label_head(lines: Sequence[Line], labels: list[str], start: int, stop: int) -> None:
    """Label the story's head: bylines, timestamps and datelines from ``start``.

    Looks at six lines at most and stops at the first other line; a line
    between the headline and a byline is the dek.
    """
    end = min(stop, start + 6)
    i = start
    while i < end:
        if labels[i] != BODY:
            i += 1
            continue
        kind = _head_kind(lines[i].text)
        if kind is not None:
            labels[i] = kind
        elif (
            i == start
            and start > 0
            and labels[start - 1] == HEADLINE
            and i + 1 < end
            and labels[i + 1] == BODY
            and _head_kind(lines[i + 1].text) in (BYLINE, TIMESTAMP)
            and not _opens_with_dateline(lines[i].text)
        ):
            labels[i] = DEK  # between the headline and the byline or timestamp
        else:
            break
        i += 1


# ---------------------------------------------------------------- paragraphs


def continues_paragraph(lines: Sequence[Line]) -> list[bool]:
    """For each line, does it continue the line before it in one paragraph?

    True only inside a hard-wrapped block: a blank-line-separated block of two
    or more lines of similar width whose lines run on (a line that does not end
    a sentence, or a next line that opens in lowercase).  A block of lines that
    each stand alone (a list, a menu, a paragraph per line) is left as it is.
    """
    joins = [False] * len(lines)
    start = 0
    for i in range(1, len(lines) + 1):
        if i == len(lines) or lines[i].blank_before:
            if i - start >= 2 and _is_wrapped(lines, start, i):
                for j in range(start + 1, i):
                    joins[j] = True
            start = i
    return joins


def _is_wrapped(lines: Sequence[Line], start: int, stop: int) -> bool:
    """Is lines[start:stop] one paragraph broken at a fixed width?"""
    widest = 0
    for i in range(start, stop):
        width = len(lines[i].text)
        if width > 130:
            return False  # (at once: the widest line is at least this wide)
        if width > widest:
            widest = width
    full = 0
    runs_on = 0
    lowercase_next = 0
    for i in range(start, stop - 1):
        text = lines[i].text
        following = lines[i + 1].text
        if len(text) >= 30 and len(text) * 5 >= widest * 3:
            full += 1
        if _is_list_item(following):
            return False
        if following[0].islower():
            lowercase_next += 1
            runs_on += 1
        elif not _ends_sentence(text):
            runs_on += 1
    inner = stop - 1 - start
    if full * 5 < inner * 4 or runs_on * 2 < inner:
        return False
    return lowercase_next > 0 or stop - start >= 3


# ---------------------------------------------------------------- page or article

# A run of short lines this long is a menu or a link list.
_MENU_RUN: Final = 4
# A page has at least this many lines in such runs, and this share of its lines.
_PAGE_MENU_LINES: Final = 8
_PAGE_MENU_SHARE: Final = 0.15
# ... and at least this many short lines outside its prose.
_PAGE_FRAME_LINES: Final = 5
_PAGE_FRAME_SIDE: Final = 2
# A site's notice stands among a page's first lines, with no long paragraph in
# the next three.
_BANNER_LINES: Final = 3
_PROSE_PAIR_REACH: Final = 3
# A paragraph this long (in words) is the story's, never a banner's.
_LONG_PROSE_WORDS: Final = 15


def _has_menus(shorts: Sequence[bool]) -> bool:
    """Are enough of the lines in runs of short lines (menus, link lists)?"""
    in_runs = 0
    run = 0
    for short in shorts:
        if short:
            run += 1
            continue
        if run >= _MENU_RUN:
            in_runs += run
        run = 0
    if run >= _MENU_RUN:
        in_runs += run
    return in_runs >= _PAGE_MENU_LINES and in_runs >= _PAGE_MENU_SHARE * len(shorts)


def _has_frame(lines: Sequence[Line], shorts: Sequence[bool]) -> bool:
    """Do enough short lines stand before the first long paragraph or after the last?

    A site's notice among the first lines ("Your browser is not supported.
    For the best experience ..."), with no long paragraph right after it,
    stands above the menus: it is not the first.
    """
    first = next((i for i, line in enumerate(lines) if _is_long_prose(line.text)), None)
    if first is None:
        return True
    if first < _BANNER_LINES and _is_banner(lines, first):
        first = next(
            (i for i in range(first + 1, len(lines)) if _is_long_prose(lines[i].text)), first
        )
    last = first
    for i in range(len(lines) - 1, first, -1):
        if _is_long_prose(lines[i].text):
            last = i
            break
    before = sum(shorts[:first])
    after = sum(shorts[last + 1 :])
    return before + after >= _PAGE_FRAME_LINES and before >= _PAGE_FRAME_SIDE


def _is_banner(lines: Sequence[Line], i: int) -> bool:
    """Is the long paragraph at ``i`` a site's notice, alone: a word of such
    notices in it, and no long paragraph in the next lines?"""
    if not holds_any(lines[i].text.lower(), SITE_NOTICE_WORDS):
        return False
    following = range(i + 1, min(len(lines), i + 1 + _PROSE_PAIR_REACH))
    return not any(_is_long_prose(lines[j].text) for j in following)


def _is_long_prose(text: str) -> bool:
    """A paragraph of running text, long enough that no menu or banner has it."""
    if len(text) < 80:
        return False
    shape = _shape(text)
    return _is_prose(shape) and shape.words >= _LONG_PROSE_WORDS


def is_page(lines: Sequence[Line]) -> bool:
    """Does the text look like a whole page (menus and link lists) rather than an article?

    A page has runs of short lines (menus, link lists), and some of them stand
    outside its prose: before its first long paragraph or after its last.  An
    article's own lists stand between its paragraphs.
    """
    shorts = [_is_short(line.text) for line in lines]
    return _has_menus(shorts) and _has_frame(lines, shorts)


# ---------------------------------------------------------------- the page's story

# What a unit that is not prose costs the run that holds it, in characters.
_PENALTY: Final = 80
# ... but past the seventh unit in a row to cost it, 40 each when it ends with
# no stop: a story's own long list (a product's specs, a ranking's cards, a
# recipe's steps) costs the run less, and a page's menus are longer still, or
# stand behind barriers (a short line that ends like a sentence, a one-line
# exchange or a caption, costs 80 wherever it stands) ...
_SHORTS_FULL_PENALTY: Final = 7
_LONG_BLOCK_PENALTY: Final = 40
# ... what a line that closes a story costs (a comment prompt, a copyright line) ...
_BARRIER_PENALTY: Final = 1000
_BARRIERS: Final = frozenset({"comments", "legal", "cookies", "share"})
# ... what a line of a link box costs, after its heading ...
_BOX_PENALTY: Final = 40
# ... and what a marked list item ("- ", "1. ") costs.
_LIST_PENALTY: Final = 0
# How far above the story the title may stand, in lines.
_HEADLINE_REACH: Final = 20
# A page's title has at most this many words; this many make a full one.
_PAGE_TITLE_MAX_WORDS: Final = 24
_PAGE_TITLE_FULL_WORDS: Final = 8
# How far above the story a title that shares words with its opening may stand, in lines.
_TITLE_REACH: Final = 40
# How much of the story's opening, in characters, a title's words are looked for in ...
_OPENING_CHARS: Final = 1000
# ... and the share of the title's content words it must hold.
_TITLE_SHARE: Final = 0.35
# A line ending with a writer's role ("Jane Roe, Staff Writer", "Gazette staff reporter").
_ends_with_role = regex.compile(r"(?i)\b(?:" + "|".join(AUTHOR_ROLES) + r")s?$").search
# ... is a credit, not a title, when it has at most this many words.
_ROLE_LINE_MAX_WORDS: Final = 6
# The marks of a line cut short: a teaser ("Pier to close for the summer...").
_ELLIPSES: Final = ("\N{HORIZONTAL ELLIPSIS}", "...")
# A stop between two sentences of a line, with a closing quotation mark after it.
# The word before it is a word of four letters or more, a short word in
# lowercase or a number: "U.S.", "St." and "Gov." end no sentence.
_find_inner_stops = regex.compile(
    r"""(?x)
    (?: \p{L}{4} | \b\p{Ll}\p{L}{0,2} | \d )      # the end of the sentence's last word
    [.!?]                                        # the stop
    [\"'\N{RIGHT SINGLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}]?  # a closing mark
    \s
    """
).findall
# The longest line `_is_section_heading` can match ("Table of contents ...").
_SECTION_HEADING_MAX_CHARS: Final = 40
# A title of two sentences ending with a full stop has at most this many words.
_TWO_SENTENCE_TITLE_MAX_WORDS: Final = 20
# What may stand between a title and a site's name glued after it ("Title | Site").
_TITLE_GLUE: Final = ("|", "-", "\N{EN DASH}", "\N{EM DASH}", ":", "\N{MIDDLE DOT}", "\N{BULLET}")


# ... and what a line of a readers' comment thread costs (a comment's head or
# button, with another within this many lines), so that no thread joins the story.
_THREAD_REACH: Final = 12
# A line with this many characters of a script written without spaces (Chinese,
# Japanese), and those half of it, is prose: such a script's menus and labels
# are a few characters long, and its sentences need no stop at a line's end.
_UNSPACED_PROSE_CHARS: Final = 16
# A piece of a sentence broken across lines has this many characters and words.
_WRAPPED_MIN_CHARS: Final = 40
_WRAPPED_MIN_WORDS: Final = 6
# A lowercase word at a line's start, then a space or a comma.
_opens_lowercase_word = regex.compile(r"\p{Ll}{1,30}[ ,;]").match
# A parenthesis after a word: "1 (8-ounce) package", "page ranges (Bug 4996)".
_has_parenthetical = regex.compile(r"\w\s\([^()\n]{1,60}\)").search
# The openings of a code comment or a prompt.
_CODE_OPENERS: Final = ("// ", "$ ", "#include", ">>> ")
# The dots that end a teaser cut short: three full stops, or an ellipsis.
_CUT_MARKS: Final = ("...", "\N{HORIZONTAL ELLIPSIS}")
# The longest comment button ("Reply to this comment").
_COMMENT_BUTTON_MAX_CHARS: Final = 25
# The longest comment head ("jdoe on May 2, 2019 at 5:23 pm said:").
_COMMENT_HEAD_MAX_CHARS: Final = 100
# A comment's head: a name (and a date), then "says:" ("jdoe says:").
_is_comment_head = regex.compile(
    r"""(?xi)
    [^\n.!?]{1,80}? \s                             # the name, maybe a date and a time
    (?: """
    + "|".join(COMMENT_VERBS)
    + r""" ) \s? :                                 # the verb, and the colon
    """
).fullmatch


def _is_comment_mark(text: str) -> bool:
    """Is the line a comment's head ("jdoe says:") or button ("Reply")?"""
    if len(text) > _COMMENT_HEAD_MAX_CHARS:
        return False
    if text.endswith(":"):
        return _is_comment_head(text) is not None
    return len(text) <= _COMMENT_BUTTON_MAX_CHARS and text.lower() in COMMENT_BUTTONS


class _Unit(NamedTuple):
    first: int
    last: int
    weight: int
    prose: bool


def _units(lines: Sequence[Line], labels: Sequence[str], joins: Sequence[bool]) -> list[_Unit]:
    """The lines as units (a hard-wrapped block is one), each with its weight."""
    units: list[_Unit] = []
    i = 0
    n = len(lines)
    in_box = False  # inside a link box: after a related-links heading, before prose
    marks: list[int] = []  # the units that are a comment's head or button
    shorts = 0  # how many units in a row cost `_PENALTY` (or `_LONG_BLOCK_PENALTY`)
    while i < n:
        j = i
        while j + 1 < n and joins[j + 1]:
            j += 1
        if j == i:
            text = lines[i].text
            kinds = {labels[i]}
        else:
            text = " ".join(line.text for line in lines[i : j + 1])
            kinds = set(labels[i : j + 1])
        chrome = kinds != {BODY}
        detail = False
        unspaced = 0 if chrome or text.isascii() else _count_unspaced(text)
        prose = (
            not chrome
            and (_is_prose_text(text) or unspaced >= _UNSPACED_PROSE_CHARS)
            and not _is_ui(text)
            and not _is_cut(text)
            and not _is_comma_list(text)
        )
        if prose and _is_consent(text):
            prose = False
            weight = 0  # a cookie notice's line: no story, but a story may speak of cookies
        elif prose:
            weight = len(text) + unspaced  # a character of such a script counts twice
        elif kinds & _BARRIERS:
            weight = -_BARRIER_PENALTY  # what follows a comment prompt is not story
        elif not chrome and _is_list_item(text):
            weight = -_LIST_PENALTY  # a marked list item: a story's list, seldom a menu
        elif not chrome and j == i and _is_wrapped_piece(lines, labels, i):
            weight = len(text)  # a piece of a sentence broken across lines
        elif not chrome and j == i and _is_story_detail(text):
            weight = -_LIST_PENALTY  # a line of a story's own list, or of its code
            detail = True
        elif in_box:
            weight = -_BOX_PENALTY  # a link box sits inside a story as often as after it
        elif shorts < _SHORTS_FULL_PENALTY or _ends_sentence(text):
            weight = -_PENALTY
        else:
            weight = -_LONG_BLOCK_PENALTY  # deep in a block of lines: a story's long list?
        # (a line of a story's detail stands in a block of lines all the same)
        shorts = shorts + 1 if detail or weight in (-_PENALTY, -_LONG_BLOCK_PENALTY) else 0
        if prose:
            in_box = False
        elif j == i and (RELATED in kinds or (not chrome and _is_related_heading(text))):
            in_box = True
        if (
            j == i
            and not prose
            and not chrome
            and (text[-1:] == ":" or len(text) <= _COMMENT_BUTTON_MAX_CHARS)
            and _is_comment_mark(text)
        ):
            marks.append(len(units))
        units.append(_Unit(i, j, weight, prose))
        i = j + 1
    _weigh_threads(units, marks)
    return units


def _is_wrapped_piece(lines: Sequence[Line], labels: Sequence[str], i: int) -> bool:
    """Is line ``i`` a piece of running text broken across lines with no blank
    line between (a table's cell, a page cut at a fixed width)?

    It has six words or more, and either runs on into the next line (it ends
    no sentence and with no colon, and the next opens with a lowercase word)
    or runs on from the line before (it opens with a lowercase word, and the
    line before, of six words or more, ends no sentence).  A web address or a byline ("by Jane
    Roe") is no such piece.
    """
    text = lines[i].text
    if len(text) < _WRAPPED_MIN_CHARS or len(text.split()) < _WRAPPED_MIN_WORDS or "://" in text:
        return False
    after = i + 1
    if (
        after < len(lines)
        and labels[after] == BODY
        and _opens_running_word(lines[after].text)
        and not _ends_sentence(text)
        and not text.endswith(":")
    ):
        return True
    if i == 0 or labels[i - 1] != BODY or not _opens_running_word(text):
        return False
    above = lines[i - 1].text
    return (
        len(above) >= _WRAPPED_MIN_CHARS
        and len(above.split()) >= _WRAPPED_MIN_WORDS
        and "://" not in above
        and not _ends_sentence(above)
    )


def _is_story_detail(text: str) -> bool:
    """Is the line one of a story's own list or code, which a menu seldom holds?

    A parenthesis after a word, in a line of three words or more ("1 (8-ounce)
    package cream cheese", "Printing page ranges (Bug 4996)"), two marks of
    code ("{", "}", ";", "="), or a code comment's or a prompt's opening ("// ",
    "$ ").
    """
    if text.startswith(_CODE_OPENERS):
        return True
    if text.count("{") + text.count("}") + text.count(";") + text.count("=") >= 2:
        return True
    return "(" in text and _has_parenthetical(text) is not None and len(text.split()) >= 3


def _opens_running_word(text: str) -> bool:
    """Does the line open with a lowercase word, as a sentence's middle does (not "by")?"""
    return _opens_lowercase_word(text) is not None and not text.startswith("by ")


def _count_unspaced(text: str) -> int:
    """How many characters of a script written without spaces the text holds,
    when they are at least half of it (else 0)."""
    if len(text) < _UNSPACED_PROSE_CHARS:
        return 0
    count = len(_find_unspaced(text))
    return count if 2 * count >= len(text) else 0


def _is_consent(text: str) -> bool:
    """Is the line one of a cookie notice ("This website uses cookies to ...")?"""
    if "ookie" not in text and "OOKIE" not in text:
        return False  # the cheap test ("Cookie", "cookies", "COOKIES")
    lowered = text.lower()
    return "cookie" in lowered and holds_any(lowered, CONSENT_WORDS)


def _is_comma_list(text: str) -> bool:
    """Is the line a list of names or tags, its words held apart by commas
    ("jdoe, Ann Lee, maplefan, ...": the readers who liked a post), not prose?
    Half of its words or more are followed by a comma."""
    commas = text.count(", ")
    return 2 * commas >= _PROSE_WORDS and 2 * commas >= len(text.split()) >= _PROSE_WORDS


def _is_cut(text: str) -> bool:
    """Does the line end cut short, in a word and its dots ("the bank accounts...")?

    A teaser's text, cut to fit a box of links to other stories; a story's
    sentence that trails off ends with a space or a closing mark before them,
    or after them.
    """
    if text.endswith(_CUT_MARKS[0]):
        before = text[-4:-3]
    elif text.endswith(_CUT_MARKS[1]):
        before = text[-2:-1]
    else:
        return False
    return before.isalnum() or before == ","


def _weigh_threads(units: list[_Unit], marks: Sequence[int]) -> None:
    """Make a barrier of each comment mark (the units at ``marks``) with another
    within `_THREAD_REACH` lines: a thread repeats its heads and buttons."""
    for n, k in enumerate(marks):
        line = units[k].first
        if (n > 0 and line - units[marks[n - 1]].first <= _THREAD_REACH) or (
            n + 1 < len(marks) and units[marks[n + 1]].first - line <= _THREAD_REACH
        ):
            units[k] = units[k]._replace(weight=-_BARRIER_PENALTY)


def _best_run(units: Sequence[_Unit]) -> tuple[int, int] | None:
    """The first and last unit of the run with the largest total weight."""
    best = 0
    best_run: tuple[int, int] | None = None
    total = 0
    start = 0
    for k, unit in enumerate(units):
        if total <= 0:
            total = 0
            start = k
        total += unit.weight
        if total > best:
            best = total
            best_run = (start, k)
    return best_run


def _page_title(lines: Sequence[Line], labels: Sequence[str], first: int) -> int | None:
    """The line above the story (at ``first``) that is its title, if one is near.

    A title shares its words with the story's opening; a related link, a teaser
    or a control does not.  So among the lines up to 40 above the story that
    could be a title (`_title_words`), those that share 35 in a hundred of
    their words with it (`_shares_opening`) are taken first, and the one with
    the most words wins (names, credits and section labels are short; eight
    make a full title); on a tie the higher line wins (a title stands above
    its dek).  When none shares so much, the same rule picks among the nearest
    20 lines alone.  The entries under a "Contents" or "Key points" heading
    are not looked at: the title stands above the box.  A title line with a
    breadcrumb or a site name glued to it gives way to the bare title, when
    the page repeats it (`_unglued`).  Linear: a bounded window, and a set of
    the opening's words.
    """
    opening = _opening_words(lines, labels, first)
    near: int | None = None  # the fullest line of the nearest 20
    near_words = 0
    best: int | None = None  # the fullest line that shares words with the opening
    best_words = 0
    seen: list[int] = []
    for i in range(first - 1, max(-1, first - 1 - _TITLE_REACH), -1):
        if labels[i] not in (BODY, NAVIGATION):
            continue
        text = lines[i].text
        if len(text) <= _SECTION_HEADING_MAX_CHARS and _is_section_heading(text):
            # a table of contents or a summary box ("Contents", "Key points"):
            # the lines under it are its entries, and the title stands above it
            near, near_words, best, best_words = None, 0, None, 0
            seen.clear()
            continue
        count = _title_words(text)
        if count:
            seen.append(i)
            words = min(count, _PAGE_TITLE_FULL_WORDS)
            if first - i <= _HEADLINE_REACH and words >= near_words:
                near, near_words = i, words
        else:
            count = _two_sentence_title_words(text)
            if not count:
                continue
            words = min(count, _PAGE_TITLE_FULL_WORDS)
        if words >= best_words and _shares_opening(text, opening):
            best, best_words = i, words
    title = near if best is None else best
    return None if title is None else _unglued(lines, seen, title)


def _title_words(text: str) -> int:
    """The number of words of a line that could be a page's title, or 0 for one that cannot.

    Speed: the tests that cost least run first (every test turns a line away,
    so their order leaves the answer as it is); `_could_be_headline`, a dozen
    patterns, runs last.
    """
    if not 12 <= len(text) <= _HEADLINE_MAX_CHARS or text.endswith(_ELLIPSES) or _ends_clause(text):
        return 0  # (an ellipsis: a teaser cut short)
    count = len(_find_words(text))
    if not 4 <= count <= _PAGE_TITLE_MAX_WORDS:
        return 0
    if text.endswith("|") or _has_control_word(text) or len(_find_crumb_marks(text)) >= 2:
        return 0  # a control, a notice or a breadcrumb trail
    if count <= _ROLE_LINE_MAX_WORDS and _ends_with_role(text) is not None:
        return 0  # a writer's name or paper and role: "Jane Roe, Staff Writer"
    return count if _could_be_headline(text, lede_questions=False) else 0


def _two_sentence_title_words(text: str) -> int:
    """`_title_words` of a title written as two short sentences with a full stop
    ("The pier is closing. Here is what riders need to know."), or 0.

    Such a line is taken only when it shares the story's opening: a caption or a
    dek that ends with a full stop is one sentence, and shares it too.
    """
    if not text.endswith(".") or len(text) > _HEADLINE_MAX_CHARS:
        return 0
    if len(_find_inner_stops(text)) != 1:
        return 0
    count = _title_words(text[:-1])
    return count if count <= _TWO_SENTENCE_TITLE_MAX_WORDS else 0


def _content_words(text: str) -> set[str]:
    """The words of a text that say what it is about: three letters or more, no
    number, none of `TITLE_STOP_WORDS`; lower-cased."""
    return {
        word
        for word in _find_words(text.lower())
        if len(word) >= 3 and word not in TITLE_STOP_WORDS and not word.isdigit()
    }


def _opening_words(lines: Sequence[Line], labels: Sequence[str], first: int) -> set[str]:
    """The words of the story's opening, lower-cased: its lines from ``first``
    until `_OPENING_CHARS` characters are read (the lede and the next paragraph
    or two), at most that many of each line.

    All its words: a line's `_content_words` are matched against them.  Speed:
    a set built from the words found, without a test per word.
    """
    words: set[str] = set()
    size = 0
    for i in range(first, len(lines)):
        if labels[i] != BODY:
            continue
        text = lines[i].text
        words.update(_find_words(text[:_OPENING_CHARS].lower()))
        size += len(text)
        if size >= _OPENING_CHARS:
            break
    return words


def _shares_opening(text: str, opening: set[str]) -> bool:
    """Does the story's opening hold a word of the line, and `_TITLE_SHARE` of them?"""
    words = _content_words(text)
    shared = len(words & opening)
    return shared > 0 and shared >= _TITLE_SHARE * len(words)


def _unglued(lines: Sequence[Line], seen: Sequence[int], title: int) -> int:
    """The bare title, when the title line carries more and the page repeats it alone.

    A page's <title> often glues the site's name after the title ("Title | Site
    Name"), and a breadcrumb trail may run into it ("Home News Crime Title"); the
    <h1> gives the title alone.  Among the candidate lines ``seen``, one that
    ends the title line, or opens it before a separator ("|", a dash, a colon),
    is the title.
    """
    text = lines[title].text
    for i in seen:
        other = lines[i].text
        if len(other) < len(text) and (
            text.endswith(other)
            or (text.startswith(other) and text[len(other) :].lstrip()[:1] in _TITLE_GLUE)
        ):
            title, text = i, other
    return title


def _label_page(
    lines: Sequence[Line], labels: list[str], joins: Sequence[bool], whole: str | None = None
) -> None:
    units = _units(lines, labels, joins)
    run = _best_run(units)
    if run is None:
        return
    first = units[run[0]].first
    last = units[run[1]].last
    for i in range(first):
        if labels[i] == BODY:
            labels[i] = NAVIGATION
    for i in range(last + 1, len(lines)):
        if labels[i] == BODY:
            labels[i] = FOOTER
    # Inside the story: interface lines, and link lists under a "Related" heading.
    in_links = False
    for unit in units[run[0] : run[1] + 1]:
        text = lines[unit.first].text
        if unit.prose:
            in_links = False
            continue
        if unit.first != unit.last:
            continue
        if labels[unit.first] == RELATED:
            in_links = True  # a heading _chrome knows ("Related stories")
        elif labels[unit.first] == BODY:
            if _is_related_heading(text):
                labels[unit.first] = RELATED
                in_links = True
            elif in_links:
                labels[unit.first] = RELATED
            elif _is_ui(text):
                labels[unit.first] = UI
    # The title: the fullest line above the story that could be one.
    title = _page_title(lines, labels, first)
    if title is not None:
        labels[title] = HEADLINE
        for j in range(title + 1, first):
            if labels[j] == NAVIGATION:
                labels[j] = _head_kind(lines[j].text) or UI
    _label_head(lines, labels, first, last + 1)
    # Inside the story: the bylines and times of a live blog's posts.
    for unit in units[run[0] : run[1] + 1]:
        i = unit.first
        if not unit.prose and i == unit.last and labels[i] == BODY:
            text = lines[i].text
            if len(text) <= _HEAD_LINE_MAX_CHARS:
                labels[i] = _head_kind(text) or BODY
    _label_contributors(lines, labels, last + 1)
    _label_foot(lines, labels, first, last + 1, whole)


# ---------------------------------------------------------------- notices and credits


def _label_notices(
    lines: Sequence[Line], labels: list[str], whole: str | None = None
) -> tuple[list[int], list[int]]:
    """Label affiliate and editorial notices ("we may earn a commission") as advertisement,
    and a gallery's counters ("3 of 57") and a review's pros-and-cons box (a "Pros"
    heading and the marked list items under it) as interface lines.

    Returns the indexes of the one-line links to other stories ("MORE: ..."),
    which the caller labels related once the story is found (on a page, a
    related line opens a link box), and of the related-links headings ("You
    might like"), which the caller labels in an article's text (a page's story
    rule reads them itself).
    """
    links: list[int] = []
    headings: list[int] = []
    in_box = False  # under a pros-and-cons heading, in its list
    tail = len(lines) - _TAIL_REACH
    # The lines to test for a notice, once the hints they hold are known (no
    # line's test changes what this loop does with the lines after it).
    candidates: list[int] = []
    long_lines = 0  # lines over 300 characters so far
    for i, line in enumerate(lines):
        text = line.text
        if labels[i] != BODY:
            in_box = False
            continue
        if len(text) > _DISCLOSURE_MAX_CHARS:
            in_box = False
            # a long notice is among the text's first long lines, or at its foot
            if len(text) <= _NOTICE_MAX_CHARS and (long_lines < _LONG_NOTICE_HEAD or i >= tail):
                candidates.append(i)
            long_lines += 1
            continue
        if in_box and len(text) <= _PROS_CONS_ITEM_MAX_CHARS and _is_bullet_item(text):
            labels[i] = UI
            continue
        in_box = False
        if len(text) <= _PROS_CONS_HEADING_MAX_CHARS and _is_pros_cons_heading(text):
            labels[i] = UI
            in_box = True
            continue
        if len(text) <= _COUNTER_MAX_CHARS and _is_counter(text):
            labels[i] = UI
            continue
        if (
            len(text) <= _RELATED_LINK_MAX_CHARS
            and text[0].lower() in _RELATED_LINK_FIRSTS
            and _opens_related_link(text)
        ):
            links.append(i)
            continue
        if (
            len(text) <= _RELATED_HEADING_MAX_CHARS
            and text[0].lower() in _RELATED_HEADING_FIRSTS
            and _is_related_heading(text)
        ):
            headings.append(i)
            continue
        candidates.append(i)
    hints = _hints_held(lines, candidates, whole)
    for i in candidates:
        line = lines[i]
        labels[i] = _notice_kind(line.text, hints, whole, line.start) or BODY
    return links, headings


# The heads are lower-cased some 64 KB at a time: str.lower() sets aside room
# for three UCS-4 characters per character, so lowering a 10 MB text whole
# would cost some 140 MB at its peak.
_LOWER_CHUNK: Final = 1 << 16
_ALL_HINTS: Final = _DISCLOSURE_HINTS + _DISCLAIMER_HINTS


class _Hints(NamedTuple):
    """The hints of the notice tables that a text holds."""

    disclosure: tuple[str, ...]
    disclaimer: tuple[str, ...]


def _hints_held(lines: Sequence[Line], candidates: Sequence[int], whole: str | None) -> _Hints:
    """The hints that the heads of the candidate lines hold, lower-cased.

    A line is then tested for those only.  Speed: most texts hold none or few,
    and one substring search per hint over the heads joined (a slice at a
    time) costs less than one per hint and line; the heads are what
    `_notice_kind` reads, a part of the text.  They are cut from ``whole``,
    the text lower-cased (see _lines.lower_whole), when there is one.
    """
    held: set[str] = set()
    heads: list[str] = []
    size = 0
    for n, i in enumerate(candidates, 1):
        line = lines[i]
        if whole is None:
            head = line.text[:_NOTICE_HEAD_CHARS]
        else:
            head = whole[line.start : min(line.end, line.start + _NOTICE_HEAD_CHARS)]
        heads.append(head)
        size += len(head)
        if size >= _LOWER_CHUNK or n == len(candidates):
            # "\n" holds the heads apart: no hint holds one
            joined = "\n".join(heads)
            if whole is None:
                joined = joined.lower()
            for hint in _ALL_HINTS:  # (a loop: no generator to resume per hint)
                if hint not in held and hint in joined:
                    held.add(hint)
            heads.clear()
            size = 0
    return _Hints(
        tuple(hint for hint in _DISCLOSURE_HINTS if hint in held),
        tuple(hint for hint in _DISCLAIMER_HINTS if hint in held),
    )


def _notice_kind(text: str, hints: _Hints, whole: str | None = None, start: int = 0) -> str | None:
    """The kind of a notice line: an affiliate or editorial notice ("advertisement"), a
    correction note, a publisher's disclaimer, raw embed code; None for a story line.

    The phrase of a notice stands within the line's first 250 characters.
    ``whole`` is the text lower-cased (see _lines.lower_whole), when there is
    one, and ``start`` the line's offset in it.
    """
    if text[0] in "<[":
        return EMBED if _is_embed_code(text) else None
    if (
        len(text) <= _EMBED_PLACEHOLDER_MAX_CHARS
        and text[0].lower() in _EMBED_PLACEHOLDER_FIRSTS
        and _is_embed_placeholder(text)
    ):
        return EMBED
    if text.endswith(_CLICK_TO_TWEET):
        return UI  # a quotation boxed for sharing, repeated from the story
    if text.endswith((")", ").")) and _ends_with_photo_credit(text, max(0, len(text) - 100)):
        return CAPTION
    if not (hints.disclosure or hints.disclaimer or text[0] in _CORRECTION_FIRSTS):
        return None  # the cheap test
    if whole is None:
        head = text[:_NOTICE_HEAD_CHARS].lower()
    else:
        head = whole[start : start + min(len(text), _NOTICE_HEAD_CHARS)]
    # (no other first character lower-cases to the first of a correction's openings)
    if (
        text[0] in _CORRECTION_FIRSTS
        and head.startswith(_CORRECTION_STARTS)
        and _opens_correction(text)
    ):
        return CORRECTION
    if hints.disclosure and holds_any(head, hints.disclosure):
        reach = _NOTICE_HEAD_CHARS + 50  # (the pattern reads no further)
        lowered = None if whole is None else whole[start : start + min(len(text), reach)]
        if _may_hold_disclosure(text[:reach], lowered):
            found = _has_disclosure(text, 0, reach)
            if found is not None and found.start() < _NOTICE_HEAD_CHARS:
                return ADVERTISEMENT
    if hints.disclaimer and holds_any(head, hints.disclaimer):
        # in the line's first sentence, which quotes nobody
        stop = _has_inner_stop(text)
        first = text if stop is None else text[: stop.start() + 1]
        if (
            _has_disclaimer(first)
            and _has_double_quote(first) is None
            and _has_speech_verb(first) is None
        ):
            return DISCLAIMER
    return None


def _label_related_links(labels: list[str], links: Sequence[int]) -> None:
    """Label the one-line links to other stories that are still story lines as related."""
    for i in links:
        if labels[i] == BODY:
            labels[i] = RELATED


def _label_contributors(lines: Sequence[Line], labels: list[str], stop: int) -> None:
    """Label the lines that credit contributors, among the story's last lines, as bylines.

    The story ends before line ``stop``.
    """
    for i in range(max(0, stop - _FOOT_REACH), stop):
        text = lines[i].text
        if labels[i] != BODY or len(text) > 200:
            continue
        if _is_contributor(text):
            labels[i] = BYLINE
        elif len(text) <= _HEAD_LINE_MAX_CHARS and not _ends_sentence(text):
            kind = _head_kind(text)  # a byline or a labelled date under the story
            if kind == BYLINE or (kind == TIMESTAMP and _opens_timestamp_label(text)):
                labels[i] = kind


def _label_foot(
    lines: Sequence[Line], labels: list[str], start: int, stop: int, whole: str | None = None
) -> None:
    """Label the story's foot: from a foot line or an author bio to the end, nothing is story.

    The story runs from line ``start`` to before ``stop``.  A foot line ("This
    story originally appeared in ...", "Jane Roe can be reached at ...") or an
    author bio ("Jane Roe is a reporter at ...") stands among the last 25 lines,
    under three story lines or more: comments and link lists follow it.  The
    first such line is a byline; the story lines after it are the footer.
    ``whole`` is the text lower-cased (see _lines.lower_whole), when there is one.
    """
    for i in range(max(start + _FOOT_MIN_STORY_LINES, _tail_start(labels, start, stop)), stop):
        line = lines[i]
        text = line.text
        if labels[i] not in (BODY, BYLINE) or len(text) > _BIO_MAX_CHARS:
            continue
        if len(text) <= _ABOUT_HEADING_MAX_CHARS and text.startswith("About "):
            if labels[i] == BODY and _is_about(lines, labels, i, stop):
                for j in range(i, stop):
                    if labels[j] == BODY:
                        labels[j] = FOOTER
                return
            continue
        if (
            len(text) <= _FOOT_MAX_CHARS
            and (
                _opens_foot(text, None if whole is None else whole[line.start : line.end])
                or _is_contributor(text)
                or _is_citation(text)
            )
        ) or _is_bio(text):
            labels[i] = BYLINE
            for j in range(i + 1, stop):
                if labels[j] == BODY:
                    labels[j] = FOOTER
            above = lines[i - 1].text
            if (
                labels[i - 1] == BODY
                and len(above) <= _FOOT_HEADING_MAX_CHARS
                and not _ends_sentence(above)
            ):
                labels[i - 1] = FOOTER  # its heading: "About the author", "Who we are"
            return
    _label_end_lists(lines, labels, start, stop)


def _opens_foot(text: str, lowered: str | None = None) -> bool:
    """Does the line open like a foot line ("This story originally appeared in ...")?

    ``lowered`` is the line cut from the text lower-cased whole, when there is
    one (the needles, all ASCII, find in its head what they find in the head
    lowered alone; see _lines.lower_whole).  Speed: one pattern of all the
    openings cost as much as a dozen calls into the regex module on every
    line tested, though nearly all open with none of them; a line is matched
    only against the openings its first character or its first words allow.
    And a head cut from the lowered text costs a slice, where lowering it
    costs some 50 instructions a character in a text that is not Latin-1.
    """
    if text[0] in FOOT_FIRSTS and _may_open_foot(text) and _opens_foot_word(text) is not None:
        return True
    head = text[:FOOT_PHRASE_REACH].lower() if lowered is None else lowered[:FOOT_PHRASE_REACH]
    return holds_any(head, FOOT_PHRASE_NEEDLES) and (_opens_foot_phrase(text) is not None)


def _may_open_foot(text: str) -> bool:
    """Can a line that opens with these characters match the foot openings?

    Asked of the openings as a partial match of the line's first four
    characters, once per head (kept in a bounded table): of polnear's lines
    tested, most open with a capital that some opening allows ("The", "He",
    "Mr"), few with four characters that one does.  With the table full, a
    head not in it leaves the decision to the full match.
    """
    return head_may_open(text[:_FOOT_HEAD_CHARS], _FOOT_HEADS, _MAX_FOOT_HEADS, _opens_foot_word)


def _is_contributor(text: str) -> bool:
    """Does the line credit the story's contributors ("Jane Roe contributed to this report.")?"""
    if (
        "contributed" not in text
        and " reported " not in text
        and not (
            text[0] in _CONTRIBUTOR_FIRSTS
            and text[:_CONTRIBUTOR_HEAD].lower().startswith(_CONTRIBUTOR_STARTS)
        )
    ):
        return False  # the cheap test: no line of CONTRIBUTOR_LINES opens otherwise
    return _is_contributor_line(text) is not None


def _tail_start(labels: Sequence[str], start: int, stop: int) -> int:
    """The first of the story's last 25 lines, counting story lines only: chrome after
    the story (a gallery's counters, a link list) does not use up the reach."""
    count = 0
    i = stop
    while i > start and count < _TAIL_REACH:
        i -= 1
        if labels[i] in (BODY, BYLINE):
            count += 1
    return i


def _is_bio(text: str) -> bool:
    """Is the line an author bio ("Jane Roe is a senior reporter at the Gazette")?

    A line with a speech verb, or a quotation in its first sentence, is a story's
    line introducing a source.
    """
    head = text[:_BIO_HEAD_CHARS]
    if not holds_any(head, _BIO_VERBS):
        return False  # the cheap test
    found = _opens_bio(text)
    if found is None or _has_speech_verb(text) is not None:
        return False
    stop = _has_inner_stop(text, found.end())
    return _has_double_quote(text, 0, len(text) if stop is None else stop.start()) is None


def _is_citation(text: str) -> bool:
    """Is the line a paper's citation with its DOI ("A. Author et al. 2023. Title. doi: ...")?"""
    return (
        ("doi" in text or "DOI" in text)
        and _opens_citation(text) is not None
        and _has_doi(text) is not None
    )


def _is_about(lines: Sequence[Line], labels: Sequence[str], i: int, stop: int) -> bool:
    """Is line ``i`` an "About Acme" heading over boilerplate ("Acme is a global provider
    of ...") or an "About the author" heading?"""
    heading = _is_about_heading(lines[i].text)
    if heading is None:
        return False
    name = heading.group(1)
    if name is None:
        return True  # "About the author"
    following = next((j for j in range(i + 1, stop) if labels[j] == BODY), None)
    if following is None:
        return False
    text = lines[following].text
    return text.startswith(name) and " is " in text[: len(name) + 80]


def _label_end_lists(lines: Sequence[Line], labels: list[str], start: int, stop: int) -> None:
    """Label the lists that close a text and are not story: numbered notes under a
    "Footnotes" heading (as footer), and a credits list ("Art Director: Jane
    Roe", as credit) where three lines or more, and half of them, name a role.
    Reads back from the end."""
    if _label_end_links(lines, labels, start, stop):
        return
    i = stop
    credits = 0
    roles = 0
    while i > start and (labels[i - 1] != BODY or _is_credit(lines[i - 1].text)):
        i -= 1
        if labels[i] == BODY:
            credits += 1
            text = lines[i].text
            colon = text.find(":")
            roles += _has_credit_role(text, 0, len(text) if colon < 0 else colon) is not None
    if roles >= _CREDITS_MIN_LINES and 2 * roles >= credits:
        for j in range(i, stop):
            if labels[j] == BODY:
                labels[j] = CREDIT
        return
    i = stop
    while i > start and (labels[i - 1] != BODY or _opens_note(lines[i - 1].text)):
        i -= 1
    heading = i - 1  # the line above the notes, which must be their heading
    if heading <= start or i == stop or labels[heading] != BODY:
        return
    text = lines[heading].text
    if len(text) <= _NOTES_HEADING_MAX_CHARS and _is_notes_heading(text):
        for j in range(heading, stop):
            if labels[j] == BODY:
                labels[j] = FOOTER


def _label_end_links(lines: Sequence[Line], labels: list[str], start: int, stop: int) -> bool:
    """Label a list of links to other stories that closes the text as related: two
    or more marked items in capitalised words (titles), under a short heading with a
    word of such lists ("More Must-Reads From ...", "Most Read Stories")."""
    i = stop
    while i > start and labels[i - 1] != BODY:
        i -= 1
    items = 0
    while i > start and labels[i - 1] == BODY:
        text = lines[i - 1].text
        if (
            len(text) > _LINK_ITEM_MAX_CHARS
            or not _is_bullet_item(text)
            or _shape(text).capitalised < _LINK_ITEM_CAPITALISED
        ):
            break
        i -= 1
        items += 1
    heading = i - 1
    if items < 2 or heading <= start or labels[heading] != BODY:
        return False
    text = lines[heading].text
    if (
        len(text) > _LINK_HEADING_MAX_CHARS
        or _ends_sentence(text)
        or _has_related_word(text) is None
    ):
        return False
    for j in range(heading, stop):
        if labels[j] == BODY:
            labels[j] = RELATED
    return True


def _is_credit(text: str) -> bool:
    """Is the line one of a credits list ("Art Director: Jane Roe")?"""
    return (
        len(text) <= _CREDIT_MAX_CHARS
        and not _ends_sentence(text)
        and bool(_is_credit_line(text) or _is_credit_name_line(text))
    )


# ---------------------------------------------------------------- the stage


def label_story(
    text: str,
    lines: Sequence[Line],
    labels: Sequence[str],
    mode: Literal["auto", "article", "page"] | str,
    joins: Sequence[bool] | None = None,
    whole: str | None = None,
) -> list[str]:
    """Refine the labels: the headline, the story's head lines and, on a page, its frame.

    ``joins`` is `continues_paragraph` of the lines, and ``whole`` the text
    lower-cased (`_lines.lower_whole`), when the caller has them.
    """
    refined = list(labels)
    if not lines:
        return refined
    links, headings = _label_notices(lines, refined, whole)
    page = mode == "page" or (mode == "auto" and is_page(lines))
    if page:
        _label_page(lines, refined, continues_paragraph(lines) if joins is None else joins, whole)
        _label_related_links(refined, links)
        return refined
    _label_related_links(refined, links)
    _label_related_links(refined, headings)
    start = 0
    head = _article_headline(lines, refined)
    if head is not None:
        for i in range(head):
            if refined[i] == BODY:
                refined[i] = NAVIGATION  # the page's controls above it
        refined[head] = HEADLINE
        start = head + 1
    else:
        start = _label_top_controls(lines, refined)
    _label_head(lines, refined, start, len(lines))
    _label_contributors(lines, refined, len(lines))
    _label_foot(lines, refined, start, len(lines), whole)
    return refined
