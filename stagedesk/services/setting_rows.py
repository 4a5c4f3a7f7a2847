"""Setting rows kept under their own key (``breakoff:threshold``, ``prerequisites:mode``,
``hours:required``): read and write one JSON value inside the caller's transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from stagedesk.store.office import Setting


def read_value(s: Session, key: str) -> Any:
    """The stored value, or None when the key has none."""
    row = s.get(Setting, key)
    return None if row is None else row.value


def write_value(s: Session, key: str, value: Any) -> None:
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value
