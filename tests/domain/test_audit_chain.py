"""The hash chain: canonical content, and checking finds the first entry that breaks it."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

from stagedesk.domain.audit_chain import (
    GENESIS,
    ChainEntry,
    check_chain,
    digest,
    jsonable,
    timestamp,
)
from stagedesk.domain.enums import MeldingStatus

START = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)


def _chain(count: int) -> list[ChainEntry]:
    entries, prev = [], GENESIS
    for seq in range(1, count + 1):
        entry = ChainEntry(
            seq,
            START + timedelta(seconds=seq),
            uuid.UUID(int=seq),
            "Mila Meldpunt",
            "change",
            "melding",
            uuid.UUID(int=1000 + seq),
            {"status": "received"},
            {"status": "intake"},
            prev,
        )
        entry = replace(entry, hash=entry.computed_hash())
        entries.append(entry)
        prev = entry.hash
    return entries


def test_an_intact_chain_holds_and_reports_its_last_entry() -> None:
    entries = _chain(5)
    check = check_chain(entries)
    assert check.ok and check.checked == 5
    assert (check.last_seq, check.last_hash) == (5, entries[-1].hash)


def test_an_empty_chain_holds() -> None:
    check = check_chain([])
    assert check.ok and (check.last_seq, check.last_hash) == (0, GENESIS)


def test_a_changed_entry_is_named() -> None:
    entries = _chain(5)
    entries[2] = replace(entries[2], after={"status": "closed"})
    check = check_chain(entries)
    assert not check.ok and check.broken_seq == 3 and check.checked == 2
    assert "entry 3" in (check.problem or "") and "does not match its hash" in (check.problem or "")


def test_a_changed_and_rehashed_entry_breaks_the_link_of_the_next() -> None:
    entries = _chain(5)
    forged = replace(entries[1], actor_name="Iemand anders")
    entries[1] = replace(forged, hash=forged.computed_hash())
    check = check_chain(entries)
    assert check.broken_seq == 3 and "does not link to entry 2" in (check.problem or "")


def test_a_removed_entry_is_noticed_where_the_gap_is() -> None:
    entries = _chain(5)
    del entries[3]
    check = check_chain(entries)
    assert check.broken_seq == 5 and "expected entry 4" in (check.problem or "")


def test_the_hash_covers_every_field() -> None:
    entry = _chain(1)[0]
    changes = {
        "seq": 2,
        "at": START,
        "actor_id": None,
        "actor_name": "x",
        "action": "view",
        "entity": "student",
        "entity_id": None,
        "before": None,
        "after": None,
        "prev_hash": "1" * 64,
    }
    for name, value in changes.items():
        assert replace(entry, **{name: value}).computed_hash() != entry.hash, name


def test_a_naive_time_is_utc_as_sqlite_returns_it() -> None:
    aware = datetime(2026, 11, 25, 21, 30, 1, 123456, tzinfo=timezone(timedelta(hours=1)))
    naive = datetime(2026, 11, 25, 20, 30, 1, 123456)
    assert timestamp(aware) == timestamp(naive) == "2026-11-25T20:30:01.123456Z"


def test_values_become_plain_json_and_text_a_digest() -> None:
    value = {"on": date(2026, 1, 2), "status": MeldingStatus.CLOSED, "id": uuid.UUID(int=1)}
    assert jsonable(value) == {
        "on": "2026-01-02",
        "status": "closed",
        "id": "00000000-0000-0000-0000-000000000001",
    }
    assert digest("Zoë") == digest("Zoë") != digest("Zoe")
    assert (digest("x") or "").startswith("sha256:") and digest(None) is None
