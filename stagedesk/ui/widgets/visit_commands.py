"""Planning and moving a visit as undoable steps of the case (see ui.case_commands).

Planning is undone by deleting the planned visit and redone by planning it again with the
same id; a move is undone by moving it back. Logging a held visit is not a step: the services
never delete a visit's log, so it stays (and is corrected by logging it again).
"""

from __future__ import annotations

import uuid
from datetime import date, time

from PySide6.QtCore import QCoreApplication

from stagedesk.domain.visits import VisitMode
from stagedesk.services import visits
from stagedesk.services.visit_views import VisitView
from stagedesk.ui.case_commands import CaseContext, Step


def planned_visit(ctx: CaseContext, view: VisitView) -> Step:
    ctx.remember(view)
    assert view.planned_on is not None  # just planned

    def forward() -> None:
        ctx.remember(
            visits.plan_visit(
                ctx.sessions,
                ctx.actor,
                view.placement_id,
                view.visit_type,
                view.planned_on,
                planned_time=view.planned_time,
                mentor_id=view.mentor_id,
                mode=view.mode,
                visit_id=view.id,
                today=ctx.today(),
            )  # fmt: skip
        )

    def backward() -> None:
        visits.delete_visit(
            ctx.sessions, ctx.actor, view.id, ctx.version(view.id), today=ctx.today()
        )
        ctx.forget(view.id)

    return Step(QCoreApplication.translate("visit_commands", "bezoek plannen"), forward, backward)


def moved_visit(ctx: CaseContext, before: VisitView, after: VisitView) -> Step:
    ctx.remember(after)

    def move(on: date | None, at: time | None, mentor: uuid.UUID | None, mode: VisitMode) -> None:
        assert on is not None  # a planned visit has its day
        ctx.remember(
            visits.reschedule_visit(
                ctx.sessions,
                ctx.actor,
                before.id,
                ctx.version(before.id),
                on,
                planned_time=at,
                mentor_id=mentor,
                mode=mode,
                today=ctx.today(),
            )  # fmt: skip
        )

    return Step(
        QCoreApplication.translate("visit_commands", "bezoek verzetten"),
        lambda: move(after.planned_on, after.planned_time, after.mentor_id, after.mode),
        lambda: move(before.planned_on, before.planned_time, before.mentor_id, before.mode),
    )
