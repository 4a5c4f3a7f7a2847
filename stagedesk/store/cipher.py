"""Encrypted SQLite stores (SQLCipher): recognising them, their passphrase, and file mechanics.

A store file is either plain SQLite (it starts with SQLite's magic header) or a SQLCipher file
(it starts with random salt: nothing readable). Commands and the window tell this module where
passphrases come from (``set_passphrase_source``: environment, prompt, dialog); ``store_url``
asks it only for a file that turns out to be encrypted, so plain stores are never prompted for.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

from stagedesk.domain.errors import StoreError

SQLITE_MAGIC = b"SQLite format 3\x00"
ENCRYPTED_NO_PASSPHRASE = (
    "this store is encrypted: give the passphrase (prompt or STAGEDESK_PASSPHRASE)"
)

# Where a passphrase comes from when an encrypted file is opened without one: called with the
# file's path, returns the passphrase or None (none given).
PassphraseSource = Callable[[Path], str | None]

_lock = threading.Lock()
_source: PassphraseSource | None = None
# Passphrases already given in this process, so a second engine on the same file (a backup,
# a migration) does not prompt again. Dropped when the passphrase turns out wrong.
_known: dict[Path, str] = {}


def set_passphrase_source(source: PassphraseSource | None) -> PassphraseSource | None:
    """Install where passphrases come from; returns the previous source (to restore it)."""
    global _source
    with _lock:
        previous, _source = _source, source
    return previous


def remember(path: Path, passphrase: str) -> None:
    with _lock:
        _known[path.resolve()] = passphrase


def forget(path: Path) -> None:
    with _lock:
        _known.pop(path.resolve(), None)


def is_encrypted(path: Path) -> bool:
    """Whether a file looks like SQLCipher: not plain SQLite, and whole pages long.

    Without the key an encrypted file is indistinguishable from random bytes; its length (a
    multiple of 512, at least one 1 KiB page) at least tells it from a text file or a stray CSV.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
            size = os.fstat(handle.fileno()).st_size
    except (FileNotFoundError, IsADirectoryError):
        return False
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc}") from exc
    return head != SQLITE_MAGIC and size >= 1024 and size % 512 == 0


def passphrase_for(path: Path) -> str:
    """The passphrase of the encrypted file at ``path``: already given, or asked of the source."""
    path = path.resolve()
    with _lock:
        known = _known.get(path)
        source = _source
    if known is not None:
        return known
    given = source(path) if source is not None else None
    if not given:
        raise StoreError(f"{path}: {ENCRYPTED_NO_PASSPHRASE}")
    remember(path, given)
    return given


def cipher_url(path: Path | str, passphrase: str) -> URL:
    """The SQLAlchemy URL of an encrypted SQLite file (the passphrase rides in the password)."""
    if not passphrase:
        raise StoreError("an encrypted store needs a passphrase that is not empty")
    return URL.create(
        "sqlite+pysqlcipher", password=passphrase, database=str(Path(path).expanduser().resolve())
    )


def is_cipher_url(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.get_driver_name() == "pysqlcipher"


def driver() -> Any:
    try:
        import sqlcipher3  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - it is a dependency
        raise StoreError(
            "encrypted stores need the SQLCipher driver: pip install sqlcipher3-binary "
            "(Linux x86-64) or sqlcipher3 (elsewhere)"
        ) from exc
    return sqlcipher3


def quiet(dbapi_connection: Any) -> None:
    """Keep SQLCipher's own log off stderr (a wrong key is reported by us, once, clearly)."""
    dbapi_connection.execute("PRAGMA cipher_log_level = NONE")


def connect(path: Path, passphrase: str | None) -> Any:
    """A DB-API connection to an existing file, keyed when a passphrase is given; checked."""
    if not path.is_file():
        raise StoreError(f"no store at {path}")
    if passphrase is not None and "\x00" in passphrase:  # no key can hold one (PRAGMA key)
        raise wrong_passphrase(path, passphrase)
    conn = driver().connect(str(path), isolation_level=None)
    try:
        quiet(conn)
        if passphrase is not None:
            conn.execute(f"PRAGMA key = {_quote(passphrase)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver().DatabaseError as exc:
        conn.close()
        # A wrong key makes page 1 unreadable; a file cut short is "malformed" instead.
        if "file is not a database" in str(exc):
            raise wrong_passphrase(path, passphrase) from exc
        raise StoreError(f"{path.name} is truncated or damaged: {exc}") from exc
    return conn


def wrong_passphrase(path: Path, passphrase: str | None) -> StoreError:
    forget(path)
    if passphrase is None:
        return StoreError(f"{path}: {ENCRYPTED_NO_PASSPHRASE}")
    return StoreError(f"{path}: wrong passphrase (or not a StageDesk store)")


def export_encrypted(source: Path, target: Path, passphrase: str) -> None:
    """Write an encrypted copy of the plain SQLite file ``source`` to ``target`` (new or empty).

    SQLCipher's sqlcipher_export copies schema and rows into an attached keyed database; it
    reads through the source connection, so rows still in the source's -wal are included. The
    source is held in a write transaction meanwhile: nobody can change it under the copy.
    """
    if target.exists() and target.stat().st_size > 0:
        raise StoreError(f"{target} exists already")
    conn = connect(source, None)
    try:
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), passphrase))
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE encrypted")
    except driver().Error as exc:
        raise StoreError(f"encrypting {source.name} failed: {exc}") from exc
    finally:
        conn.close()


def table_counts(conn: Any) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def overwrite(handle: Any) -> None:
    """Overwrite an open file's bytes with zeros and flush them to disk.

    On SSDs and copy-on-write file systems the old blocks may survive elsewhere; this is the
    best a program can do without whole-disk encryption (which the office should use anyway).
    """
    size = os.fstat(handle.fileno()).st_size
    handle.seek(0)
    block = b"\x00" * (1 << 20)
    left = size
    while left > 0:
        step = min(left, len(block))
        handle.write(block[:step])
        left -= step
    handle.flush()
    os.fsync(handle.fileno())


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
