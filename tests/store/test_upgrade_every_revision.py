"""A store at every earlier schema revision, filled with realistic rows through that revision's
schema, upgrades to head without losing or changing any of them (SQLite).

The rows come from a small demo office made at head: at revision r, each table r has gets
the demo's rows for the columns r has (so later columns are left to their migrations, and
back-fills such as 0002's application history run on real data).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from stagedesk.services.demo import generate_demo
from stagedesk.services.demo_hours import add_demo_hours
from stagedesk.services.demo_proposals import add_demo_proposals
from stagedesk.store import backup, migrate
from stagedesk.store.engine import make_engine
from stagedesk.store.models import Base
from stagedesk.store.opening import open_store


def _earlier_revisions() -> list[str]:
    script = ScriptDirectory.from_config(migrate._config())
    chain = [rev.revision for rev in script.walk_revisions()]  # head first
    return list(reversed(chain[1:]))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    store = open_store(path, daily_backup=False)
    try:
        generate_demo(store, students=40, seed=2, today=date(2026, 11, 25))
        # Rows in 0010's tables too (written through the services, as the demo command does),
        # so every later migration is tried on stores that hold profiles and proposals; and
        # bpv hours (0008), whose placement totals 0011 back-fills.
        assert add_demo_proposals(store.sessions, today=date(2026, 11, 25)) > 0
        assert add_demo_hours(store.sessions, today=date(2026, 11, 25)) > 0
    finally:
        store.close()
    return path


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA {schema}.table_info('{table}')")]


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {row[0] for row in rows} - {"alembic_version", "sqlite_sequence"}


@pytest.mark.parametrize("revision", _earlier_revisions())
def test_a_store_at_an_earlier_revision_upgrades_without_loss(tmp_path, demo, revision):
    path = tmp_path / f"at-{revision}.sqlite"
    engine = make_engine(path)
    try:
        migrate.upgrade(engine, revision)
    finally:
        engine.dispose()

    conn = sqlite3.connect(path)
    conn.execute("ATTACH DATABASE ? AS demo", (str(demo),))
    then = _tables(conn)
    kept: dict[str, tuple[list[str], int]] = {}
    with conn:
        for table in (t.name for t in Base.metadata.sorted_tables if t.name in then):
            names = ", ".join(f'"{c}"' for c in _columns(conn, "main", table))
            conn.execute(f'DELETE FROM main."{table}"')  # rows a migration seeded
            conn.execute(f'INSERT INTO main."{table}" ({names}) SELECT {names} FROM demo."{table}"')
            count = conn.execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0]
            kept[table] = (_columns(conn, "main", table), count)
    conn.execute("DETACH DATABASE demo")
    conn.close()
    assert kept["student"][1] == 40 and kept["programme"][1] > 0

    store = open_store(path, daily_backup=False)  # upgrades to head
    store.close()
    assert [b.kind for b in backup.list_backups(path)] == ["pre-migration"]

    conn = sqlite3.connect(path)
    try:
        conn.execute("ATTACH DATABASE ? AS demo", (str(demo),))
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            migrate.head_revision()
        )
        assert conn.execute("PRAGMA main.integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA main.foreign_key_check").fetchall() == []
        for table, (columns, count) in kept.items():
            names = ", ".join(f'"{c}"' for c in columns)
            now = conn.execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0]
            assert now == count, f"{table}: {count} rows before the upgrade, {now} after"
            changed = conn.execute(
                f'SELECT {names} FROM main."{table}" EXCEPT SELECT {names} FROM demo."{table}"'
            ).fetchall()
            assert changed == [], f"{table}: rows changed by the upgrade: {changed[:3]}"
        if revision >= "0008":  # the weeks were there: their totals as the services keep them
            totals = "SELECT id, hours_weeks, hours_worked_minutes FROM {}.placement"
            back_filled = conn.execute(
                f"{totals.format('main')} EXCEPT {totals.format('demo')}"
            ).fetchall()
            assert back_filled == [], f"placement totals differ: {back_filled[:3]}"
            assert conn.execute("SELECT max(hours_weeks) FROM main.placement").fetchone()[0] > 0
    finally:
        conn.close()
