"""Scoring against the shared gold sets (../shared/eval/dev), when they are here.

The regression tests use these helpers; they skip when the gold sets are absent,
since the gold texts belong to their publishers and never enter this project.
"""

from __future__ import annotations

import functools
import importlib.util
import json
from types import ModuleType
from typing import Any

import pytest

from .conftest import GOLD_DIR

SCORER = GOLD_DIR.parent / "score.py"


@functools.cache
def scorer() -> ModuleType:
    """The shared scorer, ../shared/eval/score.py, loaded as a module."""
    spec = importlib.util.spec_from_file_location("articleparse_gold_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def needs_gold(name: str) -> pytest.MarkDecorator:
    """Skip a test when the gold file ``name`` (e.g. "polnear.jsonl") is absent."""
    return pytest.mark.skipif(
        not (GOLD_DIR / name).exists() or not SCORER.exists(),
        reason=f"shared gold set {name} is not here",
    )


@functools.cache
def score(name: str) -> dict[str, Any]:
    """The scorer's summary for one gold file (computed once per test run)."""
    module = scorer()
    tally = module.Tally()
    for line in (GOLD_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            gold = json.loads(line)
            module.score_record(gold, module.predict_articleparse(gold["text"]), tally)
    summary: dict[str, Any] = module.summarise(tally, 1.0, 1)
    return summary
