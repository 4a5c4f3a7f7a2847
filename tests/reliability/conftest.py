"""Fixtures for the crash-safety tests: the seeded random source and a reference demo store."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.reliability.crash_helpers import DEMO_STUDENTS, SEED, command, run_to_the_end


@pytest.fixture(scope="session")
def rng() -> random.Random:
    print(f"\ncrash-safety seed {SEED} (STAGEDESK_CRASH_SEED)")
    return random.Random(SEED)


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    """A finished demo store (the reference; do not change it), and how long making it took."""
    path = tmp_path_factory.mktemp("reference") / "demo.sqlite"
    args = command("demo", "--db", str(path), "--students", str(DEMO_STUDENTS))
    return path, run_to_the_end(args)
