"""Shared fixtures: paths to the seeds and the graph the real extractor builds from them."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEV_ARTICLES = ROOT.parent / "shared" / "dev-articles"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seeds_graph():
    """The seeds extracted once per test session (treat as read-only)."""
    from diplograph.api import build

    return build([SEEDS])
