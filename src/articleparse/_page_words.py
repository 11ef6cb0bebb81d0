"""The words of a page's frame and of a story's head, for `_story`.

`_story` finds the story by the shape of its lines (prose against menus); these
tables hold the few wordings that shape alone cannot tell: the labels of bylines
and timestamps, month names for dates, and the short interface lines that a
web page repeats on every article ("Skip to content", "Sign in", "Menu").

Sources: the common vocabulary of news-site templates and of the text that a
browser's "select all" or an HTML-to-text tool gives for them, in English with
German, French, Spanish and Russian basics.  Nothing here names a publisher.

Every entry is a regular-expression fragment, matched case-insensitively.  The
fragments hold no nested repetition and bound their free text, so that matching
stays linear.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "AUTHOR_ROLES",
    "BYLINE_LABELS",
    "COMMENT_BUTTONS",
    "COMMENT_VERBS",
    "CONSENT_WORDS",
    "CONTRIBUTOR_LINES",
    "CORRECTION_OPENERS",
    "CREDIT_ROLES",
    "DISCLAIMER_PHRASES",
    "DISCLOSURE_PHRASES",
    "EMBED_PLACEHOLDERS",
    "FOOT_FIRSTS",
    "FOOT_OPENERS",
    "FOOT_PHRASES",
    "FOOT_PHRASE_NEEDLES",
    "FOOT_PHRASE_REACH",
    "MONTHS",
    "NOTES_HEADINGS",
    "PAGE_CONTROL_WORDS",
    "PAGE_UI_LINES",
    "PROS_CONS_HEADINGS",
    "READING_TIME_LABELS",
    "RELATED_HEADINGS",
    "RELATED_LINK_LABELS",
    "SECTION_HEADINGS",
    "SITE_HEADINGS",
    "SITE_NOTICE_WORDS",
    "TIMESTAMP_LABELS",
    "TITLE_STOP_WORDS",
]

BYLINE_LABELS: Final[tuple[str, ...]] = (
    r"by",
    r"written\s by",
    r"words\s by",
    r"posted\s by",
    r"reported\s by",
    r"story\s by",
    r"author",
    r"von",  # German
    r"par",  # French
    r"por",  # Spanish, Portuguese
    r"автор",  # Russian: "author"
)
"""Words that open a byline ("By Jane Roe", "Von Hans Meier", "Автор: ...")."""

TIMESTAMP_LABELS: Final[tuple[str, ...]] = (
    r"published",
    r"updated",
    r"last\s updated",
    r"posted",
    r"posted\s on",
    r"first\s published",
    r"date",
    r"modified",
    r"veröffentlicht",  # German: published
    r"aktualisiert",  # German: updated
    r"publié\s le",  # French: published on
    r"mis\s à\s jour",  # French: updated
    r"publicado",  # Spanish, Portuguese: published
    r"actualizado",  # Spanish: updated
    r"опубликовано",  # Russian: published
    r"обновлено",  # Russian: updated
)
"""Words that label a line holding only a date or a time ("Updated: ...")."""

MONTHS: Final[tuple[str, ...]] = (
    r"jan(?:uary|\.)?",
    r"feb(?:ruary|\.)?",
    r"mar(?:ch|\.)?",
    r"apr(?:il|\.)?",
    r"may",
    r"june?",
    r"july?",
    r"aug(?:ust|\.)?",
    r"sep(?:t|tember|\.)?\.?",
    r"oct(?:ober|\.)?",
    r"nov(?:ember|\.)?",
    r"dec(?:ember|\.)?",
    r"januar",
    r"februar",
    r"märz",
    r"mai",
    r"juni",
    r"juli",
    r"oktober",
    r"dezember",
    r"janvier",
    r"février",
    r"mars",
    r"avril",
    r"juin",
    r"juillet",
    r"août",
    r"septembre",
    r"octobre",
    r"novembre",
    r"décembre",
    r"enero",
    r"febrero",
    r"marzo",
    r"abril",
    r"mayo",
    r"junio",
    r"julio",
    r"agosto",
    r"septiembre",
    r"octubre",
    r"noviembre",
    r"diciembre",
    r"января",
    r"февраля",
    r"марта",
    r"апреля",
    r"мая",
    r"июня",
    r"июля",
    r"августа",
    r"сентября",
    r"октября",
    r"ноября",
    r"декабря",
)
"""Month names and their abbreviations, as dates in bylines and timestamps write them."""

PAGE_UI_LINES: Final[tuple[str, ...]] = (
    r"skip\s (?:to\s)? (?:main\s)? (?:content|navigation|search)",
    r"jump\s to\s (?:navigation|content|main\s content)",
    r"accessibility\s (?:links|help|statement)",
    r"(?:main\s |site\s )?(?:menu|navigation)",
    r"open\s (?:menu|navigation)",
    r"close(?:\s menu)?",
    r"toggle\s (?:menu|navigation|search)",
    r"search(?:\s the\s site)?",
    r"sign\s (?:in|up|out)",
    r"log\s ?(?:in|out)",
    r"register",
    r"my\s account",
    r"subscribe(?:\s now)?",
    r"home(?:\s ?page)?",
    r"back\s to\s top",
    r"more",
    r"show\s more",
    r"load\s more",
    r"see\s (?:all|more)",
    r"next(?:\s (?:article|story|post))?",
    r"previous(?:\s (?:article|story|post))?",
    r"print",
    r"e-?mail",
    r"listen(?:\s to\s (?:this\s )?(?:article|story))?",
    r"sections",
    r"trending(?:\s now)?",
    r"latest(?:\s news)?",
    r"most\s (?:read|popular|viewed)",
    r"contact\s us",
    r"about\s us",
    r"privacy\s (?:policy|notice|settings)",
    r"cookie\s (?:policy|settings|preferences)",
    r"terms\s (?:of\s (?:use|service)|(?:&|and)\s conditions)",
    r"site\s ?map",
    r"advertise(?:\s with\s us)?",
    r"careers",
    r"help(?:\s centre|\s center)?",
    r"faqs?",
    r"follow\s us",
    r"got\s it",
    r"ok(?:ay)?",
    r"accept(?:\s all)?(?:\s cookies)?",
    r"view\s (?:on|at)\s [^\n]{1,40}",
    r"(?:buy|shop)\s (?:now|it\s (?:now|here)|(?:it\s )?(?:on|at)\s [^\n]{1,40})",
    r"shop\s (?:similar|the\s look|this)[^\n]{0,20}",
    r"view\s this\s post\s on\s [^\n]{1,20}",
    r"read\s ?more",
    r"save(?:\s (?:for\s later|article|story))?",
    r"report(?:\s (?:an\s )?(?:error|typo|this))?",
    r"image\s (?:copyright|caption)",
    r"written\s by",
)
"""Whole lines that are a page's interface: skip links, menus, account links, footers."""

RELATED_HEADINGS: Final[tuple[str, ...]] = (
    r"related(?:\s (?:stories|articles|posts|content|coverage|links|news|reading))?",
    r"more\s (?:from|on|in|about|like\s this|stories|news|for\s you)[^\n]{0,40}",
    r"you\s (?:may|might)\s (?:also\s )?(?:like|enjoy|be\s interested\s in)",
    r"recommended(?:\s (?:for\s you|stories|reading|articles))?",
    r"also\s (?:read|see|on|in)[^\n]{0,40}",
    r"read\s (?:more|next|also)",
    r"what\s to\s read\s next",
    r"popular(?:\s (?:now|stories|posts|articles|on\s [^\n]{1,30}))?",
    r"explore\s further",
    r"most\s (?:read|popular|viewed|shared)(?:\s [^\n]{0,30})?",
    r"top\s stories",
    r"editor'?s?\s picks?",
    r"trending(?:\s (?:now|stories|articles))?",
    r"latest(?:\s (?:news|stories|articles|posts))?",
    r"don'?t\s miss",
    r"further\s reading",
    r"weitere\s artikel",  # German: more articles
    r"mehr\s zum\s thema",  # German: more on the topic
    r"lire\s aussi",  # French: read also
    r"à\s lire\s aussi",  # French: also to read
    r"читайте\s также",  # Russian: read also
)
"""Headings that open a list of links to other stories ("Related stories", "More from ...")."""

RELATED_LINK_LABELS: Final[tuple[str, ...]] = (
    r"more",
    r"also",
    r"also\s (?:read|see|watch)",
    r"read\s (?:more|also|next)",
    r"see\s (?:also|more)",
    r"watch(?:\s more)?",
    r"related",
    r"required\s reading",
    r"must\s read",
    r"lesen\s sie\s auch",  # German: read also
    r"lire\s aussi",  # French: read also
    r"lee\s también",  # Spanish: read also
    r"читайте\s также",  # Russian: read also
)
"""Labels that open a one-line link to another story inside a story's text
("MORE: Ten things to know about the vote", "Also: How the port was built"); the label
is followed by a colon or a dash and the other story's title."""

CREDIT_ROLES: Final[tuple[str, ...]] = (
    r"director",
    r"editor",
    r"stylist",
    r"styling",
    r"producer",
    r"production",
    r"photograph(?:er|y)",
    r"videograph(?:er|y)",
    r"assistant",
    r"artist",
    r"designer",
    r"manager",
    r"make-?up",
    r"hair",
    r"grooming",
    r"casting",
    r"illustrat(?:or|ion)",
    r"writer",
    r"reporter",
    r"camera",
    r"sound",
    r"lighting",
    r"music",
    r"intern",
)
"""Role words of a credits list at the end of a feature or a shoot ("Art Director: Jane
Roe", "Hair Stylist: John Doe"); a label without one ("Best ferry: The Gull") is a list
item of the story."""

PROS_CONS_HEADINGS: Final[tuple[str, ...]] = (
    r"pros",
    r"cons",
    r"the\s good",
    r"the\s bad",
    r"what\s we\s (?:like|liked|love|don'?t\s like|didn'?t\s like)",
    r"likes",
    r"dislikes",
    r"vorteile",  # German: pros
    r"nachteile",  # German: cons
    r"плюсы",  # Russian: pros
    r"минусы",  # Russian: cons
)
"""Headings of a review's pros-and-cons box ("Pros", "The Bad"); the marked list
items under such a heading are the box's, not the story's."""

NOTES_HEADINGS: Final[tuple[str, ...]] = (
    r"foot\s?notes",
    r"end\s?notes",
    r"notes",
    r"references",
    r"sources",
    r"bibliography",
    r"citations",
    r"anmerkungen",  # German: notes
    r"einzelnachweise",  # German: references
    r"примечания",  # Russian: notes
)
"""Headings of a list of numbered notes or references at a story's end ("Footnotes")."""

SECTION_HEADINGS: Final[tuple[str, ...]] = (
    r"highlights",
    r"key\s (?:points|facts|takeaways)",
    r"at\s a\s glance",
    r"in\s (?:brief|short)",
    r"summary",
    r"overview",
    r"contents",
    r"table\s of\s contents",
    r"what\s (?:you\s need\s to\s know|we\s know)",
    r"the\s big\s picture",
)
"""Headings of a summary box or a section, which open a text but are not its title."""

CONTRIBUTOR_LINES: Final[tuple[str, ...]] = (
    r"\(? (?:additional\s )? reporting\s by\s [^\n]{1,150}",
    r"(?:editing|writing|compiled|produced)\s by\s [^\n]{1,150}",
    r"[^\n]{1,200}\s contributed(?:\s (?:to\s this\s (?:report|story|article)|reporting))?\.?\)?",
    r"includes\s (?:information|reporting)\s from\s [^\n]{1,80}",
    r"this\s (?:story|article)\s was\s (?:first|originally)\s published\s [^\n]{1,80}",
    r"(?:\p{L}[\p{L}.'’-]{0,30}\s){1,6}reported\s (?:this\s story\s )?from\s"
    r" [^\n]{1,60}",
)
"""Whole lines that credit a story's contributors or say where it first ran, at its foot
("Jane Roe contributed to this report.", "Reporting by John Doe; Editing by Ann Lee")."""

FOOT_OPENERS: Final[tuple[str, ...]] = (
    r"(?:this|the)\s (?:story|article|piece|post|column|essay|report|interview|feature)\s"
    r" [^\n]{0,160}? (?:originally|first|also|previously)\s (?:appeared|published|ran|posted)",
    r"(?:this|the)\s (?:story|article|piece|interview)\s (?:appeared|appears|will\s appear|ran)"
    r"\s in\s",
    r"originally\s (?:published|appeared|posted)\s (?:as|at|in|on|by)\s",
    r"this\s (?:interview|conversation|transcript)\s has\s been\s (?:edited|condensed|lightly)",
    r"(?:more|journal)\s information:\s",
    r"provided\s by\s",
    r"contributing:\s",
    r"(?:write\s to|contact|e-?mail|reach)\s (?:reporter\s )?(?:\p{L}[\p{L}.'’-]{0,20}\s){1,4}"
    r"(?:at|via|on)\s [^\n@]{0,40}@",
    r"(?:have|got)\s a\s (?:news\s )?tip\b",
    r"follow\s (?:@\w{1,30}\s|(?:\p{L}[\p{L}.'’-]{0,20}\s){1,3})on\s"
    r" (?:twitter|x|facebook|instagram|threads|bluesky|mastodon)\b",
    r"you\s can\s (?:also\s )?(?:e-?mail|write\s to|contact|reach)\s"
    r" (?:\p{L}[\p{L}.'’-]{0,20}\s){1,4}(?:at|via|on)\s [^\n@]{0,40}@",
    r"every\s (?:week|month|day|fortnight|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday),?\s (?:\p{L}[\p{L}.'’-]{0,20}\s){1,4}(?:answers|addresses|responds\s to|tackles)\s",
    r"get\s (?:\p{L}[\p{L}.'’-]{0,20}\s){0,3}(?:\p{L}{1,20}['’]s\s )?free\s"
    r" (?:\p{L}[\p{L}.'’-]{0,20}\s){0,6}(?:guide|report|e-?book|newsletter|checklist)\b",
    r"if\s you\s (?:enjoyed|liked|like|value)\s (?:this|our)\s"
    r" (?:article|story|post|piece|journalism)",
    r"more\s (?:\p{L}{1,20}\s){1,3}[^\n]{0,5}:\s https?://",
    r"(?:follow|read|see|find|get)\s [^\n]{0,80}?\s (?:at|on)\s https?://",
)
"""Openings of the lines at a story's foot that say where it ran, how to reach its writer,
or where its data came from ("This story originally appeared in ...", "Jane Roe can be
reached at ...", "More information: ...", "Provided by ...").  Matched at a line's start,
among the story's last lines; what follows such a line is not story either."""

FOOT_FIRSTS: Final = frozenset(
    "tomjpcwerhgfyis"
    "TOMJPCWERHGFYIS"
    "\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}"  # matches "i" case-insensitively
    "\N{LATIN SMALL LETTER LONG S}"  # matches "s" case-insensitively
)
"""The characters that every `FOOT_OPENERS` match opens with: a line that opens
otherwise skips that pattern (tests/test_story_words.py checks the set)."""

FOOT_PHRASES: Final[tuple[str, ...]] = (
    r"[^\n]{0,80}?\s (?:can|may)\s be\s (?:reached|contacted|emailed)\s (?:at|via|on|by)\s",
    r"(?:\p{L}{1,20}\s )?(?:reprinted|excerpted|adapted)\s (?:with\s |by\s )?(?:permission\s )?"
    r"(?:of|from)\s",
)
"""More openings of foot lines, which start with any words: a name before "can be
reached" ("Jane Roe can be reached at ..."), a title before "reprinted from"."""

FOOT_PHRASE_NEEDLES: Final = ("reached", "contacted", "emai", "repri", "excerpted", "adapted")
"""Words one of which every `FOOT_PHRASES` match holds in its first
`FOOT_PHRASE_REACH` characters (lower-cased): a line without one skips the pattern.
An "i" ends a needle: a dotted capital I, which matches it, lower-cases to an "i" and
a combining dot."""
FOOT_PHRASE_REACH: Final = 97  # 80 characters, "can be" between spaces, "contacted"

AUTHOR_ROLES: Final[tuple[str, ...]] = (
    r"writer",
    r"reporter",
    r"editor",
    r"correspondent",
    r"journalist",
    r"columnist",
    r"contributor",
    r"analyst",
    r"producer",
    r"freelancer",
    r"critic",
    r"author",
    r"curator",
    r"photographer",
    r"blogger",
    r"commentator",
    r"anchor",
    r"host",
    r"scout",
    r"redakteur(?:in)?",  # German: editor
    r"journaliste",  # French
    r"periodista",  # Spanish
    r"корреспондент",  # Russian: correspondent
)
"""What an author bio calls its writer ("Jane Roe is a senior reporter at ..."): the role
nouns of the bio lines that follow a story."""

DISCLOSURE_PHRASES: Final[tuple[str, ...]] = (
    r"(?:we|publisher|site)\s (?:may\s )?(?:earn|receive|get)\s (?:an?\s )?(?:small\s )?"
    r"(?:affiliate\s )?(?:commissions?|compensation|payments?|fees?|revenue"
    r"|a\s share\s of\s (?:the\s )?sales?)",
    r"participates?\s in\s (?:various\s )?affiliate\s (?:marketing\s )?programs?",
    r"(?:writes|works)\s on\s behalf\s of\s you,?\s our\s readers?",
    r"recommendations\s are\s based\s on\s (?:many\s )?hours\s of\s (?:testing|research)",
    r"(?:has|have|contains?|includes?|uses?|occasionally\s include)\s (?:some\s )?"
    r"affiliate\s (?:links?|partnerships?)",
    r"(?:independently|hand-?picked)\s (?:selected|chosen|by\s our)",
    r"reviewed\s according\s to\s [^\n]{1,40}\s editorial\s (?:process|policies|guidelines)",
    r"(?:do|does)\s not\s (?:own|hold)\s (?:any\s )?(?:shares|positions|stock)\s in",
    r"(?:copy|code|unit|sample)\s (?:of\s [^\n]{1,60}\s )?was\s (?:independently\s )?"
    r"(?:provided|supplied|sourced|loaned|purchased)\s (?:by\s [^\n]{1,40}\s )?for\s"
    r" (?:the\s purposes\s of\s )?(?:this\s )?review",
)
"""Phrases of an affiliate or editorial disclosure, the notice a product or science story
opens with ("we may earn a commission", "independently selected by our editors")."""

PAGE_CONTROL_WORDS: Final[tuple[str, ...]] = (
    r"subscribe",
    r"subscription",
    r"newsletters?",
    r"sign\s (?:in|up)",
    r"log\s ?in",
    r"(?:accept|allow|use|uses|using|manage|reject|block|enable|disable|our|these|third-party)"
    r"\s cookies?",
    r"cookies?\s (?:policy|settings|preferences|notice|consent)",
    r"privacy",
    r"my\s (?:account|profile)",
    r"your\s (?:account|profile|inbox|browser)",
    r"notify",
    r"notifications?",
    r"verif(?:y|ication)",
    r"bookmark(?:ed)?",
    r"saved\s (?:stories|articles)",
    r"click(?:ing)?\s (?:here|to|on)",
    r"javascript",
    r"ad\s ?blocker",
    r"see\s all",
    r"terms\s of\s (?:use|service)",
)
"""Words of a page's controls and notices; a line that holds one is no title
("Subscribe to newsletters", "To revisit this article, visit My Profile")."""

# fmt: off
TITLE_STOP_WORDS: Final = frozenset({
    # English
    "the", "and", "for", "with", "from", "into", "onto", "over", "under", "after",
    "before", "about", "than", "then", "this", "that", "these", "those", "its", "his",
    "her", "hers", "their", "our", "your", "you", "she", "him", "they", "them", "are",
    "was", "were", "been", "being", "has", "have", "had", "does", "did", "will", "would",
    "can", "could", "should", "may", "might", "must", "not", "but", "out", "off", "all",
    "any", "more", "most", "new", "how", "why", "what", "when", "where", "who", "whom",
    "which", "while", "says", "said",
    # German
    "der", "die", "das", "den", "dem", "des", "und", "ist", "sind", "war", "ein", "eine",
    "einen", "einem", "einer", "mit", "von", "für", "auf", "aus", "bei", "nach", "wie",
    "nicht", "auch", "sich",
    # French
    "les", "une", "est", "sont", "pour", "par", "avec", "dans", "sur", "pas", "qui", "que",
    "aux", "ces", "son", "ses", "leur", "plus",
    # Spanish (with words Portuguese and Italian share)
    "los", "las", "una", "del", "por", "para", "con", "como", "más", "sus", "fue", "está",
    # Italian
    "della", "delle", "degli", "dei", "che", "per", "non", "sono", "gli", "nel", "nella",
    "alla",
    # Portuguese
    "dos", "uma", "com", "não", "são", "mais", "seu", "sua",
})
# fmt: on
"""Common words of three letters or more (English, with German, French, Spanish, Italian
and Portuguese basics) that a page's title and its story's opening share whatever the
story is about: the title's match with the opening (`_story._page_title`) counts its
other words, so that a link to another story in the same language does not match on
them.  Lower-cased, as the match reads words."""

READING_TIME_LABELS: Final[tuple[str, ...]] = (
    r"(?:estimated\s )?reading\s time",
    r"read\s time",
    r"tempo\s de\s leitura",  # Portuguese
    r"tiempo\s de\s lectura",  # Spanish
    r"temps\s de\s lecture",  # French
    r"lesezeit",  # German
    r"время\s чтения",  # Russian
)
"""Labels of a reading-time line ("Reading time: 4 min", "Tempo de leitura: 1 minuto")."""

DISCLAIMER_PHRASES: Final[tuple[str, ...]] = (
    r"(?:is|are)\s (?:provided\s )?for\s (?:general\s )?(?:informational|information|educational)"
    r"\s (?:and\s (?:educational|entertainment)\s )?purposes\s only",
    r"(?:does|do|is|are)\s not\s (?:intended\s to\s )?(?:constitute|be|a\s substitute\s for)"
    r"\s (?:professional\s )?(?:medical|legal|financial|investment|tax)\s advice",
    r"journalistic\s mission\s is",
    r"does\s not\s necessarily\s (?:represent|reflect)\s the\s (?:views?|position|opinions?)"
    r"\s of\s (?:our|the|its)\s (?:parent|publisher|company|owners?|editors?)",
    r"for\s your\s (?:own\s )?personal,?\s non-?commercial\s use\s only",
    r"the\s (?:opinions|views)\s expressed\s (?:here\s |in\s this\s (?:article|column|piece)\s )?"
    r"(?:are|is)\s (?:solely\s )?(?:those\s of\s )?the\s (?:author|writer)",
)
"""Phrases of a publisher's disclaimer or mission statement under a story ("... is for
informational purposes only and does not constitute medical advice", "our primary
journalistic mission is ...").  Read only in a line's first sentence: a story that quotes
a product's disclaimer says so in a sentence of its own."""

CORRECTION_OPENERS: Final[tuple[str, ...]] = (
    r"(?:corrections?|clarifications?)\s? (?:\([^()\n]{1,40}\))? \s?[:\N{EM DASH}\N{EN DASH}-]",
    r"(?:an?\s )?(?:previous|earlier|prior|original)\s \p{L}{4,8}\s of\s this\s"
    r" (?:story|article|report|post|piece|column|headline|video)\s",
)
"""Openings of a correction note ("Correction: ...", "A previous version of this story
said ..."), which a newsroom adds at a story's
end or head; the spelling of "version" is not checked (a note may misspell it)."""

EMBED_PLACEHOLDERS: Final[tuple[str, ...]] = (
    r"instagram\s (?:content|post|video|embed)",
    r"twitter\s (?:content|post|video|embed)",
    r"x\s (?:content|post|embed)",
    r"youtube\s (?:content|video|embed)",
    r"tiktok\s (?:content|post|video|embed)",
    r"facebook\s (?:content|post|video|embed)",
    r"spotify\s (?:content|embed)",
    r"vimeo\s (?:content|video|embed)",
    r"soundcloud\s (?:content|embed)",
    r"pinterest\s (?:content|embed)",
    r"this\s content\s (?:can\s also\s be|is\s also)\s (?:viewed|available)\s on\s"
    r" the\s site\s it\s originates\s from\.?",
    r"waiting\s for\s your\s permission\s to\s load\s the\s"
    r" (?:instagram|twitter|x|youtube|tiktok|facebook)\s (?:media|post|video|content)\.?",
    r"click\s to\s load\s the\s (?:instagram|twitter|x|youtube|tiktok|facebook)\s"
    r" (?:media|post|video|content)\.?",
)
"""Whole lines that stand where a scraper dropped an embedded post or video ("Instagram
content", "This content can also be viewed on the site it originates from.")."""

# ---------------------------------------------------------------- a page's story: comments

COMMENT_BUTTONS: Final = frozenset(
    {
        "reply",
        "reply \N{DOWNWARDS ARROW}",
        "replies",
        "reply to this comment",
        "log in to reply",
        "login to reply",
        "show replies",
        "hide replies",
        "view replies",
        "load more replies",
        "report abuse",
        "report comment",
        "upvote",
        "downvote",
        "permalink",
        "antworten",  # German
        "répondre",  # French
        "responder",  # Spanish
        "ответить",  # Russian
    }
)
"""Whole lines (lower-cased, plain strings, not patterns) that a readers' comment
thread repeats under each comment: its buttons ("Reply", "Report abuse").  One
alone may be anything; two within a few lines are a thread's.  "Report", "Like"
and "Flag" are left out: an embedded post repeats them too."""

COMMENT_VERBS: Final[tuple[str, ...]] = (
    "says",
    "said",
    "wrote",
    "writes",
    "commented",
    "replied",
    "schrieb",  # German
    "a écrit",  # French
    "escribió",  # Spanish
    "пишет",  # Russian
    "написал",
)
"""Verbs that close a comment's head line before its colon: "jdoe says:", "Ann on
May 2, 2019 at 5:23 pm said:" (a story's line seldom ends so, and two such lines
within a few lines are a thread)."""

CONSENT_WORDS: Final[tuple[str, ...]] = (
    "website",
    "browser",
    "consent",
    "gdpr",
    "visitor",
    "analytics",
    "this site",
    "our site",
    "third-party",
    "third party",
    "tracking",
)
"""Words (lower-cased, plain strings) that, with "cookie" in the same line, make it
a line of a cookie notice or of its table of cookies ("This website uses cookies
to ...", "_ga 2 years Google Analytics sets this cookie ..."), not of a recipe's."""

SITE_NOTICE_WORDS: Final[tuple[str, ...]] = (
    "website",
    "this site",
    "our site",
    "browser",
    "internet explorer",
    "cookie",
    "javascript",
    "not supported",
    "unavailable",
    "auto complete",
    "autocomplete",
)
"""Words (lower-cased, plain strings) of a site's notice at the top of a page ("This
website stores data such as cookies ...", "IE 11 is not supported. For an optimal
experience visit our site on another browser.", "We're sorry, this feature is
currently unavailable."): a long line that holds one, alone among the first lines,
is no story's paragraph."""

SITE_HEADINGS: Final[tuple[str, ...]] = (
    r"about",
    r"about\s (?:this|the|our)\s (?:site|blog|website|newsletter|podcast|author|authors)",
    r"about\s (?:us|me)",
    r"who\s we\s are",
    r"contact\s (?:us|me)",
)
"""Headings of a site's own pages and boxes ("About This Site", "About us", "Contact
me"; case-insensitive, whole line): the heading of a page about the site, never a
story's headline."""
