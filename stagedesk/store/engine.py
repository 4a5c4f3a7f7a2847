"""Open a store: a SQLite path or a SQLAlchemy URL, with the pragmas the desktop store needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool

from stagedesk.domain.errors import StoreError
from stagedesk.store import cipher


def store_url(location: str | Path) -> URL:
    """A plain path means an embedded SQLite file; anything with '://' is a SQLAlchemy URL.

    An encrypted (SQLCipher) file gets a ``sqlite+pysqlcipher`` URL with its passphrase, which
    comes from cipher.passphrase_for (given before, or asked: environment, prompt, dialog).
    """
    text = str(location)
    if "://" not in text:
        path = Path(text).expanduser().resolve()
        if cipher.is_encrypted(path):
            return cipher.cipher_url(path, cipher.passphrase_for(path))
        return URL.create("sqlite+pysqlite", database=str(path))
    try:
        return make_url(text)
    except ArgumentError as exc:
        raise StoreError(f"not a valid store URL: {text!r} ({exc})") from exc


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Per-connection settings only. WAL is stored in the file, so open_store switches it on
    # once it knows the file is a StageDesk store: a stranger's file is left as it was.
    cursor = dbapi_connection.cursor()
    if type(dbapi_connection).__module__.startswith("sqlcipher3"):
        cipher.quiet(dbapi_connection)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def use_wal(engine: Engine) -> None:
    """Switch a SQLite store to write-ahead logging (readers never block the writer)."""
    if engine.url.get_backend_name() == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")


def transactional_ddl_engine(url: URL) -> Engine:
    """A SQLite engine whose transactions include DDL, for migrations.

    Python's sqlite3 driver commits before CREATE/ALTER on its own, so a migration failing
    halfway would leave half a schema. Here the driver's own transaction handling is switched
    off and SQLAlchemy issues BEGIN IMMEDIATE itself (the recipe in SQLAlchemy's SQLite docs).
    It is kept to migrations: for normal sessions the driver's deferred BEGIN lets optimistic
    locking report a stale write as a Conflict rather than 'database is locked'.
    """
    engine = create_engine(url, poolclass=NullPool)
    if cipher.is_cipher_url(url):
        check_passphrase(engine)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, record: Any) -> None:
        _sqlite_pragmas(dbapi_connection, record)
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def make_engine(location: str | Path | URL) -> Engine:
    url = location if isinstance(location, URL) else store_url(location)
    if url.get_backend_name() == "sqlite":
        database = url.database or ""
        if database and database != ":memory:":
            parent = Path(database).parent
            if not parent.is_dir():
                raise StoreError(f"folder for the store does not exist: {parent}")
        if cipher.is_cipher_url(url):
            # The pysqlcipher dialect's default pool keeps one connection per thread; a file
            # store wants the QueuePool plain SQLite gets (each connection derives the key once).
            engine = create_engine(url, poolclass=QueuePool)
            event.listen(engine, "connect", _sqlite_pragmas)
            check_passphrase(engine)
            return engine
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except ModuleNotFoundError as exc:
        raise StoreError(
            f"the database driver for {url.drivername!r} is not installed ({exc.name})"
        ) from exc


def check_passphrase(engine: Engine) -> None:
    """Open one connection: a wrong passphrase is a StoreError now, not at the first query."""
    from sqlalchemy.exc import DBAPIError

    path = Path(str(engine.url.database))
    if "\x00" in (engine.url.password or ""):  # no key can hold one (the driver refuses it)
        engine.dispose()
        raise cipher.wrong_passphrase(path, engine.url.password)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except DBAPIError as exc:
        engine.dispose()
        if "file is not a database" in str(exc.orig):
            raise cipher.wrong_passphrase(path, engine.url.password) from exc
        raise StoreError(f"cannot open store {path}: {exc.orig}") from exc


def session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services hand plain values to the UI after the session closed.
    return sessionmaker(engine, expire_on_commit=False)
