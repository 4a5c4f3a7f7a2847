"""A tiny office with known students, for tests that check exact list results."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from stagedesk.domain import names
from stagedesk.domain.enums import Leerweg, SearchStatus, Sector, StaffRole
from stagedesk.services.office import Office
from stagedesk.store.companies import Company
from stagedesk.store.programmes import Programme
from stagedesk.store.staff import StaffMember, StaffRoleGrant
from stagedesk.store.students import Student

# (given, tussenvoegsel, surname, number, programme index, status, since, company index)
TINY_STUDENTS = [
    ("Zoë", "van der", "Berg", "100001", 0, SearchStatus.SEARCHING, date(2026, 9, 1), None),
    ("Şükrü", None, "Yılmaz", "100002", 1, SearchStatus.APPLYING, date(2026, 10, 1), 0),
    ("IJsbrand", "de", "Vries", "100003", 0, SearchStatus.IN_BPV, date(2026, 8, 20), 1),
    ("Anna", None, "Bakker", "100004", 1, SearchStatus.SEARCHING, date(2026, 11, 1), None),
    ("Jan", "'t", "Hart", "100005", 0, SearchStatus.PLACED, date(2026, 11, 20), 0),
    ("Bart", "van", "Aalst", "100006", 1, SearchStatus.NOT_STARTED, date(2026, 8, 1), None),
]


@pytest.fixture
def tiny_office(tmp_path) -> Iterator[Office]:
    office = Office.open(tmp_path / "tiny.sqlite")
    with office.store.sessions.begin() as s:
        programmes = [
            Programme(
                crebo="25655",
                name="Verzorgende-IG",
                niveau=3,
                leerweg=Leerweg.BOL,
                sector=Sector.ZORG,
            ),
            Programme(
                crebo="25604",
                name="Software developer",
                niveau=4,
                leerweg=Leerweg.BBL,
                sector=Sector.ICT,
            ),
        ]
        mentor = StaffMember(name="Fatima el Amrani", initials="FA")
        mentor.roles = [StaffRoleGrant(role=StaffRole.MENTOR)]
        companies = [
            Company(name="Zorggroep Óost", kvk_number="12345678", capacity=3),
            Company(name="Bytes & Co", kvk_number="87654321", capacity=2),
        ]
        s.add_all([*programmes, mentor, *companies])
        s.flush()
        for given, tv, surname, number, p, status, since, c in TINY_STUDENTS:
            s.add(
                Student(
                    student_number=number,
                    given_name=given,
                    tussenvoegsel=tv,
                    surname=surname,
                    date_of_birth=date(2008, 5, 1),
                    programme_id=programmes[p].id,
                    cohort=2025,
                    enrolled_on=date(2025, 8, 1),
                    mentor_id=mentor.id,
                    search_status=status,
                    search_status_since=since,
                    current_company_id=companies[c].id if c is not None else None,
                    sort_key=names.sort_key(surname, given, tv),
                    search_text=names.search_text(given, tv, surname, number),
                )
            )
    office.directory.reload()
    yield office
    office.close()


@pytest.fixture
def world(tmp_path):
    """A small office (tests/factories.py) in a SQLite store."""
    from tests.factories import build_world

    built = build_world(tmp_path / "world.sqlite")
    yield built
    built.office.close()


@pytest.fixture
def any_world(store_location):
    """The same small office, once per backend (SQLite and PostgreSQL)."""
    from tests.factories import build_world

    built = build_world(store_location)
    yield built
    built.office.close()
