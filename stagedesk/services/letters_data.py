"""What a letter can say about a student: the facts read from the store, as placeholder values.

``student_facts`` reads everything for many students in a few queries (one read transaction
is the caller's); ``values_for`` turns one student's facts into the placeholder values of one
recipient. The company of a letter is the one of the student's latest placement (not broken
off), else of the student's current application (``Student.current_company_id``).

The store keeps no postal address for students or guardians (least data, AVG), so a letter
to a student or guardian is addressed by name with the student number and, when known, the
e-mail address it goes to; the office hands it out or mails it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.domain import names
from stagedesk.domain.dates import bbl_deadline, format_date_long, is_minor, school_year_label
from stagedesk.domain.enums import AllowanceKind, Leerweg
from stagedesk.pdf.templates import RecipientKind
from stagedesk.services.letters_breakoff import (
    BREAKOFF_VALUES,
    BrokenOff,
    breakoff_values,
    latest_breakoffs,
)
from stagedesk.services.settings import SchoolSettings
from stagedesk.store.companies import Company, ContactPerson
from stagedesk.store.placements import Placement
from stagedesk.store.programmes import Programme
from stagedesk.store.staff import StaffMember
from stagedesk.store.students import Student

# Placeholders a template may use; "melding.*" come from the caller (the meldpunt's data).
CALLER_VALUES = ("melding.datum", "melding.behandelaar")
PLACEHOLDERS = frozenset(
    {
        "datum",
        "schooljaar",
        "aanhef",
        "ontvanger.naam",
        "student.naam",
        "student.voornaam",
        "student.nummer",
        "student.email",
        "student.geboortedatum",
        "student.klas",
        "student.cohort",
        "opleiding.naam",
        "opleiding.crebo",
        "opleiding.niveau",
        "opleiding.leerweg",
        "mentor.naam",
        "mentor.email",
        "mentor.telefoon",
        "bedrijf.naam",
        "bedrijf.adres",
        "bedrijf.postcode",
        "bedrijf.plaats",
        "bedrijf.contactpersoon",
        "plaatsing.begindatum",
        "plaatsing.einddatum",
        "plaatsing.uren_per_week",
        "plaatsing.totaal_uren",
        "plaatsing.vergoeding",
        "pok.verzonden",
        "bbl.deadline",
        "school.naam",
        "school.telefoon",
        "school.email",
        "school.website",
        "ondertekenaar.naam",
        "ondertekenaar.functie",
        *BREAKOFF_VALUES,
        *CALLER_VALUES,
    }
)

_CHUNK = 500  # ids per IN (...) list: well below every backend's parameter limit


@dataclass(frozen=True, slots=True)
class StudentFacts:
    """One student with programme, mentor, company and placement: plain values only."""

    student_id: uuid.UUID
    number: str
    name: str
    given_name: str
    email: str | None
    date_of_birth: date
    guardian_name: str | None
    guardian_email: str | None
    class_group: str | None
    cohort: int
    programme_name: str
    crebo: str
    niveau: int
    leerweg: Leerweg
    mentor_name: str | None
    mentor_email: str | None
    mentor_phone: str | None
    company_id: uuid.UUID | None
    company_name: str | None
    company_address: str | None
    company_postcode: str | None
    company_city: str | None
    praktijkopleider: str | None
    placement_id: uuid.UUID | None
    start: date | None
    end: date | None
    hours_per_week: int | None
    total_hours: int | None
    allowance_kind: AllowanceKind | None
    allowance_cents: int | None
    pok_sent_on: date | None
    breakoff: BrokenOff | None = None  # the latest

    def minor_on(self, day: date) -> bool:
        return is_minor(self.date_of_birth, day)


def _chunks(ids: Sequence[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def student_facts(
    session: Session, student_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, StudentFacts]:
    """The facts of ``student_ids`` (unknown ids are left out), in a handful of queries."""
    students: dict[uuid.UUID, tuple[Student, Programme, StaffMember | None]] = {}
    for chunk in _chunks(student_ids):
        rows = session.execute(
            select(Student, Programme, StaffMember)
            .join(Programme, Programme.id == Student.programme_id)
            .outerjoin(StaffMember, StaffMember.id == Student.mentor_id)
            .where(Student.id.in_(chunk))
        ).all()
        for student, programme, staff in rows:
            students[student.id] = (student, programme, staff)
    placements = _latest_placements(session, list(students))
    company_ids = {p.company_id for p in placements.values()}
    company_ids |= {s.current_company_id for s, _, _ in students.values() if s.current_company_id}
    companies = _companies(session, sorted(company_ids, key=str))
    opleiders = _contacts(session, {p.praktijkopleider_id for p in placements.values()})
    breakoffs = latest_breakoffs(session, list(students), _CHUNK)
    facts = {}
    for student_id, (s, programme, mentor) in students.items():
        placement = placements.get(student_id)
        company_id = placement.company_id if placement else s.current_company_id
        company = companies.get(company_id) if company_id else None
        opleider = None
        if placement is not None and placement.praktijkopleider_id is not None:
            opleider = opleiders.get(placement.praktijkopleider_id)
        if opleider is None and company is not None:
            opleider = company[1]
        facts[student_id] = StudentFacts(
            student_id=student_id,
            number=s.student_number,
            name=names.display_name(s.given_name, s.tussenvoegsel, s.surname),
            given_name=s.given_name,
            email=s.email,
            date_of_birth=s.date_of_birth,
            guardian_name=s.guardian_name,
            guardian_email=s.guardian_email,
            class_group=s.class_group,
            cohort=s.cohort,
            programme_name=programme.name,
            crebo=programme.crebo,
            niveau=programme.niveau,
            leerweg=programme.leerweg,
            mentor_name=mentor.name if mentor else None,
            mentor_email=mentor.email if mentor else None,
            mentor_phone=mentor.phone if mentor else None,
            company_id=company_id,
            company_name=company[0].name if company else None,
            company_address=company[0].address if company else None,
            company_postcode=company[0].postcode if company else None,
            company_city=company[0].city if company else None,
            praktijkopleider=opleider,
            placement_id=placement.id if placement else None,
            start=placement.start_date if placement else None,
            end=placement.end_date if placement else None,
            hours_per_week=placement.hours_per_week if placement else None,
            total_hours=placement.total_hours if placement else None,
            allowance_kind=placement.allowance_kind if placement else None,
            allowance_cents=placement.allowance_cents_per_month if placement else None,
            pok_sent_on=placement.pok_sent_on if placement else None,
            breakoff=breakoffs.get(student_id),
        )
    return facts


def _latest_placements(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, Placement]:
    """Per student the placement that starts last, preferring ones not broken off."""
    latest: dict[uuid.UUID, Placement] = {}
    for chunk in _chunks(ids):
        rows = session.execute(select(Placement).where(Placement.student_id.in_(chunk))).scalars()
        for p in rows:
            best = latest.get(p.student_id)
            if best is None or _rank(p) > _rank(best):
                latest[p.student_id] = p
    return latest


def _rank(p: Placement) -> tuple[bool, date]:
    return (p.ended_early_on is None, p.start_date)


def _companies(
    session: Session, ids: list[uuid.UUID]
) -> dict[uuid.UUID, tuple[Company, str | None]]:
    """Companies with the name of their (first) praktijkopleider."""
    found: dict[uuid.UUID, tuple[Company, str | None]] = {}
    for chunk in _chunks(ids):
        for company in session.execute(select(Company).where(Company.id.in_(chunk))).scalars():
            found[company.id] = (company, None)
        rows = session.execute(
            select(ContactPerson.company_id, ContactPerson.name)
            .where(ContactPerson.company_id.in_(chunk), ContactPerson.is_praktijkopleider)
            .order_by(ContactPerson.name)
        ).all()
        for company_id, name in rows:
            company, first = found[company_id]
            if first is None:
                found[company_id] = (company, name)
    return found


def _contacts(session: Session, ids: set[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = sorted((i for i in ids if i is not None), key=str)
    found: dict[uuid.UUID, str] = {}
    for chunk in _chunks(wanted):
        rows = session.execute(
            select(ContactPerson.id, ContactPerson.name).where(ContactPerson.id.in_(chunk))
        ).all()
        found.update({contact_id: name for contact_id, name in rows})
    return found


def euro(cents: int) -> str:
    """Euro cents as a Dutch letter writes them: ``"€ 1.250,00"``."""
    whole, rest = divmod(cents, 100)
    return f"€ {whole:,}".replace(",", ".") + f",{rest:02d}"


def _allowance(f: StudentFacts) -> str | None:
    if f.allowance_kind is AllowanceKind.WAGE:
        return "loon volgens de arbeidsovereenkomst"
    if f.allowance_kind is AllowanceKind.ALLOWANCE and f.allowance_cents:
        return f"{euro(f.allowance_cents)} per maand"
    return None


def _long(d: date | None) -> str | None:
    return format_date_long(d) if d is not None else None


def _text(n: int | None) -> str | None:
    return str(n) if n is not None else None


def recipient_lines(
    f: StudentFacts, kind: RecipientKind, settings: SchoolSettings
) -> tuple[str, ...]:
    """The address block of a letter to ``kind`` about ``f``."""
    if kind is RecipientKind.STUDENT:
        lines = [f.name, f"studentnummer {f.number}"]
        if f.email:
            lines.append(f"per e-mail: {f.email}")
        return tuple(lines)
    if kind is RecipientKind.GUARDIAN:
        if f.guardian_name:
            lines = [f.guardian_name, f"ouder/verzorger van {f.name}"]
        else:
            lines = ["Aan de ouder/verzorger van", f.name]
        lines.append(f"studentnummer {f.number}")
        if f.guardian_email:
            lines.append(f"per e-mail: {f.guardian_email}")
        return tuple(lines)
    if kind is RecipientKind.COMPANY:
        lines = [f.company_name or ""]
        if f.praktijkopleider:
            lines.append(f"t.a.v. {f.praktijkopleider}")
        if f.company_address:
            lines.append(f.company_address)
        place = "  ".join(p for p in (f.company_postcode, (f.company_city or "").upper()) if p)
        if place:
            lines.append(place)
        return tuple(lines)
    return tuple(line for line in settings.sbb_address.splitlines() if line.strip())


def recipient_name(f: StudentFacts, kind: RecipientKind, settings: SchoolSettings) -> str:
    """Who the letter is to, as the letter register keeps it (at most 200 characters)."""
    if kind is RecipientKind.STUDENT:
        name = f.name
    elif kind is RecipientKind.GUARDIAN:
        name = f.guardian_name or f"ouder/verzorger van {f.name}"
    elif kind is RecipientKind.COMPANY:
        name = f.company_name or ""
    else:
        name = recipient_lines(f, kind, settings)[0] if settings.sbb_address.strip() else "SBB"
    return name[:200]


def _salutation(f: StudentFacts, kind: RecipientKind) -> str:
    if kind is RecipientKind.STUDENT:
        return f"Beste {f.given_name}"
    if kind is RecipientKind.GUARDIAN:
        return f"Geachte {f.guardian_name or 'ouder/verzorger van ' + f.name}"
    if kind is RecipientKind.COMPANY and f.praktijkopleider:
        return f"Geachte {f.praktijkopleider}"
    return "Geachte heer, mevrouw"


def values_for(
    f: StudentFacts,
    kind: RecipientKind,
    settings: SchoolSettings,
    today: date,
    extra: Mapping[str, str] | None = None,
) -> dict[str, str | None]:
    """The placeholder values of one letter to ``kind`` about ``f`` (None: no value)."""
    values: dict[str, str | None] = {
        "datum": format_date_long(today),
        "schooljaar": school_year_label(today),
        "aanhef": _salutation(f, kind),
        "ontvanger.naam": recipient_name(f, kind, settings),
        "student.naam": f.name,
        "student.voornaam": f.given_name,
        "student.nummer": f.number,
        "student.email": f.email,
        "student.geboortedatum": format_date_long(f.date_of_birth),
        "student.klas": f.class_group,
        "student.cohort": str(f.cohort),
        "opleiding.naam": f.programme_name,
        "opleiding.crebo": f.crebo,
        "opleiding.niveau": str(f.niveau),
        "opleiding.leerweg": f.leerweg.value,
        "mentor.naam": f.mentor_name,
        "mentor.email": f.mentor_email,
        "mentor.telefoon": f.mentor_phone,
        "bedrijf.naam": f.company_name,
        "bedrijf.adres": f.company_address,
        "bedrijf.postcode": f.company_postcode,
        "bedrijf.plaats": f.company_city,
        "bedrijf.contactpersoon": f.praktijkopleider,
        "plaatsing.begindatum": _long(f.start),
        "plaatsing.einddatum": _long(f.end),
        "plaatsing.uren_per_week": _text(f.hours_per_week),
        "plaatsing.totaal_uren": _text(f.total_hours),
        "plaatsing.vergoeding": _allowance(f),
        "pok.verzonden": _long(f.pok_sent_on),
        "bbl.deadline": format_date_long(bbl_deadline(today)),
        "school.naam": settings.school_name,
        "school.telefoon": settings.school_phone or None,
        "school.email": settings.school_email or None,
        "school.website": settings.school_website or None,
        "ondertekenaar.naam": settings.signatory_name,
        "ondertekenaar.functie": settings.signatory_function or None,
    }
    values.update(breakoff_values(f.breakoff))
    values.update({name: None for name in CALLER_VALUES})
    if extra:
        values.update(extra)
    return values
