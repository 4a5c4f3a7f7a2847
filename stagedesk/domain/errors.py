"""Typed errors the layers raise; the UI and CLI turn them into messages in one place each."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any


class StageDeskError(Exception):
    """Base of every error the program reports to a user rather than crashing on."""


class ValidationError(StageDeskError):
    """Input that breaks a rule: names the field and says why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class TransitionRefused(ValidationError):
    """A state machine refuses a move from one state to another."""

    def __init__(self, machine: str, current: str, target: str, reason: str = "") -> None:
        why = f" ({reason})" if reason else ""
        super().__init__(machine, f"cannot go from {current!r} to {target!r}{why}")
        self.current = current
        self.target = target


class PermissionDenied(StageDeskError):
    """The caller's role does not allow this action."""


class NotFound(StageDeskError):
    """A record asked for by id or key does not exist."""


class Conflict(StageDeskError):
    """Someone else changed the record since it was read (optimistic locking).

    Where the service knows it and the caller may read it, the conflict carries the record
    as the store now holds it, so the user can compare it with their own edit: ``entity``
    ("placement", "visit", ...), ``entity_id``, ``version`` (the store's: saving again with it
    overwrites knowingly), ``current`` (field → value, only the fields the service chose to
    show) and who saved it last and when (``saved_by``, ``saved_at``; None when unknown).
    """

    def __init__(
        self,
        message: str,
        *,
        entity: str | None = None,
        entity_id: uuid.UUID | None = None,
        version: int | None = None,
        current: Mapping[str, Any] | None = None,
        saved_by: str | None = None,
        saved_at: datetime | None = None,
    ) -> None:
        super().__init__(message)
        self.entity = entity
        self.entity_id = entity_id
        self.version = version
        self.current = dict(current) if current is not None else None
        self.saved_by = saved_by
        self.saved_at = saved_at


class StoreError(StageDeskError):
    """The store cannot be opened or used as asked (wrong version, unreachable, corrupt)."""
