"""Open a store: a SQLite path or a SQLAlchemy URL, with the pragmas the desktop store needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

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
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


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
