"""Copy a whole store into a new one (SQLite ⇄ PostgreSQL), verified by counts and checksums.

The office moves from the desktop file to the server (and back) with this. The target must be
new: its schema is made by the migrations, and it may hold only the rows they seed. Every table
is copied in foreign-key order in one transaction on the target; before that transaction
commits, each table's row count and checksum in the target are compared with the source's,
and any difference rolls the whole copy back. A SQLite source is read from a snapshot taken
with the online backup API, so a window left open on it cannot make the copy inconsistent.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, DateTime, Integer, Table, delete, func, insert, select, text
from sqlalchemy.engine import URL

from stagedesk.domain.errors import StoreError
from stagedesk.store import migrate
from stagedesk.store.engine import store_url
from stagedesk.store.models import Base
from stagedesk.store.opening import open_store

BATCH_ROWS = 2_000
# Rows the migrations put into every new store (the audit chain's head); replaced by the copy.
SEEDED_TABLES = frozenset({"audit_head"})

Progress = Callable[[str, int, int], None]
"""Called as ``progress(table, tables_done, tables_total)``."""


@dataclass(frozen=True)
class TableCopy:
    name: str
    rows: int
    checksum: str


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    revision: str
    tables: tuple[TableCopy, ...]

    @property
    def rows(self) -> int:
        return sum(table.rows for table in self.tables)


def _tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name != "alembic_version"]


def _utc(value: datetime) -> datetime:
    # SQLite keeps no offset: StageDesk writes UTC there, so a naive time is UTC.
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


def _plain(value: Any) -> Any:
    """A value as the checksum sees it: the same on SQLite and PostgreSQL."""
    if isinstance(value, datetime):
        return _utc(value).isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    return value


def _row_digest(table: Table, row: Any) -> int:
    values = {column.name: _plain(row._mapping[column.name]) for column in table.columns}
    line = json.dumps(values, sort_keys=True, ensure_ascii=False, default=str)
    return int.from_bytes(hashlib.sha256(line.encode("utf-8")).digest(), "big")


def table_summary(conn: Connection, table: Table) -> TableCopy:
    """Row count and checksum of ``table`` as read through ``conn``.

    The checksum is the sum of the rows' SHA-256 digests (mod 2**256): it does not depend on
    the order rows come back in (the server's collation) and needs no row kept in memory.
    """
    rows, total = 0, 0
    for row in conn.execution_options(yield_per=BATCH_ROWS).execute(select(table)):
        rows += 1
        total = (total + _row_digest(table, row)) % (1 << 256)
    return TableCopy(table.name, rows, f"{total:064x}")


def _for_target(table: Table, row: Any) -> dict[str, Any]:
    values = dict(row._mapping)
    for column in table.columns:
        value = values[column.name]
        if isinstance(column.type, DateTime) and column.type.timezone and value is not None:
            values[column.name] = _utc(value)
    return values


def _copy_table(source: Connection, target: Connection, table: Table) -> None:
    if table.name in SEEDED_TABLES:
        target.execute(delete(table))
    batch: list[dict[str, Any]] = []
    for row in source.execution_options(yield_per=BATCH_ROWS).execute(select(table)):
        batch.append(_for_target(table, row))
        if len(batch) >= BATCH_ROWS:
            target.execute(insert(table), batch)
            batch = []
    if batch:
        target.execute(insert(table), batch)


def _reset_sequences(target: Connection) -> None:
    """PostgreSQL: integer keys copied as they were; their sequences must continue after them."""
    if target.dialect.name != "postgresql":
        return
    for table in _tables():
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        column = keys[0].name
        sequence = target.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": column},
        ).scalar()
        if sequence is None:
            continue
        highest = target.execute(select(func.max(table.c[column]))).scalar()
        target.execute(
            text("SELECT setval(:sequence, :value, :called)"),
            {"sequence": sequence, "value": highest or 1, "called": highest is not None},
        )


def _refuse_unless_empty(conn: Connection, where: str) -> None:
    for table in _tables():
        if table.name in SEEDED_TABLES:
            continue
        count = conn.execute(select(func.count()).select_from(table)).scalar_one()
        if count:
            raise StoreError(
                f"{where} already holds data ({count} rows in {table.name}); copy only into a "
                "new, empty store"
            )


@contextmanager
def _snapshot(url: URL) -> Iterator[URL]:
    """A SQLite store read from a consistent copy of itself; a server store as it is."""
    if url.get_backend_name() != "sqlite":
        yield url
        return
    path = Path(str(url.database))
    if not path.is_file():
        raise StoreError(f"no store at {path}")
    with tempfile.TemporaryDirectory(prefix="stagedesk-copy-") as folder:
        copy = Path(folder) / path.name
        source = sqlite3.connect(path)
        try:
            target = sqlite3.connect(copy)
            try:
                source.backup(target)
            finally:
                target.close()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read {path}: {exc}") from exc
        finally:
            source.close()
        yield url.set(database=str(copy))


def describe(url: URL) -> str:
    """The store's location for messages, without any password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def copy_store(
    source: str | Path | URL, target: str | Path | URL, *, progress: Progress | None = None
) -> CopyReport:
    """Copy every row of ``source`` into the new store ``target``; see the module docstring."""
    source_url = source if isinstance(source, URL) else store_url(source)
    target_url = target if isinstance(target, URL) else store_url(target)
    shown_source, shown_target = describe(source_url), describe(target_url)
    if source_url.render_as_string(hide_password=False) == target_url.render_as_string(
        hide_password=False
    ):
        raise StoreError("the source and the target are the same store")
    with _snapshot(source_url) as readable:
        src = open_store(readable, create=False, upgrade=False, daily_backup=False)
        try:
            dst = open_store(target_url, daily_backup=False)
            try:
                tables = _copy(src.engine.connect(), dst.engine.connect(), shown_target, progress)
            finally:
                dst.close()
        finally:
            src.close()
    return CopyReport(shown_source, shown_target, migrate.head_revision(), tables)


def _copy(
    source: Connection, target: Connection, shown_target: str, progress: Progress | None
) -> tuple[TableCopy, ...]:
    tables = _tables()
    with source, target:
        if source.dialect.name == "postgresql":
            source = source.execution_options(isolation_level="REPEATABLE READ")
        with source.begin(), target.begin():
            _refuse_unless_empty(target, shown_target)
            for done, table in enumerate(tables):
                if progress is not None:
                    progress(table.name, done, len(tables))
                _copy_table(source, target, table)
            _reset_sequences(target)
            copied = []
            for table in tables:
                expected = table_summary(source, table)
                found = table_summary(target, table)
                if found != expected:
                    # Leaving the block by an exception rolls the target's transaction back.
                    raise StoreError(
                        f"the copy of {table.name} does not match: {found.rows} rows, checksum "
                        f"{found.checksum[:12]} against {expected.rows} rows, "
                        f"{expected.checksum[:12]}; nothing was copied"
                    )
                copied.append(found)
            if progress is not None:
                progress("", len(tables), len(tables))
    return tuple(copied)
