"""Opening stores for the window and remembering its settings: the keys, the last store."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QSettings

import stagedesk
from stagedesk.domain.errors import StoreError
from stagedesk.services.office import Office

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SPLITTER_KEY = "main_window/splitter"
COLUMNS_KEY = "main_window/columns"
LAST_STORE_KEY = "last_store"
LANGUAGE_KEY = "language"


def remember_store(location: str) -> None:
    """Remember a store file for the next start; server URLs are never kept (passwords)."""
    if "://" not in location:
        QSettings().setValue(LAST_STORE_KEY, str(Path(location).expanduser().resolve()))


def open_office(location: str, *, create: bool) -> Office:
    """Open the store at ``location`` and read its student index, or raise StoreError."""
    return ready_office(Office.open(location, create=create))


def ready_office(office: Office) -> Office:
    """Read the student index of a just-opened office; closes it and raises StoreError if not."""
    try:
        office.directory.reload()
    except Exception as exc:  # a store that opened but cannot be read: say so, don't crash
        office.close()
        raise StoreError(f"{office.location}: {exc}") from exc
    return office


def app_version() -> str:
    try:
        return metadata.version("stagedesk")
    except metadata.PackageNotFoundError:
        return str(getattr(stagedesk, "__version__", "?"))
