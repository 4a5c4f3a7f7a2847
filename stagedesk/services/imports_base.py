"""What every kind of import shares: the importer's shape, bulk writes in chunks, cancelling.

An importer first ``load``s the keys and lookups it needs from the store (once), then
``check``s every row, collecting what it would add and update, and finally, only when no row
had a problem, ``write``s it all with Core executemany in chunks, inside the caller's one
transaction. ``services.imports`` drives it.
"""

from __future__ import annotations

import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.orm import Session

from stagedesk.domain.errors import Conflict, StageDeskError, ValidationError
from stagedesk.domain.imports import ImportKind
from stagedesk.domain.imports_rows import ParsedRow
from stagedesk.store.base import Record

Progress = Callable[[str, int, int], None]
"""Called as ``progress(phase, done, total)``; phases ``"check"`` then ``"write"``; total 0
when not known yet."""
Cancelled = Callable[[], bool]
"""Asked between chunks of work; True stops the import, which then changes nothing."""

CHUNK_ROWS = 2_000
Row = dict[str, Any]


class ImportCancelled(StageDeskError):
    """The user stopped the import; nothing was changed."""


@dataclass(frozen=True)
class ImportCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


def now() -> datetime:
    return datetime.now(UTC)


def new_record(stamp: datetime) -> Row:
    """The columns every Record row carries, for a bulk insert."""
    return {"id": uuid.uuid4(), "created_at": stamp, "updated_at": stamp, "version": 1}


class Importer(ABC):
    """Checks rows of one kind against the store and writes the accepted ones."""

    kind: ClassVar[ImportKind]
    model: ClassVar[type[Record]]
    columns: ClassVar[tuple[str, ...]]  # the columns an update writes (besides the stamps)

    def __init__(self, today: date) -> None:
        self.today = today
        self.inserts: list[Row] = []
        self.updates: list[Row] = []  # each with "_id" and "_version" besides ``columns``
        self.unchanged = 0
        self.stamp = now()  # created_at/updated_at of every row this import writes
        self._seen: dict[Hashable, int] = {}

    @abstractmethod
    def load(self, session: Session) -> None:
        """Read the existing keys and lookups, once, before the first row."""

    @abstractmethod
    def check(self, row: int, raw: Mapping[str, str]) -> list[ValidationError]:
        """Check one row (``{field key: cell text}``); plan its insert or update if clean."""

    def write(self, session: Session, progress: Progress, cancelled: Cancelled) -> ImportCounts:
        """Insert and update what ``check`` planned, in chunks, in the caller's transaction."""
        total = len(self.inserts) + len(self.updates)
        done = 0
        target: Table = self.model.__table__  # type: ignore[assignment]
        for chunk in chunks(self.inserts):
            stop_if(cancelled)
            session.execute(insert(target), chunk)
            done += len(chunk)
            progress("write", done, total)
        if self.updates:
            stamp = now()
            values: dict[str, Any] = {c: bindparam(c) for c in self.columns}
            stmt = (
                update(target)
                .where(target.c.id == bindparam("_id"), target.c.version == bindparam("_version"))
                .values(**values, version=target.c.version + 1, updated_at=stamp)
            )
            for chunk in chunks(self.updates):
                stop_if(cancelled)
                result = session.execute(stmt, chunk)
                if 0 <= result.rowcount < len(chunk):  # type: ignore[attr-defined]
                    raise Conflict(
                        f"someone changed {self.kind.value} while the import ran; "
                        "nothing was imported, try again"
                    )
                done += len(chunk)
                progress("write", done, total)
        self.after_write(session)
        return ImportCounts(len(self.inserts), len(self.updates), self.unchanged)

    def after_write(self, session: Session) -> None:  # noqa: B027 - optional hook
        """Hook for derived data that must follow the bulk writes (same transaction)."""

    def earlier_row(self, key: Hashable, row: int) -> int | None:
        """The earlier row of this file with ``key``; None (and ``row`` noted) if none."""
        earlier = self._seen.get(key)
        if earlier is None:
            self._seen[key] = row
        return earlier

    def plan(self, existing: Row | None, new: Row) -> None:
        """Plan ``new`` as an insert, or as an update of ``existing`` if any column differs."""
        if existing is None:
            self.inserts.append(new_record(self.stamp) | new)
        elif any(existing[c] != new[c] for c in self.columns):
            self.updates.append({"_id": existing["id"], "_version": existing["version"], **new})
        else:
            self.unchanged += 1


def chunks(rows: Sequence[Row]) -> list[Sequence[Row]]:
    return [rows[i : i + CHUNK_ROWS] for i in range(0, len(rows), CHUNK_ROWS)]


def stop_if(cancelled: Cancelled) -> None:
    if cancelled():
        raise ImportCancelled("the import was cancelled; nothing was changed")


def require_for_new(parsed: ParsedRow, keys: Iterable[str], what: str) -> None:
    """Note each of ``keys`` without a value (and no problem yet) as needed for a new ``what``."""
    for key in keys:
        if parsed.values.get(key) is None and not parsed.failed(key):
            parsed.error(key, f"is needed for a new {what}")
