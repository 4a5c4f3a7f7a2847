"""Fuzz fixtures, and the tally of cases each entry point tried, printed after the run."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.factories import World, build_world
from tests.fuzz.fuzz_helpers import TALLY


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not TALLY:
        return
    terminalreporter.section("fuzz cases tried")
    for entry_point, outcomes in sorted(TALLY.items()):
        spread = ", ".join(f"{outcome} {n}" for outcome, n in sorted(outcomes.items()))
        terminalreporter.write_line(f"{entry_point}: {sum(outcomes.values())} ({spread})")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """A small office (tests/factories.py), one per module: examples that are refused must
    leave it as it was, so they can share it."""
    built = build_world(tmp_path_factory.mktemp("fuzzworld") / "world.sqlite")
    yield built
    built.office.close()


@pytest.fixture
def case_dir(tmp_path: Path) -> Callable[[], Path]:
    """A fresh folder per example (tmp_path is shared by a test's examples)."""
    counter = itertools.count()

    def make() -> Path:
        folder = tmp_path / f"case{next(counter)}"
        folder.mkdir()
        return folder

    return make
