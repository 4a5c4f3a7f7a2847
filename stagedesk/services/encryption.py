"""Encrypt a plain SQLite store in place with a passphrase (SQLCipher), leaving no plain copy."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import StoreError, ValidationError
from stagedesk.services.actor import Actor, require
from stagedesk.services.backups import create_backup
from stagedesk.store import backup as files
from stagedesk.store import cipher

MIN_PASSPHRASE = 8
ADMINS = frozenset({StaffRole.ADMIN})


@dataclass(frozen=True)
class EncryptResult:
    store: Path
    # The backup taken just before, itself encrypted now like every other backup of the store.
    backup: Path
    backups_encrypted: int


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            "passphrase", f"a passphrase needs at least {MIN_PASSPHRASE} characters"
        )


def encrypt_store(
    location: str | Path, passphrase: str, actor: Actor, *, now: datetime | None = None
) -> EncryptResult:
    """Encrypt the plain SQLite store at ``location``; close it everywhere first.

    A backup is taken first (so a store that cannot be read whole is refused before anything
    changes). The encrypted copy is written beside the store, checked (integrity and the row
    count of every table), then moved over the store; the plain bytes are overwritten with
    zeros, its -wal/-shm files too. The store's backups hold the same names in plain text, so
    they are encrypted in place with the same passphrase.
    """
    require(actor, ADMINS, "encrypt the store")
    check_new_passphrase(passphrase)
    text = str(location)
    if "://" in text:
        raise StoreError("only a SQLite store file can be encrypted (a server has its own means)")
    path = Path(text).expanduser().resolve()
    if not path.is_file():
        raise StoreError(f"no store at {path}")
    if cipher.is_encrypted(path):
        raise StoreError(f"{path} is encrypted already")
    made = create_backup(path, actor, now=now)
    encrypt_file(path, passphrase)
    count = 0
    for found in files.list_backups(path):
        if not cipher.is_encrypted(found.path):
            encrypt_file(found.path, passphrase)
            count += 1
    cipher.remember(path, passphrase)
    return EncryptResult(path, made.path, count)


def encrypt_file(path: Path, passphrase: str) -> None:
    """Replace the plain SQLite file at ``path`` by an encrypted one with the same content."""
    part = path.with_name(f".{path.name}.{os.getpid()}.encrypting")
    part.unlink(missing_ok=True)
    try:
        cipher.export_encrypted(path, part, passphrase)
        _check_copy(path, part, passphrase)
        with open(part, "rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    try:
        _replace_and_wipe(part, path)
    except OSError as exc:
        # The encrypted copy stays: it may be all that is left (Windows wipes before the move).
        raise StoreError(f"moving the encrypted copy {part} over {path} failed: {exc}") from exc
    for suffix in ("-wal", "-shm", "-journal"):
        _wipe(Path(f"{path}{suffix}"))


def _check_copy(plain: Path, encrypted: Path, passphrase: str) -> None:
    source = cipher.connect(plain, None)
    try:
        expected = cipher.table_counts(source)
    finally:
        source.close()
    copy = cipher.connect(encrypted, passphrase)
    try:
        problems = [row[0] for row in copy.execute("PRAGMA integrity_check")]
        counts = cipher.table_counts(copy)
    finally:
        copy.close()
    if problems != ["ok"]:
        raise StoreError(f"the encrypted copy of {plain.name} failed its check: {problems[:3]}")
    if counts != expected:
        differ = sorted(
            name
            for name in expected.keys() | counts.keys()
            if expected.get(name) != counts.get(name)
        )
        raise StoreError(f"the encrypted copy of {plain.name} differs in: {', '.join(differ)}")


def _replace_and_wipe(encrypted: Path, path: Path) -> None:
    # POSIX: keep the plain file open, move the encrypted one over its name (at every moment
    # the name holds a whole store), then zero the old bytes through the open handle.
    # Windows cannot replace an open file: zero first; the checked encrypted copy is on disk.
    with open(path, "rb+") as old:
        if os.name == "nt":
            cipher.overwrite(old)
    if os.name == "nt":
        os.replace(encrypted, path)
        return
    with open(path, "rb+") as old:
        os.replace(encrypted, path)
        cipher.overwrite(old)
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def _wipe(path: Path) -> None:
    if not path.exists():
        return
    with open(path, "rb+") as handle:
        cipher.overwrite(handle)
    path.unlink()
