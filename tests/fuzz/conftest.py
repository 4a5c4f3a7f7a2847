"""Prints how many fuzz cases each entry point tried, and how they ended, after the run."""

from __future__ import annotations

from typing import Any

from tests.fuzz.fuzz_helpers import TALLY


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not TALLY:
        return
    terminalreporter.section("fuzz cases tried")
    for entry_point, outcomes in sorted(TALLY.items()):
        spread = ", ".join(f"{outcome} {n}" for outcome, n in sorted(outcomes.items()))
        terminalreporter.write_line(f"{entry_point}: {sum(outcomes.values())} ({spread})")
