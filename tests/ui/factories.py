"""Small stores with known students, applications and placements, for the window's tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from stagedesk.domain import names
from stagedesk.domain.enums import (
    ApplicationChannel,
    ApplicationStatus,
    Leerweg,
    PokStatus,
    RejectionReason,
    SearchStatus,
    Sector,
    StaffRole,
)
from stagedesk.store.companies import Company
from stagedesk.store.opening import open_store
from stagedesk.store.placements import Application, Placement
from stagedesk.store.programmes import Programme
from stagedesk.store.staff import StaffMember, StaffRoleGrant
from stagedesk.store.students import Student

TODAY = date(2026, 11, 24)


@dataclass(frozen=True)
class Known:
    """A student the tests look for: (given, tussenvoegsel, surname, number, ...)."""

    given: str
    tussenvoegsel: str | None
    surname: str
    number: str
    programme: int  # index into PROGRAMMES
    status: SearchStatus
    since: date
    company: int | None  # index into COMPANIES
    born: date = date(2006, 3, 1)
    class_group: str = "2A"


PROGRAMMES = [
    ("25655", "Verzorgende-IG", 3, Leerweg.BOL, Sector.ZORG),
    ("25604", "Software developer", 4, Leerweg.BBL, Sector.ICT),
    ("25251", "Entree: Assistent dienstverlening en zorg", 1, Leerweg.BOL, Sector.ZORG),
]
COMPANIES = ["Zorggroep Óost", "Bytes & Co", "Bakkerij De Korenaar"]
MENTORS = ["Fatima el Amrani", "Joost de Wit"]

KNOWN = [
    Known("Zoë", "van der", "Berg", "100001", 0, SearchStatus.SEARCHING, date(2026, 9, 11), None),
    Known("Şükrü", None, "Yılmaz", "100002", 1, SearchStatus.APPLYING, date(2026, 10, 1), 1),
    Known("IJsbrand", "de", "Vries", "100003", 0, SearchStatus.IN_BPV, date(2026, 9, 1), 0,
          born=date(2009, 12, 5)),
    Known("Anna", None, "Bakker", "100004", 1, SearchStatus.SEARCHING, date(2026, 11, 1), None),
    Known("Jan", "'t", "Hart", "100005", 2, SearchStatus.PLACED, date(2026, 11, 20), 2),
    Known("Bart", "van", "Aalst", "100006", 2, SearchStatus.NOT_STARTED, date(2026, 8, 1), None),
]  # fmt: skip


def build_store(path: Path, *, filler: int = 0) -> str:
    """A SQLite store with the KNOWN students (and ``filler`` more); returns its location.

    IJsbrand de Vries (100003) is a minor in his bpv at Zorggroep Óost with a complete POK,
    ended early; Şükrü Yılmaz (100002) has two applications, one rejected.
    """
    store = open_store(path)
    try:
        with store.sessions.begin() as s:
            programmes = [
                Programme(crebo=c, name=n, niveau=lvl, leerweg=lw, sector=sec)
                for c, n, lvl, lw, sec in PROGRAMMES
            ]
            mentors = []
            for name in MENTORS:
                mentor = StaffMember(name=name, initials=name[:2].upper())
                mentor.roles = [StaffRoleGrant(role=StaffRole.MENTOR)]
                mentors.append(mentor)
            companies = [
                Company(name=name, kvk_number=f"1234567{n}", capacity=3)
                for n, name in enumerate(COMPANIES)
            ]
            s.add_all([*programmes, *mentors, *companies])
            s.flush()
            students = {}
            for k in KNOWN:
                students[k.number] = _student(
                    k, programmes[k.programme], mentors[0], companies, k.company
                )
            for n in range(filler):
                k = Known(
                    f"Student{n:05d}", None, f"Vuller{n:05d}", f"2{n:05d}", n % 3,
                    list(SearchStatus)[n % len(SearchStatus)], date(2026, 9, 1), None,
                    class_group=f"{n % 4 + 1}B",
                )  # fmt: skip
                students[k.number] = _student(k, programmes[k.programme], mentors[1], companies)
            s.add_all(students.values())
            s.flush()
            yilmaz, vries = students["100002"], students["100003"]
            s.add_all(
                [
                    _application(yilmaz, companies[2], ApplicationStatus.REJECTED, 10),
                    _application(yilmaz, companies[1], ApplicationStatus.INVITED, 20),
                    _application(vries, companies[0], ApplicationStatus.ACCEPTED, 1),
                ]
            )
            s.add(
                Placement(
                    student_id=vries.id,
                    company_id=companies[0].id,
                    start_date=date(2026, 9, 1),
                    end_date=date(2027, 1, 29),
                    hours_per_week=32,
                    total_hours=640,
                    ended_early_on=date(2026, 11, 13),
                    pok_status=PokStatus.COMPLETE,
                )
            )
    finally:
        store.close()
    return str(path)


def _student(
    k: Known,
    programme: Programme,
    mentor: StaffMember,
    companies: list[Company],
    company: int | None = None,
) -> Student:
    return Student(
        student_number=k.number,
        given_name=k.given,
        tussenvoegsel=k.tussenvoegsel,
        surname=k.surname,
        date_of_birth=k.born,
        programme_id=programme.id,
        cohort=2025,
        class_group=k.class_group,
        enrolled_on=date(2025, 8, 1),
        mentor_id=mentor.id,
        extra_support=k.number == "100001",
        search_status=k.status,
        search_status_since=k.since,
        current_company_id=companies[company].id if company is not None else None,
        sort_key=names.sort_key(k.surname, k.given, k.tussenvoegsel),
        search_text=names.search_text(
            k.given, k.tussenvoegsel, k.surname, k.number, programme.name, programme.crebo
        ),
    )


def _application(
    student: Student, company: Company, status: ApplicationStatus, day: int
) -> Application:
    on = date(2026, 10, day)
    return Application(
        student_id=student.id,
        company_id=company.id,
        channel=ApplicationChannel.STAGEMARKT,
        status=status,
        created_on=on - timedelta(days=7),
        sent_on=on - timedelta(days=7),
        status_changed_on=on,
        rejection_reason=RejectionReason.NO_CAPACITY
        if status is ApplicationStatus.REJECTED
        else None,
    )


def add_student(
    location: str, given: str, tussenvoegsel: str | None, surname: str, number: str
) -> None:
    """Add one searching student to an existing store (as another user of the office would)."""
    from sqlalchemy import select

    store = open_store(location, create=False)
    try:
        with store.sessions.begin() as s:
            programme = s.scalars(select(Programme).order_by(Programme.crebo)).first()
            mentor = s.scalars(select(StaffMember).order_by(StaffMember.name)).first()
            assert programme is not None and mentor is not None
            k = Known(given, tussenvoegsel, surname, number, 0, SearchStatus.SEARCHING, TODAY, None)
            s.add(_student(k, programme, mentor, []))
    finally:
        store.close()
