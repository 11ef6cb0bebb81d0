"""The Dask recipe of docs/scaling.md, run as written on Dask's local
multiprocessing scheduler: its records equal parsing one by one."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

import pytest

import articleparse
from benchmarks.corpus import generated_articles, polnear_texts, seed_text

from .conftest import ROOT

pytest.importorskip("dask.bag")

SCALING = ROOT / "docs" / "scaling.md"
RecipeFn = Callable[..., list[dict[str, Any]]]


def _recipe() -> RecipeFn:
    """The docs' block that defines parse_with_dask, executed as a module would be."""
    blocks = re.findall(r"^```python\n(.*?)^```", SCALING.read_text(encoding="utf-8"), re.M | re.S)
    recipe = [block for block in blocks if "def parse_with_dask" in block]
    assert len(recipe) == 1, "docs/scaling.md must define parse_with_dask in one block"
    namespace: dict[str, Any] = {"__name__": "docs_scaling_dask"}
    exec(compile(recipe[0], str(SCALING), "exec"), namespace)
    parse_with_dask: RecipeFn = namespace["parse_with_dask"]
    return parse_with_dask


def _sample() -> list[str]:
    texts = [seed_text(), *generated_articles(24, seed=11), ""]
    gold = polnear_texts()
    if gold is not None:
        texts += random.Random(5).sample(gold, 24)
    return texts


def test_dask_recipe_equals_sequential() -> None:
    texts = _sample()
    records = _recipe()(texts, npartitions=4, scheduler="processes")
    sequential = [articleparse.parse_article(text) for text in texts]
    assert records == [articleparse.to_dict(article) for article in sequential]
    assert [articleparse.from_dict(record) for record in records] == sequential


def test_dask_recipe_on_the_seed_alone() -> None:
    seed = seed_text()
    (record,) = _recipe()([seed], npartitions=1, scheduler="processes")
    assert articleparse.from_dict(record) == articleparse.parse_article(seed)
