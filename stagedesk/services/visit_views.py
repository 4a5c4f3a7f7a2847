"""What the visit services return: visits as plain views, and a held visit's report with the
checklist version it answered. Reading only; services.visits changes visits.

A view carries what lists, the agenda and the .ics export show: the student, the company and
its address, the mentor, the contact met, and whether the visit is overdue on ``today``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from stagedesk.domain import names
from stagedesk.domain.checklists import Answer, ChecklistItem, VisitConcern
from stagedesk.domain.enums import VisitStatus, VisitType
from stagedesk.domain.visits import (
    AgreedAction,
    ItemAnswer,
    VisitMode,
    decode_actions,
    decode_answers,
    decode_concerns,
    is_overdue,
)
from stagedesk.services.checklists import AnsweredChecklist, answered_checklist, read_checklists
from stagedesk.store.companies import Company, ContactPerson
from stagedesk.store.placements import Placement
from stagedesk.store.staff import StaffMember
from stagedesk.store.students import Student
from stagedesk.store.visits import Visit


@dataclass(frozen=True)
class VisitView:
    id: uuid.UUID
    version: int
    placement_id: uuid.UUID
    student_id: uuid.UUID
    student_number: str
    student_name: str
    company_id: uuid.UUID
    company_name: str
    company_address: str | None  # "Straat 1, 1234 AB Plaats", as far as known
    mentor_id: uuid.UUID | None
    mentor_name: str | None
    visit_type: VisitType
    status: VisitStatus
    planned_on: date | None
    planned_time: time | None
    held_on: date | None
    mode: VisitMode
    contact_id: uuid.UUID | None
    contact_name: str | None
    notes: str | None
    agreed_actions: tuple[AgreedAction, ...]
    concerns: frozenset[VisitConcern]
    concerns_handled_on: date | None
    checklist_id: str | None
    checklist_version: int | None
    overdue: bool  # planned for a day before ``today`` and not held or cancelled

    @property
    def open_concerns(self) -> bool:
        return bool(self.concerns) and self.concerns_handled_on is None


@dataclass(frozen=True)
class AnsweredItem:
    item: ChecklistItem
    answer: Answer | None
    remark: str | None


@dataclass(frozen=True)
class AnsweredSection:
    id: str
    title: str
    items: tuple[AnsweredItem, ...]


@dataclass(frozen=True)
class VisitReport:
    """A visit with its checklist as answered (bezoekverslag).

    ``sections`` are those of the checklist version the answers were given on, with the
    question texts of that version (``exact``), else of the checklist in force with the same
    id and version (the file was edited without raising the version: ``exact`` is False).
    Answers whose checklist cannot be found at all are listed under one section with their
    item ids as text. A planned visit shows the checklist it will be logged against.
    """

    visit: VisitView
    checklist_title: str | None
    exact: bool
    sections: tuple[AnsweredSection, ...]
    next_visit: VisitView | None  # the placement's next planned visit after this one

    @property
    def answers(self) -> dict[str, ItemAnswer]:
        return {
            a.item.id: ItemAnswer(a.answer, a.remark)
            for section in self.sections
            for a in section.items
            if a.answer is not None or a.remark is not None
        }


def format_address(address: str | None, postcode: str | None, city: str | None) -> str | None:
    place = " ".join(part for part in (postcode, city) if part)
    return ", ".join(part for part in (address, place) if part) or None


_mentor = aliased(StaffMember)
_contact = aliased(ContactPerson)


def visit_rows() -> Select[*tuple[Any, ...]]:
    """The columns a view needs; callers add their WHERE and ORDER BY."""
    return (
        select(
            Visit,
            Placement.student_id,
            Student.student_number,
            Student.given_name,
            Student.tussenvoegsel,
            Student.surname,
            Placement.company_id,
            Company.name,
            Company.address,
            Company.postcode,
            Company.city,
            _mentor.name,
            _contact.name,
        )
        .join(Placement, Placement.id == Visit.placement_id)
        .join(Student, Student.id == Placement.student_id)
        .join(Company, Company.id == Placement.company_id)
        .outerjoin(_mentor, _mentor.id == Visit.mentor_id)
        .outerjoin(_contact, _contact.id == Visit.contact_id)
    )


def view_from_row(row: Sequence[Any], today: date) -> VisitView:
    (visit, student_id, number, given, tv, surname, company_id, company, address, postcode,
     city, mentor_name, contact_name) = row  # fmt: skip
    return VisitView(
        id=visit.id,
        version=visit.version,
        placement_id=visit.placement_id,
        student_id=student_id,
        student_number=number,
        student_name=names.display_name(given, tv, surname),
        company_id=company_id,
        company_name=company,
        company_address=format_address(address, postcode, city),
        mentor_id=visit.mentor_id,
        mentor_name=mentor_name,
        visit_type=visit.visit_type,
        status=visit.status,
        planned_on=visit.planned_on,
        planned_time=visit.planned_time,
        held_on=visit.held_on,
        mode=visit.mode,
        contact_id=visit.contact_id,
        contact_name=contact_name,
        notes=visit.notes,
        agreed_actions=decode_actions(visit.agreed_actions),
        concerns=decode_concerns(visit.concerns),
        concerns_handled_on=visit.concerns_handled_on,
        checklist_id=visit.checklist_id,
        checklist_version=visit.checklist_version,
        overdue=is_overdue(
            visit.planned_on,
            visit.status is VisitStatus.HELD,
            visit.status is VisitStatus.CANCELLED,
            today,
        ),
    )


def view_of(session: Session, visit_id: uuid.UUID, today: date) -> VisitView:
    session.flush()
    row = session.execute(visit_rows().where(Visit.id == visit_id)).one()
    return view_from_row(row, today)


def views_where(session: Session, today: date, *conditions: Any) -> tuple[VisitView, ...]:
    """Visits matching ``conditions``, by planned (else held) date, then type."""
    rows = session.execute(
        visit_rows()
        .where(*conditions)
        .order_by(Visit.planned_on, Visit.held_on, Visit.planned_time, Visit.id)
    ).all()
    return tuple(view_from_row(row, today) for row in rows)


def report_of(session: Session, visit: Visit, today: date) -> VisitReport:
    """The visit with its checklist as answered (see VisitReport)."""
    view = view_of(session, visit.id, today)
    digest, answers = decode_answers(visit.answers)
    found = None
    if visit.checklist_id is not None and visit.checklist_version is not None:
        found = answered_checklist(session, visit.checklist_id, visit.checklist_version, digest)
    elif visit.status is VisitStatus.PLANNED:
        current = read_checklists(session).for_type(visit.visit_type)
        if current is not None:
            found = AnsweredChecklist(current, True)
    sections: list[AnsweredSection] = []
    title: str | None = None
    exact = True
    if found is not None:
        title, exact = found.checklist.title, found.exact
        listed: set[str] = set()
        for section in found.checklist.sections:
            items = []
            for item in section.items:
                given = answers.get(item.id, ItemAnswer(None))
                items.append(AnsweredItem(item, given.answer, given.remark))
                listed.add(item.id)
            sections.append(AnsweredSection(section.id, section.title, tuple(items)))
        stray = {k: v for k, v in answers.items() if k not in listed}
    else:
        stray = answers
    if stray:
        exact = False
        items = [AnsweredItem(ChecklistItem(k, k), v.answer, v.remark) for k, v in stray.items()]
        sections.append(AnsweredSection("", "", tuple(items)))
    return VisitReport(view, title, exact, tuple(sections), _next_visit(session, visit, today))


def _next_visit(session: Session, visit: Visit, today: date) -> VisitView | None:
    after = visit.held_on or visit.planned_on
    conditions = [
        Visit.placement_id == visit.placement_id,
        Visit.status == VisitStatus.PLANNED,
        Visit.id != visit.id,
    ]
    if after is not None:
        conditions.append(Visit.planned_on >= after)
    upcoming = views_where(session, today, *conditions)
    return upcoming[0] if upcoming else None
