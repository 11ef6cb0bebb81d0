# The texts the benchmark and the scaling tests run on.
#
# Contract: every text here is either read from where it lives (the seed in
# seeds/, the shared gold set in ../shared/eval/dev/ when it is present) or
# generated from words written for this project; nothing is downloaded and no
# gold text is copied.  Generation is deterministic for a given seed.
from __future__ import annotations

import json
import pathlib
import random

import attrs

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_f56ad78c0931949e.txt"
POLNEAR = ROOT.parent / "shared" / "eval" / "dev" / "polnear.jsonl"
FAMILIES = ROOT / "tests" / "cases" / "hostile" / "families.json"

__all__ = [
    "FAMILIES",
    "POLNEAR",
    "SEED",
    "Family",
    "generated_articles",
    "load_families",
    "polnear_texts",
    "seed_text",
]


def seed_text() -> str:
    """The seed article's text."""
    return SEED.read_text(encoding="utf-8")


def polnear_texts() -> list[str] | None:
    """The texts of the shared polnear gold set, or None when it is not here."""
    if not POLNEAR.exists():
        return None
    texts: list[str] = []
    for line in POLNEAR.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            texts.append(str(record["text"]))
    return texts


@attrs.frozen
class Family:
    """A family of hostile inputs (see tests/cases/hostile/README.md)."""

    family: str
    about: str
    head: str
    units: tuple[str, ...] = attrs.field(converter=tuple)
    tail: str
    count: int

    def text(self, n: int) -> str:
        """The family's text with ``n`` repeated units."""
        rounds, extra = divmod(n, len(self.units))
        return self.head + "".join(self.units) * rounds + "".join(self.units[:extra]) + self.tail

    def text_of_size(self, chars: int) -> str:
        """The family's text with about ``chars`` characters (never fewer)."""
        per_unit = sum(map(len, self.units)) / len(self.units)
        n = max(1, round((chars - len(self.head) - len(self.tail)) / per_unit))
        text = self.text(n)
        while len(text) < chars:
            n += len(self.units)
            text = self.text(n)
        return text


def load_families() -> list[Family]:
    """Every family of tests/cases/hostile/families.json, in file order."""
    entries = json.loads(FAMILIES.read_text(encoding="utf-8"))
    return [Family(**entry) for entry in entries]


# Words for generated articles, written for this project.
_PEOPLE = (
    ("Maria Lopez", "Lopez", "she"),
    ("Daniel Okafor", "Okafor", "he"),
    ("Anna Berg", "Berg", "she"),
    ("Tomás Ruiz", "Ruiz", "he"),
    ("Priya Raman", "Raman", "she"),
    ("Jonas Keller", "Keller", "he"),
)
_ROLES = (
    "the finance minister",
    "a spokeswoman for the council",
    "the union's leader",
    "an economist at the city university",
    "the opposition's housing spokesman",
)
_TOPICS = ("housing", "the rail strike", "the new budget", "school meals", "flood defences")
_VERBS = ("said", "told reporters", "added", "warned", "explained", "argued")
_CLAIMS = (
    "We cannot keep waiting for a better moment",
    "The numbers simply do not add up",
    "Families will feel this long before the next election",
    "This is a first step, and not the last one",
    "Nobody asked the people who live there",
    "We have done the work and the results speak for themselves",
)
_FILLER = (
    "The proposal on {topic} returns to parliament next week after months of delay.",
    "Officials did not say how much the changes on {topic} would cost.",
    "Local groups have campaigned on {topic} for several years.",
    "A vote on {topic} is expected before the summer recess.",
    "Figures published on Monday showed little change in {topic} since the spring.",
)


def _paragraph(rng: random.Random, topic: str) -> str:
    full, last, pronoun = rng.choice(_PEOPLE)
    claim = rng.choice(_CLAIMS)
    verb = rng.choice(_VERBS)
    shape = rng.randrange(6)
    if shape == 0:
        return f"“{claim},” {verb} {full}, {rng.choice(_ROLES)}."
    if shape == 1:
        return f"{full} {verb}: “{claim}.”"
    if shape == 2:
        return f"“{claim},” {pronoun} {verb}. “{rng.choice(_CLAIMS)}.”"
    if shape == 3:
        return f"According to {last}, the plan on {topic} is “{claim.lower()}”."
    return rng.choice(_FILLER).format(topic=topic) + " " + rng.choice(_FILLER).format(topic=topic)


def generated_articles(n: int, seed: int = 0) -> list[str]:
    """``n`` short news-like articles in this project's own words."""
    rng = random.Random(seed)
    articles: list[str] = []
    for _ in range(n):
        topic = rng.choice(_TOPICS)
        headline = f"Row Over {topic.title()} Deepens as Vote Nears"
        paragraphs = [_paragraph(rng, topic) for _ in range(rng.randint(3, 25))]
        if rng.random() < 0.3:
            paragraphs.append("#" + topic.replace(" ", "") + " #Politics")
        articles.append(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")
    return articles
