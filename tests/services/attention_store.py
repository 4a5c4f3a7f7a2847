"""A small office for the attention list and allowance tests: students, placements and visits
written straight into the store, each with exactly the facts a test is about.

The search status and since are set by hand: the attention list reads them as stored, and the
tests want precise boundaries rather than whatever a derivation gives. The current round's
rejections follow the applications and placements written, by the domain's rule on ``TODAY``,
as the services' recompute keeps them.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypeVar

from sqlalchemy.orm import Session

from stagedesk.domain import names
from stagedesk.domain.enums import (
    AllowanceKind,
    ApplicationChannel,
    ApplicationStatus,
    Leerweg,
    PokStatus,
    SearchStatus,
    Sector,
    StaffRole,
    VisitStatus,
    VisitType,
)
from stagedesk.domain.search_round import rejections_this_round
from stagedesk.services.case_status import case_facts
from stagedesk.store.companies import Company
from stagedesk.store.placements import Application, Placement
from stagedesk.store.programmes import Programme
from stagedesk.store.staff import StaffMember, StaffRoleGrant
from stagedesk.store.students import Student
from stagedesk.store.visits import Visit

T = TypeVar("T")

TODAY = date(2026, 11, 24)  # BBL deadline 31-12-2026 is 37 days away
ADULT = date(2004, 5, 1)
MINOR = date(2010, 5, 1)


def days(n: int) -> date:
    """``TODAY`` moved by ``n`` days."""
    return TODAY + timedelta(days=n)


@dataclass
class OfficeBuilder:
    """Adds records to one session; ids are available right after each call (flushed)."""

    session: Session
    _numbers: itertools.count[int] = field(default_factory=lambda: itertools.count(500001))
    _kvk: itertools.count[int] = field(default_factory=lambda: itertools.count(30000001))
    _crebo: itertools.count[int] = field(default_factory=lambda: itertools.count(25001))

    def programme(self, name: str, niveau: int = 3, leerweg: Leerweg = Leerweg.BOL) -> Programme:
        programme = Programme(
            crebo=str(next(self._crebo)),
            name=name,
            niveau=niveau,
            leerweg=leerweg,
            sector=Sector.ZORG,
        )
        return self._add(programme)

    def staff(self, name: str, *roles: StaffRole) -> StaffMember:
        member = StaffMember(name=name, initials=name[:2].upper())
        member.roles = [StaffRoleGrant(role=role) for role in roles]
        return self._add(member)

    def company(self, name: str) -> Company:
        return self._add(Company(name=name, kvk_number=str(next(self._kvk)), capacity=2))

    def student(
        self,
        given: str,
        surname: str,
        programme: Programme,
        status: SearchStatus = SearchStatus.SEARCHING,
        since: date = TODAY,
        *,
        mentor: StaffMember | None = None,
        born: date = ADULT,
        tussenvoegsel: str | None = None,
    ) -> Student:
        number = str(next(self._numbers))
        student = Student(
            student_number=number,
            given_name=given,
            tussenvoegsel=tussenvoegsel,
            surname=surname,
            date_of_birth=born,
            programme_id=programme.id,
            cohort=2025,
            enrolled_on=date(2025, 8, 1),
            mentor_id=mentor.id if mentor else None,
            search_status=status,
            search_status_since=since,
            sort_key=names.sort_key(surname, given, tussenvoegsel),
            search_text=names.search_text(given, tussenvoegsel, surname, number),
        )
        return self._add(student)

    def applications(
        self,
        student: Student,
        company: Company,
        changed_on: date,
        count: int = 1,
        status: ApplicationStatus = ApplicationStatus.REJECTED,
    ) -> None:
        for _ in range(count):
            self._add(
                Application(
                    student_id=student.id,
                    company_id=company.id,
                    channel=ApplicationChannel.STAGEMARKT,
                    status=status,
                    created_on=changed_on - timedelta(days=10),
                    sent_on=changed_on - timedelta(days=10),
                    status_changed_on=changed_on,
                )
            )
        self._count_rejections(student)

    def placement(
        self,
        student: Student,
        company: Company,
        start: date,
        end: date,
        pok: PokStatus = PokStatus.COMPLETE,
        *,
        ended_early_on: date | None = None,
        signed: tuple[str, ...] = (),
        allowance: AllowanceKind = AllowanceKind.ALLOWANCE,
        cents: int | None = 35_000,
        paid: bool = False,
    ) -> Placement:
        signatures = {f"pok_signed_{party}": start - timedelta(days=20) for party in signed}
        placement = Placement(
            student_id=student.id,
            company_id=company.id,
            start_date=start,
            end_date=end,
            hours_per_week=32,
            total_hours=640,
            ended_early_on=ended_early_on,
            pok_status=pok,
            pok_sent_on=None if pok is PokStatus.DRAFT else start - timedelta(days=30),
            allowance_kind=allowance,
            allowance_cents_per_month=cents if allowance is AllowanceKind.ALLOWANCE else None,
            allowance_paid=paid,
            **signatures,
        )
        self._add(placement)
        self._count_rejections(student)
        return placement

    def visit(self, placement: Placement, status: VisitStatus, on: date = TODAY) -> Visit:
        visit = Visit(
            placement_id=placement.id,
            visit_type=VisitType.START,
            status=status,
            planned_on=on,
            held_on=on if status is VisitStatus.HELD else None,
        )
        return self._add(visit)

    def _count_rejections(self, student: Student) -> None:
        facts = case_facts(self.session, student)
        student.rejections_this_round, student.last_rejected_on = rejections_this_round(
            facts, TODAY
        )
        self.session.flush()

    def _add(self, record: T) -> T:
        self.session.add(record)
        self.session.flush()
        return record
