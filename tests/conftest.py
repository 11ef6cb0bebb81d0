"""Shared test set-up: Hypothesis profiles and the paths of the shared gold sets."""

from __future__ import annotations

import os
import pathlib

from hypothesis import HealthCheck, settings

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD_DIR = ROOT.parent / "shared" / "eval" / "dev"

# CI runs every property at least 1,000 examples; a developer's run is quicker.
settings.register_profile(
    "ci",
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=150, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
