"""Typed errors the layers raise; the UI and CLI turn them into messages in one place each."""

from __future__ import annotations


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
    """Someone else changed the record since it was read (optimistic locking)."""


class StoreError(StageDeskError):
    """The store cannot be opened or used as asked (wrong version, unreachable, corrupt)."""
