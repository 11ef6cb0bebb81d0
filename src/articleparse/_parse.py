# The pipeline: segmentation, then quotations, then attribution.
#
# Data flows one way: each stage reads the text and what the stages before it
# produced, and no stage reaches back.
from __future__ import annotations

from ._attribution import attribute
from ._quotes import find_quotations
from ._records import Article
from ._segment import Mode, segment

_MODES = ("auto", "article", "page")


def parse_article(text: str, *, mode: Mode = "auto") -> Article:
    """Parse the plain text of a news article.

    ``mode`` says what the text is: ``"article"`` for an article's own text (as
    a scraper or a copy-paste gives it), ``"page"`` for the whole visible text
    of a web page (menus, footers and all), or ``"auto"`` (the default) to
    decide from the text.

    Raises ``TypeError`` when ``text`` is not a ``str`` and ``ValueError`` for
    an unknown ``mode``.
    """
    if not isinstance(text, str):
        if isinstance(text, (bytes, bytearray, memoryview)):
            raise TypeError(
                f"parse_article() needs str, got {type(text).__name__}: "
                "decode it first, e.g. data.decode('utf-8')"
            )
        raise TypeError(f"parse_article() needs str, got {type(text).__name__}")
    if mode not in _MODES:
        raise ValueError(f"mode must be one of {', '.join(_MODES)}; got {mode!r}")
    layout = segment(text, mode)
    quotations = find_quotations(text, layout.headline, layout.body)
    quotes = attribute(text, layout.headline, layout.body, quotations)
    return Article(
        text=text,
        headline=layout.headline,
        body=layout.body,
        quotes=quotes,
        appeal=layout.appeal,
        hashtags=layout.hashtags,
        hashtag_block=layout.hashtag_block,
        boilerplate=layout.boilerplate,
    )
