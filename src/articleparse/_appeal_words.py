"""The vocabulary of publishers' appeals to their readers.

An appeal is the box a publisher puts in or after a story to ask the reader
for something: money (donations, contributions), a membership or a paid
subscription, an e-mail address (newsletter sign-ups), to switch off an
ad-blocker, or simply to "support independent journalism".  Appeals from
different publishers share a small, stable vocabulary and a shape (a heading,
one to a few paragraphs of pitch, one or more buttons); these lists hold the
vocabulary, `_chrome` holds the shape.

The phrases were gathered from the general language of such boxes (English
first, German and Russian basics) rather than from any one publisher's text:
the ask ("please donate", "make a contribution", "become a member"), the
reason ("independent journalism", "reader-funded", "no paywall"), the
newsletter offer ("sign up for our newsletter", "delivered to your inbox"),
the fine print ("tax-deductible", "by signing up, you agree") and the
buttons ("Donate now", "Not now", "Remind me later").

Each cue is a regular-expression fragment matched case-insensitively between
word boundaries, inside one line.  Fragments hold only literal words, optional
words and small alternations, never nested repetition, so the combined pattern
runs in linear time.
"""

from __future__ import annotations

from typing import Final, NamedTuple

__all__ = [
    "APPEAL_BUTTONS",
    "APPEAL_CUES",
    "APPEAL_HOOKS",
    "APPEAL_OPENERS",
    "APPEAL_STEMS",
    "HINT",
    "READER_ADDRESS",
    "REPORTED_SPEECH",
    "STRONG",
    "SURE",
    "WEAK",
    "AppealCue",
]

# The weight of a cue that on its own makes a line part of an appeal, and of
# one that only counts together with others (see _chrome for the thresholds).
STRONG: Final = 2.0
# The weight of a phrase that only an appeal uses ("sign up for our newsletter",
# "donate now", "support independent journalism"): one is enough for an appeal.
SURE: Final = 3.0
WEAK: Final = 1.0
# The weight of a bare topic word ("donations", "newsletter"): stories use
# these words too, so they only tip a line that holds other cues.
HINT: Final = 0.5


class AppealCue(NamedTuple):
    """One phrase of appeal language."""

    keys: tuple[str, ...]  # the cue is looked for only on lines holding one of these (lower case)
    pattern: str  # regex fragment, run on the lower-cased line between word boundaries
    weight: float  # SURE, STRONG, WEAK or HINT
    category: (
        str  # donation, membership, subscription, newsletter, adblock, mission, ask, fineprint
    )
    lang: str  # ISO 639-1 code of the language


def _cue(keys: str, pattern: str, weight: float, category: str, lang: str = "en") -> AppealCue:
    return AppealCue(tuple(keys.split("|")), pattern, weight, category, lang)


_EN_DONATION: Final = (
    _cue("donat", r"(?:please )?donate (?:now|today|here|monthly|once)", SURE, "donation"),
    _cue("donat", r"please donate", SURE, "donation"),
    _cue("donat", r"donate", HINT, "donation"),
    _cue(
        "donat|gift|contribut",
        r"make (?:a|your) (?:[\w-]{1,20} ){0,2}"  # the ask: "make a (year-end) gift"
        r"(?:donation|gift|contribution)",
        STRONG,
        "donation",
    ),
    _cue(
        "donat|contribut|support",
        r"(?:please |kindly )?consider (?:a |making a )?"  # the ask
        r"(?:monthly |one-time |small |regular )?"  # how much or how often
        r"(?:donating|donation|contributing|supporting|a contribution)",
        STRONG,
        "donation",
    ),
    _cue(
        "donat|contribut|gift",
        r"(?:your|a|every|any) (?:tax-deductible )?(?:donation|contribution|gift)s?",
        WEAK,
        "donation",
    ),
    _cue("donat|contribut|gift|you", r"tax[- ]deductible", STRONG, "donation"),
    _cue(
        "contribut|donat|gift|support",
        r"(?:monthly|one-time|one time|recurring|annual) "  # how often
        r"(?:contributions?|donations?|gifts?|support)",
        STRONG,
        "donation",
    ),
    _cue("contribut", r"contributions?", HINT, "donation"),
    _cue("donat", r"donations?", HINT, "donation"),
    _cue("you", r"give money", WEAK, "donation"),
    _cue(
        "fund|support",
        r"(?:reader|member|listener|viewer)[- ](?:funded|supported)",
        STRONG,
        "donation",
    ),
    _cue(
        "fund",
        r"funded by (?:readers|members|sponsors|donations|our readers|people like you)",
        STRONG,
        "donation",
    ),
    _cue(
        "contribut|donat|support",
        r"(?:contributions?|donations?|support) from (?:our )?(?:readers|members|listeners)",
        STRONG,
        "donation",
    ),
    _cue("you|help|support", r"(?:the )?price of a (?:cup of )?coffee", WEAK, "donation"),
)

_EN_MEMBERSHIP: Final = (
    _cue(
        "member|support|subscri",
        r"become a (?:member|supporter|subscriber|patron|sustaining member)",
        SURE,
        "membership",
    ),
    _cue(
        "member|support|you",
        r"join (?:us|today|now|our community|as a member|the club)",
        WEAK,
        "membership",
    ),
    _cue(
        "support",
        r"support (?:us|our (?:[\w-]+ )?(?:work|journalism|reporting|newsroom|mission|efforts))",
        STRONG,
        "membership",
    ),
    _cue(
        "support",
        r"supporting (?:us|our (?:[\w-]+ )?(?:work|journalism|reporting|newsroom|mission|efforts))",
        STRONG,
        "membership",
    ),
    _cue("support", r"support (?:the )?\w+ (?:today|monthly)", WEAK, "membership"),
    _cue("member|donat", r"members? donations?", STRONG, "membership"),
    _cue(
        "member|subscri",
        r"(?:members|subscribers) (?:get|enjoy|receive) (?:[\w-]{1,20} ){0,2}"
        r"(?:access|content|podcasts|articles|benefits|perks|newsletters)",
        STRONG,
        "membership",
    ),
)

_EN_SUBSCRIPTION: Final = (
    _cue(
        "subscri",
        r"subscribe (?:now|today|here|to (?:our|the) \w+"  # the ask
        r"|(?:for|from) [$\N{EURO SIGN}\N{POUND SIGN}]\d)",  # or its price
        SURE,
        "subscription",
    ),
    _cue(
        "subscri",
        r"(?:start|get|buy) (?:a |your )?(?:[\w-]{1,12} )?subscription",
        STRONG,
        "subscription",
    ),
    _cue("subscri", r"(?:free|paid|digital) subscription", WEAK, "subscription"),
    _cue(
        "you|subscri",
        r"(?:start|begin|try) (?:your |a |our )?(?:free )?trial",
        STRONG,
        "subscription",
    ),
    _cue(
        "support",
        r"support (?:the )?[\w.-]{1,30}['\N{RIGHT SINGLE QUOTATION MARK}]s (?:[\w-]{1,20} )?"
        r"(?:journalism|reporting|work|newsroom|mission)",
        STRONG,
        "membership",
    ),
    _cue("subscri", r"subscribers? (?:only|exclusive)", WEAK, "subscription"),
    _cue("subscri|member|you", r"unlimited (?:digital )?access", WEAK, "subscription"),
    _cue("you", r"(?:free|remaining) articles", WEAK, "subscription"),
    _cue(
        "you",
        r"(?:you['\N{RIGHT SINGLE QUOTATION MARK}]ve|you have) read "  # a meter
        r"(?:\d{1,4}|all (?:of )?your) (?:free )?articles",
        STRONG,
        "subscription",
    ),
    _cue(
        "fund|support|journalis|subscri|you",
        r"(?:behind a|no|without a) paywall",
        WEAK,
        "subscription",
    ),
    _cue("subscri|member", r"already a (?:subscriber|member)", STRONG, "subscription"),
)

_EN_NEWSLETTER: Final = (
    _cue("newsletter", r"newsletters?", HINT, "newsletter"),
    _cue(
        "newsletter", r"(?:join|get|read) (?:our|the) (?:\w+ ){0,3}newsletter", STRONG, "newsletter"
    ),
    _cue("sign", r"sign(?: me)? up", HINT, "newsletter"),
    _cue("sign", r"signing up", HINT, "newsletter"),
    _cue(
        "sign|subscri|newsletter",
        r"(?:sign up|signing up|subscribe|subscribing|register) (?:for|to) "  # the ask
        r"(?:our|the|this|their|his|her|my|a"  # whose: ours, or a name's
        r"|(?:[\w.-]+ ){0,2}[\w.-]+['\N{RIGHT SINGLE QUOTATION MARK}]s) "
        r"(?:free )?(?:[\w'\N{RIGHT SINGLE QUOTATION MARK}-]+ ){0,3}"  # its name
        r"(?:newsletters?|e-?mails?)",
        SURE,
        "newsletter",
    ),
    _cue(
        "you",
        r"(?:delivered|sent|direct|directly|straight|right)(?: right| straight| directly)?"
        r" (?:to|into|in) your inbox",
        SURE,
        "newsletter",
    ),
    _cue("sign", r"sign up to (?:get|receive)", SURE, "newsletter"),
    _cue("newsletter", r"get it delivered", STRONG, "newsletter"),
    _cue("subscri", r"listen and subscribe", STRONG, "subscription"),
    _cue(
        "subscri",
        r"(?:listen and )?subscribe wherever you (?:get|listen to) (?:your )?podcasts",
        SURE,
        "subscription",
    ),
    _cue("you", r"in(?:to)? your inbox", WEAK, "newsletter"),
    _cue("sign|newsletter|subscri|you", r"mailing list", WEAK, "newsletter"),
    _cue("sign|newsletter|subscri|you", r"e-?mail (?:address|updates|alerts)", WEAK, "newsletter"),
    _cue(
        "you|newsletter|sign|subscri",
        r"(?:stay|keep) (?:up-to-date|up to date)",
        WEAK,
        "newsletter",
    ),
    _cue("never", r"never miss (?:a|an) (?:story|update|thing|issue|beat)", SURE, "newsletter"),
    _cue("you", r"get (?:it|them|our \w+) (?:in|delivered to) your inbox", SURE, "newsletter"),
    _cue(
        "sign",
        r"sign up (?:for (?:it|them|free) )?(?:here|now|today|below)",
        SURE,
        "newsletter",
    ),
    _cue("subscri", r"you can unsubscribe", SURE, "newsletter"),
    _cue("newsletter", r"newsletter (?:promotion|signup|sign-up)", SURE, "newsletter"),
)

_EN_ADBLOCK: Final = (
    _cue("blocker", r"ad[- ]?blockers?", STRONG, "adblock"),
    _cue("blocker", r"(?:disable|turn off|pause) (?:your |the )?ad[- ]?blocker", STRONG, "adblock"),
)

_EN_MISSION: Final = (
    _cue(
        "journalis",
        r"(?:independent|nonprofit|non-profit|local|quality|public-interest|public interest"
        r"|fearless|investigative|trustworthy) (?:journalism|reporting|newsroom)",
        WEAK,
        "mission",
    ),
    _cue(
        "support",
        r"support (?:independent|nonprofit|non-profit|local|quality|public-interest"
        r"|investigative|open|free) (?:\w+ )?(?:journalism|reporting|news|media)",
        SURE,
        "mission",
    ),
    _cue(
        "journalis|you",
        r"(?:our|your) (?:journalism|reporting|newsroom|mission)",
        WEAK,
        "mission",
    ),
    _cue("support|help|you", r"our work", WEAK, "mission"),
    _cue(
        "profit",
        r"(?:nonprofit|non-profit|not-for-profit|for-profit) (?:organi[sz]ation|newsroom)",
        WEAK,
        "mission",
    ),
    _cue("profit|fund", r"as an? (?:nonprofit|non-profit|reader-funded)", WEAK, "mission"),
    _cue("you|support|journalis", r"free (?:to|for) (?:everyone|all)", WEAK, "mission"),
    _cue(
        "never",
        r"(?:has|have) never been more (?:important|vital|needed|difficult)",
        WEAK,
        "mission",
    ),
    _cue(
        "you|journalis|support|help",
        r"(?:doesn't|does not|doesn\N{RIGHT SINGLE QUOTATION MARK}t) come cheap",
        WEAK,
        "mission",
    ),
)

_EN_ASK: Final = (
    _cue("help|support", r"(?:we|i) need your (?:help|support)", STRONG, "ask"),
    _cue(
        "help|support",
        r"(?:needs|depends on|depend on|count on|relies on) your (?:help|support)",
        STRONG,
        "ask",
    ),
    _cue(
        "you|support|help",
        r"(?:we rely on|relies on|rely on|depends on|depend on) (?:your|our readers|readers)",
        STRONG,
        "ask",
    ),
    _cue("you", r"give what you can", STRONG, "ask"),
    _cue("help|support", r"with your (?:help|support)", WEAK, "ask"),
    _cue("support", r"your support", WEAK, "ask"),
    _cue("help", r"help us(?: continue| keep| to)?", WEAK, "ask"),
    _cue("you", r"(?:i am|we are|we're|i'm) asking you", WEAK, "ask"),
    _cue("you", r"if you can afford(?: it| to)?", WEAK, "ask"),
    _cue("you", r"thank you for (?:your support|supporting|reading|standing with)", WEAK, "ask"),
    _cue("help|you", r"(?:any|every) (?:help|amount)", WEAK, "ask"),
    _cue("help|support", r"appreciate (?:any|your) (?:help|support)", WEAK, "ask"),
)

_EN_FINEPRINT: Final = (
    _cue("privacy", r"privacy (?:policy|notice)", WEAK, "fineprint"),
    _cue("privacy|sign|subscri", r"terms of (?:use|service)", WEAK, "fineprint"),
    _cue(
        "sign|subscri|you",
        r"by (?:signing up|subscribing|submitting your e-?mail|entering your e-?mail)",
        WEAK,
        "fineprint",
    ),
    _cue("privacy", r"recaptcha", WEAK, "fineprint"),
    _cue(
        "sign|subscri",
        r"(?:want|looking for|need|like|love) [^?\n]{1,60}\? (?:sign up|subscribe)",
        SURE,
        "newsletter",
    ),
    _cue(
        "you|support|contribut|donat",
        r"(?:we accept|pay with|pay by) (?:credit cards?|apple pay|google pay|paypal)",
        WEAK,
        "fineprint",
    ),
)

_DE: Final = (
    _cue("spende", r"spendenfinanziert|spendenbasiert", STRONG, "donation", "de"),
    _cue(
        "spende",
        r"(?:spenden sie|ihre spende|mit einer (?:kleinen |monatlichen )?spende|jetzt spenden)",
        STRONG,
        "donation",
        "de",
    ),
    _cue("spende", r"spenden|spende", HINT, "donation", "de"),
    _cue(
        "jetzt",
        r"jetzt (?:spenden|unterstützen|abonnieren|weiterlesen|mitglied werden)",
        STRONG,
        "donation",
        "de",
    ),
    _cue(
        "unterstütz",
        r"unterstützen sie (?:uns|unsere arbeit|unabhängigen journalismus)",
        STRONG,
        "membership",
        "de",
    ),
    _cue(
        "journalis",
        r"(?:unabhängige[nr]?|investigative[nr]?|freie[nr]?) journalismus",
        WEAK,
        "mission",
        "de",
    ),
    _cue("gemeinnütz", r"gemeinnützig\w{0,3}", WEAK, "mission", "de"),
    _cue("journalis|spende|unterstütz", r"unsere arbeit", WEAK, "mission", "de"),
    _cue(
        "unterstütz",
        r"(?:mit der )?unterstützung von (?:bürgerinnen|lesern|leserinnen|unseren)",
        WEAK,
        "ask",
        "de",
    ),
    _cue("helfen", r"helfen (?:sie|auch sie) (?:uns|mit)", STRONG, "ask", "de"),
    _cue("abonnier", r"newsletter abonnieren", STRONG, "newsletter", "de"),
    _cue(
        "abonnier", r"abonnieren sie (?:unseren|den) \w{0,20} ?newsletter", SURE, "newsletter", "de"
    ),
    _cue("unterstütz", r"(?:brauchen|benötigen) ihre unterstützung", STRONG, "ask", "de"),
    _cue("unterstütz", r"ihre unterstützung", WEAK, "ask", "de"),
    _cue("blocker", r"werbeblocker", STRONG, "adblock", "de"),
    _cue("mitglied", r"mitglied werden|werden sie mitglied", STRONG, "membership", "de"),
)

_RU: Final = (
    _cue(
        "поддерж",
        r"поддержите",
        STRONG,
        "donation",
        "ru",
    ),
    _cue(
        "поддерж",
        r"поддержать (?:нас|независим\w{0,4}|редакци\w{0,2}|проект)",
        STRONG,
        "donation",
        "ru",
    ),
    _cue(
        "пожертв",
        r"(?:сделайте|сделать|оформите|оформить|ежемесячное|разовое|ваше) пожертвовани\w{0,2}",
        STRONG,
        "donation",
        "ru",
    ),
    _cue("пожертв", r"пожертвован\w{0,3}", HINT, "donation", "ru"),
    _cue("журналист", r"независим\w{0,4} журналистик\w{0,2}", WEAK, "mission", "ru"),
    _cue("подпиш", r"подпишитесь на (?:наш|рассылк)\w{0,3}", STRONG, "newsletter", "ru"),
    _cue("подпис", r"оформ\w{0,4} подписк\w{0,2}", SURE, "subscription", "ru"),
    _cue("поддерж", r"ваша поддержка", WEAK, "ask", "ru"),
    _cue("помог", r"помогите нам", STRONG, "ask", "ru"),
    _cue("читател", r"дорогие читатели", WEAK, "ask", "ru"),
    _cue("помощ|поддерж", r"нам нужна ваша (?:помощь|поддержка)", STRONG, "ask", "ru"),
)

APPEAL_CUES: Final[tuple[AppealCue, ...]] = (
    *_EN_DONATION,
    *_EN_MEMBERSHIP,
    *_EN_SUBSCRIPTION,
    *_EN_NEWSLETTER,
    *_EN_ADBLOCK,
    *_EN_MISSION,
    *_EN_ASK,
    *_EN_FINEPRINT,
    *_DE,
    *_RU,
)
"""Every appeal cue, in the order they are tried (longer phrases first within a group)."""

APPEAL_STEMS: Final[tuple[str, ...]] = tuple(
    sorted({key for cue in APPEAL_CUES for key in cue.keys})
)
"""The distinct keys of the cues.  `_chrome` finds these with plain substring
search (one pass over the text each, so they are few and short) and runs a
cue's pattern only on the lines that hold one of its keys.  A key is a word
the cue holds or one that stands beside it in every appeal sentence seen."""

READER_ADDRESS: Final[tuple[str, ...]] = (
    # the reader or the publisher in person
    r"\b(?:you|your|you're|yours|we|our|us|we're|please|i|me|my|i'm|i'll)\b",
    # an imperative at the start of a sentence: "Sign up here", "Donate today"
    r"(?:^|[.!?:\N{EM DASH}\N{EN DASH}]\s)(?:sign up|subscribe|donate|support|join|become|help"
    r"|make|give|get|consider|register|chip in|start|stay|never miss|don't miss|send|keep"
    r"|follow|listen|enter|click|learn|find out|read|tell)\b",
    # German and Russian
    r"\b(?:sie|ihre?n?|wir|unser\w{0,2}|jetzt)\b",
    r"(?:^|\s)(?:вы|ваш\w{0,2}|мы|нас|наш\w{0,2}|поддержите|подпишитесь|помогите|оформите)(?=\s|[.,!?]|$)",
)
"""Signs that a line speaks to the reader: second person, first person (the
publisher's "we", the reader's "I agree" on a form), or an imperative.  A
line that holds appeal words but none of these (a story's "the food bank
asked residents to donate") does not anchor an appeal."""

REPORTED_SPEECH: Final[tuple[str, ...]] = (
    # a line that opens with a quotation mark
    r"^[\"\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"
    r"\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}]",
    r"\b(?:said|says|told|wrote|writes|according to|urged|tweeted|posted)\b",
    r"\b(?:sagte|sagt|schrieb|erklärte|laut)\b",
    r"(?:^|\s)(?:сказал\w{0,2}|заявил\w{0,2}|написал\w{0,2}|по словам)(?=\s|[.,!?]|$)",
)
"""Signs that a line reports someone's words (it opens with a quotation mark,
or names a speech verb): its appeal words are a story's quotation of an ask
("'Donate now,' the email read"), not the publisher's own."""

# A word of a publication's name ("Valley", "Herald's", "N.Y.").
_NAME_WORD: Final = r"[\w.'\N{RIGHT SINGLE QUOTATION MARK}-]{2,30}"

APPEAL_HOOKS: Final[tuple[str, ...]] = (
    # a short question to the reader: "Enjoying this article?", "Looking for news you can trust?"
    r"^(?:want|looking for|enjoy(?:ing|ed)?|like|liked|love|loved|value|do you (?:value|like|enjoy)"
    r"|did you (?:enjoy|like|find)|found this|care about|need|got a (?:tip|story))"
    r" [^\n?]{0,70}\?$",
    # a form's e-mail field: "What is your email?", "Enter your email address:"
    r"^(?:what(?:'s| is) your |enter your |your )?e-?mail(?: address)?\??:?$",
    # a newsletter box's heading: "Stay up to date on what matters in town"
    r"^(?:stay|keep) (?:up[- ]to[- ]date|informed|in the loop)\b[^\n]{0,60}$",
    # a heading that names the box: "One more thing", "A note to readers"
    r"^(?:one more thing|a (?:note|message|word) (?:to|for) (?:our )?readers)[.:!]?$",
    # a heading that is the ask itself: "Support the Valley Herald", "Subscribe to Local Lines"
    r"^(?:support|subscribe to|join|donate to) (?:the |our )?"  # the ask, then a name
    rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}$",
)
"""Short lines that head an appeal box when they stand right above it (matched
against the whole line, case-insensitively).  Unlike an opener, a hook joins
an appeal only from the line just above its first line."""

APPEAL_OPENERS: Final[tuple[str, ...]] = (
    r"^a (?:message|note|word|letter) (?:from|to) (?:the |our )?\w+",  # "A message from The Paper:"
    r"^(?:dear|hello|hi) (?:readers?|friends?|subscribers?|supporters?)\b",  # a salutation
    r"^before you (?:go|scroll|read on)\b",  # "Before you go..."
    r"^(?:can|could|will|would) you (?:help|support|chip in|spare)\b",  # a direct ask
    r"^(?:did|do) you (?:enjoy|like|value|appreciate|find)\b",  # "Did you enjoy this article?"
    r", (?:did|didn't|does|doesn't|is|isn't|was|wasn't|has|hasn't|have|haven't|do|don't)"
    r" (?:it|you|we|they|there)\?$",  # a rhetorical hook: "..., didn't it?"
    r"^liebe (?:leserinnen|leser)\b",  # German salutation
    r"^дорогие (?:читатели|друзья)",  # Russian salutation
)
"""Short lines that open an appeal letter (searched, anchored as written)."""

APPEAL_BUTTONS: Final[tuple[str, ...]] = (
    r"(?:donate|give|contribute|support|subscribe|join|sign up|sign me up|register)"
    r"(?: now| today| here| monthly| once| us)?",
    r"(?:become|be) a (?:member|supporter|subscriber|patron)",
    r"(?:yes,? )?i'?m in|count me in|i want to help",
    r"(?:yes,? )?i(?:['\N{RIGHT SINGLE QUOTATION MARK}]ll| will) (?:give|contribute|donate|chip in)"
    r"(?: [^\n]{1,30})?",
    r"(?:not now|maybe later|no,? thanks?|no thank you|close|dismiss|skip|later)",
    r"not ready to \w+(?: \w+){0,3}\??",
    r"remind me(?: \w+){0,3}",
    r"continue(?: reading)?|got it|ok(?:ay)?",
    r"thank you!?(?: your reminder is set\.?)?|thanks!?",
    r"[\N{EM DASH}\N{EN DASH}]\s?(?:the |your )?[\w .'-]{1,40}",  # a signature: "- The Editors"
    r"learn more(?: about [\w .'-]{1,40})?",
    r"we accept (?:credit cards?|apple pay|google pay|paypal)[\w ,.&-]{0,60}",
    r"(?:already (?:have an account|registered|a (?:subscriber|member))\?\s?)?(?:log in|sign in)",
    r"(?:charitable|tax) (?:disclosures|information)",
    r"(?:monthly|annual|yearly|one[- ]time|once)",
    r"[$€£]\s?\d{1,5}(?: ?/ ?(?:month|year|mo|yr))?",
    r"(?:jetzt )?(?:spenden|unterstützen|abonnieren)!?|später|nicht jetzt",
    r"поддержать|подписаться|пожертвовать|позже|не сейчас",
    r"[\N{MULTIPLICATION SIGN}\N{MULTIPLICATION X}\N{HEAVY MULTIPLICATION X}x\N{BALLOT X}]",
)
"""Whole lines that are an appeal's buttons and links (matched against the entire line)."""
