# Records to and from plain data: one module-level cattrs converter.
#
# Contract: ``from_dict(to_dict(a)) == a`` and ``from_json(to_json(a)) == a``
# for every Article; the plain form holds only dicts, lists, str, int and None,
# so it goes to JSON, Arrow or Parquet as it is.
from __future__ import annotations

import json
from typing import Any

import cattrs

from ._records import Article, Span

__all__ = ["converter", "from_dict", "from_json", "to_dict", "to_json"]

converter = cattrs.Converter(forbid_extra_keys=True)
# A span travels as a two-item list [start, end]: compact, and what readers expect.
converter.register_unstructure_hook(Span, lambda span: [span.start, span.end])
converter.register_structure_hook(Span, lambda value, _type: Span(int(value[0]), int(value[1])))


def to_dict(article: Article) -> dict[str, Any]:
    """The article as plain data (dicts, lists, str, int, None)."""
    plain: dict[str, Any] = converter.unstructure(article, Article)
    return plain


def from_dict(data: dict[str, Any]) -> Article:
    """An Article from the plain data that to_dict gives."""
    return converter.structure(data, Article)


def to_json(article: Article, *, indent: int | None = None) -> str:
    """The article as a JSON document (the shape is in docs/records.md)."""
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)


def from_json(document: str | bytes) -> Article:
    """An Article from a JSON document that to_json gave."""
    data = json.loads(document)
    if not isinstance(data, dict):
        raise ValueError(f"an article's JSON is an object, got {type(data).__name__}")
    return from_dict(data)
