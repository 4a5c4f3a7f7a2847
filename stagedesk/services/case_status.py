"""Keep a student's derived columns true: search status and since, current company, the current
round's rejections, search text.

Every service that changes a case (applications, placements, POK, stopping) calls
``recompute`` inside its own transaction, after its change; the rules themselves are the
domain's (domain.search_status, domain.search_round). Reads that must show the status as it
holds today, not as last stored, use ``derived_on``. The demo generator maps rows to facts the
same way.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.domain import names
from stagedesk.domain.enums import PokStatus, SearchStatus
from stagedesk.domain.errors import NotFound
from stagedesk.domain.search_round import rejections_this_round
from stagedesk.domain.search_status import (
    ApplicationFact,
    CaseFacts,
    PlacementFact,
    current_company,
    derive_search_status,
)
from stagedesk.store.placements import Application, Placement
from stagedesk.store.students import Student


def application_fact(app: Application) -> ApplicationFact:
    return ApplicationFact(
        app.status, app.created_on, app.status_changed_on, id=app.id, company_id=app.company_id
    )


def placement_fact(placement: Placement) -> PlacementFact:
    return PlacementFact(
        start=placement.start_date,
        end=placement.end_date,
        pok_complete=placement.pok_status is PokStatus.COMPLETE,
        pok_completed_on=placement.pok_completed_on,
        created_on=placement.created_at.date(),
        ended_early_on=placement.ended_early_on,
        company_id=placement.company_id,
        application_id=placement.application_id,
    )


def case_facts(session: Session, student: Student) -> CaseFacts:
    applications = session.execute(
        select(Application).where(Application.student_id == student.id)
    ).scalars()
    placements = session.execute(
        select(Placement).where(Placement.student_id == student.id)
    ).scalars()
    return CaseFacts(
        enrolled_on=student.enrolled_on,
        applications=tuple(application_fact(a) for a in applications),
        placements=tuple(placement_fact(p) for p in placements),
        search_started_on=student.search_started_on,
        stopped_on=student.stopped_on,
    )


class Derived(NamedTuple):
    """A student's derived columns as they hold on one day."""

    status: SearchStatus
    since: date
    company_id: uuid.UUID | None
    rejections: int  # in the current search round
    last_rejected_on: date | None


def derive(facts: CaseFacts, today: date) -> Derived:
    status, since = derive_search_status(facts, today)
    company = current_company(facts, today)
    rejections, last_on = rejections_this_round(facts, today)
    return Derived(
        status, since, company if isinstance(company, uuid.UUID) else None, rejections, last_on
    )


def derived_on(session: Session, student: Student, today: date) -> Derived:
    """The student's derived columns as they hold on ``today``, without storing them: a read
    shows what the calendar changed (a start date passed: in bpv) before a write stores it."""
    return derive(case_facts(session, student), today)


def recompute(session: Session, student_id: uuid.UUID, today: date) -> tuple[SearchStatus, date]:
    """Derive the student's status again and store what changed (in the caller's transaction)."""
    student = session.get(Student, student_id)
    if student is None:
        raise NotFound(f"no student {student_id}")
    session.flush()  # the caller's changes must be part of the facts
    now = derived_on(session, student, today)
    if student.search_status is not now.status or student.search_status_since != now.since:
        student.search_status, student.search_status_since = now.status, now.since
    if student.current_company_id != now.company_id:
        student.current_company_id = now.company_id
    if (
        student.rejections_this_round != now.rejections
        or student.last_rejected_on != now.last_rejected_on
    ):
        student.rejections_this_round = now.rejections
        student.last_rejected_on = now.last_rejected_on
    return now.status, now.since


def refresh_name_columns(student: Student) -> None:
    """Sort key and search text after a name, number or class change."""
    student.sort_key = names.sort_key(student.surname, student.given_name, student.tussenvoegsel)
    extra = (student.class_group,) if student.class_group else ()
    student.search_text = names.search_text(
        student.given_name, student.tussenvoegsel, student.surname, student.student_number, *extra
    )
