"""Opening stores: migrations match the models, versions are guarded, the engine is set up right."""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from stagedesk.domain.enums import Leerweg, Sector
from stagedesk.domain.errors import StoreError
from stagedesk.store import migrate
from stagedesk.store.engine import make_engine
from stagedesk.store.models import Base, Programme, Student
from stagedesk.store.opening import OpenedStore, open_store


@pytest.fixture
def opened(store_location: str) -> Iterator[OpenedStore]:
    """A new store at head on each backend, closed after the test."""
    store = open_store(store_location)
    yield store
    store.close()


def _programme() -> Programme:
    return Programme(
        crebo="25604",
        name="Software Developer",
        niveau=4,
        leerweg=Leerweg.BOL,
        sector=Sector.ICT,
    )


def _student(programme_id: uuid.UUID) -> Student:
    return Student(
        student_number="1000001",
        given_name="Sanne",
        surname="Jansen",
        date_of_birth=date(2007, 3, 14),
        programme_id=programme_id,
        cohort=2024,
        enrolled_on=date(2024, 8, 26),
        search_status_since=date(2024, 8, 26),
        sort_key="jansen sanne",
        search_text="sanne jansen",
    )


def _stamp_version(location: str | Path, revision: str) -> None:
    engine = make_engine(location)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :rev"), {"rev": revision})
    finally:
        engine.dispose()


def test_migrated_schema_equals_the_models(opened: OpenedStore) -> None:
    with opened.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_opened_store_is_at_head(opened: OpenedStore) -> None:
    assert migrate.current_revision(opened.engine) == migrate.head_revision()


def test_reopening_a_store_at_head_keeps_it_there(store_location: str) -> None:
    open_store(store_location).close()
    store = open_store(store_location)
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
    finally:
        store.close()


def test_store_from_a_newer_program_is_refused_and_left_alone(store_location: str) -> None:
    store = open_store(store_location)
    tables_before = sorted(inspect(store.engine).get_table_names())
    store.close()
    _stamp_version(store_location, "9999_future")

    with pytest.raises(StoreError, match="9999_future"):
        open_store(store_location)

    engine = make_engine(store_location)
    try:
        with engine.connect() as conn:
            versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars()
            assert list(versions) == ["9999_future"]
        assert sorted(inspect(engine).get_table_names()) == tables_before
    finally:
        engine.dispose()


def test_another_programs_sqlite_database_is_not_a_store(sqlite_path: Path) -> None:
    with sqlite3.connect(sqlite_path) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.close()

    with pytest.raises(StoreError, match="not a StageDesk store"):
        open_store(sqlite_path)

    with sqlite3.connect(sqlite_path) as conn:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master")]
        assert tables == ["moz_places"]
        assert conn.execute("SELECT count(*) FROM moz_places").fetchone() == (1,)
    conn.close()


def test_a_file_that_is_no_database_cannot_be_opened(sqlite_path: Path) -> None:
    sqlite_path.write_text("Naam;Klas\nSanne Jansen;SD4A\n")

    with pytest.raises(StoreError, match="cannot open store"):
        open_store(sqlite_path)

    assert sqlite_path.read_text() == "Naam;Klas\nSanne Jansen;SD4A\n"


def test_store_in_a_missing_folder_names_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "no-such-folder"

    with pytest.raises(StoreError, match=re.escape(str(folder.resolve()))):
        open_store(folder / "store.sqlite")

    assert not folder.exists()


def test_sqlite_connections_have_the_store_pragmas(sqlite_path: Path) -> None:
    store = open_store(sqlite_path)
    try:
        with store.engine.connect() as conn:
            pragma = conn.exec_driver_sql
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA busy_timeout").scalar() == 5000
    finally:
        store.close()


def test_second_of_two_concurrent_edits_is_stale(opened: OpenedStore) -> None:
    with opened.sessions.begin() as session:
        programme = _programme()
        session.add(programme)
    programme_id = programme.id

    first, second = opened.sessions(), opened.sessions()
    try:
        mine = first.get_one(Programme, programme_id)
        theirs = second.get_one(Programme, programme_id)
        mine.name = "Software Developer (nieuw)"
        first.commit()
        theirs.name = "Softwareontwikkelaar"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        second.rollback()
        first.close()
        second.close()

    with opened.sessions() as session:
        stored = session.get_one(Programme, programme_id)
        assert (stored.name, stored.version) == ("Software Developer (nieuw)", 2)


def test_foreign_keys_are_enforced(opened: OpenedStore) -> None:
    with pytest.raises(IntegrityError), opened.sessions.begin() as session:
        session.add(_student(programme_id=uuid.uuid4()))
