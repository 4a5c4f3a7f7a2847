"""The audit trail's hash chain: an entry's canonical content, its hash, and checking a chain.

Each entry's hash is the SHA-256 of its canonical JSON (sorted keys, no spaces, UTF-8), which
includes its sequence number and the previous entry's hash. Changing, removing or inserting
an entry anywhere therefore breaks the chain at that entry. Cutting entries off the end is
caught by comparing the chain with the head the store keeps (see services.audit).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

GENESIS = "0" * 64

# Values an entry records for a field whose content it must not keep (see services.audit).
WITHHELD = "<withheld>"
DIGEST_PREFIX = "sha256:"


def jsonable(value: Any) -> Any:
    """``value`` as plain JSON data that survives a round trip through the store unchanged."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Enum):
        return jsonable(value.value)
    if isinstance(value, datetime):
        return timestamp(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Decimal | float):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [jsonable(v) for v in value]
        return sorted(items, key=str) if isinstance(value, set | frozenset) else items
    raise TypeError(f"cannot record a {type(value).__name__} in the audit trail")


def digest(text: str | None) -> str | None:
    """A free text's fingerprint: proves which text it was to whoever holds the text."""
    if text is None:
        return None
    return DIGEST_PREFIX + hashlib.sha256(text.encode("utf-8")).hexdigest()


def timestamp(at: datetime) -> str:
    """A moment as UTC text to the microsecond; a naive value is taken to be UTC already
    (SQLite hands back what it was given, without the zone)."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True, slots=True)
class ChainEntry:
    """One entry as the chain sees it: everything its hash covers, plus the stored hash."""

    seq: int
    at: datetime
    actor_id: uuid.UUID | None
    actor_name: str
    action: str
    entity: str
    entity_id: uuid.UUID | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    prev_hash: str
    hash: str = ""

    def canonical(self) -> bytes:
        content = {
            "seq": self.seq,
            "at": timestamp(self.at),
            "actor_id": None if self.actor_id is None else str(self.actor_id),
            "actor_name": self.actor_name,
            "action": self.action,
            "entity": self.entity,
            "entity_id": None if self.entity_id is None else str(self.entity_id),
            "before": self.before,
            "after": self.after,
            "prev_hash": self.prev_hash,
        }
        return json.dumps(
            content, sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ).encode("utf-8")

    def computed_hash(self) -> str:
        return hashlib.sha256(self.canonical()).hexdigest()

    def describe(self) -> str:
        what = self.entity if self.entity_id is None else f"{self.entity} {self.entity_id}"
        return f"entry {self.seq} ({timestamp(self.at)}, {self.action} {what})"


@dataclass(frozen=True, slots=True)
class ChainCheck:
    """The outcome of checking a chain: how many entries held, and the first that did not."""

    checked: int
    last_seq: int
    last_hash: str
    broken_seq: int | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def check_chain(entries: Iterable[ChainEntry]) -> ChainCheck:
    """Walk ``entries`` in sequence order; stop at the first one that breaks the chain."""
    expected_prev, expected_seq, checked = GENESIS, 1, 0
    for entry in entries:
        if entry.seq != expected_seq:
            missing = "entries are missing" if entry.seq > expected_seq else "out of order"
            return ChainCheck(
                checked,
                expected_seq - 1,
                expected_prev,
                entry.seq,
                f"{entry.describe()}: expected entry {expected_seq} here ({missing})",
            )
        if entry.prev_hash != expected_prev:
            return ChainCheck(
                checked,
                expected_seq - 1,
                expected_prev,
                entry.seq,
                f"{entry.describe()}: does not link to "
                + (f"entry {expected_seq - 1}" if expected_seq > 1 else "the start of the trail")
                + " (that entry was changed and re-hashed, or entries were swapped in)",
            )
        if entry.computed_hash() != entry.hash:
            return ChainCheck(
                checked,
                expected_seq - 1,
                expected_prev,
                entry.seq,
                f"{entry.describe()}: its content does not match its hash (it was changed)",
            )
        expected_prev, expected_seq, checked = entry.hash, expected_seq + 1, checked + 1
    return ChainCheck(checked, expected_seq - 1, expected_prev)
