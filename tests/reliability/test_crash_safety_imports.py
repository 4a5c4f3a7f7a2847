"""Imports killed with SIGKILL at random moments: a students file and a visit pack are in the
store wholly or not at all, and the store opens and is intact (see test_crash_safety.py)."""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from stagedesk.store import (
    cipher,
    models,  # noqa: F401 - every table, for the ORM's foreign keys
)
from stagedesk.store.opening import open_store
from stagedesk.store.visits import Visit
from tests.reliability.crash_helpers import command, counts, run_to_the_end, whole_or_nothing

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

IMPORT_RUNS = 4
PACK_RUNS = 4
IMPORTED = 1500
LAPTOP_NOTE = "op de laptop bijgewerkt"
PACK_PASSPHRASE = "kraai vijver lantaarn"


def _students_file(store: Path, path: Path) -> Path:
    """New students (numbers the demo does not use) of the store's own programmes."""
    conn = sqlite3.connect(store)
    programmes = conn.execute("SELECT crebo, leerweg, niveau FROM programme").fetchall()
    conn.close()
    rng = random.Random(5)
    lines = ["Studentnummer;Roepnaam;Achternaam;Geboortedatum;E-mail;Crebo;Leerweg;Niveau;Cohort"]
    for index in range(IMPORTED):
        crebo, leerweg, niveau = rng.choice(programmes)
        number = 2_000_000 + index
        born = f"{1 + index % 28:02d}-{1 + index % 12:02d}-2007"
        lines.append(
            f"{number};Anna;Dijk {index};{born};{number}@student.example.nl;"
            f"{crebo};{leerweg};{niveau};2025"
        )
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_a_killed_students_import_is_wholly_there_or_absent(tmp_path, rng, demo_store):
    reference, _ = demo_store
    path = tmp_path / "office.sqlite"
    students = _students_file(reference, tmp_path / "studenten.csv")

    def start_over() -> None:
        for leftover in tmp_path.glob("office.sqlite*"):
            leftover.unlink()
        shutil.copy(reference, path)

    args = command("import", "students", str(students), "--db", str(path))
    tally = whole_or_nothing(
        rng, IMPORT_RUNS, "students import", args, start_over, lambda: counts(path), path
    )
    assert tally.killed >= 1


def _laptop_notes(store: Path) -> int:
    conn = sqlite3.connect(store)
    try:
        query = "SELECT count(*) FROM visit WHERE notes = ?"
        return int(conn.execute(query, (LAPTOP_NOTE,)).fetchone()[0])
    finally:
        conn.close()


def test_a_killed_pack_import_is_wholly_there_or_absent(tmp_path, rng, demo_store, monkeypatch):
    reference, _ = demo_store
    # Packs are encrypted: the commands read the passphrase from the environment, this process
    # (editing the pack as the laptop would) from the passphrase source.
    monkeypatch.setenv("STAGEDESK_PASSPHRASE", PACK_PASSPHRASE)
    previous = cipher.set_passphrase_source(lambda _path: PACK_PASSPHRASE)
    try:
        _pack_import_runs(tmp_path, rng, reference)
    finally:
        cipher.set_passphrase_source(previous)
        cipher._known.clear()


def _pack_import_runs(tmp_path: Path, rng: random.Random, reference: Path) -> None:
    base = tmp_path / "base.sqlite"
    shutil.copy(reference, base)
    conn = sqlite3.connect(base)
    mentor = conn.execute(
        "SELECT s.name FROM visit v JOIN staff_member s ON s.id = v.mentor_id "
        "GROUP BY s.id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    conn.close()
    pack = tmp_path / "pack.sqlite"
    run_to_the_end(
        command("pack", "export", "--db", str(base), "--mentor", mentor, "--out", str(pack))
    )
    laptop = open_store(pack, daily_backup=False)  # every visit edited on the laptop
    with laptop.sessions.begin() as session:
        for visit in session.scalars(select(Visit)):
            visit.notes = LAPTOP_NOTE
    laptop.close()
    pack_copy = tmp_path / "pack-in-use.sqlite"
    path = tmp_path / "office.sqlite"

    def start_over() -> None:
        for leftover in [*tmp_path.glob("office.sqlite*"), *tmp_path.glob("pack-in-use*")]:
            leftover.unlink()
        shutil.copy(base, path)
        shutil.copy(pack, pack_copy)

    def state() -> tuple[dict[str, int], int]:
        return counts(path), _laptop_notes(path)

    args = command("pack", "import", str(pack_copy), "--db", str(path), "--take", "pack")
    tally = whole_or_nothing(rng, PACK_RUNS, "pack import", args, start_over, state, path)
    assert tally.killed >= 1
