"""Opening a store leaves strangers' files alone and never half-migrates a store."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import inspect

from stagedesk.domain.errors import StoreError
from stagedesk.store import migrate
from stagedesk.store.engine import make_engine
from stagedesk.store.opening import open_store


def test_refusing_a_foreign_sqlite_file_does_not_switch_it_to_wal(tmp_path):
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    with pytest.raises(StoreError, match="not a StageDesk store"):
        open_store(foreign)
    with sqlite3.connect(foreign) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["notes"]


def test_a_new_store_uses_wal(tmp_path):
    store = open_store(tmp_path / "s.sqlite")
    store.close()
    with sqlite3.connect(tmp_path / "s.sqlite") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_migration_failing_after_its_ddl_leaves_no_half_schema(tmp_path, monkeypatch):
    path = tmp_path / "s.sqlite"
    from alembic import command

    real_upgrade = command.upgrade

    def upgrade_then_crash(config, revision):
        real_upgrade(config, revision)  # every CREATE TABLE has run inside the transaction
        raise RuntimeError("power cut")

    monkeypatch.setattr(command, "upgrade", upgrade_then_crash)
    with pytest.raises(StoreError, match="power cut"):
        open_store(path)
    engine = make_engine(path)
    try:
        assert inspect(engine).get_table_names() == []
        assert migrate.current_revision(engine) is None
    finally:
        engine.dispose()
    monkeypatch.undo()
    store = open_store(path)  # and the next attempt succeeds from the clean state
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    store.close()


def test_the_revisions_read_from_the_files_agree_with_alembic():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate._config())
    assert migrate.head_revision() == script.get_current_head()
    assert migrate._revisions()[0] == {rev.revision for rev in script.walk_revisions()}
