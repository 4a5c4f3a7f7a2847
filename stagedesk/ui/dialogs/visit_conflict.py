"""Logging a visit that someone else saved meanwhile: the fields of the visit log, both
versions (for ``conflict_dialog``), and the save that settles it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from stagedesk.domain.checklists import VisitConcern
from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import VisitStatus
from stagedesk.domain.errors import Conflict
from stagedesk.domain.visits import (
    AgreedAction,
    ItemAnswer,
    VisitMode,
    decode_actions,
    decode_answers,
    decode_concerns,
)
from stagedesk.ui.dialogs import conflict_dialog
from stagedesk.ui.dialogs.conflict_dialog import ConflictField
from stagedesk.ui.dialogs.visit_dialog_log import LoggedVisit
from stagedesk.ui.text import fill
from stagedesk.ui.widgets import visit_labels


def _status(value: object) -> str:
    labels = {
        VisitStatus.PLANNED: QCoreApplication.translate("visit_conflict", "gepland"),
        VisitStatus.HELD: QCoreApplication.translate("visit_conflict", "gehouden"),
        VisitStatus.CANCELLED: QCoreApplication.translate("visit_conflict", "geannuleerd"),
    }
    return labels.get(value, str(value)) if isinstance(value, VisitStatus) else str(value or "")


def _none() -> str:
    return QCoreApplication.translate("visit_conflict", "—")


def _concerns(concerns: frozenset[VisitConcern]) -> str:
    return ", ".join(sorted(visit_labels.concern(c) for c in concerns)) or _none()


def _actions(actions: tuple[AgreedAction, ...] | list[AgreedAction]) -> str:
    lines = []
    for action in actions:
        due = format_date(action.due_on) if action.due_on else ""
        template = QCoreApplication.translate("visit_conflict", "%1 (%2 %3)")
        lines.append(fill(template, action.text, visit_labels.owner(action.owner), due).strip())
    return "\n".join(lines) or _none()


def _answers(answers: dict[str, ItemAnswer]) -> str:
    lines = []
    for item, given in sorted(answers.items()):
        answer = visit_labels.answer(given.answer) if given.answer else _none()
        lines.append(f"{item}: {answer}" + (f" — {given.remark}" if given.remark else ""))
    return "\n".join(lines) or _none()


def visit_fields(logged: LoggedVisit, conflict: Conflict) -> list[ConflictField]:
    """The visit log's fields: what the user logged beside the visit as the store has it."""
    theirs: dict[str, Any] = conflict.current or {}
    held_on = theirs.get("held_on")
    mode = theirs.get("mode")
    _, answers = decode_answers(theirs.get("answers"))
    return [
        ConflictField(
            QCoreApplication.translate("visit_conflict", "Status"),
            _status(VisitStatus.HELD),
            _status(theirs.get("status")),
        ),
        ConflictField(
            QCoreApplication.translate("visit_conflict", "Gehouden op"),
            format_date(logged.held_on),
            format_date(held_on) if isinstance(held_on, date) else _none(),
        ),
        ConflictField(
            QCoreApplication.translate("visit_conflict", "Vorm"),
            visit_labels.visit_mode(logged.mode),
            visit_labels.visit_mode(mode) if isinstance(mode, VisitMode) else _none(),
        ),
        ConflictField(
            QCoreApplication.translate("visit_conflict", "Aantekeningen"),
            logged.notes or _none(),
            theirs.get("notes") or _none(),
        ),
        ConflictField(
            QCoreApplication.translate("visit_conflict", "Zorgen"),
            _concerns(logged.concerns),
            _concerns(decode_concerns(theirs.get("concerns"))),
        ),
        ConflictField(
            QCoreApplication.translate("visit_conflict", "Afspraken"),
            _actions(logged.agreed_actions),
            _actions(decode_actions(theirs.get("agreed_actions"))),
        ),
        ConflictField(
            QCoreApplication.translate("visit_conflict", "Antwoorden"),
            _answers(logged.answers),
            _answers(answers),
        ),
    ]


def log_or_settle(
    parent: QWidget | None,
    what: str,
    logged: LoggedVisit,
    version: int,
    log: Callable[[int], object],
) -> None:
    """``log(version)``; after a conflict the user's choice: theirs (return: the dialog
    closes and the case reloads), mine (log again on the saved version), or keep editing
    (the conflict is raised again, and the log dialog shows it)."""

    def again(at: int | None) -> object:
        return log(version if at is None else at)

    conflict_dialog.save_or_settle(
        parent, what, lambda conflict: visit_fields(logged, conflict), again, version
    )
