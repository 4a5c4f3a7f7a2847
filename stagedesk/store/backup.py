"""Backups of a SQLite store as files: copy, verify, rotate and restore with SQLite's backup API.

A backup lives in ``backups/`` next to the store, named ``<store>-YYYYMMDD-HHMMSS-<kind>.sqlite``
in local time. It is copied with the online backup API (a consistent snapshot, even while the
store is open in WAL mode), made a self-contained file (no ``-wal``), checked with
``PRAGMA integrity_check`` and for a schema revision this program knows, and only then renamed
from its hidden temporary name: a file with a backup's name is a verified, complete copy.

PostgreSQL stores are not backed up here: that is the server's job (pg_dump, base backups).
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Engine, select
from sqlalchemy.engine import URL

from stagedesk.domain.errors import StoreError
from stagedesk.store import cipher, migrate
from stagedesk.store.office import Setting

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
KINDS = ("daily", "manual", "pre-migration", "pre-restore")
POLICY_KEY = "backups"
# The setting row that makes a store a mentor's visit pack (services.packs_manifest).
PACK_MANIFEST_KEY = "pack:manifest"
# A temporary copy older than this was left by a process that died: safe to remove.
STALE_PART = timedelta(hours=1)

Progress = Callable[[int, int], None]
"""Called as ``progress(pages_done, pages_total)`` while a copy runs."""

SERVER_STORE = (
    "backups of a PostgreSQL store are the server's job (pg_dump or the server's own "
    "backups); StageDesk itself backs up SQLite store files only ('stagedesk db copy' makes "
    "one from a server store)"
)


@dataclass(frozen=True)
class BackupPolicy:
    """How many backups rotation keeps: the newest of each of the last ``daily`` days that
    have one, and of each of the last ``weekly`` ISO weeks. Today's are always kept."""

    daily: int = 7
    weekly: int = 4


class BackupFile(NamedTuple):
    path: Path
    taken_at: datetime
    kind: str
    size: int


def store_path(location: URL) -> Path:
    """The file of a SQLite store; StoreError for a server store or an in-memory one."""
    if location.get_backend_name() != "sqlite":
        raise StoreError(SERVER_STORE)
    if location.database in (None, "", ":memory:"):
        raise StoreError("an in-memory store has no file to back up")
    return Path(str(location.database))


def backup_dir(store: Path) -> Path:
    return store.parent / BACKUP_FOLDER


def _pattern(store: Path) -> re.Pattern[str]:
    kinds = "|".join(re.escape(kind) for kind in KINDS)
    return re.compile(rf"^{re.escape(store.stem)}-(\d{{8}}-\d{{6}})-({kinds})(?:-(\d+))?\.sqlite$")


def list_backups(store: Path) -> list[BackupFile]:
    """The store's backups, newest first. Temporary and foreign files are ignored."""
    folder = backup_dir(store)
    if not folder.is_dir():
        return []
    pattern = _pattern(store)
    found: list[tuple[int, BackupFile]] = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match is None or not path.is_file():
            continue
        taken_at = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        number = int(match.group(3) or 1)  # a second backup within the same second
        found.append((number, BackupFile(path, taken_at, match.group(2), path.stat().st_size)))
    found.sort(key=lambda item: (item[1].taken_at, item[0]), reverse=True)
    return [item[1] for item in found]


def has_backup_on(store: Path, day: date) -> bool:
    """Whether any backup of the store was taken on ``day`` (a directory glob, no file opened)."""
    pattern = _pattern(store)
    glob = f"{store.stem}-{day:%Y%m%d}-*.sqlite"
    return any(pattern.match(p.name) for p in backup_dir(store).glob(glob))


def key_for(store: Path, backup: Path | None = None) -> str | None:
    """The passphrase the store's files are read with: the store's own when it is encrypted
    (its backups are encrypted with it), else an encrypted backup's; None when plain."""
    if store.is_file() and cipher.is_encrypted(store):
        return cipher.passphrase_for(store)
    if backup is not None and cipher.is_encrypted(backup):
        return cipher.passphrase_for(backup)
    return None


def _errors() -> tuple[type[BaseException], ...]:
    """What reading a damaged or foreign file can raise, from either driver."""
    found: list[type[BaseException]] = [sqlite3.Error, UnicodeDecodeError]
    try:
        import sqlcipher3  # type: ignore[import-untyped]
    except ImportError:
        return tuple(found)
    return (*found, sqlcipher3.Error)


def _open(path: Path, passphrase: str | None, *, new: bool = False) -> Any:
    """A connection to a store or backup file: plain sqlite3, or SQLCipher with the key."""
    # sqlite3.connect creates a missing file; a backup must never invent an empty store.
    if not new and not path.is_file():
        raise StoreError(f"no store at {path}")
    if passphrase is None:
        conn = sqlite3.connect(path)
    else:
        if new:
            path.touch()  # keyed on an empty file, SQLCipher starts an encrypted database
        conn = cipher.connect(path, passphrase)
    conn.execute("PRAGMA busy_timeout=5000")
    return conn


def verify_backup(path: Path, passphrase: str | None = None) -> str:
    """Check a backup file: intact, a StageDesk store, a schema this program knows.

    An encrypted backup needs its store's ``passphrase``. Returns the schema revision; raises
    StoreError saying what is wrong otherwise.
    """
    if not path.is_file():
        raise StoreError(f"no backup at {path}")
    encrypted = cipher.is_encrypted(path)
    if encrypted and passphrase is None:
        raise StoreError(f"{path.name} is encrypted: give the store's passphrase")
    try:
        conn = _open(path, passphrase if encrypted else None)
    except _errors() as exc:
        raise StoreError(f"{path.name} cannot be opened: {exc}") from exc
    # A damaged file's messages may quote garbage bytes: never let decoding them crash.
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            shown = "; ".join(str(p) for p in problems[:3])
            raise StoreError(f"{path.name} is damaged (integrity check: {shown})")
        has_version = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        revision = None
        if has_version:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None:
            raise StoreError(f"{path.name} is not a StageDesk store (no schema version)")
    except _errors() as exc:
        # SQLite's own error message can quote the damaged bytes: Python then fails decoding it.
        raise StoreError(f"{path.name} is not a readable store file: {exc}") from exc
    finally:
        conn.close()
    if revision[0] not in migrate.known_revisions():
        raise StoreError(
            f"{path.name} has schema version {revision[0]}, newer than this program knows "
            f"(newest known: {migrate.head_revision()}); update StageDesk to use it"
        )
    return str(revision[0])


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _clean_stale_parts(folder: Path, now: datetime) -> None:
    for part in folder.glob(".*.part"):
        try:
            if now.timestamp() - part.stat().st_mtime > STALE_PART.total_seconds():
                part.unlink()
        except OSError:
            pass


def take_backup(
    store: Path,
    kind: str,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> BackupFile:
    """Copy the store into its backups folder; the copy is verified before it gets its name."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    now = now or datetime.now()
    folder = backup_dir(store)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot make the backups folder {folder}: {exc}") from exc
    _clean_stale_parts(folder, now)
    stamp = f"{store.stem}-{now:%Y%m%d-%H%M%S}-{kind}"
    target = folder / f"{stamp}.sqlite"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{stamp}-{number}.sqlite"
    part = folder / f".{target.name}.{os.getpid()}.{threading.get_ident()}.part"
    passphrase = key_for(store)  # an encrypted store's backups are encrypted with its key
    source = _open(store, passphrase)
    try:
        copy = _open(part, passphrase, new=True)
        try:
            if progress is None:
                source.backup(copy)
            else:
                source.backup(
                    copy, pages=4096, progress=lambda _s, left, total: progress(total - left, total)
                )
            # The store is in WAL mode and the copy inherits it: make it one self-contained file.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
        verify_backup(part, passphrase)
        with open(part, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(part, target)
        _fsync_dir(folder)
    except _errors() as exc:
        raise StoreError(f"backing up {store.name} failed: {exc}") from exc
    except OSError as exc:
        raise StoreError(f"cannot write the backup {target}: {exc}") from exc
    finally:
        source.close()
        part.unlink(missing_ok=True)
    return BackupFile(target, now.replace(microsecond=0), kind, target.stat().st_size)


def to_remove(backups: list[BackupFile], policy: BackupPolicy, today: date) -> list[BackupFile]:
    """Which backups rotation drops (see BackupPolicy); ``backups`` in any order."""
    # Stable: equal times keep their order (list_backups gives the newest first).
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep: set[Path] = set()
    days: list[date] = []
    weeks: list[tuple[int, int]] = []
    for backup in newest_first:
        day = backup.taken_at.date()
        week = day.isocalendar()[:2]
        if day >= today:
            keep.add(backup.path)
        if day not in days:
            days.append(day)
            if len(days) <= policy.daily:
                keep.add(backup.path)
        if week not in weeks:
            weeks.append(week)
            if len(weeks) <= policy.weekly:
                keep.add(backup.path)
    return [b for b in newest_first if b.path not in keep]


def rotate(store: Path, policy: BackupPolicy, *, today: date | None = None) -> list[Path]:
    """Delete the backups the policy no longer keeps; returns what was removed."""
    removed = []
    for backup in to_remove(list_backups(store), policy, today or date.today()):
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def read_policy(engine: Engine) -> BackupPolicy:
    """The rotation setting stored in the store (setting ``backups``), else the defaults."""
    with engine.connect() as conn:
        stored = conn.execute(select(Setting.value).where(Setting.key == POLICY_KEY)).scalar()
    return policy_from(stored)


def is_visit_pack(engine: Engine) -> bool:
    """Whether the store is a visit pack: a copy of the office's data for one mentor's laptop."""
    with engine.connect() as conn:
        found = conn.execute(select(Setting.key).where(Setting.key == PACK_MANIFEST_KEY))
        return found.first() is not None


def policy_from(stored: object) -> BackupPolicy:
    """A policy from the setting's stored value; defaults for what is missing or invalid."""
    if not isinstance(stored, dict):
        return BackupPolicy()
    default = BackupPolicy()
    daily, weekly = stored.get("daily"), stored.get("weekly")
    return BackupPolicy(
        daily=daily if isinstance(daily, int) and daily >= 1 else default.daily,
        weekly=weekly if isinstance(weekly, int) and weekly >= 0 else default.weekly,
    )


def daily_backup(
    store: Path, policy: BackupPolicy, *, now: datetime | None = None
) -> BackupFile | None:
    """Back up the store unless it already has a backup from today, then rotate."""
    now = now or datetime.now()
    if has_backup_on(store, now.date()):
        return None
    made = take_backup(store, "daily", now=now)
    rotate(store, policy, today=now.date())
    return made


def restore_into(store: Path, backup: Path, *, progress: Progress | None = None) -> None:
    """Replace the store's content by the backup's, atomically.

    The backup API writes into the store inside one write transaction of the store itself, so
    a crash halfway leaves the old content (SQLite rolls the transaction back), and a stale
    ``-wal`` can never be replayed onto the new content as it could after a file rename.
    Every other connection to the store must be closed: one holding a lock makes this fail.
    """
    if store.is_file() and cipher.is_encrypted(store) != cipher.is_encrypted(backup):
        raise StoreError(
            f"{backup.name} and {store.name} are not both encrypted (or both plain): restore "
            "a backup made after the store was encrypted, or into a new file"
        )
    passphrase = key_for(store, backup)
    verify_backup(backup, passphrase)
    source = _open(backup, passphrase)
    try:
        target = _open(store, passphrase, new=not store.is_file())
        try:
            if progress is None:
                source.backup(target)
            else:
                source.backup(
                    target,
                    pages=4096,
                    progress=lambda _s, left, total: progress(total - left, total),
                )
        finally:
            target.close()
    except _errors() as exc:
        raise StoreError(
            f"restoring {backup.name} into {store.name} failed ({exc}); close the store in every "
            "StageDesk window and command first"
        ) from exc
    finally:
        source.close()
    problems = _integrity(store, passphrase)
    if problems != ["ok"]:
        raise StoreError(f"{store.name} failed its integrity check after the restore: {problems}")


def _integrity(store: Path, passphrase: str | None) -> list[str]:
    conn = _open(store, passphrase)
    try:
        return [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


class DailyBackup:
    """The first-open-of-the-day backup, run on a thread so the window does not wait for it.

    ``wait()`` joins it and returns the problem it met, if any (a failed backup never keeps the
    store from opening; it is logged and reported here).
    """

    def __init__(self, store: Path, policy: BackupPolicy, now: datetime | None = None) -> None:
        self.made: BackupFile | None = None
        self.problem: str | None = None
        self._thread = threading.Thread(
            target=self._run, args=(store, policy, now), name="stagedesk-daily-backup"
        )
        self._thread.start()

    def _run(self, store: Path, policy: BackupPolicy, now: datetime | None) -> None:
        try:
            self.made = daily_backup(store, policy, now=now)
        except Exception as exc:  # disk full, read-only folder, ...: report, never crash
            self.problem = f"daily backup of {store.name} failed: {exc}"
            log.warning(self.problem)

    def wait(self) -> str | None:
        self._thread.join()
        return self.problem
