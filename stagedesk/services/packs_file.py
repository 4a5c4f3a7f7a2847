"""The pack as a file: the one place that creates, seals, publishes and opens pack files.

A pack is always encrypted (SQLCipher) with a passphrase the exporter chooses: it travels on a
laptop to companies. (Import still reads a plain pack written before packs were encrypted.)
A pack is written to a temporary file beside its destination and moved into place in one
step, so a half-written pack never carries the destination's name; the file is readable by
its owner only (it holds minors' data). Import never opens the
user's file: it copies it (with a ``-wal`` file the laptop left, which holds the newest
writes) to a private folder, checks that the copy is a whole SQLite file, and opens that.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from stagedesk.domain.errors import StoreError, ValidationError
from stagedesk.store import cipher, migrate
from stagedesk.store.opening import OpenedStore, open_store

_SQLITE_MAGIC = b"SQLite format 3\x00"


def check_destination(out: Path, *, overwrite: bool) -> None:
    if out.is_dir():
        raise ValidationError("out", f"{out} is a folder; give a file name for the pack")
    if not out.parent.is_dir():
        raise ValidationError("out", f"the folder {out.parent} does not exist")
    if out.exists() and not overwrite:
        raise ValidationError("out", f"{out} exists already; choose another name or overwrite it")


def new_temp_file(out: Path) -> Path:
    """An empty file beside ``out`` (same file system, so the final move is atomic)."""
    handle, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(handle)
    return Path(name)


@cache
def _empty_store(head: str) -> Path:
    """An empty store at schema ``head``, made once per process by the migrations.

    Running the migrations costs ~0.3 s (Alembic, some 20 tables and indexes); a copy of
    their result costs a millisecond, and is the same schema byte for byte.
    """
    folder = Path(tempfile.mkdtemp(prefix="stagedesk-pack-template-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    template = folder / f"empty-{head}.sqlite"
    seal(open_store(template, daily_backup=False))
    return template


def create_pack_store(path: Path, passphrase: str) -> OpenedStore:
    """A new, empty store at ``path`` (an empty file) with this program's schema, encrypted."""
    template = _empty_store(migrate.head_revision())
    if not template.is_file():  # someone cleaned the temporary folder meanwhile
        _empty_store.cache_clear()
        template = _empty_store(migrate.head_revision())
    cipher.export_encrypted(template, path, passphrase)
    # No daily backup: a copy of the pack must not appear in a backups folder beside it.
    return open_store(cipher.cipher_url(path, passphrase), create=False, daily_backup=False)


def seal(store: OpenedStore) -> None:
    """Close the pack as one self-contained file: WAL folded in, rollback journal mode.

    Done on a connection of its own once the store's are closed: leaving WAL needs the
    file to itself.
    """
    path = store.url.database
    key = store.url.password if cipher.is_cipher_url(store.url) else None
    store.close()
    conn = cipher.connect(Path(str(path)), key)
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()
    finally:
        conn.close()
    if mode is None or mode[0] != "delete":
        raise StoreError(f"could not close the pack {path} as one file (journal mode {mode})")


def publish(temp: Path, out: Path, *, overwrite: bool) -> None:
    """Move the finished pack into place; without ``overwrite`` never replace a file."""
    with open(temp, "rb") as written:
        os.fsync(written.fileno())
    if overwrite:
        os.replace(temp, out)
    else:
        try:
            os.link(temp, out)  # fails if ``out`` appeared meanwhile: no race, no clobber
        except FileExistsError:
            raise ValidationError("out", f"{out} exists already; nothing was written") from None
        except OSError:  # file systems without hard links (a FAT USB stick)
            if out.exists():
                raise ValidationError("out", f"{out} exists already; nothing was written") from None
            os.replace(temp, out)
        else:
            temp.unlink()
    with contextlib.suppress(OSError):  # make the rename durable where the OS allows it
        folder = os.open(out.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def discard(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def _check_whole_sqlite_file(path: Path, *, has_wal: bool) -> None:
    """A clear error for a file that is not SQLite, or was cut short on its way here."""
    size = path.stat().st_size
    with open(path, "rb") as handle:
        header = handle.read(100)
    if cipher.is_encrypted(path):
        return  # no readable header: the key check and quick_check find damage
    if not header.startswith(_SQLITE_MAGIC):
        if size >= 1024:
            raise StoreError(
                f"{path.name} is truncated or not a visit pack at all ({size} bytes, not whole "
                "pages): copy the pack again from the laptop"
            )
        what = "an empty file" if size == 0 else "not a SQLite file"
        raise StoreError(f"{path.name} is not a visit pack ({what})")
    if len(header) < 100:
        raise StoreError(f"{path.name} is truncated ({size} bytes): copy the pack again")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    header_valid = header[24:28] == header[92:96]
    if page_size < 512 or size % page_size:
        raise StoreError(
            f"{path.name} is truncated or damaged ({size} bytes, not whole pages of "
            f"{page_size}): copy the pack again from the laptop"
        )
    if header_valid and not has_wal and pages * page_size != size:
        raise StoreError(
            f"{path.name} is truncated or damaged ({size} bytes; the file says "
            f"{pages * page_size}): copy the pack again from the laptop"
        )


@dataclass(frozen=True)
class PackCopy:
    """A pack opened from a private copy, brought to this program's schema if it was older.

    ``visit_columns`` are the visit table's columns as the file had them: a column a later
    migration added was never seen on the laptop, so the import leaves the office's value.
    """

    store: OpenedStore
    visit_columns: frozenset[str]


def _visit_columns(path: Path, passphrase: str | None) -> frozenset[str]:
    if passphrase is not None:
        conn = cipher.connect(path, passphrase)
        try:
            return frozenset(row[1] for row in conn.execute("PRAGMA table_info(visit)"))
        except (cipher.driver().DatabaseError, UnicodeDecodeError) as exc:
            raise StoreError(f"{path.name} is truncated or damaged: {exc}") from None
        finally:
            conn.close()
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return frozenset(row[1] for row in conn.execute("PRAGMA table_info(visit)"))
        finally:
            conn.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # a damaged schema text too
        raise StoreError(f"{path.name} is damaged: {exc}") from None


@contextlib.contextmanager
def opened_copy(path: Path, passphrase: str | None = None) -> Iterator[PackCopy]:
    """The pack at ``path`` opened from a private copy; the user's file is only read.

    ``passphrase`` None: the one given for ``path`` before, or asked (cipher.passphrase_for).
    """
    if not path.is_file():
        raise StoreError(f"no pack at {path}")
    with tempfile.TemporaryDirectory(prefix="stagedesk-pack-") as folder:
        copy = Path(folder) / "pack.sqlite"
        shutil.copyfile(path, copy)
        wal = Path(f"{path}-wal")
        has_wal = wal.is_file() and wal.stat().st_size > 0
        if has_wal:
            shutil.copyfile(wal, Path(f"{copy}-wal"))
        _check_whole_sqlite_file(copy, has_wal=has_wal)
        key = None
        location: Path | URL = copy
        if cipher.is_encrypted(copy):
            key = passphrase or cipher.passphrase_for(path)
            location = cipher.cipher_url(copy, key)
            try:
                cipher.connect(copy, key).close()
            except StoreError as exc:
                cipher.forget(path)
                if "truncated" in str(exc):
                    raise StoreError(
                        f"{path.name} is truncated or damaged: copy it again"
                    ) from None
                raise StoreError(f"{path.name}: wrong passphrase for this visit pack") from None
        visit_columns = _visit_columns(copy, key)
        try:
            store = open_store(location, create=False, daily_backup=False)
        except StoreError as exc:
            raise StoreError(f"{path.name} is not a usable visit pack: {exc}") from None
        try:
            try:
                with store.engine.connect() as conn:
                    problems = [r[0] for r in conn.execute(text("PRAGMA quick_check")).all()]
            except DBAPIError as exc:
                problems = [str(exc.orig)]
            if problems != ["ok"]:
                raise StoreError(
                    f"{path.name} is truncated or damaged ({'; '.join(problems[:3])}): copy "
                    "the pack again"
                )
            yield PackCopy(store, visit_columns)
        except (DBAPIError, sqlite3.DatabaseError, LookupError, ValueError, TypeError) as exc:
            # Reading rows the file holds: a value no column type accepts is damage too
            # (an unknown enum value, a date or UUID column holding other text, bad JSON).
            raise StoreError(f"{path.name} is damaged: {exc}") from None
        finally:
            store.close()
