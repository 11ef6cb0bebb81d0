# Stage 1a: label the lines that are not story: the publisher's appeal, the tag
# footer and page chrome (comment prompts, share rows, related links, ...).
#
# Contract: returns one label per line (see _lines for the labels); "body" for
# a line this stage leaves to the story.  It reads only the lines; the words it
# looks for live in lexicons, not in the rules.
from __future__ import annotations

from collections.abc import Sequence

import regex

from ._lines import APPEAL, BODY, HASHTAGS, Line

# A tag footer line: one or more "#Word" tokens and nothing else.
_is_hashtag_line = regex.compile(r"(?:#\w[\w-]*\s*)+").fullmatch
# A single tag in such a line.
_find_tags = regex.compile(r"#(\w[\w-]*)").findall

# Phrases that open a publisher's appeal to readers (placeholder lexicon).
_opens_appeal = regex.compile(
    r"""(?ix) ^ (?:
        a \s message \s from \b      # "A Message from The Paper:"
      | dear \s readers?\b           # "Dear readers,"
      | support \s (?:us|our) \b     # "Support us", "Support our journalism"
    )"""
).search

# Chrome lines by their whole text (placeholder lexicon).
_CHROME_LINES = {
    "leave a reply": "comments",
    "comments": "comments",
}


def tags_of(line: str) -> tuple[str, ...]:
    """The tags of a tag footer line, without their '#'."""
    return tuple(_find_tags(line))


def label_chrome(text: str, lines: Sequence[Line]) -> list[str]:
    """One label per line: appeal, hashtags, a chrome kind, or body."""
    labels = [BODY] * len(lines)
    in_appeal = False
    for i, line in enumerate(lines):
        lowered = line.text.lower()
        if _is_hashtag_line(line.text):
            labels[i] = HASHTAGS
            in_appeal = False
        elif lowered in _CHROME_LINES:
            labels[i] = _CHROME_LINES[lowered]
            in_appeal = False
        elif in_appeal or _opens_appeal(line.text):
            labels[i] = APPEAL
            in_appeal = True
    return labels
