"""A store written by a newer StageDesk is refused with what to do, and left exactly as it was."""

from __future__ import annotations

import sqlite3

import pytest

from stagedesk.cli import main
from stagedesk.domain.errors import StoreError
from stagedesk.store import backup, migrate
from stagedesk.store.opening import open_store
from tests.store.backup_store import make_store


def _from_the_future(tmp_path):
    path = make_store(tmp_path / "office.sqlite")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0042_future'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # all in the file: compare its bytes
    conn.close()
    return path


def test_opening_a_newer_store_names_both_versions_and_says_to_update(tmp_path):
    path = _from_the_future(tmp_path)
    before = path.read_bytes()

    with pytest.raises(StoreError) as refused:
        open_store(path)

    message = str(refused.value)
    assert "schema version 0042_future" in message
    assert f"its newest is {migrate.head_revision()}" in message
    assert "Update StageDesk" in message
    assert "the store was not changed" in message
    assert path.read_bytes() == before
    assert backup.list_backups(path) == []  # refused before any daily backup


def test_the_commands_refuse_a_newer_store_with_the_same_message(tmp_path, capsys):
    path = _from_the_future(tmp_path)
    assert main(["stats", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "0042_future" in err and "Update StageDesk" in err
