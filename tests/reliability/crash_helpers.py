"""Running StageDesk commands in a subprocess and killing them, and checking what is left.

Delays: every other one is drawn between 30 % and 100 % of the operation's reference duration
(past most of the interpreter's start-up); the others between 85 % and 102 %, where the commit
and the checkpoint at close happen (bulk writes stay in SQLite's page cache until the commit,
so only a kill there puts anything of them on disk).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from time import perf_counter

from stagedesk.store.opening import open_store

SEED = int(os.environ.get("STAGEDESK_CRASH_SEED", "20261125"))
DEMO_STUDENTS = 3000
TABLES = (
    "programme",
    "staff_member",
    "company",
    "recognition",
    "contact_person",
    "student",
    "application",
    "placement",
    "visit",
    "melding",
    "setting",
    "audit_entry",
    "letter_record",
)


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "stagedesk", *args]


def run_to_the_end(args: list[str]) -> float:
    """Run a command that must succeed; how long it took."""
    started = perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, f"{' '.join(args[2:])} failed:\n{done.stderr}"
    return perf_counter() - started


def run_and_kill(args: list[str], delay: float) -> bool:
    """Run ``args``; SIGKILL it after ``delay`` seconds. True if it was killed mid-way."""
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _, err = process.communicate(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.communicate()
        return True
    assert process.returncode == 0, err.decode()
    return False


def mid_write(path: Path) -> bool:
    """Whether the store has a journal or WAL with content: a write was in flight or unchecked."""
    return any(
        Path(f"{path}{suffix}").is_file() and Path(f"{path}{suffix}").stat().st_size > 0
        for suffix in ("-wal", "-journal")
    )


def counts(path: Path) -> dict[str, int]:
    """Rows per table (of the tables this store has)."""
    conn = sqlite3.connect(path)
    try:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in TABLES
            if t in present
        }
    finally:
        conn.close()


def assert_intact(path: Path) -> None:
    """The store opens with this program, and SQLite finds nothing wrong in it."""
    open_store(path, daily_backup=False).close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


@dataclass
class Tally:
    killed: int = 0
    finished: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)

    def record(self, killed: bool, outcome: str) -> None:
        if killed:
            self.killed += 1
        else:
            self.finished += 1
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1


def kill_runs(
    rng: random.Random,
    runs: int,
    reference_seconds: float,
    one_run: Callable[[float], tuple[bool, str]],
    name: str,
) -> Tally:
    """``one_run(delay)`` ``runs`` times; prints and returns what happened."""
    tally = Tally()
    for run in range(runs):
        low, high = (0.3, 1.0) if run % 2 == 0 else (0.85, 1.02)
        delay = rng.uniform(low, high) * reference_seconds
        killed, outcome = one_run(delay)
        tally.record(killed, outcome)
    print(f"{name}: {tally.killed} killed, {tally.finished} finished; outcomes {tally.outcomes}")
    return tally


def whole_or_nothing(
    rng: random.Random,
    runs: int,
    name: str,
    args: list[str],
    start_over: Callable[[], None],
    state: Callable[[], object],
    store: Path,
) -> Tally:
    """An operation that changes ``store``: after a kill its ``state`` is the one before the
    operation or the one after a run to the end, nothing in between."""
    start_over()
    before = state()
    seconds = run_to_the_end(args)
    after = state()
    assert after != before, f"{name} changed nothing: the test would prove nothing"

    def one_run(delay: float) -> tuple[bool, str]:
        start_over()
        killed = run_and_kill(args, delay)
        journal = " (journal left)" if mid_write(store) else ""
        assert_intact(store)
        now = state()
        assert now in (before, after), f"{name} half done after a kill at {delay:.2f} s: {now}"
        return killed, ("done" if now == after else "not done") + journal

    return kill_runs(rng, runs, seconds, one_run, name)
