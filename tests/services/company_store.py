"""A small company register for the service tests: actors, a company input, and a built store."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from stagedesk.domain import names
from stagedesk.domain.enums import (
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
from stagedesk.domain.errors import ValidationError
from stagedesk.services import companies as svc
from stagedesk.services.actor import Actor
from stagedesk.services.companies import CompanyInput, ContactInput
from stagedesk.services.office import Office
from stagedesk.store.placements import Application, Placement
from stagedesk.store.programmes import Programme
from stagedesk.store.staff import StaffMember
from stagedesk.store.students import Student
from stagedesk.store.visits import Visit

TODAY = date(2026, 11, 24)
COORDINATOR = Actor(None, "Carla Coördinator", frozenset({StaffRole.COORDINATOR}))
MENTOR = Actor(None, "Mo Mentor", frozenset({StaffRole.MENTOR}))
MELDPUNT = Actor(None, "Mira Meldpunt", frozenset({StaffRole.MELDPUNT}))

BYTES = CompanyInput(
    name="Bytes & Co",
    kvk_number="8765 4321",
    sbb_id="100200300",
    address="Catharijnesingel 1",
    postcode="3511ab",
    city="Utrecht",
    sector=Sector.ICT,
    capacity=2,
    email="Info@Bytes.NL",
    phone="030-1234567",
)


@dataclass
class Built:
    office: Office
    company: uuid.UUID
    zoe: uuid.UUID
    ijsbrand: uuid.UUID


def fresh_office(tmp_path: Path) -> Iterator[Office]:
    opened = Office.open(tmp_path / "companies.sqlite")
    yield opened
    opened.close()


def _student(programme: Programme, given: str, tv: str | None, surname: str, number: str):
    return Student(
        student_number=number,
        given_name=given,
        tussenvoegsel=tv,
        surname=surname,
        date_of_birth=date(2007, 5, 1),
        programme_id=programme.id,
        cohort=2025,
        enrolled_on=date(2025, 8, 1),
        search_status=SearchStatus.SEARCHING,
        search_status_since=date(2025, 8, 1),
        sort_key=names.sort_key(surname, given, tv),
        search_text=names.search_text(given, tv, surname, number),
    )


def build(office: Office) -> Built:
    """Zorggroep Óost (Amsterdam, zorg) with a current and an ended placement, an open and a
    rejected application, two visits and two recognitions (one revoked)."""
    company = svc.create_company(
        office.sessions,
        COORDINATOR,
        CompanyInput(
            name="Zorggroep Óost",
            kvk_number="12345678",
            postcode="1011 AB",
            city="Amsterdam",
            sector=Sector.ZORG,
            capacity=3,
        ),
    )
    svc.add_recognition(office.sessions, COORDINATOR, company.id, "25655", date(2020, 1, 1))
    svc.add_recognition(
        office.sessions, COORDINATOR, company.id, "25251", date(2019, 1, 1), date(2025, 6, 1)
    )
    svc.add_contact(
        office.sessions,
        COORDINATOR,
        company.id,
        ContactInput("Els de Graaf", "Praktijkopleider", is_praktijkopleider=True),
    )
    with office.sessions.begin() as s:
        programme = Programme(
            crebo="25655", name="Verzorgende-IG", niveau=3, leerweg=Leerweg.BOL, sector=Sector.ZORG
        )
        mentor = StaffMember(name="Fatima el Amrani", initials="FA")
        s.add_all([programme, mentor])
        s.flush()
        zoe = _student(programme, "Zoë", "van der", "Berg", "100001")
        ijsbrand = _student(programme, "IJsbrand", "de", "Vries", "100003")
        anna = _student(programme, "Anna", None, "Bakker", "100004")
        s.add_all([zoe, ijsbrand, anna])
        s.flush()
        for student, status, day in (
            (zoe, ApplicationStatus.INVITED, date(2026, 11, 1)),
            (anna, ApplicationStatus.REJECTED, date(2026, 10, 1)),
        ):
            s.add(
                Application(
                    student_id=student.id,
                    company_id=company.id,
                    channel=ApplicationChannel.STAGEMARKT,
                    status=status,
                    created_on=date(2026, 9, 1),
                    status_changed_on=day,
                )
            )
        current = Placement(
            student_id=ijsbrand.id,
            company_id=company.id,
            start_date=date(2026, 9, 1),
            end_date=date(2027, 1, 29),
            hours_per_week=32,
            total_hours=640,
            pok_status=PokStatus.COMPLETE,
        )
        ended = Placement(
            student_id=anna.id,
            company_id=company.id,
            start_date=date(2025, 9, 1),
            end_date=date(2026, 1, 30),
            hours_per_week=24,
            total_hours=480,
            pok_status=PokStatus.COMPLETE,
        )
        s.add_all([current, ended])
        s.flush()
        s.add_all(
            [
                Visit(
                    placement_id=current.id,
                    mentor_id=mentor.id,
                    visit_type=VisitType.START,
                    status=VisitStatus.HELD,
                    planned_on=date(2026, 9, 8),
                    held_on=date(2026, 9, 10),
                ),
                Visit(
                    placement_id=current.id,
                    visit_type=VisitType.MIDTERM,
                    status=VisitStatus.PLANNED,
                    planned_on=date(2026, 12, 1),
                ),
            ]
        )
        zoe_id, ijsbrand_id = zoe.id, ijsbrand.id
    return Built(office, company.id, zoe_id, ijsbrand_id)


def refused(call, field: str) -> str:
    with pytest.raises(ValidationError) as caught:
        call()
    assert caught.value.field == field
    return caught.value.message
