"""The invariants parse_article keeps on any str, as one checking function.

The fuzz harness and the hostile-text tests call :func:`check`; it raises
``AssertionError`` naming the first invariant that does not hold.
"""

from __future__ import annotations

import articleparse
from articleparse import Article

MODES = ("auto", "article", "page")


def check_article(article: Article) -> None:
    """Every span indexes ``article.text``, and the segments tile its non-whitespace."""
    text = article.text
    previous_end = 0
    for block in article.segments():
        span = block.span
        assert previous_end <= span.start, f"segments overlap at {span}"
        assert span.start < span.end <= len(text), f"segment span {span} out of range"
        assert span.of(text) == block.text, f"segment text differs from its span {span}"
        gap = text[previous_end : span.start]
        assert not gap.strip(), f"characters in no segment before {span}: {gap.strip()[:20]!r}"
        previous_end = span.end
    tail = text[previous_end:]
    assert not tail.strip(), f"characters in no segment at the end: {tail.strip()[:20]!r}"
    for quote in article.quotes:
        span = quote.span
        assert span.end <= len(text), f"quote span {span} out of range"
        assert span.of(text) == quote.text, f"quote text differs from its span {span}"
        if quote.paragraph is None:
            assert article.headline is not None, "a headline quote without a headline"
            within = article.headline.span
        else:
            assert 0 <= quote.paragraph < len(article.body), f"bad paragraph {quote.paragraph}"
            within = article.body[quote.paragraph].span
        assert within.start <= span.start <= span.end <= within.end, f"quote {span} escapes"
        if quote.speaker is not None:
            mention = quote.speaker.span
            assert mention.end <= len(text), f"mention span {mention} out of range"
            assert mention.of(text) == quote.speaker.mention, f"mention differs at {mention}"
            assert quote.speaker.name.strip(), "an empty speaker name"


def check(text: str, mode: str = "auto") -> Article:
    """Parse ``text`` and assert every invariant; returns the article."""
    article = articleparse.parse_article(text, mode=mode)  # type: ignore[arg-type]
    assert article.text is text, "the article does not hold the caller's string"
    check_article(article)
    again = articleparse.parse_article(text, mode=mode)  # type: ignore[arg-type]
    assert again == article, "parsing the same text twice gave different results"
    assert articleparse.from_json(articleparse.to_json(article)) == article, "JSON round trip"
    assert articleparse.from_dict(articleparse.to_dict(article)) == article, "dict round trip"
    return article
