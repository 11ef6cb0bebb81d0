"""articleparse: news article text into headline, paragraphs, quotations with
their speakers, the publisher's appeal, tags and page chrome.

    >>> import articleparse
    >>> art = articleparse.parse_article('“It works,” she said.')
    >>> len(art.body)
    1
"""

from __future__ import annotations

from ._parallel import parse_many
from ._parse import parse_article
from ._records import Article, Block, Quote, Span, Speaker
from ._serialize import from_dict, from_json, to_dict, to_json

__all__ = [
    "Article",
    "Block",
    "Quote",
    "Span",
    "Speaker",
    "from_dict",
    "from_json",
    "parse_article",
    "parse_many",
    "to_dict",
    "to_json",
]

__version__ = "0.1.0"
