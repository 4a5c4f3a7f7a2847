"""A visit pack made once per module, and the ways the fuzz tests damage copies of it.

The exported pack is encrypted; ``Originals.plain`` is the same pack decrypted, which import
still reads (packs written before encryption). Damage to the encrypted bytes is what a bad
USB stick does; damage to the plain bytes and edits of its rows reach SQLite's and the
import's own checks.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from stagedesk.services.packs import apply_import, preview_import
from stagedesk.services.packs_types import ImportPlan
from stagedesk.store import cipher
from stagedesk.store.opening import open_store
from tests.services.packs_helpers import PASSPHRASE, PackOffice, _decrypt_in_place

PAGE = 4096  # SQLCipher's and this pack's page size


@dataclass(frozen=True, repr=False)
class Originals:
    """The office, its exported pack (encrypted and decrypted bytes), and the pack's rows."""

    office: PackOffice
    encrypted: bytes
    plain: bytes
    rows: dict[str, list[int]]  # table → rowids in the pack
    columns: dict[str, list[str]]  # table → column names

    def __repr__(self) -> str:  # hypothesis prints the arguments of a failing example
        return f"Originals({len(self.encrypted)} encrypted bytes, {len(self.plain)} plain)"


def make_originals(office: PackOffice, folder: Path) -> Originals:
    office.export()
    encrypted = office.pack.read_bytes()
    plain = folder / "plain.sqlite"
    shutil.copyfile(office.pack, plain)
    _decrypt_in_place(plain)
    conn = sqlite3.connect(plain)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " ORDER BY name"
            )
        ]
        rows = {t: [r[0] for r in conn.execute(f'SELECT rowid FROM "{t}"')] for t in tables}
        columns = {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    finally:
        conn.close()
    return Originals(office, encrypted, plain.read_bytes(), rows, columns)


# -- byte damage -----------------------------------------------------------------------------

byte_damage = st.one_of(
    st.lists(
        st.tuples(st.integers(0, 2**31), st.binary(min_size=1, max_size=64)),
        min_size=1,
        max_size=8,
    ).map(lambda edits: ("overwrite", edits)),
    st.lists(st.tuples(st.integers(0, 2**31), st.integers(0, 7)), min_size=1, max_size=16).map(
        lambda flips: ("flip", flips)
    ),
    st.integers(0, 2**31).map(lambda size: ("truncate", size)),
    st.lists(st.integers(0, 2**31), min_size=1, max_size=4).map(lambda pages: ("zero", pages)),
    st.binary(max_size=64).map(lambda tail: ("append", tail)),
)


def damaged(good: bytes, how: tuple[str, Any]) -> bytes:
    kind, detail = how
    if kind == "truncate":
        return good[: detail % (len(good) + 1)]
    if kind == "append":
        return good + detail
    data = bytearray(good)
    if kind == "overwrite":
        for offset, chunk in detail:
            start = offset % len(data)
            data[start : start + len(chunk)] = chunk[: len(data) - start]
    elif kind == "flip":
        for offset, bit in detail:
            data[offset % len(data)] ^= 1 << bit
    else:  # zero whole pages
        pages = len(data) // PAGE
        for page in detail:
            start = (page % pages) * PAGE
            data[start : start + PAGE] = bytes(PAGE)
    return bytes(data)


# -- row and manifest edits ------------------------------------------------------------------

cell_values = st.one_of(
    st.none(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=24),
    st.binary(max_size=20),
    st.sampled_from(
        [
            "",
            "2026-13-45",
            "2026-12-01",
            "2026-12-01 10:00:00",
            "25:61:00",
            "planned",
            "held",
            "plannex",
            "0" * 32,
            "not-a-uuid",
            "{",
            "[]",
            '{"digest": 1, "items": []}',
            '{"items": {"x": [1, 2, 3]}}',
            '[{"text": null}]',
            "null",
            "1e999",
        ]
    ),
)

json_values: st.SearchStrategy[Any] = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**70), 2**70),
        st.floats(allow_nan=False),
        st.text(max_size=12),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def row_edits(draw: st.DrawFn, originals: Originals) -> list[tuple[Any, ...]]:
    """SQL a tamperer with the passphrase and an SQLite shell could run on the pack."""
    filled = sorted(t for t, rows in originals.rows.items() if rows)
    edits: list[tuple[Any, ...]] = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["set", "set", "delete", "copy", "manifest", "setting"]))
        table = draw(st.sampled_from(filled))
        rowid = draw(st.sampled_from(originals.rows[table]))
        if kind == "set":
            column = draw(st.sampled_from(originals.columns[table]))
            edits.append(("set", table, rowid, column, draw(cell_values)))
        elif kind in ("delete", "copy"):
            edits.append((kind, table, rowid))
        elif kind == "manifest":
            edits.append(("manifest", draw(st.lists(st.integers(0, 50), max_size=5)),
                          draw(json_values)))  # fmt: skip
        else:
            key = draw(
                st.one_of(
                    st.sampled_from(
                        ["pack:manifest", "store_id", "pack:secret", "checklist:start.toml"]
                    ),
                    st.text(max_size=12).map(lambda k: "checklist-archive:" + k),
                    st.text(max_size=12),
                )
            )
            edits.append(("setting", key, draw(st.one_of(json_values, cell_values))))
    return edits


def _replace_at(value: Any, path: list[int], new: Any) -> Any:
    """``value`` with the node that ``path`` picks (index mod the children) replaced."""
    if not path or not isinstance(value, dict | list) or not value:
        return new
    if isinstance(value, dict):
        key = sorted(value)[path[0] % len(value)]
        return {**value, key: _replace_at(value[key], path[1:], new)}
    index = path[0] % len(value)
    return [*value[:index], _replace_at(value[index], path[1:], new), *value[index + 1 :]]


def apply_edits(path: Path, edits: list[tuple[Any, ...]]) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for edit in edits:
            # A constraint the file enforces itself: that edit cannot be made.
            with contextlib.suppress(sqlite3.DatabaseError):
                _apply(conn, edit)
    finally:
        conn.close()


def _apply(conn: sqlite3.Connection, edit: tuple[Any, ...]) -> None:
    kind = edit[0]
    if kind == "set":
        _, table, rowid, column, value = edit
        conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', (value, rowid))
    elif kind == "delete":
        _, table, rowid = edit
        conn.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
    elif kind == "copy":  # the same row again under a new rowid (a key that is unique fails)
        _, table, rowid = edit
        conn.execute(f'INSERT INTO "{table}" SELECT * FROM "{table}" WHERE rowid = ?', (rowid,))
    elif kind == "manifest":
        _, where, new = edit
        raw = conn.execute("SELECT value FROM setting WHERE key = 'pack:manifest'").fetchone()
        if raw is None:
            return
        try:
            changed = _replace_at(json.loads(raw[0]), where, new)
        except (TypeError, ValueError):  # an earlier edit left no JSON there
            return
        conn.execute(
            "UPDATE setting SET value = ? WHERE key = 'pack:manifest'", (json.dumps(changed),)
        )
    else:
        _, key, value = edit
        text = value if isinstance(value, str | bytes) or value is None else json.dumps(value)
        conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (key, text))


# -- the two ways a pack is read -------------------------------------------------------------


def preview(office: PackOffice, path: Path, passphrase: str | None = PASSPHRASE) -> ImportPlan:
    return preview_import(office.sessions, office.world.coordinator, path, passphrase=passphrase)


def apply_on_a_copy(office: PackOffice, plan: ImportPlan, folder: Path) -> None:
    """Carry out a plan that previewed fine on a copy of the office (the original stays)."""
    copy = folder / "office-copy.sqlite"
    source = sqlite3.connect(Path(str(office.world.office.store.url.database)))
    target = sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    store = open_store(copy, create=False, daily_backup=False)
    try:
        choices = {c.visit.id: "pack" for c in plan.conflicts}
        apply_import(store.sessions, office.world.coordinator, plan, choices)  # type: ignore[arg-type]
    finally:
        store.close()


def write_pack(folder: Path, data: bytes, name: str = "pack.sqlite") -> Path:
    """``data`` as a pack file the program has not seen before (no passphrase remembered)."""
    path = folder / name
    path.write_bytes(data)
    cipher.forget(path)
    return path
