"""Backup use cases: make, list, restore (after a safety backup), roles, the rotation setting."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import PermissionDenied, StoreError, ValidationError
from stagedesk.services import backups
from stagedesk.services.actor import SYSTEM, Actor
from stagedesk.store.opening import open_store
from tests.store.backup_store import make_store, marker, set_marker

NOW = datetime(2026, 11, 25, 9, 30, 0)
MENTOR = Actor(staff_id=None, name="Mentor", roles=frozenset({StaffRole.MENTOR}))


def test_restore_backs_up_the_current_store_first_then_replaces_it(tmp_path):
    path = make_store(tmp_path / "office.sqlite", "monday")
    monday = backups.create_backup(path, SYSTEM, now=NOW)
    set_marker(path, "tuesday")

    result = backups.restore_backup(
        path, monday.name, SYSTEM, now=NOW + timedelta(days=1, minutes=5)
    )

    assert marker(path) == "monday"
    assert result.restored.path == monday.path
    assert result.safety is not None and result.safety.kind == "pre-restore"
    assert marker(result.safety.path) == "tuesday"
    assert [b.kind for b in backups.list_backups(path)] == ["pre-restore", "manual"]


def test_a_corrupt_backup_is_refused_and_the_store_left_alone(tmp_path):
    path = make_store(tmp_path / "office.sqlite", "current")
    made = backups.create_backup(path, SYSTEM, now=NOW)
    data = bytearray(made.path.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\x00\xff" * 4096
    made.path.write_bytes(bytes(data))

    with pytest.raises(StoreError, match="not restoring: .* the store was not changed"):
        backups.restore_backup(path, made.path, SYSTEM, now=NOW)

    assert marker(path) == "current"
    listed = backups.list_backups(path, check=True)
    assert [(b.verified, b.kind) for b in listed] == [(False, "manual")]
    assert listed[0].problem and made.name in listed[0].problem


def test_a_damaged_current_store_is_copied_aside_before_the_restore(tmp_path):
    path = make_store(tmp_path / "office.sqlite", "good")
    good = backups.create_backup(path, SYSTEM, now=NOW)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\x00\xff" * 4096
    path.write_bytes(bytes(data))

    result = backups.restore_backup(path, good.path, SYSTEM, now=NOW + timedelta(hours=1))

    assert result.safety is None and result.damaged_copy is not None
    assert result.damaged_copy.read_bytes() == bytes(data)
    assert marker(path) == "good"


def test_making_and_restoring_backups_needs_an_office_role(tmp_path):
    path = make_store(tmp_path / "office.sqlite", "x")
    with pytest.raises(PermissionDenied, match="back up"):
        backups.create_backup(path, MENTOR)
    made = backups.create_backup(path, SYSTEM, now=NOW)
    with pytest.raises(PermissionDenied, match="restore"):
        backups.restore_backup(path, made.path, MENTOR)


def test_a_postgresql_store_says_backups_are_the_servers_job():
    url = "postgresql+psycopg://office@localhost/stagedesk"
    with pytest.raises(StoreError, match="server's job"):
        backups.list_backups(url)
    with pytest.raises(StoreError, match="server's job"):
        backups.create_backup(url, SYSTEM)


def test_an_unknown_backup_name_is_a_clear_error(tmp_path):
    path = make_store(tmp_path / "office.sqlite", "x")
    with pytest.raises(StoreError, match="no backup nope.sqlite"):
        backups.restore_backup(path, "nope.sqlite", SYSTEM)


def test_the_rotation_setting_is_stored_and_used_by_create(tmp_path):
    path = make_store(tmp_path / "office.sqlite", "x")
    store = open_store(path, daily_backup=False)
    try:
        assert backups.backup_policy(store.sessions) == backups.BackupPolicy(7, 4)
        with pytest.raises(ValidationError, match="daily"):
            backups.save_backup_policy(store.sessions, SYSTEM, backups.BackupPolicy(0, 4))
        with pytest.raises(PermissionDenied):
            backups.save_backup_policy(store.sessions, MENTOR, backups.BackupPolicy(1, 0))
        backups.save_backup_policy(store.sessions, SYSTEM, backups.BackupPolicy(1, 0))
        assert backups.backup_policy(store.sessions) == backups.BackupPolicy(1, 0)
    finally:
        store.close()
    for days_ago in (3, 2, 1, 0):
        backups.create_backup(path, SYSTEM, now=NOW - timedelta(days=days_ago))
    assert [b.taken_at for b in backups.list_backups(path)] == [NOW]
