"""Small SQLite stores for the backup tests, told apart by a marker setting row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from stagedesk.store.opening import open_store


def make_store(path: Path, marker: str = "one") -> Path:
    """A new store at head holding the setting row ``marker``."""
    open_store(path, daily_backup=False).close()
    set_marker(path, marker)
    return path


def set_marker(path: Path, marker: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT OR REPLACE INTO setting (key, value) VALUES ('marker', ?)", (f'"{marker}"',)
        )
    conn.close()


def marker(path: Path) -> str | None:
    """The store's marker, or None when it has none."""
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT value FROM setting WHERE key = 'marker'").fetchone()
    finally:
        conn.close()
    return None if row is None else str(row[0]).strip('"')
