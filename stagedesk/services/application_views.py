"""What an application and its status history look like to the case file.

Views compare by content: ``version`` and the ids of history steps are bookkeeping, so a
restored application equals the snapshot it came from. Steps on one day are ordered by how
far along the pipeline they are (migration 0002 back-filled "sent" and the outcome with one
timestamp).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.domain import applications as machine
from stagedesk.domain.enums import ApplicationChannel, ApplicationStatus, RejectionReason
from stagedesk.services.casework import fetch
from stagedesk.store.companies import Company
from stagedesk.store.notes import ApplicationEvent
from stagedesk.store.placements import Application, Placement

_S = ApplicationStatus


@dataclass(frozen=True)
class ApplicationStep:
    """One status the application reached, on which day, recorded by whom."""

    status: ApplicationStatus
    on: date
    rejection_reason: RejectionReason | None = None
    recorded_by_id: uuid.UUID | None = None
    event_id: uuid.UUID | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ApplicationView:
    id: uuid.UUID
    student_id: uuid.UUID
    company_id: uuid.UUID
    company_name: str
    channel: ApplicationChannel
    status: ApplicationStatus
    created_on: date
    sent_on: date | None
    status_changed_on: date
    rejection_reason: RejectionReason | None
    notes: str | None
    history: tuple[ApplicationStep, ...]  # oldest first
    placement_id: uuid.UUID | None = None  # the placement made from this application
    version: int = field(default=1, compare=False)


def application_views(session: Session, student_id: uuid.UUID) -> list[ApplicationView]:
    """Every application of the student with its history, newest change first (for a case)."""
    rows = session.execute(
        select(Application, Company.name)
        .join(Company, Company.id == Application.company_id)
        .where(Application.student_id == student_id)
        .order_by(Application.status_changed_on.desc(), Application.created_on.desc())
    ).all()
    ids = [app.id for app, _ in rows]
    history: dict[uuid.UUID, list[ApplicationStep]] = {app_id: [] for app_id in ids}
    placed: dict[uuid.UUID, uuid.UUID] = {}
    if ids:
        events = session.execute(
            select(ApplicationEvent).where(ApplicationEvent.application_id.in_(ids))
        ).scalars()
        for event in in_order(events):
            history[event.application_id].append(_step(event))
        placed = {
            app_id: placement_id
            for placement_id, app_id in session.execute(
                select(Placement.id, Placement.application_id).where(
                    Placement.application_id.in_(ids)
                )
            )
            if app_id is not None
        }
    return [_view(app, name, history[app.id], placed.get(app.id)) for app, name in rows]


_RANK = {status: rank for rank, status in enumerate(machine.PIPELINE)} | {
    _S.REJECTED: len(machine.PIPELINE),
    _S.WITHDRAWN: len(machine.PIPELINE),
}


def in_order(events: Iterable[ApplicationEvent]) -> list[ApplicationEvent]:
    return sorted(events, key=lambda e: (e.happened_on, _RANK[e.status], _instant(e.created_at)))


def _instant(stamp: datetime) -> float:
    # SQLite hands timestamps back without a zone (they are stored in UTC).
    return (stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)).timestamp()


def _step(event: ApplicationEvent) -> ApplicationStep:
    return ApplicationStep(
        event.status, event.happened_on, event.rejection_reason, event.recorded_by_id, event.id
    )


def _view(
    app: Application,
    company_name: str,
    history: list[ApplicationStep],
    placement_id: uuid.UUID | None,
) -> ApplicationView:
    return ApplicationView(
        id=app.id,
        student_id=app.student_id,
        company_id=app.company_id,
        company_name=company_name,
        channel=app.channel,
        status=app.status,
        created_on=app.created_on,
        sent_on=app.sent_on,
        status_changed_on=app.status_changed_on,
        rejection_reason=app.rejection_reason,
        notes=app.notes,
        history=tuple(history),
        placement_id=placement_id,
        version=app.version,
    )


def view_of(s: Session, app: Application) -> ApplicationView:
    s.flush()
    company = fetch(s, Company, app.company_id, "company")
    events = in_order(
        s.execute(
            select(ApplicationEvent).where(ApplicationEvent.application_id == app.id)
        ).scalars()
    )
    placement_id = s.scalar(select(Placement.id).where(Placement.application_id == app.id))
    return _view(app, company.name, [_step(e) for e in events], placement_id)
