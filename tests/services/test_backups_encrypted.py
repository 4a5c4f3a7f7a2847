"""Backups of an encrypted store: made, checked and restored with the store's passphrase, and
as unreadable without it as the store itself."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from stagedesk.domain.errors import StoreError
from stagedesk.services import backups
from stagedesk.services.actor import SYSTEM
from stagedesk.services.encryption import encrypt_store
from stagedesk.store import cipher
from stagedesk.store.opening import open_store
from tests.store.backup_store import make_store

PASSPHRASE = "correct horse battery"
NOW = datetime(2026, 11, 25, 9, 30)


@pytest.fixture
def encrypted(tmp_path: Path) -> Iterator[Path]:
    previous = cipher.set_passphrase_source(lambda _path: PASSPHRASE)
    path = make_store(tmp_path / "office.sqlite", "secret")
    encrypt_store(path, PASSPHRASE, SYSTEM, now=NOW - timedelta(days=1))
    yield path
    cipher.set_passphrase_source(previous)
    cipher._known.clear()


def _marker(path: Path) -> str:
    store = open_store(path, daily_backup=False)
    try:
        with store.engine.connect() as conn:
            marker = "SELECT value FROM setting WHERE key = 'marker'"
            return str(conn.exec_driver_sql(marker).scalar())
    finally:
        store.close()


def test_an_encrypted_store_is_backed_up_encrypted_checked_and_restored(encrypted):
    made = backups.create_backup(encrypted, SYSTEM, now=NOW)
    assert cipher.is_encrypted(made.path)
    assert b"secret" not in made.path.read_bytes()
    assert {b.verified for b in backups.list_backups(encrypted, check=True)} == {True}

    store = open_store(encrypted, daily_backup=False)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE setting SET value = '\"changed\"' WHERE key = 'marker'")
    store.close()
    result = backups.restore_backup(encrypted, made.name, SYSTEM, now=NOW + timedelta(hours=1))

    assert result.safety is not None and cipher.is_encrypted(result.safety.path)
    assert _marker(encrypted) == '"secret"'
    assert cipher.is_encrypted(encrypted)


def test_without_the_passphrase_an_encrypted_backup_is_not_read(encrypted):
    made = backups.create_backup(encrypted, SYSTEM, now=NOW)
    cipher.set_passphrase_source(lambda _path: "wrong passphrase")
    cipher._known.clear()
    with pytest.raises(StoreError):
        backups.restore_backup(encrypted, made.path, SYSTEM, now=NOW)
    cipher.set_passphrase_source(lambda _path: PASSPHRASE)
    cipher._known.clear()
    assert _marker(encrypted) == '"secret"'


def test_a_plain_backup_is_not_restored_into_an_encrypted_store(encrypted, tmp_path):
    (tmp_path / "plain").mkdir()
    plain = make_store(tmp_path / "plain" / "other.sqlite", "plain")
    with pytest.raises(StoreError, match="not both encrypted"):
        backups.restore_backup(encrypted, plain, SYSTEM, now=NOW)


def test_an_encrypted_store_gets_its_daily_backup_encrypted_too(encrypted):
    cipher._known.clear()  # as in a new process: the key comes with the opening
    store = open_store(encrypted, now=NOW + timedelta(days=1))
    assert store.backup_problem() is None
    store.close()
    daily = [b for b in backups.list_backups(encrypted) if b.kind == "daily"]
    assert len(daily) == 1 and cipher.is_encrypted(daily[0].path)
    assert b"secret" not in daily[0].path.read_bytes()
