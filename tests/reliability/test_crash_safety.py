"""Long writes killed with SIGKILL at random moments leave a store that opens, is intact, and
holds each operation wholly or not at all: demo generation, backup, restore.

Each operation runs once to the end for its reference result and duration, then again and
again in a subprocess that gets SIGKILL after a random delay (a fixed seed, printed; set
STAGEDESK_CRASH_SEED to try others; how delays are drawn: tests/reliability/crash_helpers.py).
"""

from __future__ import annotations

import shutil
import signal
import sqlite3

import pytest

from stagedesk.store import backup
from stagedesk.store.opening import open_store
from tests.reliability.crash_helpers import (
    DEMO_STUDENTS,
    assert_intact,
    command,
    counts,
    kill_runs,
    mid_write,
    run_and_kill,
    run_to_the_end,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

DEMO_RUNS = 4
BACKUP_RUNS = 4
RESTORE_RUNS = 4


def test_demo_generation_is_all_or_nothing(tmp_path, rng, demo_store):
    reference, seconds = demo_store
    full = counts(reference)
    empty_store = tmp_path / "empty.sqlite"
    open_store(empty_store, daily_backup=False).close()
    empty = counts(empty_store)
    path = tmp_path / "demo.sqlite"
    args = command("demo", "--db", str(path), "--students", str(DEMO_STUDENTS))

    def one_run(delay: float) -> tuple[bool, str]:
        for leftover in tmp_path.glob("demo.sqlite*"):
            leftover.unlink()
        killed = run_and_kill(args, delay)
        if not path.exists():
            return killed, "no store yet"
        journal = " (journal left)" if mid_write(path) else ""
        assert_intact(path)
        now = counts(path)
        assert now in (empty, full), f"partial demo after a kill at {delay:.2f} s: {now}"
        return killed, ("whole demo" if now == full else "empty store") + journal

    tally = kill_runs(rng, DEMO_RUNS, seconds, one_run, "demo generation")
    assert tally.killed >= 1  # how many is up to timing; the figures are printed


def _kept_backups_verify(store) -> int:
    found = backup.list_backups(store)
    for item in found:
        backup.verify_backup(item.path)
    return len(found)


def test_a_killed_backup_leaves_the_store_alone_and_no_half_backup(tmp_path, rng, demo_store):
    reference, _ = demo_store
    full = counts(reference)
    path = tmp_path / "office.sqlite"
    shutil.copy(reference, path)
    args = command("backup", "create", "--db", str(path))
    seconds = run_to_the_end(args)

    def one_run(delay: float) -> tuple[bool, str]:
        before = _kept_backups_verify(path)
        killed = run_and_kill(args, delay)
        parts = list(backup.backup_dir(path).glob(".*.part"))
        for part in parts:  # a dead copy's leftover; the next backup an hour on removes it
            part.unlink()
        assert_intact(path)
        assert counts(path) == full
        made = _kept_backups_verify(path) - before
        assert made in (0, 1)
        return killed, ("backup made" if made else "no backup") + (
            " (half copy left)" if parts else ""
        )

    tally = kill_runs(rng, BACKUP_RUNS, seconds, one_run, "backup create")
    assert tally.killed >= 1


def test_a_killed_restore_leaves_the_old_or_the_restored_store(tmp_path, rng, demo_store):
    reference, _ = demo_store
    full = counts(reference)
    path = tmp_path / "office.sqlite"
    shutil.copy(reference, path)
    saved = backup.take_backup(path, "manual").path
    args = command("backup", "restore", "--db", str(path), saved.name)

    def change_the_store() -> dict[str, int]:
        # The store as it is now differs from the backup in many pages.
        conn = sqlite3.connect(path)
        with conn:
            conn.execute("DELETE FROM visit")
            conn.execute("UPDATE student SET sort_key = 'changed ' || sort_key")
        conn.close()
        return counts(path)

    change_the_store()
    seconds = run_to_the_end(args)

    def one_run(delay: float) -> tuple[bool, str]:
        changed = change_the_store()
        killed = run_and_kill(args, delay)
        journal = " (journal left)" if mid_write(path) else ""
        assert_intact(path)
        now = counts(path)
        assert now in (changed, full), f"mixed store after a kill at {delay:.2f} s"
        _kept_backups_verify(path)
        return killed, ("restored" if now == full else "as before") + journal

    tally = kill_runs(rng, RESTORE_RUNS, seconds, one_run, "backup restore")
    assert tally.killed >= 1
