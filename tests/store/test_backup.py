"""Store backups: verified online copies, rotation by day and week, restore, automatic backups."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from stagedesk.domain.errors import StoreError
from stagedesk.store import backup, migrate
from stagedesk.store.opening import open_store
from tests.store.backup_store import make_store as _make_store
from tests.store.backup_store import marker as _marker
from tests.store.backup_store import set_marker as _set_marker

NOW = datetime(2026, 11, 25, 9, 30, 0)


def test_a_backup_of_an_open_wal_store_holds_its_committed_writes(tmp_path):
    path = _make_store(tmp_path / "office.sqlite")
    writer = sqlite3.connect(path)  # keeps the WAL from being checkpointed into the file
    writer.execute("UPDATE setting SET value = '\"in the wal\"' WHERE key = 'marker'")
    writer.commit()
    assert Path(f"{path}-wal").stat().st_size > 0

    made = backup.take_backup(path, "manual", now=NOW)
    writer.close()

    assert made.path == tmp_path / "backups" / "office-20261125-093000-manual.sqlite"
    assert _marker(made.path) == "in the wal"
    assert backup.verify_backup(made.path) == migrate.head_revision()
    conn = sqlite3.connect(made.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert [p.name for p in made.path.parent.iterdir()] == [made.path.name]


def test_two_backups_in_the_same_second_get_different_names(tmp_path):
    path = _make_store(tmp_path / "office.sqlite")
    first = backup.take_backup(path, "manual", now=NOW)
    second = backup.take_backup(path, "manual", now=NOW)
    assert first.path != second.path
    assert [b.path for b in backup.list_backups(path)] == [second.path, first.path]


def test_listing_ignores_other_stores_backups_and_stray_files(tmp_path):
    office = _make_store(tmp_path / "office.sqlite")
    other = _make_store(tmp_path / "office-2.sqlite")
    mine = backup.take_backup(office, "daily", now=NOW)
    backup.take_backup(other, "daily", now=NOW)
    (tmp_path / "backups" / "office-notes.txt").write_text("x")
    (tmp_path / "backups" / ".office-20261125-093000-daily.sqlite.1.2.part").write_bytes(b"")
    assert [b.path for b in backup.list_backups(office)] == [mine.path]


def test_a_damaged_backup_is_refused_by_name(tmp_path):
    path = _make_store(tmp_path / "office.sqlite")
    made = backup.take_backup(path, "manual", now=NOW)
    data = bytearray(made.path.read_bytes())
    page = 4096
    data[3 * page : 4 * page] = b"\xff" * page  # garbage over a b-tree page
    made.path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match=f"{made.path.name} is (damaged|not a readable)"):
        backup.verify_backup(made.path)


def test_a_backup_from_a_newer_program_or_a_foreign_file_is_refused(tmp_path):
    path = _make_store(tmp_path / "office.sqlite")
    made = backup.take_backup(path, "manual", now=NOW)
    with sqlite3.connect(made.path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    with pytest.raises(StoreError, match="9999_future.*update StageDesk"):
        backup.verify_backup(made.path)
    text_file = tmp_path / "list.csv"
    text_file.write_text("Naam;Klas\n")
    with pytest.raises(StoreError, match="not a readable store file"):
        backup.verify_backup(text_file)
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    conn.close()
    with pytest.raises(StoreError, match="not a StageDesk store"):
        backup.verify_backup(foreign)


def _fake(folder: Path, when: datetime, kind: str = "daily") -> backup.BackupFile:
    return backup.BackupFile(folder / f"s-{when:%Y%m%d-%H%M%S}-{kind}.sqlite", when, kind, 1)


def test_rotation_keeps_the_newest_of_the_last_days_and_weeks_and_all_of_today(tmp_path):
    today = date(2026, 11, 25)  # a Wednesday
    backups = [
        _fake(tmp_path, datetime.combine(today - timedelta(days=n), datetime.min.time()))
        for n in range(60)
    ]
    backups.append(_fake(tmp_path, datetime(2026, 11, 25, 8, 0), "pre-migration"))
    backups.append(_fake(tmp_path, datetime(2026, 11, 24, 17, 0), "manual"))
    policy = backup.BackupPolicy(daily=3, weekly=3)

    removed = backup.to_remove(backups, policy, today)
    kept = sorted({b.taken_at for b in backups} - {b.taken_at for b in removed}, reverse=True)

    assert kept == [
        datetime(2026, 11, 25, 8, 0),  # today: everything
        datetime(2026, 11, 25, 0, 0),
        datetime(2026, 11, 24, 17, 0),  # yesterday's newest, not its midnight one
        datetime(2026, 11, 23, 0, 0),  # third day; also the newest of week 48
        datetime(2026, 11, 22, 0, 0),  # newest of week 47 (a Sunday)
        datetime(2026, 11, 15, 0, 0),  # newest of week 46
    ]


def test_rotate_deletes_the_files_the_policy_drops(tmp_path):
    path = _make_store(tmp_path / "office.sqlite")
    for n in range(10):
        backup.take_backup(path, "daily", now=NOW - timedelta(days=n))
    removed = backup.rotate(path, backup.BackupPolicy(daily=2, weekly=1), today=NOW.date())
    assert len(removed) == 8
    assert [b.taken_at.date() for b in backup.list_backups(path)] == [
        date(2026, 11, 25),
        date(2026, 11, 24),
    ]


def test_restore_into_replaces_the_content_of_an_open_wal_store_atomically(tmp_path):
    path = _make_store(tmp_path / "office.sqlite", "old")
    made = backup.take_backup(path, "manual", now=NOW)
    _set_marker(path, "new")

    backup.restore_into(path, made.path)

    assert _marker(path) == "old"
    store = open_store(path, daily_backup=False)  # still a good WAL store at head
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_first_open_of_a_day_backs_up_once_and_a_new_store_not_at_all(tmp_path):
    path = tmp_path / "office.sqlite"
    open_store(path, now=NOW).close()  # created now: nothing to back up yet
    assert backup.list_backups(path) == []

    open_store(path, now=NOW).close()
    open_store(path, now=NOW + timedelta(hours=3)).close()
    assert [b.kind for b in backup.list_backups(path)] == ["daily"]

    store = open_store(path, now=NOW + timedelta(days=1))
    assert store.backup_problem() is None
    store.close()
    assert len(backup.list_backups(path)) == 2


def test_a_visit_pack_gets_no_daily_backup(tmp_path):
    path = _make_store(tmp_path / "pack.sqlite")
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO setting (key, value) VALUES ('pack:manifest', '{}')")
    conn.close()
    open_store(path, now=NOW).close()
    assert backup.list_backups(path) == []
    assert not (tmp_path / "backups").exists()


def test_a_failing_daily_backup_is_reported_and_the_store_opens_anyway(tmp_path):
    path = _make_store(tmp_path / "office.sqlite")
    (tmp_path / "backups").write_text("a file where the folder should be")
    store = open_store(path, now=NOW)
    try:
        assert "daily backup of office.sqlite failed" in (store.backup_problem() or "")
        assert store.sessions().connection() is not None
    finally:
        store.close()


def test_daily_backup_keeps_the_policy_stored_in_the_store(tmp_path):
    path = _make_store(tmp_path / "office.sqlite")
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO setting (key, value) VALUES ('backups', '{\"daily\": 2, \"weekly\": 0}')"
        )
    conn.close()
    for n in range(5, -1, -1):
        open_store(path, now=NOW - timedelta(days=n)).close()
    assert [b.taken_at.date() for b in backup.list_backups(path)] == [
        date(2026, 11, 25),
        date(2026, 11, 24),
    ]


def test_a_server_store_has_no_file_to_back_up():
    with pytest.raises(StoreError, match="server's job"):
        backup.store_path(make_url("postgresql+psycopg://u@localhost/stagedesk"))


# --- migrations ---------------------------------------------------------------------------------

FAILING_MIGRATION = '''
"""A migration that commits part of its work on its own, then fails."""
from alembic import op

revision = "9001"
down_revision = "{down}"


def upgrade():
    op.execute("UPDATE setting SET value = '\\"changed\\"' WHERE key = 'marker'")
    op.get_bind().exec_driver_sql("COMMIT")  # what a VACUUM or some PRAGMAs amount to
    op.execute("CREATE TABLE half_done (id INTEGER)")
    raise RuntimeError("migration 9001 failed")


def downgrade():
    pass
'''


def test_upgrading_a_store_backs_it_up_first_and_a_failure_restores_it(tmp_path, monkeypatch):
    path = _make_store(tmp_path / "office.sqlite", "before")
    head = migrate.head_revision()
    migrations = tmp_path / "db"
    shutil.copytree(migrate.MIGRATIONS_DIR, migrations, ignore=shutil.ignore_patterns("__py*"))
    (migrations / "versions" / "9001_fails.py").write_text(FAILING_MIGRATION.format(down=head))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", migrations)
    migrate._revisions.cache_clear()
    try:
        with pytest.raises(StoreError, match="migration 9001 failed.*restored from its backup"):
            open_store(path, daily_backup=False)
    finally:
        monkeypatch.undo()
        migrate._revisions.cache_clear()

    (saved,) = backup.list_backups(path)
    assert saved.kind == "pre-migration"
    assert _marker(path) == "before"  # the part the migration committed on its own is undone
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    conn.close()
    assert "half_done" not in tables
    assert version == head
    store = open_store(path, daily_backup=False)  # and this program opens it as before
    store.close()
