"""A batch letter run killed with SIGKILL at random moments: the merged PDF and the letters'
register entries are there together or not at all (see test_crash_safety.py)."""

from __future__ import annotations

import shutil
import signal

import pytest

from tests.reliability.crash_helpers import command, counts, whole_or_nothing

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

LETTER_RUNS = 3


def test_a_killed_letter_batch_leaves_file_and_register_together(tmp_path, rng, demo_store):
    reference, _ = demo_store
    path = tmp_path / "office.sqlite"
    out = tmp_path / "letters" / "herinnering.pdf"
    out.parent.mkdir()

    def start_over() -> None:
        for leftover in [*tmp_path.glob("office.sqlite*"), *out.parent.iterdir()]:
            leftover.unlink()
        shutil.copy(reference, path)

    def state() -> tuple[dict[str, int], bool]:
        # A dead run's temporary file (".herinnering.pdf.*.part") is not the letter.
        return counts(path), out.exists()

    args = command("print", "batch", "--template", "herinnering-pok", "--status", "placed")
    args += ["--db", str(path), "--out", str(out)]
    tally = whole_or_nothing(rng, LETTER_RUNS, "letter batch", args, start_over, state, path)
    assert tally.killed >= 1
