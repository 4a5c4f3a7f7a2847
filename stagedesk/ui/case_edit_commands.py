"""The undo steps of changing and deleting what a case already holds: a placement's period,
hours and praktijkopleider; deleting an application or a placement.

They work like those of ``ui.case_commands`` (the edit was made before the step is pushed;
undo and redo call the services with the version the case knows): a change is taken back by
restoring the placement read before it, a delete by re-creating the record with its id from
the view the service returned when it deleted it (``restore_*(deleted, None)``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from stagedesk.services import applications, placements
from stagedesk.services.application_views import ApplicationView
from stagedesk.services.placement_views import PlacementView
from stagedesk.ui.case_commands import CaseContext, Step


def edited_placement(ctx: CaseContext, before: PlacementView, after: PlacementView) -> Step:
    ctx.remember(after)

    def forward() -> None:
        ctx.remember(
            placements.edit_placement(
                ctx.sessions,
                ctx.actor,
                before.id,
                ctx.version(before.id),
                start=after.start,
                end=after.end,
                hours_per_week=after.hours_per_week,
                praktijkopleider_id=after.praktijkopleider_id,
                today=ctx.today(),
            )
        )

    def backward() -> None:
        ctx.remember(
            placements.restore_placement(
                ctx.sessions, ctx.actor, before, ctx.version(before.id), today=ctx.today()
            )
        )

    return Step(
        QCoreApplication.translate("case_commands", "plaatsing wijzigen"), forward, backward
    )


def deleted_application(ctx: CaseContext, before: ApplicationView) -> Step:
    ctx.forget(before.id)

    def forward() -> None:
        applications.delete_application(
            ctx.sessions, ctx.actor, before.id, ctx.version(before.id), today=ctx.today()
        )
        ctx.forget(before.id)

    def backward() -> None:
        ctx.remember(
            applications.restore_application(
                ctx.sessions, ctx.actor, before, None, today=ctx.today()
            )
        )

    return Step(
        QCoreApplication.translate("case_commands", "sollicitatie verwijderen"), forward, backward
    )


def deleted_placement(ctx: CaseContext, before: PlacementView) -> Step:
    ctx.forget(before.id)

    def forward() -> None:
        placements.delete_placement(
            ctx.sessions, ctx.actor, before.id, ctx.version(before.id), today=ctx.today()
        )
        ctx.forget(before.id)

    def backward() -> None:
        ctx.remember(
            placements.restore_placement(ctx.sessions, ctx.actor, before, None, today=ctx.today())
        )

    return Step(
        QCoreApplication.translate("case_commands", "plaatsing verwijderen"), forward, backward
    )
