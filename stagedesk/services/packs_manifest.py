"""A visit pack's manifest: the office's identity and key, row fingerprints, signing, checking.

The office store holds two settings that never leave it: ``store_id`` (a UUID naming the
store) and ``pack:secret`` (the HMAC key). A pack holds ``pack:manifest``: which store and
mentor it is for, and a fingerprint (version and content hash) of every row it carries,
signed with the office's key. The laptop cannot forge the signature, so on import the office
knows the pack is its own and knows exactly what it exported. Rows edited through StageDesk
in the pack have a higher version (optimistic locking bumps it on every write); a row whose
content changed while its version did not was altered outside StageDesk (or damaged).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from stagedesk.domain.errors import StoreError
from stagedesk.store import models
from stagedesk.store.office import Setting

STORE_ID_KEY = "store_id"
SECRET_KEY = "pack:secret"
MANIFEST_KEY = "pack:manifest"
IMPORTED_PREFIX = "pack:imported:"
CHECKLIST_PREFIX = "checklist:"
# Checklist texts visits answered, under the text's sha256 (services.checklists).
ARCHIVE_PREFIX = "checklist-archive:"
FORMAT = 1

# Fingerprint of one row: its version (None for tables without one) and its content hash.
Fingerprint = tuple[int | None, str]


@dataclass(frozen=True)
class OfficeIdentity:
    store_id: str
    secret: bytes


def office_identity(session: Session, *, create: bool) -> OfficeIdentity | None:
    """The store's id and pack key; made on first need when ``create`` (in the caller's
    transaction, so an export that fails leaves no half-made identity)."""
    rows: dict[str, Any] = dict(
        session.execute(
            select(Setting.key, Setting.value).where(Setting.key.in_([STORE_ID_KEY, SECRET_KEY]))
        ).all()
    )
    store_id, secret = rows.get(STORE_ID_KEY), rows.get(SECRET_KEY)
    if isinstance(store_id, str) and isinstance(secret, str):
        return OfficeIdentity(store_id, bytes.fromhex(secret))
    if not create:
        return None
    if not isinstance(store_id, str):
        store_id = str(uuid.uuid4())
        session.merge(Setting(key=STORE_ID_KEY, value=store_id))
    if not isinstance(secret, str):
        secret = secrets.token_hex(32)
        session.merge(Setting(key=SECRET_KEY, value=secret))
    session.flush()
    return OfficeIdentity(store_id, bytes.fromhex(secret))


def table(name: str) -> Table:
    """A table of the schema (store.models imported: every mapped table is in the metadata)."""
    return models.Base.metadata.tables[name]


# -- row fingerprints ------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """A value as the same JSON on every backend (a datetime read back from SQLite is naive)."""
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    return value


def canonical(value: Any) -> str:
    return json.dumps(
        value, default=plain, sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )


def row_key(table: Table, row: Mapping[str, Any]) -> str:
    """The row's primary key as text: a UUID's hex, or the parts of a composite key."""
    return ":".join(str(plain(row[column.name])) for column in table.primary_key.columns)


def row_hash(row: Mapping[str, Any], columns: Sequence[str]) -> str:
    # json calls ``plain`` only for what it cannot write itself (UUIDs, dates, ...).
    return hashlib.sha256(canonical([row[c] for c in columns]).encode()).hexdigest()


def fingerprints(
    table: Table, rows: Iterable[Mapping[str, Any]], columns: Sequence[str]
) -> dict[str, Fingerprint]:
    versioned = "version" in table.columns
    return {
        row_key(table, row): (row["version"] if versioned else None, row_hash(row, columns))
        for row in rows
    }


# -- the manifest ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Manifest:
    pack_id: str
    source_store: str
    mentor_id: uuid.UUID
    mentor_name: str
    exported_at: datetime
    exported_by: str
    schema: str
    # Table → the columns fingerprinted (as at export: later migrations may add columns).
    columns: dict[str, list[str]]
    # Table → row key → (version, hash).
    rows: dict[str, dict[str, Fingerprint]]

    def as_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "pack_id": self.pack_id,
            "source_store": self.source_store,
            "mentor_id": self.mentor_id.hex,
            "mentor_name": self.mentor_name,
            "exported_at": self.exported_at.isoformat(),
            "exported_by": self.exported_by,
            "schema": self.schema,
            "columns": self.columns,
            "rows": {t: {k: list(fp) for k, fp in rows.items()} for t, rows in self.rows.items()},
        }

    @classmethod
    def from_json(cls, data: Any) -> Manifest:
        try:
            if data["format"] != FORMAT:
                raise StoreError(
                    f"the pack's format is {data['format']!r}; this program reads format {FORMAT}"
                )
            return cls(
                pack_id=str(data["pack_id"]),
                source_store=str(data["source_store"]),
                mentor_id=uuid.UUID(hex=data["mentor_id"]),
                mentor_name=str(data["mentor_name"]),
                exported_at=datetime.fromisoformat(data["exported_at"]),
                exported_by=str(data["exported_by"]),
                schema=str(data["schema"]),
                columns={str(t): [str(c) for c in cols] for t, cols in data["columns"].items()},
                rows={
                    str(t): {str(k): (fp[0], str(fp[1])) for k, fp in rows.items()}
                    for t, rows in data["rows"].items()
                },
            )
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            raise StoreError(f"the pack's manifest is damaged ({exc!r})") from None


def signature(manifest: Mapping[str, Any], secret: bytes) -> str:
    return hmac.new(secret, canonical(manifest).encode(), hashlib.sha256).hexdigest()


def signed(manifest: Manifest, secret: bytes) -> dict[str, Any]:
    """The ``pack:manifest`` setting's value: the manifest and its HMAC-SHA256."""
    body = manifest.as_json()
    return {"manifest": body, "hmac": signature(body, secret)}


def unsigned(value: Any) -> Manifest:
    """The manifest without checking the signature (what the laptop can know)."""
    if not isinstance(value, dict) or "manifest" not in value:
        raise StoreError("the pack's manifest is damaged (not a signed manifest)")
    return Manifest.from_json(value["manifest"])


def verified(value: Any, identity: OfficeIdentity | None) -> Manifest:
    """The manifest, if this office signed it; else a StoreError saying what is wrong."""
    manifest = unsigned(value)
    if identity is None or manifest.source_store != identity.store_id:
        here = identity.store_id if identity is not None else "none yet"
        raise StoreError(
            f"this pack was exported from another store (store id {manifest.source_store}; "
            f"this store's id is {here}): import it into the store it came from"
        )
    given = value.get("hmac")
    if not isinstance(given, str) or not hmac.compare_digest(
        given, signature(value["manifest"], identity.secret)
    ):
        raise StoreError(
            "the pack's manifest does not carry this store's signature: the file was altered "
            "or damaged after export; nothing was imported"
        )
    return manifest
