"""The vocabulary of page chrome: the lines a web page puts around a story.

Each kind of chrome has a few stable wordings across publishers and tools
(comment prompts, share rows, "Read more:" links, advertisement markers,
copyright lines, cookie banners, photo credits, tag lists).  These tables
hold the wordings; `_chrome` matches them against whole lines, so a story
sentence that merely contains "share" or "comments" is never chrome.

Sources: the general vocabulary of news-site templates (WordPress, Arc, Drupal
themes and social plug-ins), in English with German and Russian basics.

Every pattern is a regular-expression fragment matched case-insensitively
against a WHOLE line (after trimming).  Fragments hold no nested repetition;
free text inside a pattern is bounded ({0,n}) so that matching stays linear.
"""

from __future__ import annotations

from typing import Final

__all__ = ["CHROME_KINDS", "CHROME_LINES", "CHROME_PHRASES", "TAG_LABELS_ALONE", "TAG_LIST_LABELS"]

CHROME_KINDS: Final[dict[str, str]] = {
    "comments": "a comment prompt or counter: 'Leave a Reply', 'Comments (12)'",
    "share": "a share row or button: 'Share this:', 'Facebook Twitter Email'",
    "related": "a pointer to other stories: 'Read more:', 'Related:', 'See also'",
    "advertisement": "an advertisement marker: 'Advertisement', 'Sponsored content'",
    "legal": "a copyright or legal line: '(c) 2024 The Paper', 'All rights reserved'",
    "cookies": "a cookie or consent banner: 'We use cookies ...', 'Accept all'",
    "credit": "a photo or video credit: 'Photo: Jane Roe/Agency', '(Getty Images)'",
    "newsletter": "an appeal run that is not the text's appeal (a plug beside a donation box)",
}
"""The chrome kinds `label_chrome` gives, with what each one is."""

# A run of free text inside one line, bounded.
_TEXT: Final = r"[^\n]{0,160}"
# A short run of free text (a name, a count, a site name).
_SHORT: Final = r"[^\n]{0,60}"
# A separator between share-row words.
_SEP: Final = r"[\s|,/\N{MIDDLE DOT}\N{BULLET}-]{1,6}"
# The names of the social networks and channels a share row lists.
_NETWORK: Final = (
    r"(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|e-?mail|mail|print|"
    r"copy link|flipboard|pocket|tumblr|threads|bluesky|mastodon|vk|vkontakte|ok|sms|messenger|"
    r"tweet|share|pin it|instagram|youtube|snapchat|tiktok)"
)

CHROME_LINES: Final[dict[str, tuple[str, ...]]] = {
    "comments": (
        r"leave a (?:reply|comment)",
        r"(?:\d{1,6} )?(?:comments?|replies|responses)(?: ?\(\d{1,6}\))?:?",
        r"(?:show|view|read|load|see|hide) (?:all )?(?:\d{1,6} )?comments?",
        r"(?:post|add|write|leave|submit) (?:a |your )?comments?(?: \(\+\))?",
        r"loading comments(?:\.{1,3}|\N{HORIZONTAL ELLIPSIS})?",
        r"join the (?:conversation|discussion)",
        r"comments? (?:are|is) closed\.?",
        r"you must be logged in to post a comment\.?",
        r"(?:kommentare?|kommentieren|комментари[ийя]|комментировать)(?: ?\(\d{1,6}\))?:?",
    ),
    "share": (
        r"share (?:this|the)(?: (?:article|story|post|page|link))?:?",
        r"share(?: on \w+)?:?",
        rf"(?:share (?:on|via) )?{_NETWORK}(?:{_SEP}{_NETWORK}){{0,12}}",
        r"(?:teilen|поделиться)(?: ?:)?",
        r"click to share on \w+(?: \(opens in new window\))?",
        r"(?:like this (?:story|article|post)\? )?"  # a teaser question
        r"share (?:it|this(?: \w+)?) with (?:a friend|your friends)!?",
        r"follow us(?: on [^\n]{1,40})?",
        # "Follow the Paper's sports page on Facebook", "* Follow us on X, Instagram ..."
        rf"\*?\s?follow [^\n]{{1,60}} on {_NETWORK}[^\n]{{0,120}}",
    ),
    "related": (
        r"(?:read|see) (?:more|also)(?: (?:on|about|from|at) {_SHORT})?:?".replace(
            "{_SHORT}", _SHORT
        ),
        r"related(?: (?:stories|articles|posts|coverage|content|reading|links|videos|news"
        r"|topics))?:?",
        # a labelled link to another story: "Read more: <title>", "[Related: <title>]"
        r"\[?(?:read (?:more|also|next)|see (?:more|also)|also read|related"
        r"(?: (?:post|story|article|link|video|reading))?|next)\s?:\s?[^\n]{1,160}",
        r"click here to (?:read|see) more[^\n]{0,80}",
        r"more (?:from|on|about|in) [^\s:]{1,30}(?: [^\s:]{1,30}){0,3}:?",
        r"(?:recommended|you (?:may|might) also like|popular|most read|trending|further reading):?",
        r"(?:lesen sie auch|mehr zum thema|weitere artikel|auch interessant):?",
        r"(?:читайте также|смотрите также|по теме|ещё по теме|еще по теме):?",
    ),
    "advertisement": (
        r"(?:advertisement|advertising|ad|ads|sponsored(?: content| post| by {_SHORT})?)".replace(
            "{_SHORT}", _SHORT
        ),
        r"(?:story|article) continues below(?: this)? (?:advertisement|ad)",
        r"scroll (?:down )?to continue(?: reading)?",
        r"(?:anzeige|werbung|реклама)",
    ),
    "legal": (
        rf"(?:\N{{COPYRIGHT SIGN}}|\(c\)|copyright){_TEXT}",
        rf"this (?:material|article|content) may not be (?:published|reproduced){_TEXT}",
        r"(?:privacy policy|terms of (?:use|service)|cookie policy|impressum|datenschutz)"
        r"(?:\s?[|,]\s?"  # a separator, then another legal link
        r"(?:privacy policy|terms of (?:use|service)|cookie policy|contact us|about us)){0,6}",
    ),
    "cookies": (
        rf"by (?:continuing|using this (?:site|website)){_SHORT}(?:cookies|privacy policy){_TEXT}",
        r"(?:accept|allow|reject|decline|manage) (?:all )?(?:cookies|preferences|settings)",
        r"(?:cookie|privacy|consent) (?:settings|preferences|choices)",
        r"(?:alle )?cookies akzeptieren|(?:wir verwenden|diese website verwendet) cookies" + _TEXT,
    ),
    "credit": (
        rf"(?:photo|photograph|image|lead image|cover image|gallery|picture|video|illustration|"
        rf"graphic|credit|photographer|photo retouching|foto|bild|фото)s?"
        rf"(?: by| credits?)?\s?:\s?{_SHORT}",
        r"(?:photo|video|image|editorial) credits:?",
        r"(?:submitted|file|handout|courtesy) (?:photo|image)",
        rf"\(?(?:photo|image|illustration) by {_SHORT}\)?",
        r"\(?(?:getty images|ap photo|afp|reuters|shutterstock|epa)(?:/[^\n]{0,40})?\)?",
    ),
    "newsletter": (),
}
"""Whole-line patterns of each chrome kind (tried in the order of CHROME_KINDS).

Each starts with its own words (no leading free text), so a line that does not
begin like chrome is turned away at its first characters."""

CHROME_PHRASES: Final[tuple[tuple[str, str, str], ...]] = (
    # (kind, needle, pattern): the pattern, matched against the whole line, is
    # tried only when the lower-cased line holds the needle.
    ("legal", "reserved", rf"{_TEXT}all rights reserved{_TEXT}"),
    ("legal", "licensed under", rf"{_TEXT}licensed under (?:a |the )?creative commons{_TEXT}"),
    (
        "legal",
        "commission",
        rf"{_TEXT}(?:may|might|will) (?:earn|get|receive|collect) (?:a |an )?(?:small )?"
        rf"(?:affiliate )?commission{_TEXT}",
    ),
    (
        "legal",
        "share of the sale",
        rf"{_TEXT}(?:may|might) (?:get|earn) a share of the sale{_TEXT}",
    ),
    ("legal", "disclosure", r"(?:advertiser|affiliate|editorial) disclosure:?"),
    # (A sign-up form's consent line, "By signing up, you agree to ...", is
    # left to the appeal stage: inside a newsletter box it belongs to the box.)
    # a picture agency's takedown notice under a gallery: "If you own rights to
    # any of the images ...", "If you are a representative of the photographer ..."
    (
        "legal",
        "rights to",
        rf"if you own (?:the )?rights to (?:any of )?the (?:images|photos|pictures){_TEXT}",
    ),
    ("legal", "photographer", rf"if you are a representative of the photographer{_TEXT}"),
    (
        "comments",
        "comments",
        rf"{_TEXT}(?:let us know in the comments|moderat\w{{0,4}} (?:all )?comments"
        rf"|comments (?:on this \w+ )?are (?:pre-?)?moderated){_TEXT}",
    ),
    ("cookies", "cookie", rf"{_SHORT}(?:we|this (?:site|website)) uses? cookies{_TEXT}"),
    (
        "credit",
        "/",
        rf"{_SHORT}/\s?(?:getty images|afp|ap|reuters|epa|shutterstock|alamy|dpa|imago)"
        rf"(?: via {_SHORT})?\)?",
    ),
)
"""Chrome lines told by a phrase inside them rather than by their first words."""

TAG_LIST_LABELS: Final[tuple[str, ...]] = (
    "tags",
    "topics",
    "filed under",
    "tagged",
    "tagged with",
    "keywords",
    "schlagwörter",
    "themen",
    "теги",
    "метки",
    "темы",
)
"""Labels that open a tag footer list: "Tags: Politics, Russia"."""

TAG_LABELS_ALONE: Final[tuple[str, ...]] = (
    "tags",
    "tagged",
    "tagged with",
    "filed under",
    "keywords",
    "schlagwörter",
    "теги",
    "метки",
)
"""Labels that may stand alone on a line above one tag a line.  "Topics" and
"Themen" are left out: alone on a line they mostly head a page's section menu."""
