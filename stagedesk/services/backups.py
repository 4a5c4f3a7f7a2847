"""Backups of the office's store for the window and the command line: list, make, restore.

The file mechanics live in ``stagedesk.store.backup``; here are the use cases with their role
checks. They work on a store's location rather than an open store: a restore replaces the
store's content, so the caller closes it first (and opens it again after). Each is one step
that either completes or leaves the store as it was; none is a database transaction of ours.
A PostgreSQL store raises StoreError saying backups are the server's job.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import StoreError, ValidationError
from stagedesk.services.actor import Actor, require
from stagedesk.services.settings import SETTINGS_WRITERS
from stagedesk.store import backup as files
from stagedesk.store.backup import BackupPolicy
from stagedesk.store.engine import make_engine, store_url
from stagedesk.store.office import Setting

BACKUP_ROLES = frozenset({StaffRole.ADMIN, StaffRole.COORDINATOR})
Progress = Callable[[int, int], None]

__all__ = [
    "BackupInfo",
    "BackupPolicy",
    "RestoreResult",
    "backup_policy",
    "create_backup",
    "list_backups",
    "resolve_backup",
    "restore_backup",
    "save_backup_policy",
    "store_file",
]


@dataclass(frozen=True)
class BackupInfo:
    """One backup file. ``verified`` is None when not checked just now: every backup was
    verified when it was made (it gets its name only after the check)."""

    path: Path
    taken_at: datetime
    kind: str
    size: int
    verified: bool | None = None
    problem: str | None = None

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    # The store as it was just before the restore; None when there was no store.
    safety: BackupInfo | None
    # When the store before the restore was itself damaged: its raw file copied aside.
    damaged_copy: Path | None = None


def store_file(location: str | Path | URL) -> Path:
    """The SQLite file of a store location; StoreError for a PostgreSQL store."""
    url = location if isinstance(location, URL) else store_url(location)
    return files.store_path(url)


def _info(
    found: files.BackupFile, *, check: bool = False, passphrase: str | None = None
) -> BackupInfo:
    if not check:
        return BackupInfo(found.path, found.taken_at, found.kind, found.size)
    try:
        files.verify_backup(found.path, passphrase)
    except StoreError as exc:
        return BackupInfo(found.path, found.taken_at, found.kind, found.size, False, str(exc))
    return BackupInfo(found.path, found.taken_at, found.kind, found.size, True)


def list_backups(location: str | Path | URL, *, check: bool = False) -> list[BackupInfo]:
    """The store's backups, newest first; ``check`` runs the integrity check on each again."""
    path = store_file(location)
    found = files.list_backups(path)
    passphrase = files.key_for(path, found[0].path if found else None) if check else None
    return [_info(item, check=check, passphrase=passphrase) for item in found]


def resolve_backup(location: str | Path | URL, backup: str | Path) -> Path:
    """A backup given by path, or by file name inside the store's backups folder."""
    given = Path(backup).expanduser()
    if given.is_file():
        return given.resolve()
    in_folder = files.backup_dir(store_file(location)) / given.name
    if given.name == str(backup) and in_folder.is_file():
        return in_folder
    raise StoreError(f"no backup {backup} (see 'stagedesk backup list')")


def create_backup(
    location: str | Path | URL,
    actor: Actor,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> BackupInfo:
    """Back up the store now (kind ``manual``), then rotate its backups by the store's policy."""
    require(actor, BACKUP_ROLES, "back up the store")
    path = store_file(location)
    now = now or datetime.now()
    made = files.take_backup(path, "manual", now=now, progress=progress)
    files.rotate(path, _policy_of(path), today=now.date())
    return _info(made)


def restore_backup(
    location: str | Path | URL,
    backup: str | Path,
    actor: Actor,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> RestoreResult:
    """Replace the store's content by a backup's. Close the store everywhere first.

    The backup is verified before anything happens (a damaged one is refused, the store left
    alone); then the store as it is gets a backup of its own (kind ``pre-restore``), then the
    content is replaced in one SQLite transaction. A restored store at an older schema is
    upgraded, with a backup first, when it is next opened.
    """
    require(actor, BACKUP_ROLES, "restore a backup")
    path = store_file(location)
    chosen = resolve_backup(location, backup)
    try:
        files.verify_backup(chosen, files.key_for(path, chosen))
    except StoreError as exc:
        raise StoreError(f"not restoring: {exc}; the store was not changed") from exc
    now = now or datetime.now()
    safety: BackupInfo | None = None
    damaged: Path | None = None
    if path.exists():
        try:
            safety = _info(files.take_backup(path, "pre-restore", now=now))
        except StoreError:
            damaged = _copy_aside(path, now)
    files.restore_into(path, chosen, progress=progress)
    stat = chosen.stat()
    restored = BackupInfo(chosen, datetime.fromtimestamp(stat.st_mtime), "restored", stat.st_size)
    for found in files.list_backups(path):
        if found.path == chosen:
            restored = _info(found)
    return RestoreResult(restored=restored, safety=safety, damaged_copy=damaged)


def _copy_aside(store: Path, now: datetime) -> Path:
    """Keep a store that cannot be backed up cleanly (damaged) as raw files, before replacing."""
    folder = files.backup_dir(store)
    folder.mkdir(exist_ok=True)
    target = folder / f"{store.stem}-{now:%Y%m%d-%H%M%S}-damaged.sqlite"
    for suffix in ("", "-wal"):
        source = Path(f"{store}{suffix}")
        if source.exists():
            shutil.copy2(source, Path(f"{target}{suffix}"))
    return target


def _policy_of(store: Path) -> BackupPolicy:
    engine = make_engine(store)
    try:
        return files.read_policy(engine)
    except Exception:  # a store too damaged or too old to read its setting: the defaults
        return BackupPolicy()
    finally:
        engine.dispose()


def backup_policy(sessions: sessionmaker[Session]) -> BackupPolicy:
    """How many daily and weekly backups the store keeps."""
    with sessions() as session:
        stored = session.execute(
            select(Setting.value).where(Setting.key == files.POLICY_KEY)
        ).scalar()
    return files.policy_from(stored)


def save_backup_policy(sessions: sessionmaker[Session], actor: Actor, policy: BackupPolicy) -> None:
    """Change how many backups are kept (admin only), in one transaction."""
    require(actor, SETTINGS_WRITERS, "change the backup settings")
    if policy.daily < 1:
        raise ValidationError("daily", "keep at least 1 daily backup")
    if policy.weekly < 0:
        raise ValidationError("weekly", "must not be negative")
    with sessions.begin() as session:
        row = session.get(Setting, files.POLICY_KEY)
        if row is None:
            session.add(Setting(key=files.POLICY_KEY, value=asdict(policy)))
        else:
            row.value = asdict(policy)
