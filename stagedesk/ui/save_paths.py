"""Where the window suggests saving what it writes (letters, overviews, calendars, packs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_dir() -> Path:
    """The user's documents folder, else their home."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def with_suffix(text: str, suffix: str) -> Path:
    """The path typed in a save dialog, with ``suffix`` (".pdf") added when it lacks it."""
    return Path(text if text.lower().endswith(suffix) else f"{text}{suffix}")
