"""Copying a whole store: SQLite to a PostgreSQL server and back with equal counts and
checksums, the audit chain intact, keys continuing; refusals that leave the target empty."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from stagedesk.cli import main
from stagedesk.domain.errors import StoreError
from stagedesk.services import audit
from stagedesk.services.actor import SYSTEM
from stagedesk.services.demo import generate_demo
from stagedesk.store import copy
from stagedesk.store.opening import open_store
from stagedesk.store.students import Student

STUDENTS = 60


@pytest.fixture
def office_file(tmp_path: Path) -> Path:
    """A small demo office with a few audit entries, closed."""
    path = tmp_path / "office.sqlite"
    store = open_store(path, daily_backup=False)
    try:
        generate_demo(store, students=STUDENTS, seed=4, today=date(2026, 11, 25))
        with store.sessions.begin() as session:
            for n in range(3):
                audit.record(session, SYSTEM, audit.VIEW, "student", None, after={"n": n})
    finally:
        store.close()
    return path


def _students(location: str | Path) -> int:
    store = open_store(location, daily_backup=False)
    try:
        with store.sessions() as session:
            return session.execute(select(func.count()).select_from(Student)).scalar_one()
    finally:
        store.close()


# The server's sessions in another time zone than UTC: times must still come back the same.
AMSTERDAM = "?options=-c%20timezone%3DEurope%2FAmsterdam"


@pytest.mark.parametrize("session_zone", ["", AMSTERDAM], ids=["server-zone", "amsterdam"])
def test_an_office_moves_to_postgresql_and_back_unchanged(
    office_file, pg_url, tmp_path, session_zone
):
    there = copy.copy_store(office_file, pg_url + session_zone)
    back = copy.copy_store(pg_url + session_zone, tmp_path / "back.sqlite")

    assert there.tables == back.tables  # every table: same rows, same checksum
    rows = {table.name: table.rows for table in there.tables}
    assert rows["student"] == STUDENTS and rows["audit_entry"] >= 3 and rows["visit"] > 0
    assert "password" not in there.target
    for location in (pg_url + session_zone, tmp_path / "back.sqlite"):
        store = open_store(location, daily_backup=False)
        try:
            if session_zone and store.url.get_backend_name() == "postgresql":
                with store.engine.connect() as conn:
                    assert conn.exec_driver_sql("SHOW TimeZone").scalar() == "Europe/Amsterdam"
            assert audit.verify(store.sessions).ok
            with store.sessions.begin() as session:  # numbering continues after the copy
                seq = audit.record(session, SYSTEM, audit.VIEW, "student", None)
                assert seq == rows["audit_entry"] + 1
        finally:
            store.close()


def test_sqlite_to_sqlite_reports_every_table(office_file, tmp_path, capsys):
    target = tmp_path / "copy.sqlite"
    assert main(["db", "copy", "--from", str(office_file), "--to", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"copied {office_file} to {target}" in out
    assert "student" in out and "checksums match" in out
    assert _students(target) == STUDENTS


def test_a_target_with_data_is_refused_and_left_alone(office_file, tmp_path):
    other = tmp_path / "other.sqlite"
    copy.copy_store(office_file, other)
    with pytest.raises(StoreError, match=r"other\.sqlite already holds data \(\d+ rows in \w+\)"):
        copy.copy_store(office_file, other)
    assert _students(other) == STUDENTS


def test_a_copy_that_does_not_match_is_rolled_back(office_file, tmp_path, monkeypatch):
    target = tmp_path / "copy.sqlite"
    real = copy.table_summary

    def one_student_short_in_the_target(conn, table):
        found = real(conn, table)
        if table.name == "student" and conn.engine.url.database == str(target):
            return copy.TableCopy(found.name, found.rows - 1, found.checksum)
        return found

    monkeypatch.setattr(copy, "table_summary", one_student_short_in_the_target)
    with pytest.raises(StoreError, match="copy of student does not match.*nothing was copied"):
        copy.copy_store(office_file, target)
    monkeypatch.undo()
    assert _students(target) == 0


def test_copying_a_store_onto_itself_is_refused(office_file):
    with pytest.raises(StoreError, match="the same store"):
        copy.copy_store(office_file, office_file)
