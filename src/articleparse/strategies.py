"""Hypothesis strategies for property tests of code that uses articleparse.

Importing this module needs Hypothesis (``pip install 'articleparse[hypothesis]'``);
nothing else in articleparse does.

- :func:`article_texts` draws realistic article texts together with what they
  must parse to, as ``(text, expected)`` pairs; ``expected`` is an
  :class:`Expected` record.
- :func:`articles` draws :class:`~articleparse.Article` records built from the
  same generator: every span indexes the article's text, the segments never
  overlap and cover every non-whitespace character, so they suit round-trip
  tests and tests of code downstream of the parser.

A generated text is an optional headline, story paragraphs (narrative ones and
quotation ones), an optional appeal with its buttons, an optional ``#Tag``
footer and optional comment chrome, with the lines joined by ``\\n``,
``\\r\\n`` or blank lines.  Quotations use only attribution patterns the
library recovers every time::

    “Q,” Jane Doe said.        “Q,” said Jane Doe.        “Q,” according to Jane Doe.
    Jane Doe said: “Q.”        Jane Doe said:  (then “Q.” as the next paragraph)
    “Q,” Mayor Jane Doe, a council member, said.      Jane Doe told reporters: “Q.”
    “Q,” Doe said.             “Q,” she added.            She said: “Q.”
    “Q1,” Jane Doe said. “Q2.”     (the second quotation has the same speaker;
                                    it may run on into the next paragraph)

with “…”, "…", ‘…’ or «…» as marks, and a surname or a pronoun always
referring to a person named in full in an earlier quotation (a pronoun to the
speaker of the quotation right before it).  All names and words are invented
or generic; docs/testing.md has the details and the known gaps left out.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from typing import TypeVar

import attrs
from hypothesis import strategies as st

from ._records import Article, Block, Quote, Span, Speaker

__all__ = ["Expected", "article_texts", "articles"]


@attrs.frozen
class Expected:
    """What a generated text must parse to, in plain values.

    - ``headline``: the headline's text, or None when the text starts with the story.
    - ``paragraphs``: the text of each story paragraph, in order.
    - ``quotes``: one ``(text, speaker)`` pair per quotation, in text order;
      ``text`` is the words between the marks exactly as the text has them
      (a closing comma or full stop inside the marks included), ``speaker``
      the full name of who said it (never a pronoun or a bare surname).
    - ``appeal``: the appeal block's text, from its first line to its last
      button, newlines included; None when there is none.
    - ``hashtags``: the footer's tags without their ``#``, in order.
    - ``chrome``: the text of each page-chrome line (such as "Leave a Reply").
    """

    headline: str | None
    paragraphs: tuple[str, ...]
    quotes: tuple[tuple[str, str], ...]
    appeal: str | None
    hashtags: tuple[str, ...]
    chrome: tuple[str, ...]


# ---------------------------------------------------------------- vocabulary
# Generic words only: the people are invented, the places unnamed.

# First names, each with the pronoun that refers to the person.
_FIRST_NAMES: tuple[tuple[str, str], ...] = (
    ("Daniel", "he"),
    ("Marcus", "he"),
    ("Thomas", "he"),
    ("Peter", "he"),
    ("Samuel", "he"),
    ("Victor", "he"),
    ("Laura", "she"),
    ("Helen", "she"),
    ("Nadia", "she"),
    ("Clara", "she"),
    ("Irene", "she"),
    ("Sofia", "she"),
)
# Invented surnames, none of them an English word.
_SURNAMES = (
    "Varnell",
    "Okonde",
    "Halvorsen",
    "Keswick",
    "Tillman",
    "Penhallow",
    "Calloway",
    "Brannigan",
    "Dorsetti",
    "Lindqvist",
    "Amadi",
    "Ferreira",
)

_QUOTE_SUBJECTS = ("We", "People", "Our neighbors", "The residents", "Families", "Many workers")
_QUOTE_VERBS = (
    "will keep working on",
    "need more time for",
    "have waited years for",
    "are proud of",
    "cannot ignore",
    "should talk about",
    "deserve better than",
)
_OBJECTS = (
    "the budget",
    "this project",
    "the new bridge",
    "the school program",
    "the water supply",
    "the housing plan",
    "the bus routes",
    "the library",
)
_QUOTE_TAILS = ("", " this year", " for a long time", " right now", " in every season")

_NARRATIVE_SUBJECTS = (
    "The council",
    "The committee",
    "Local officials",
    "The company",
    "The agency",
    "A group of volunteers",
)
_NARRATIVE_VERBS = ("approved", "discussed", "delayed", "announced", "reviewed", "rejected")
_NARRATIVE_TAILS = (
    "last week",
    "earlier this month",
    "after a long debate",
    "in a short meeting",
    "without a public vote",
    "for the third time",
)

# A headline is "<who> <does> <what>[ <tail>]", in title case.
_HEADLINE_WHO = ("Council", "City Committee", "School Board", "Local Agency", "Town Board")
_HEADLINE_DOES = ("Delays", "Approves", "Rejects", "Debates", "Questions", "Backs")
_HEADLINE_WHAT = (
    "Vote on New Bridge",
    "Plan for School Program",
    "Funding for Water Supply",
    "Housing Plan",
    "Changes to Bus Routes",
    "Library Budget",
)
_HEADLINE_TAILS = ("", " Again", " After Long Debate", " for Next Year")

# The attribution shapes, the last one taking two paragraphs:
#   after     “Q,” Name said.         inverted  “Q,” said Name.
#   according “Q,” according to Name. colon     Name said: “Q.”
#   lead-in   Name said:  (a paragraph of its own, the quotation the next)
_SHAPES = ("after", "inverted", "according", "colon", "lead-in")
# The speech verbs of each shape.
_VERBS: dict[str, tuple[str, ...]] = {
    "after": ("said", "says", "explained", "noted", "warned", "told reporters"),
    "inverted": ("said", "says"),
    "according": ("according to",),
    "colon": ("said", "says", "explained", "told reporters"),
    "lead-in": ("said",),
}
_PRONOUN_VERBS = ("added", "said")  # “Q,” she added.  She said: “Q.”
# Titles before a name (the speaker's name is without them) and roles after it.
_TITLES = ("Mayor", "Director", "Professor", "Dr.")
_ROLES = (
    "a council member",
    "a local teacher",
    "the director of the library",
    "a spokesperson for the agency",
)

# Quotation marks: (opening, closing).
_MARKS = (
    ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
    ('"', '"'),
    ("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),
)
_GUILLEMETS = (
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
)

_PUBLISHERS = ("The Valley Courier", "The Harbor Gazette", "The Evening Ledger")
_APPEAL_OPENERS = (
    "Support our journalism",
    "Dear readers,",
    "A message from {publisher}:",
    "Support independent local news",
)
_APPEAL_LINES = (
    "Independent reporting like this depends on readers like you.",
    "Please consider a monthly donation of any size to keep our newsroom going.",
    "Every contribution, however small, keeps our journalism free for everyone.",
    "Sign up for our free newsletter to get the top stories in your inbox every morning.",
    "Become a member today and help us cover the stories that matter to you.",
)
_APPEAL_BUTTONS = ("Donate now", "Subscribe", "Continue", "Remind me later", "Maybe later")

_TAGS = ("News", "Council", "Budget", "LocalNews", "Housing", "Transport", "Schools", "Water")
_CHROME = ("Leave a Reply",)

# Line separators: the newline between two lines of the text.
_NEWLINES = ("\n", "\r\n", "\n\n", "\r\n\r\n")


# ---------------------------------------------------------------- building


@attrs.define
class _Writer:
    """Appends pieces of text and gives back the span of each."""

    parts: list[str] = attrs.Factory(list)
    length: int = 0

    def write(self, piece: str) -> Span:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return Span(start, self.length)

    def text(self) -> str:
        joined = "".join(self.parts)
        self.parts = [joined]  # the next call joins only what came after
        return joined


@attrs.frozen
class _Person:
    first: str
    last: str
    pronoun: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@attrs.frozen
class _Draft:
    """A generated article: its text, what it must parse to, and its records."""

    text: str
    expected: Expected
    article: Article


_T = TypeVar("_T")


@functools.cache
def _between(low: int, high: int) -> st.SearchStrategy[int]:
    return st.integers(low, high)


def _choice(draw: st.DrawFn, items: Sequence[_T]) -> _T:
    """One of ``items`` (the strategies are built once: generation stays fast)."""
    return items[draw(_between(0, len(items) - 1))]


def _sample(draw: st.DrawFn, items: Sequence[_T], low: int, high: int) -> list[_T]:
    """Between ``low`` and ``high`` distinct items, in the order drawn."""
    pool = list(items)
    return [pool.pop(draw(_between(0, len(pool) - 1))) for _ in range(draw(_between(low, high)))]


def _words(draw: st.DrawFn, *choices: Sequence[str]) -> list[str]:
    """One item of each list, chosen with a single draw (generation stays fast)."""
    number = draw(_between(0, math.prod(len(items) for items in choices) - 1))
    picked: list[str] = []
    for items in choices:
        number, index = divmod(number, len(items))
        picked.append(items[index])
    return picked


def _quote_words(draw: st.DrawFn) -> str:
    """One or two sentences of quoted speech, without the final punctuation."""
    sentences = [
        "{} {} {}{}".format(*_words(draw, _QUOTE_SUBJECTS, _QUOTE_VERBS, _OBJECTS, _QUOTE_TAILS))
        for _ in range(draw(_between(1, 2)))
    ]
    return ". ".join(sentences)


def _narrative(draw: st.DrawFn, least: int = 1) -> str:
    sentences = [
        "{} {} {} {}.".format(
            *_words(draw, _NARRATIVE_SUBJECTS, _NARRATIVE_VERBS, _OBJECTS, _NARRATIVE_TAILS)
        )
        for _ in range(draw(_between(least, 3)))
    ]
    return " ".join(sentences)


def _headline(draw: st.DrawFn) -> str:
    who, does, what, tail = _words(
        draw, _HEADLINE_WHO, _HEADLINE_DOES, _HEADLINE_WHAT, _HEADLINE_TAILS
    )
    return f"{who} {does} {what}{tail}"


@attrs.define
class _Story:
    """The state of one article being drawn: who has spoken so far."""

    people: list[_Person]
    introduced: list[_Person] = attrs.Factory(list)
    last_speaker: _Person | None = None


def _pick_speaker(draw: st.DrawFn, story: _Story) -> tuple[_Person, str]:
    """Who speaks next and the words that name them at the attribution."""
    choices = ["new"] if len(story.introduced) < len(story.people) else []
    if story.introduced:
        choices.append("surname")
    if story.last_speaker is not None:
        choices.append("pronoun")
    how = _choice(draw, choices)
    if how == "new":
        person = story.people[len(story.introduced)]
        story.introduced.append(person)
        return person, person.name
    if how == "surname":
        person = _choice(draw, story.introduced)
        return person, person.last
    assert story.last_speaker is not None
    return story.last_speaker, story.last_speaker.pronoun


@attrs.define
class _Paragraphs:
    """Writes the story's paragraphs, one line each, and keeps their spans."""

    writer: _Writer
    newline: str
    spans: list[Span] = attrs.Factory(list)
    start: int = 0

    def begin(self) -> int:
        """Start a paragraph; returns its index in the body."""
        if self.writer.length:
            self.writer.write(self.newline)
        self.start = self.writer.length
        return len(self.spans)

    def end(self) -> None:
        self.spans.append(Span(self.start, self.writer.length))


def _quote_paragraph(
    draw: st.DrawFn, story: _Story, paragraphs: _Paragraphs, room: bool, quotes: list[Quote]
) -> None:
    """Write a quotation paragraph (two when ``room`` allows a lead-in or a
    quotation running on) and record its quotes."""
    writer = paragraphs.writer
    person, mention = _pick_speaker(draw, story)
    story.last_speaker = person
    pronoun = mention == person.pronoun
    new = mention == person.name
    opening, closing = _choice(draw, _MARKS)
    shapes = ("after", "colon") if pronoun else _SHAPES if room else _SHAPES[:-1]
    shape = _choice(draw, shapes)
    verb = _choice(draw, _PRONOUN_VERBS if pronoun else _VERBS[shape])
    title = _choice(draw, _TITLES) + " " if new and draw(_between(0, 3)) == 0 else ""
    role = f", {_choice(draw, _ROLES)}" if new and draw(_between(0, 3)) == 0 else ""
    curly = opening == "\N{LEFT DOUBLE QUOTATION MARK}"

    index = paragraphs.begin()
    found: list[tuple[Span, int]] = []  # the words of each quotation, and their paragraph
    if shape in ("colon", "lead-in"):
        if title:
            writer.write(title)
        elif pronoun:
            mention = mention[:1].upper() + mention[1:]  # it opens the paragraph
        mention_span = writer.write(mention)
        writer.write(f"{role}{',' if role else ''} {verb}:")
        if shape == "lead-in":  # "Name said:" then the quotation as the next paragraph
            paragraphs.end()
            index = paragraphs.begin()
            writer.write(opening)
        else:
            writer.write(f" {opening}")
        found.append((writer.write(_quote_words(draw) + "."), index))
        writer.write(closing)
    else:
        writer.write(opening)
        found.append((writer.write(_quote_words(draw) + ","), index))
        writer.write(closing + " ")
        if shape == "after":
            mention_span = writer.write(title + mention)
            mention_span = Span(mention_span.start + len(title), mention_span.end)
            writer.write(f"{role}{',' if role else ''} {verb}.")
        else:  # "said Name" or "according to Name"
            writer.write(f"{verb} {title}")
            mention_span = writer.write(mention)
            writer.write(f"{role}.")
        if draw(_between(0, 1)):  # a second quotation goes on in the same voice
            writer.write(f" {opening}")
            found.append((writer.write(_quote_words(draw) + "."), index))
            if curly and room and draw(_between(0, 1)):
                # ... and runs on into the next paragraph, which opens again
                paragraphs.end()
                index = paragraphs.begin()
                writer.write(opening)
                found.append((writer.write(_quote_words(draw) + "."), index))
            writer.write(closing)
    paragraphs.end()
    text = writer.text()
    for words, paragraph in found:
        quotes.append(
            Quote(
                text=words.of(text),
                span=words,
                speaker=Speaker(name=person.name, mention=mention, span=mention_span),
                cue=verb,
                paragraph=paragraph,
            )
        )


@st.composite
def _drafts(
    draw: st.DrawFn,
    headline: bool | None,
    appeal: bool | None,
    hashtags: bool | None,
    chrome: bool | None,
    max_paragraphs: int,
) -> _Draft:
    maybe = _between(0, 1)
    newline = _choice(draw, _NEWLINES)
    people_count = draw(_between(1, 3))
    firsts = _sample(draw, _FIRST_NAMES, people_count, people_count)
    lasts = _sample(draw, _SURNAMES, people_count, people_count)
    story = _Story([_Person(f, last, p) for (f, p), last in zip(firsts, lasts, strict=True)])
    use_guillemets = draw(_between(0, 9)) == 0
    writer = _Writer()
    quotes: list[Quote] = []

    def line(words: str) -> Span:
        """Write one line (or a block of lines) after the ones before it."""
        if writer.length:
            writer.write(newline)
        return writer.write(words)

    headline_block: Block | None = None
    if headline if headline is not None else draw(maybe):
        words = _headline(draw)
        headline_block = Block(words, line(words), "headline")
        if newline in ("\n", "\r\n"):
            # A blank line after the headline (docs/testing.md: without one, a
            # headline over short lines makes them read as one wrapped paragraph).
            writer.write(newline)

    paragraphs = _Paragraphs(writer, newline)
    count = draw(_between(1, max_paragraphs))
    while len(paragraphs.spans) < count:
        room = count - len(paragraphs.spans) >= 2
        # The story opens with a lede of two or three sentences, as news does
        # (docs/testing.md: a short first line is a library gap).
        lede = not paragraphs.spans
        if lede or draw(maybe):
            paragraphs.begin()
            writer.write(_narrative(draw, least=2 if lede else 1))
            paragraphs.end()
        else:
            _quote_paragraph(draw, story, paragraphs, room, quotes)
    text = writer.text()
    body = [Block(span.of(text), span, "paragraph") for span in paragraphs.spans]

    appeal_block: Block | None = None
    if appeal if appeal is not None else draw(maybe):
        opener = _choice(draw, _APPEAL_OPENERS).format(publisher=_choice(draw, _PUBLISHERS))
        lines = [
            opener,
            *_sample(draw, _APPEAL_LINES, 1, 3),
            *_sample(draw, _APPEAL_BUTTONS, 0, 2),
        ]
        appeal_text = newline.join(lines)
        appeal_block = Block(appeal_text, line(appeal_text), "appeal")

    tags: tuple[str, ...] = ()
    tag_block: Block | None = None
    if hashtags if hashtags is not None else draw(maybe):
        tags = tuple(_choice(draw, _TAGS) for _ in range(draw(_between(1, 6))))
        footer = " ".join(f"#{tag}" for tag in tags)
        tag_block = Block(footer, line(footer), "hashtags")

    chrome_blocks: list[Block] = []
    if chrome if chrome is not None else draw(maybe):
        words = _choice(draw, _CHROME)
        chrome_blocks.append(Block(words, line(words), "comments"))

    if draw(maybe):
        writer.write(_choice(draw, ("\n", "\r\n", "\n\n")))  # a final newline or two
    text = writer.text()
    article = Article(
        text=text,
        headline=headline_block,
        body=tuple(body),
        quotes=tuple(quotes),
        appeal=appeal_block,
        hashtags=tags,
        hashtag_block=tag_block,
        boilerplate=tuple(chrome_blocks),
    )
    if use_guillemets:
        article = _with_guillemets(article)
        text = article.text
    expected = Expected(
        headline=headline_block.text if headline_block else None,
        paragraphs=tuple(block.text for block in article.body),
        quotes=tuple((q.text, q.speaker.name) for q in article.quotes if q.speaker),
        appeal=appeal_block.text if appeal_block else None,
        hashtags=tags,
        chrome=tuple(block.text for block in chrome_blocks),
    )
    return _Draft(text=text, expected=expected, article=article)


def _with_guillemets(article: Article) -> Article:
    """The same article with «…» for every pair of double marks (one for one, so
    no offset moves)."""
    table = str.maketrans(
        {
            "\N{LEFT DOUBLE QUOTATION MARK}": _GUILLEMETS[0],
            "\N{RIGHT DOUBLE QUOTATION MARK}": _GUILLEMETS[1],
        }
    )
    text = article.text.translate(table)
    return attrs.evolve(
        article,
        text=text,
        body=tuple(attrs.evolve(block, text=block.span.of(text)) for block in article.body),
    )


def article_texts(
    *,
    headline: bool | None = None,
    appeal: bool | None = None,
    hashtags: bool | None = None,
    chrome: bool | None = None,
    max_paragraphs: int = 8,
) -> st.SearchStrategy[tuple[str, Expected]]:
    """Realistic article texts with what they must parse to, as ``(text, expected)``.

    Each keyword fixes whether that part is present (True), absent (False) or
    drawn (None, the default).  ``max_paragraphs`` bounds the story's
    paragraphs (at least one is always there).
    """
    if max_paragraphs < 1:
        raise ValueError(f"max_paragraphs must be at least 1, got {max_paragraphs}")
    return _drafts(headline, appeal, hashtags, chrome, max_paragraphs).map(
        lambda draft: (draft.text, draft.expected)
    )


def articles(
    *,
    headline: bool | None = None,
    appeal: bool | None = None,
    hashtags: bool | None = None,
    chrome: bool | None = None,
    max_paragraphs: int = 8,
) -> st.SearchStrategy[Article]:
    """``Article`` records for generated texts, built from what the generator wrote.

    They are what a correct parse of the text is (quotes with their speakers,
    mentions and cue words; blocks with their kinds), made without calling the
    parser, so they test code downstream of it even where the parser errs.
    The keywords are those of :func:`article_texts`.
    """
    if max_paragraphs < 1:
        raise ValueError(f"max_paragraphs must be at least 1, got {max_paragraphs}")
    return _drafts(headline, appeal, hashtags, chrome, max_paragraphs).map(
        lambda draft: draft.article
    )
