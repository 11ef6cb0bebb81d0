"""The attribution lexicon: the words that tie a quotation to its speaker.

Written by hand for articleparse from the attribution grammar of English news
reporting (wire style: "..., X said", "X told reporters", "according to X",
"the agency quoted X as saying").  Each list is plain typed data; the patterns
that use them live in ``_attribution``.

- ``SPEECH_VERBS``: verbs that report words, each line one verb with its forms
  (base, third person, past, participle, -ing).  A quotation next to one of
  these, with a subject, has a speaker.
- ``REPORTING_VERBS``: verbs that report a stance rather than words ("praised",
  "accused", "called"); they attribute a *partial* quotation that sits in the
  same clause ("praised the 'heroism'"), never a full quotation standing apart.
- ``PRONOUNS``: subject pronouns that can speak.
- ``ADVERBS``: words that may sit between a speaker and the verb ("also said",
  "later told") without breaking the pattern.
- ``TITLES``: words of a title or office that come before a person's name; a
  mention is the name that follows them ("President Vladimir Putin" -> "Vladimir
  Putin").
- ``ORG_HEADS``: last words of an organisation's name ("Ministry", "Kremlin"),
  which keep their whole phrase ("the country's Central Military Commission").
- ``DETERMINERS``: words that open a descriptive mention ("a spokesperson",
  "the minister", "two officials").
- ``ROLE_PLURALS``: bare plural nouns that speak without a determiner
  ("officials said", "analysts say").
- ``ABBREVIATIONS``: words ending in a full stop that do not end a sentence.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ABBREVIATIONS",
    "ADVERBS",
    "DETERMINERS",
    "HONORIFICS",
    "NON_SPEAKERS",
    "NOUN_FORMS",
    "ORG_HEADS",
    "PRONOUNS",
    "REPORTING_VERBS",
    "ROLE_PLURALS",
    "SPEECH_VERBS",
    "TEASER_LABELS",
    "TITLES",
    "forms",
]

SPEECH_VERBS: Final[tuple[str, ...]] = (
    "say says said saying",
    "tell tells told telling",
    "add adds added adding",
    "ask asks asked asking",
    "write writes wrote written writing",
    "post posts posted posting",
    "tweet tweets tweeted tweeting",
    "state states stated stating",
    "note notes noted noting",
    "argue argues argued arguing",
    "insist insists insisted insisting",
    "warn warns warned warning",
    "explain explains explained explaining",
    "acknowledge acknowledges acknowledged acknowledging",
    "recall recalls recalled recalling",
    "concede concedes conceded conceding",
    "reply replies replied replying",
    "declare declares declared declaring",
    "respond responds responded responding",
    "answer answers answered answering",
    "continue continues continued continuing",
    "conclude concludes concluded concluding",
    "observe observes observed observing",
    "remark remarks remarked remarking",
    "comment comments commented commenting",
    "admit admits admitted admitting",
    "announce announces announced announcing",
    "claim claims claimed claiming",
    "contend contends contended contending",
    "assert asserts asserted asserting",
    "maintain maintains maintained maintaining",
    "suggest suggests suggested suggesting",
    "predict predicts predicted predicting",
    "promise promises promised promising",
    "vow vows vowed vowing",
    "pledge pledges pledged pledging",
    "urge urges urged urging",
    "demand demands demanded demanding",
    "complain complains complained complaining",
    "joke jokes joked joking",
    "quip quips quipped quipping",
    "boast boasts boasted boasting",
    "exclaim exclaims exclaimed exclaiming",
    "shout shouts shouted shouting",
    "yell yells yelled yelling",
    "scream screams screamed screaming",
    "chant chants chanted chanting",
    "cry cries cried crying",
    "sing sings sang sung singing",
    "whisper whispers whispered whispering",
    "mutter mutters muttered muttering",
    "sigh sighs sighed sighing",
    "laugh laughs laughed laughing",
    "scoff scoffs scoffed scoffing",
    "snap snaps snapped snapping",
    "retort retorts retorted retorting",
    "counter counters countered countering",
    "reason reasons reasoned reasoning",
    "confirm confirms confirmed confirming",
    "report reports reported reporting",
    "reiterate reiterates reiterated reiterating",
    "repeat repeats repeated repeating",
    "emphasize emphasizes emphasized emphasizing",
    "emphasise emphasises emphasised emphasising",
    "stress stresses stressed stressing",
    "point points pointed pointing",
    "mention mentions mentioned mentioning",
    "describe describes described describing",
    "testify testifies testified testifying",
    "confide confides confided confiding",
    "assure assures assured assuring",
    "caution cautions cautioned cautioning",
    "charge charges charged charging",
    "allege alleges alleged alleging",
    "add adds added adding",
    "interject interjects interjected interjecting",
    "interrupt interrupts interrupted interrupting",
    "recount recounts recounted recounting",
    "summarize summarizes summarized summarizing",
    "proclaim proclaims proclaimed proclaiming",
    "announce announces announced announcing",
    "read reads read reading",
    "wonder wonders wondered wondering",
    "muse muses mused musing",
    "plead pleads pleaded pleading",
    "beg begs begged begging",
    "concur concurs concurred concurring",
    "agree agrees agreed agreeing",
    "disagree disagrees disagreed disagreeing",
    "object objects objected objecting",
    "protest protests protested protesting",
    "lament laments lamented lamenting",
    "marvel marvels marveled marvelled marveling",
    "gush gushes gushed gushing",
    "fume fumes fumed fuming",
    "rail rails railed railing",
    "thunder thunders thundered thundering",
    "declare declares declared declaring",
    "challenge challenges challenged challenging",
    "suggest suggests suggested suggesting",
    "tease teases teased teasing",
    "quote quotes quoted quoting",
    "cite cites cited citing",
    "recommend recommends recommended recommending",
    "advise advises advised advising",
    "instruct instructs instructed instructing",
    "order orders ordered ordering",
    "inform informs informed informing",
    "publish publishes published publishing",
    "share shares shared sharing",
    "retweet retweets retweeted retweeting",
    "text texts texted texting",
    "email emails emailed emailing",
    "chime chimes chimed chiming",
    "put puts put putting",
)
"""Speech verbs, one verb a line: base, third person, past (and participle), -ing."""

REPORTING_VERBS: Final[tuple[str, ...]] = (
    "praise praises praised praising",
    "call calls called calling",
    "accuse accuses accused accusing",
    "criticize criticizes criticized criticizing",
    "criticise criticises criticised criticising",
    "condemn condemns condemned condemning",
    "denounce denounces denounced denouncing",
    "slam slams slammed slamming",
    "blast blasts blasted blasting",
    "label labels labeled labelled labeling labelling",
    "brand brands branded branding",
    "dub dubs dubbed dubbing",
    "hail hails hailed hailing",
    "deride derides derided deriding",
    "dismiss dismisses dismissed dismissing",
    "mock mocks mocked mocking",
    "refer refers referred referring",
    "term terms termed terming",
    "characterize characterizes characterized characterizing",
    "blame blames blamed blaming",
    "thank thanks thanked thanking",
    "welcome welcomes welcomed welcoming",
    "decry decries decried decrying",
    "reject rejects rejected rejecting",
    "deny denies denied denying",
    "speak speaks spoke spoken speaking",
    "talk talks talked talking",
    "tout touts touted touting",
    "vow vows vowed vowing",
    "promise promises promised promising",
    "pledge pledges pledged pledging",
    "describe describes described describing",
    "insist insists insisted insisting",
    "depict depicts depicted depicting",
    "portray portrays portrayed portraying",
    "apologize apologizes apologized apologizing",
    "apologise apologises apologised apologising",
)
"""Verbs that report a stance; they attribute partial quotations in their own clause."""

PRONOUNS: Final[frozenset[str]] = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "who", "which"}
)
"""Subject pronouns that can speak (lower case)."""

ADVERBS: Final[frozenset[str]] = frozenset(
    {
        "also", "later", "then", "once", "previously", "recently", "earlier", "again",
        "further", "only", "just", "simply", "often", "frequently", "repeatedly",
        "reportedly", "allegedly", "publicly", "privately", "famously", "quickly",
        "flatly", "firmly", "bluntly", "succinctly", "softly", "quietly", "loudly",
        "has", "had", "have", "would", "will", "could", "might", "may", "can", "did",
        "does", "do", "should", "must", "shall", "has since", "since", "even", "never",
        "ever", "still", "already", "now", "first", "finally", "originally", "initially",
        "subsequently", "immediately", "angrily", "calmly", "not",
        "has also", "had also", "sometimes", "always", "usually", "told", "personally",
        "separately", "directly", "openly", "tearfully", "jokingly", "sarcastically",
        "emphatically", "proudly", "candidly", "herself", "himself",
        "themselves", "itself",
    }
)  # fmt: skip
"""Words that may stand between a speaker and its verb ("also said")."""

TITLES: Final[frozenset[str]] = frozenset(
    {
        "president", "vice", "prime", "minister", "secretary", "senator", "sen", "sen.",
        "rep", "rep.", "representative", "gov", "gov.", "governor", "mayor", "director",
        "chairman", "chairwoman", "chair", "leader", "spokesman", "spokeswoman",
        "spokesperson", "chief", "staff", "general", "gen", "gen.", "deputy", "attorney",
        "judge", "justice", "commissioner", "ambassador", "officer", "executive", "ceo",
        "speaker", "candidate", "nominee", "adviser", "advisor", "manager", "analyst",
        "strategist", "pollster", "professor", "prof", "prof.", "lt", "lt.", "col",
        "col.", "sgt", "sgt.", "capt", "capt.", "cmdr", "adm", "adm.", "admiral",
        "colonel", "captain", "sergeant", "lieutenant", "commander", "foreign", "defense",
        "defence", "interior", "finance", "state", "house", "senate", "white", "majority",
        "minority", "whip", "democratic", "republican", "democrat", "gop", "former",
        "campaign", "press", "communications", "national", "security", "council",
        "party", "opposition", "supreme", "comrade", "king", "queen", "prince",
        "princess", "pope", "rev", "rev.", "reverend", "bishop", "cardinal", "rabbi",
        "imam", "sheikh", "premier", "chancellor", "emperor", "sultan", "ayatollah",
        "head", "founder", "president-elect", "congressman", "congresswoman",
        "councillor", "councilor", "councilman", "councilwoman", "alderman",
        "superintendent", "inspector", "detective", "constable", "sheriff", "coach",
        "dean", "provost", "economist", "author", "host",
        "anchor", "editor", "columnist", "reporter", "correspondent", "mp", "mla",
        "mpp", "trustee", "organizer", "organiser",
        "activist", "lawyer", "counsel", "assemblyman", "assemblywoman",
        "delegate", "ex", "acting", "interim", "u.s.", "us", "federal", "provincial",
        "city", "county", "mr", "mrs", "ms", "dr",
    }
)  # fmt: skip
"""Words of a title or office, lower case; a person's mention starts after them.

Honorifics (Mr., Ms., Dr.) are here too only for name lookup; ``_attribution``
keeps them in the mention when they come right before the surname.
"""

HONORIFICS: Final[frozenset[str]] = frozenset(
    {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "miss", "sir", "dame", "lord", "lady"}
)
"""Honorifics, lower case, kept in a mention ("Ms. Conway")."""

ORG_HEADS: Final[frozenset[str]] = frozenset(
    {
        "ministry", "department", "office", "commission", "committee", "council", "agency",
        "kremlin", "government", "administration", "police", "army", "military", "command",
        "service", "bureau", "court", "party", "campaign", "company", "corporation",
        "corp", "corp.", "inc", "inc.", "group", "association", "union", "board",
        "authority", "authorities", "house", "senate", "congress", "parliament",
        "assembly", "embassy", "mission", "force", "forces", "guard", "center", "centre",
        "institute", "foundation", "organization", "organisation", "network", "news",
        "times", "post", "journal", "press", "staff", "team", "cabinet",
        "pentagon", "tribunal", "statement", "report", "website", "ad",
        "spokesperson", "spokesman", "spokeswoman", "official", "officials",
        "federation", "coalition", "alliance", "league", "club", "university", "college",
        "school", "hospital", "bank", "fund", "secretariat", "directorate",
        "headquarters", "chamber", "caucus", "panel",
    }
)  # fmt: skip
"""Last words of an organisation's name (lower case); such a mention keeps its whole phrase."""

DETERMINERS: Final[frozenset[str]] = frozenset(
    {
        "the", "a", "an", "one", "two", "three", "four", "several", "many", "some",
        "another", "his", "her", "their", "its", "our", "my", "your", "this", "that",
        "these", "those", "other", "both", "most", "few", "each", "every", "no",
    }
)  # fmt: skip
"""Words that open a descriptive mention, lower case."""

ROLE_PLURALS: Final[frozenset[str]] = frozenset(
    {
        "officials", "analysts", "experts", "critics", "aides", "advisers", "advisors",
        "supporters", "opponents", "protesters", "protestors", "residents", "witnesses",
        "sources", "investigators", "prosecutors", "lawyers", "attorneys", "police",
        "authorities", "observers", "economists", "scientists", "researchers", "doctors",
        "democrats", "republicans", "lawmakers", "legislators", "leaders", "voters",
        "organizers", "organisers", "activists", "diplomats", "spokesmen", "members",
        "people", "parents", "students", "teachers", "workers", "locals", "officers",
        "troops", "soldiers", "insiders", "allies", "strategists", "pollsters", "staffers",
        "volunteers", "delegates", "senators", "candidates", "users", "fans", "reporters",
        "journalists", "commentators", "conservatives", "liberals", "progressives",
    }
)  # fmt: skip
"""Bare plural nouns that can be a speaker without a determiner (lower case)."""

NON_SPEAKERS: Final[frozenset[str]] = frozenset(
    {
        "that", "this", "it", "there", "what", "which", "who", "and", "but", "or", "as",
        "if", "when", "while", "because", "so", "to", "of", "in", "on", "at", "for",
        "with", "by", "from", "not", "is", "was", "be", "been", "being", "are", "were",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "yesterday", "tonight", "here", "now", "then", "also", "however",
        "meanwhile", "still", "yet", "too", "even", "just", "why", "how", "where",
        "whether", "than", "all", "any", "ever", "never", "said", "says", "told", "asked",
    }
)  # fmt: skip
"""Words that are never a speaker's mention on their own (lower case)."""

ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
        "st", "jr", "sr", "prof", "rev", "adm", "cmdr", "no", "vs", "u.s", "u.k", "u.n",
        "d.c", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "aug", "sept",
        "sep", "oct", "nov", "dec", "a.m", "p.m", "e.g", "i.e", "etc", "ft", "mt", "ave",
        "gov't", "dept", "calif", "fla", "ill", "mass", "mich", "minn", "penn", "tenn",
        "wash", "wis", "ariz", "colo", "conn", "del", "ga", "ind", "kan", "ky", "la",
        "md", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "va", "vt", "wyo",
    }
)  # fmt: skip
"""Words (lower case, without their final full stop) whose full stop ends no sentence."""


NOUN_FORMS: Final[frozenset[str]] = frozenset(
    {
        "report", "reports", "comment", "comments", "claim", "claims", "post", "posts",
        "tweet", "tweets", "answer", "answers", "reply", "replies", "quote", "quotes",
        "order", "orders", "text", "texts", "email", "emails", "share", "shares",
        "point", "points", "counter", "counters", "charge", "charges", "demand",
        "demands", "promise", "promises", "pledge", "pledges", "vow", "vows", "protest",
        "protests", "object", "objects", "laugh", "laughs", "cry", "cries", "joke",
        "jokes", "sigh", "sighs", "repeat", "repeats", "state", "states", "go", "goes",
        "gone", "put", "puts", "reason", "reasons", "stress", "warning", "mention",
        "mentions", "cite", "cites", "read", "reads", "snap", "snaps", "rail", "rails",
        "fume", "fumes", "marvel", "marvels", "thunder", "begin", "begins", "remark",
        "remarks", "caution", "challenge", "challenges", "plead", "beg", "muse", "muses",
        "wonder", "wonders", "chime", "chimes", "shout", "shouts", "chant", "chants",
        "scream", "screams", "whisper", "note", "quip", "boast", "retort", "recall",
        "sing", "publish",
    }
)  # fmt: skip
"""Forms of speech verbs that are as often nouns or bare infinitives ("a report", "to
say"); they do not attribute a quotation on their own."""


TEASER_LABELS: Final[tuple[str, ...]] = (
    "READ MORE", "WATCH", "VIDEO", "RELATED", "LISTEN", "PHOTOS", "PHOTO", "MORE",
    "SEE ALSO", "ALSO READ", "CLICK HERE", "TRENDING", "RECOMMENDED", "READ",
)  # fmt: skip
"""Labels that open a line promoting another story ("READ MORE: ..."); the
quotations on such a line are headlines, not anybody's words."""


def forms(lines: tuple[str, ...]) -> frozenset[str]:
    """Every form listed in ``lines`` (a lexicon of space-separated forms), lower case."""
    return frozenset(form for line in lines for form in line.split())
