"""A student's prerequisites and a placement's weeks of hours as undoable steps of the case
(see ui.case_commands).

A record set for the first time is undone by clearing it, a changed one by setting it back; a
cleared one comes back by setting it again. A week entered is undone by deleting it, a changed
week by entering the old figures, a deleted week by entering it again. A redo makes new
records (new ids), so the steps share ``Records``: per requirement or week, the record as the
case last knew it; a change by someone else in between is refused with ``Conflict``.
"""

from __future__ import annotations

import uuid
from collections.abc import Hashable

from PySide6.QtCore import QCoreApplication

from stagedesk.services import hours, prerequisites
from stagedesk.services.hours import WeekView
from stagedesk.services.prerequisites import StudentPrerequisiteView
from stagedesk.ui.case_commands import CaseContext, Step
from stagedesk.ui.dialogs.prerequisite_dialog import PrerequisiteRecord


class Records:
    """The record the case last knew for each key (a requirement's id; a placement's week):
    its id and version. Every step and every read of the tab updates it, so a step passes the
    version of the record as it is now, whichever step made it last."""

    def __init__(self) -> None:
        self._known: dict[Hashable, tuple[uuid.UUID, int]] = {}

    def get(self, key: Hashable) -> tuple[uuid.UUID, int] | None:
        return self._known.get(key)

    def version(self, key: Hashable) -> int | None:
        known = self._known.get(key)
        return known[1] if known else None

    def put(self, key: Hashable, record_id: uuid.UUID | None, version: int | None) -> None:
        if record_id is None or version is None:
            self._known.pop(key, None)
        else:
            self._known[key] = (record_id, version)


def set_prerequisite(
    ctx: CaseContext,
    records: Records,
    requirement_id: uuid.UUID,
    old: PrerequisiteRecord | None,
    after: StudentPrerequisiteView,
    wanted: PrerequisiteRecord | None,
) -> Step:
    """The student's record of a requirement went from ``old`` to ``wanted`` (None: no
    record); ``after`` is what the service returned."""
    records.put(requirement_id, after.record_id, after.record_version)

    def put(record: PrerequisiteRecord | None) -> None:
        if record is None:
            known = records.get(requirement_id)
            if known is not None:
                prerequisites.clear_student_prerequisite(ctx.sessions, ctx.actor, *known)
            records.put(requirement_id, None, None)
            return
        made = prerequisites.set_student_prerequisite(
            ctx.sessions, ctx.actor, ctx.student_id, requirement_id, record.status,
            obtained_on=record.obtained_on, expires_on=record.expires_on, note=record.note,
            version=records.version(requirement_id), today=ctx.today(),
        )  # fmt: skip
        records.put(requirement_id, made.record_id, made.record_version)

    text = (
        QCoreApplication.translate("lifecycle", "voorwaarde vastleggen")
        if wanted is not None
        else QCoreApplication.translate("lifecycle", "voorwaarde wissen")
    )
    return Step(text, lambda: put(wanted), lambda: put(old))


def entered_week(
    ctx: CaseContext,
    records: Records,
    placement_id: uuid.UUID,
    before: WeekView | None,
    after: WeekView | None,
) -> Step:
    """A week entered (``before`` None), changed, or deleted (``after`` None)."""
    shown = after or before
    assert shown is not None
    key = (placement_id, shown.week_start)
    records.put(key, after.id if after else None, after.version if after else None)

    def put(week: WeekView | None) -> None:
        if week is None:
            known = records.get(key)
            if known is not None:
                hours.delete_week(ctx.sessions, ctx.actor, *known)
            records.put(key, None, None)
            return
        made = hours.record_week(
            ctx.sessions, ctx.actor, placement_id, week.week_start, week.worked_minutes,
            absent_minutes=week.absent_minutes, absence_kind=week.absence_kind, note=week.note,
            version=records.version(key), today=ctx.today(),
        )  # fmt: skip
        records.put(key, made.id, made.version)

    if before is None:
        text = QCoreApplication.translate("lifecycle", "uren invoeren")
    elif after is None:
        text = QCoreApplication.translate("lifecycle", "uren verwijderen")
    else:
        text = QCoreApplication.translate("lifecycle", "uren wijzigen")
    return Step(text, lambda: put(after), lambda: put(before))
