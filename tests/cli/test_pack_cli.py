"""``stagedesk pack export`` and ``stagedesk pack import``: output, exit codes, conflicts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from stagedesk.cli import main
from stagedesk.domain.enums import VisitStatus
from stagedesk.store.visits import Visit
from tests.services.packs_helpers import PASSPHRASE, PackOffice, build_pack_office, in_pack


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """Packs are encrypted: the commands take the passphrase from the environment."""
    monkeypatch.setenv("STAGEDESK_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[PackOffice]:
    built = build_pack_office(tmp_path)
    # The command line opens the store itself.
    built.world.office.close()
    yield built


def _db(office: PackOffice) -> str:
    return str(office.tmp / "office.sqlite")


def _export(office: PackOffice, *extra: str) -> int:
    return main(
        ["pack", "export", "--db", _db(office), "--mentor", "Fatima el Amrani"]
        + ["--out", str(office.pack), *extra]
    )


def _import(office: PackOffice, *extra: str) -> int:
    return main(["pack", "import", str(office.pack), "--db", _db(office), *extra])


def _notes_in_office(office: PackOffice) -> str | None:
    from stagedesk.store.opening import open_store

    store = open_store(_db(office), create=False)
    try:
        with store.sessions() as s:
            return s.get_one(Visit, office.planned).notes
    finally:
        store.close()


def _change_both(office: PackOffice) -> None:
    from stagedesk.store.opening import open_store

    with in_pack(office.pack) as s:
        held = s.get_one(Visit, office.planned)
        held.status, held.held_on, held.notes = VisitStatus.HELD, date(2026, 12, 1), "pack"
    store = open_store(_db(office), create=False)
    try:
        with store.sessions.begin() as s:
            s.get_one(Visit, office.planned).notes = "bureau"
    finally:
        store.close()


def test_export_by_name_says_what_it_wrote(office: PackOffice, capsys):
    assert _export(office) == 0
    out = capsys.readouterr().out
    assert "visit pack for Fatima el Amrani written to" in out
    assert "2 students, 2 placements, 2 companies, 3 visits" in out
    assert office.pack.is_file()


def test_export_by_id(office: PackOffice, capsys):
    mentor = str(office.world.mentor.staff_id)
    args = ["pack", "export", "--db", _db(office), "--mentor", mentor, "--out", str(office.pack)]
    assert main(args) == 0


def test_export_refuses_an_existing_file_without_overwrite(office: PackOffice, capsys):
    assert _export(office) == 0
    assert _export(office) == 1
    assert "exists already" in capsys.readouterr().err
    assert _export(office, "--overwrite") == 0


def test_export_of_an_unknown_mentor_fails(office: PackOffice, capsys):
    args = ["pack", "export", "--db", _db(office), "--mentor", "Niemand", "--out", "x.sqlite"]
    assert main(args) == 1
    assert "no staff member with the id or name 'Niemand'" in capsys.readouterr().err


def test_import_round_trip_and_again(office: PackOffice, capsys):
    assert _export(office) == 0
    with in_pack(office.pack) as s:
        s.get_one(Visit, office.planned).notes = "gezien"
    capsys.readouterr()
    assert _import(office) == 0
    out = capsys.readouterr().out
    assert "new visits: 0, changed: 1, unchanged: 2, conflicts: 0" in out
    assert "changed  Zoë van der Berg at Zorggroep Óost: start visit planned 01-12-2026" in out
    assert "imported: 0 new, 1 updated" in out
    assert _notes_in_office(office) == "gezien"
    assert _import(office) == 0
    assert "nothing to import" in capsys.readouterr().out


def test_dry_run_changes_nothing(office: PackOffice, capsys):
    assert _export(office) == 0
    with in_pack(office.pack) as s:
        s.get_one(Visit, office.planned).notes = "gezien"
    assert _import(office, "--dry-run") == 0
    assert "dry run: nothing was changed" in capsys.readouterr().out
    assert _notes_in_office(office) is None


def test_a_conflict_without_take_is_listed_and_nothing_changes(office: PackOffice, capsys):
    assert _export(office) == 0
    _change_both(office)
    capsys.readouterr()
    assert _import(office) == 1
    captured = capsys.readouterr()
    assert "CONFLICT Zoë van der Berg at Zorggroep Óost" in captured.out
    assert "notes: office 'bureau' | pack 'pack'" in captured.out
    assert "status: office 'planned' | pack 'held'" in captured.out
    assert "run again with --take office or --take pack" in captured.err
    assert _notes_in_office(office) == "bureau"


@pytest.mark.parametrize(("take", "notes"), [("office", "bureau"), ("pack", "pack")])
def test_take_resolves_every_conflict(office: PackOffice, capsys, take: str, notes: str):
    assert _export(office) == 0
    _change_both(office)
    assert _import(office, "--take", take) == 0
    assert _notes_in_office(office) == notes


def test_a_truncated_pack_is_an_error_on_stderr(office: PackOffice, capsys):
    assert _export(office) == 0
    data = office.pack.read_bytes()
    office.pack.write_bytes(data[: len(data) // 2])
    assert _import(office) == 1
    err = capsys.readouterr().err
    assert err.startswith("stagedesk: error: pack.sqlite is truncated")
