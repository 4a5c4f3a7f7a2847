"""A batch letter run killed with SIGKILL: a letter never exists without its register row.

The register rows are committed before the file is moved into place
(services/letters_register.py), so a kill between the two leaves rows whose file is still the
hidden ``.part`` file holding exactly the registered bytes; the next print into the folder
moves it into place. Killed at random moments, a run leaves (after that recovery) the state
before it or the state after a run to the end; killed exactly between commit and move, its
rows are there, no file is, and the recovery completes it.
"""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from stagedesk.services.letters_register import finish_interrupted, sha256_of
from stagedesk.store.opening import open_store
from tests.reliability.crash_helpers import command, counts, run_to_the_end, whole_or_nothing

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

LETTER_RUNS = 3

# The print command with the move into place replaced by a SIGKILL of the process itself:
# the moment after the register's commit.
KILLED_AT_THE_MOVE = """
import os, signal, sys
from stagedesk.services import letters_register
letters_register._move_into_place = lambda temp, final: os.kill(os.getpid(), signal.SIGKILL)
from stagedesk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _registered(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT sha256 FROM letter_record")}
    finally:
        conn.close()


def _recover(store: Path, folder: Path) -> tuple[Path, ...]:
    opened = open_store(store, daily_backup=False)
    try:
        return finish_interrupted(opened.sessions, folder).moved
    finally:
        opened.close()


def _args(path: Path, **where: Path) -> list[str]:
    args = command("print", "batch", "--template", "herinnering-pok", "--status", "placed")
    args += ["--db", str(path)]
    if "out" in where:
        return [*args, "--out", str(where["out"])]
    return [*args, "--split", str(where["split"])]


def test_a_killed_letter_batch_never_leaves_a_letter_without_its_register_row(
    tmp_path, rng, demo_store
):
    reference, _ = demo_store
    path = tmp_path / "office.sqlite"
    out = tmp_path / "letters" / "herinnering.pdf"
    out.parent.mkdir()

    def start_over() -> None:
        for leftover in [*tmp_path.glob("office.sqlite*"), *out.parent.iterdir()]:
            leftover.unlink()
        shutil.copy(reference, path)

    def state() -> tuple[dict[str, int], bool]:
        if out.exists():  # the invariant, before any recovery
            assert sha256_of(out) in _registered(path), "a letter without its register row"
        _recover(path, out.parent)
        return counts(path), out.exists()

    args = _args(path, out=out)
    # A first run takes the store's daily backup: a warm-up, so that the timed reference run
    # (the kills are drawn within its duration) does what the killed runs do.
    start_over()
    run_to_the_end(args)
    tally = whole_or_nothing(rng, LETTER_RUNS, "letter batch", args, start_over, state, path)
    assert tally.killed >= 1


def test_a_kill_between_commit_and_move_leaves_rows_whose_files_the_next_print_moves_in(
    tmp_path, demo_store
):
    reference, _ = demo_store
    path = tmp_path / "office.sqlite"
    shutil.copy(reference, path)
    folder = tmp_path / "split"
    before = len(_registered(path))
    args = _args(path, split=folder)
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_AT_THE_MOVE, *args[3:]], capture_output=True, check=False
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()

    parts = sorted(folder.glob(".*.part"))
    registered = _registered(path)
    assert not list(folder.glob("*.pdf")), "no letter may be in place yet"
    assert parts and len(registered) > before
    assert {sha256_of(p) for p in parts} == registered - set(_registered(reference))

    moved = _recover(path, folder)
    assert len(moved) == len(parts) and not list(folder.glob(".*.part"))
    assert {sha256_of(f) for f in folder.glob("*.pdf")} == registered - _registered(reference)
