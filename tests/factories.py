"""Builders for service tests: a small office with known staff, programmes and companies.

``build_world`` gives a store (on any backend) holding a BOL and a BBL programme, a
coordinator, two mentors, a meldpunt officer, and companies recognised, not recognised and
with a revoked recognition; ``World.student`` adds students as a test needs them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from itertools import count
from pathlib import Path
from typing import Any

from stagedesk.domain import names
from stagedesk.domain.enums import Leerweg, SearchStatus, Sector, StaffRole
from stagedesk.services import case_status
from stagedesk.services.actor import SYSTEM, Actor
from stagedesk.services.office import Office
from stagedesk.services.settings import SchoolSettings, load_settings, save_settings
from stagedesk.store.companies import Company, ContactPerson, Recognition
from stagedesk.store.programmes import Programme
from stagedesk.store.staff import StaffMember, StaffRoleGrant
from stagedesk.store.students import Student

TODAY = date(2026, 11, 25)
BOL_CREBO = "25655"
BBL_CREBO = "25604"
RECOGNISED_SINCE = date(2020, 1, 1)
REVOKED_ON = date(2026, 6, 1)

_numbers = count(100_001)


@dataclass
class World:
    office: Office
    coordinator: Actor
    mentor: Actor
    other_mentor: Actor
    meldpunt: Actor
    bol: uuid.UUID  # programme Verzorgende-IG, niveau 3, BOL (crebo 25655)
    bbl: uuid.UUID  # programme Software developer, niveau 4, BBL (crebo 25604)
    company: uuid.UUID  # Zorggroep Óost, recognised for both crebos since 2020
    praktijkopleider: uuid.UUID  # at ``company``
    colleague: uuid.UUID  # another contact at ``company``, not the praktijkopleider
    other_company: uuid.UUID  # Bytes & Co, recognised for both crebos, with a praktijkopleider
    unrecognised: uuid.UUID  # Bakkerij De Korenaar: no recognition at all
    revoked: uuid.UUID  # Thuiszorg Noord: recognition for 25655 revoked on REVOKED_ON

    @property
    def sessions(self) -> Any:
        return self.office.sessions

    def student(
        self,
        *,
        programme: uuid.UUID | None = None,
        born: date = date(2005, 3, 1),
        mentor: Actor | None = None,
        enrolled_on: date = date(2025, 8, 25),
        given: str = "Zoë",
        tussenvoegsel: str | None = "van der",
        surname: str = "Berg",
        guardian: str | None = None,
        extra_support: bool = False,
    ) -> uuid.UUID:
        """A student enrolled in ``programme`` (BOL by default), mentored by ``mentor``."""
        number = str(next(_numbers))
        mentor_id = (mentor or self.mentor).staff_id
        with self.sessions.begin() as s:
            student = Student(
                student_number=number,
                given_name=given,
                tussenvoegsel=tussenvoegsel,
                surname=surname,
                date_of_birth=born,
                programme_id=programme or self.bol,
                cohort=enrolled_on.year,
                class_group="2A",
                enrolled_on=enrolled_on,
                mentor_id=mentor_id,
                extra_support=extra_support,
                guardian_name=guardian,
                search_status=SearchStatus.NOT_STARTED,
                search_status_since=enrolled_on,
                sort_key=names.sort_key(surname, given, tussenvoegsel),
                search_text=names.search_text(given, tussenvoegsel, surname, number),
            )
            s.add(student)
            s.flush()
            case_status.recompute(s, student.id, TODAY)
            return student.id

    def settings(self, **changes: Any) -> SchoolSettings:
        """Change school settings for this test (as the system user: an admin)."""
        settings = replace(load_settings(self.sessions), **changes)
        save_settings(self.sessions, SYSTEM, settings)
        return settings


def _staff(s: Any, name: str, *roles: StaffRole) -> Actor:
    member = StaffMember(name=name, initials=name[:2].upper())
    member.roles = [StaffRoleGrant(role=role) for role in roles]
    s.add(member)
    s.flush()
    return Actor(member.id, name, frozenset(roles))


def _company(
    s: Any,
    name: str,
    kvk: str,
    recognitions: list[tuple[str, date, date | None]],
    city: str = "Utrecht",
) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """A company with its recognitions, a praktijkopleider and a colleague."""
    company = Company(name=name, kvk_number=kvk, city=city, capacity=3)
    s.add(company)
    s.flush()
    for crebo, since, revoked in recognitions:
        s.add(
            Recognition(company_id=company.id, crebo=crebo, recognised_on=since, revoked_on=revoked)
        )
    opleider = ContactPerson(
        company_id=company.id, name=f"Opleider {name}", is_praktijkopleider=True
    )
    colleague = ContactPerson(company_id=company.id, name=f"Collega {name}", function="HR")
    s.add_all([opleider, colleague])
    s.flush()
    return company.id, opleider.id, colleague.id


def build_world(location: str | Path) -> World:
    """A fresh office at ``location`` (SQLite path or PostgreSQL URL); the caller closes it."""
    office = Office.open(location)
    both = [(BOL_CREBO, RECOGNISED_SINCE, None), (BBL_CREBO, RECOGNISED_SINCE, None)]
    with office.sessions.begin() as s:
        bol = Programme(
            crebo=BOL_CREBO,
            name="Verzorgende-IG",
            niveau=3,
            leerweg=Leerweg.BOL,
            sector=Sector.ZORG,
        )
        bbl = Programme(
            crebo=BBL_CREBO,
            name="Software developer",
            niveau=4,
            leerweg=Leerweg.BBL,
            sector=Sector.ICT,
        )
        s.add_all([bol, bbl])
        coordinator = _staff(s, "Carla Coördinator", StaffRole.COORDINATOR)
        mentor = _staff(s, "Fatima el Amrani", StaffRole.MENTOR)
        other_mentor = _staff(s, "Joost de Wit", StaffRole.MENTOR)
        meldpunt = _staff(s, "Mila Meldpunt", StaffRole.MELDPUNT)
        company, opleider, colleague = _company(s, "Zorggroep Óost", "12345678", both)
        other, _, _ = _company(s, "Bytes & Co", "87654321", both, city="Amersfoort")
        unrecognised, _, _ = _company(s, "Bakkerij De Korenaar", "11223344", [], city="Zeist")
        revoked, _, _ = _company(
            s, "Thuiszorg Noord", "44332211", [(BOL_CREBO, RECOGNISED_SINCE, REVOKED_ON)]
        )
        s.flush()
        bol_id, bbl_id = bol.id, bbl.id
    return World(
        office=office,
        coordinator=coordinator,
        mentor=mentor,
        other_mentor=other_mentor,
        meldpunt=meldpunt,
        bol=bol_id,
        bbl=bbl_id,
        company=company,
        praktijkopleider=opleider,
        colleague=colleague,
        other_company=other,
        unrecognised=unrecognised,
        revoked=revoked,
    )


# -- case steps through the services ---------------------------------------------------------


def accepted(
    world: World,
    student: uuid.UUID,
    *,
    company: uuid.UUID | None = None,
    sent_on: date = date(2026, 10, 1),
    offered_on: date = date(2026, 11, 1),
    accepted_on: date = date(2026, 11, 2),
) -> Any:
    """An application sent, offered and accepted; returns the StatusChange of accepting."""
    from stagedesk.domain.enums import ApplicationChannel, ApplicationStatus
    from stagedesk.services.applications import add_application, change_status

    sessions, actor = world.sessions, world.coordinator
    app = add_application(
        sessions,
        actor,
        student,
        company or world.company,
        ApplicationChannel.STAGEMARKT,
        status=ApplicationStatus.SENT,
        sent_on=sent_on,
        today=TODAY,
    )
    offered = change_status(
        sessions, actor, app.id, app.version, ApplicationStatus.OFFERED, offered_on, today=TODAY
    )
    app = offered.application
    return change_status(
        sessions, actor, app.id, app.version, ApplicationStatus.ACCEPTED, accepted_on, today=TODAY
    )


def placed(
    world: World,
    student: uuid.UUID,
    start: date,
    end: date,
    *,
    company: uuid.UUID | None = None,
    hours: int = 32,
    today: date = TODAY,
    **extra: Any,
) -> Any:
    """A placement created by the coordinator (allowance at the norm unless ``extra`` says)."""
    from stagedesk.domain.enums import AllowanceKind
    from stagedesk.services.placements import create_placement

    extra.setdefault("allowance_kind", AllowanceKind.ALLOWANCE)
    extra.setdefault("allowance_cents_per_month", 30_000)
    return create_placement(
        world.sessions,
        world.coordinator,
        student,
        company or world.company,
        start,
        end,
        hours,
        today=today,
        **extra,
    )


def signed(
    world: World, view: Any, on: date, parties: tuple[str, ...], *, today: date = TODAY
) -> Any:
    """Send the POK on ``on`` (if it is a draft) and record ``parties``' signatures on ``on``."""
    from stagedesk.domain.enums import PokStatus
    from stagedesk.services.placements import send_pok, sign_pok

    sessions, actor = world.sessions, world.coordinator
    if view.pok.status is PokStatus.DRAFT:
        view = send_pok(sessions, actor, view.id, view.version, on, today=today)
    for party in parties:
        view = sign_pok(sessions, actor, view.id, view.version, party, on, today=today)
    return view
