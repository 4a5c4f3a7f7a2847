"""Damaged backup files, generated: restoring one either refuses with a StoreError and leaves
the store as it was, or (damage SQLite cannot see, e.g. in free space) restores a store that
passes its integrity check. Never another exception, never a half-replaced store."""

from __future__ import annotations

import itertools
import sqlite3
from datetime import datetime

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from stagedesk.domain.errors import StoreError
from stagedesk.services import backups
from stagedesk.services.actor import SYSTEM
from stagedesk.store import backup as files
from tests.store.backup_store import make_store, marker, set_marker

NOW = datetime(2026, 11, 25, 9, 30)
CASES = itertools.count()
# Outcomes so far (print it in a debugger or with -s to see the spread).
TRIED = {"refused": 0, "restored": 0}


class Originals(tuple[bytes, bytes]):
    """A good backup's bytes and a store's; a short repr for hypothesis's failure report."""

    def __repr__(self) -> str:
        return f"Originals(backup={len(self[0])} bytes, store={len(self[1])} bytes)"


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> Originals:
    """A good backup's bytes, and a store's (made once: migrations take a while)."""
    folder = tmp_path_factory.mktemp("fuzz")
    store = make_store(folder / "office.sqlite", "in the backup")
    good = files.take_backup(store, "manual", now=NOW).path.read_bytes()
    set_marker(store, "current")
    with sqlite3.connect(store) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return Originals((good, store.read_bytes()))


damage = st.one_of(
    # bytes overwritten somewhere (header, b-tree pages, the schema)
    st.lists(
        st.tuples(st.integers(0, 200_000), st.binary(min_size=1, max_size=64)),
        min_size=1,
        max_size=8,
    ).map(lambda edits: ("overwrite", edits)),
    # the file cut short
    st.integers(0, 200_000).map(lambda size: ("truncate", size)),
)


def _damaged(good: bytes, how: tuple[str, object]) -> bytes:
    kind, detail = how
    if kind == "truncate":
        assert isinstance(detail, int)
        return good[: detail % (len(good) + 1)]
    data = bytearray(good)
    assert isinstance(detail, list)
    for offset, chunk in detail:
        start = offset % len(data)
        data[start : start + len(chunk)] = chunk[: len(data) - start]
    return bytes(data)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(how=damage)
# Found by this test: integrity_check quoting a name whose bytes are no longer UTF-8.
@example(how=("overwrite", [(161597, b"\x80")]))
def test_a_damaged_backup_is_refused_or_restores_a_sound_store(tmp_path, originals, how):
    good, current = originals
    folder = tmp_path / f"case{next(CASES)}"  # tmp_path is shared by the examples
    folder.mkdir()
    store = folder / "office.sqlite"
    store.write_bytes(current)
    bad = folder / "bad.sqlite"
    bad.write_bytes(_damaged(good, how))

    try:
        backups.restore_backup(store, bad, SYSTEM, now=NOW)
    except StoreError as exc:
        assert "not restoring" in str(exc) and "was not changed" in str(exc)
        assert marker(store) == "current"
        TRIED["refused"] += 1
        return
    conn = sqlite3.connect(store)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    assert marker(store) == "in the backup"
    TRIED["restored"] += 1
