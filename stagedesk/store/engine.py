"""Open a store: a SQLite path or a SQLAlchemy URL, with the pragmas the desktop store needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from stagedesk.domain.errors import StoreError


def store_url(location: str | Path) -> URL:
    """A plain path means an embedded SQLite file; anything with '://' is a SQLAlchemy URL."""
    text = str(location)
    if "://" not in text:
        return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))
    try:
        return make_url(text)
    except ArgumentError as exc:
        raise StoreError(f"not a valid store URL: {text!r} ({exc})") from exc


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Per-connection settings only. WAL is stored in the file, so open_store switches it on
    # once it knows the file is a StageDesk store: a stranger's file is left as it was.
    cursor = dbapi_connection.cursor()
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
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except ModuleNotFoundError as exc:
        raise StoreError(
            f"the database driver for {url.drivername!r} is not installed ({exc.name})"
        ) from exc


def session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services hand plain values to the UI after the session closed.
    return sessionmaker(engine, expire_on_commit=False)
