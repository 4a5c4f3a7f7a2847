"""A student's placement overview: the one page a coordinator hands the company.

It shows the student and programme, the leerbedrijf and praktijkopleider, the bpv period
with hours, allowance and the POK's signatures, the school's supervision (mentor and
visits) and how to reach the office. It leaves out what the company does not need: date of
birth, support needs, notes, applications elsewhere. The overview is registered like a
letter (template ``plaatsingsoverzicht``, to the company), so it shows in the timeline.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain import names, pok
from stagedesk.domain.dates import format_date, format_date_long
from stagedesk.domain.enums import AllowanceKind, PokStatus, VisitStatus
from stagedesk.domain.errors import ValidationError
from stagedesk.pdf.document import write_documents
from stagedesk.pdf.factsheet import Facts, FactSheet, Grid, factsheet_part
from stagedesk.services.actor import Actor
from stagedesk.services.casework import case_student, fetch
from stagedesk.services.letters import PrintResult, letterhead
from stagedesk.services.letters_checklists import VISIT_TYPE_NL
from stagedesk.services.letters_data import euro
from stagedesk.services.letters_register import (
    Entry,
    cleaned_up,
    finish_interrupted,
    new_reference,
    record_files,
    temporary_path,
    written,
)
from stagedesk.services.placement_views import PlacementView, placement_views
from stagedesk.services.settings import SchoolSettings, read_settings
from stagedesk.store.companies import Company, ContactPerson
from stagedesk.store.programmes import Programme
from stagedesk.store.staff import StaffMember
from stagedesk.store.students import Student
from stagedesk.store.visits import Visit

TEMPLATE_ID = "plaatsingsoverzicht"

POK_STATUS_NL = {
    PokStatus.DRAFT: "concept, nog niet verstuurd",
    PokStatus.SENT: "verstuurd, nog niet ondertekend",
    PokStatus.PARTIALLY_SIGNED: "gedeeltelijk ondertekend",
    PokStatus.COMPLETE: "volledig ondertekend",
    PokStatus.CANCELLED: "vervallen",
}
PARTY_NL = {
    pok.STUDENT: "student",
    pok.GUARDIAN: "ouder/verzorger",
    pok.SCHOOL: "school",
    pok.COMPANY: "leerbedrijf",
}
VISIT_STATUS_NL = {
    VisitStatus.PLANNED: "gepland",
    VisitStatus.HELD: "gehouden",
    VisitStatus.CANCELLED: "vervallen",
}


def print_overview(
    sessions: sessionmaker[Session],
    actor: Actor,
    student_id: uuid.UUID,
    out: Path,
    *,
    placement_id: uuid.UUID | None = None,
    today: date | None = None,
) -> PrintResult:
    """The overview of the student's placement (``placement_id``, else the latest) in ``out``."""
    day = today or date.today()
    with sessions.begin() as session:
        student = case_student(session, actor, student_id, "print a placement overview")
        settings = read_settings(session)
        sheet, company_id, company_name = _sheet(session, student, placement_id, settings, day)
    recovered = finish_interrupted(sessions, out.parent).moved if out.parent.is_dir() else ()
    temp = temporary_path(out)
    with cleaned_up([temp]):
        write_documents(temp, [factsheet_part(sheet)], letterhead(settings), title=sheet.title)
    entry = Entry(student_id, company_id, TEMPLATE_ID, company_name, sheet.reference)
    produced = record_files(sessions, actor, [written(temp, out, [entry])])
    return PrintResult(produced, 1, recovered=recovered)


def _sheet(
    session: Session,
    student: Student,
    placement_id: uuid.UUID | None,
    settings: SchoolSettings,
    today: date,
) -> tuple[FactSheet, uuid.UUID, str]:
    views = placement_views(session, student, today)
    name = names.display_name(student.given_name, student.tussenvoegsel, student.surname)
    if placement_id is not None:
        views = [v for v in views if v.id == placement_id]
    live = [v for v in views if v.ended_early_on is None] or views
    if not live:
        raise ValidationError(
            "placement", f"student {student.student_number} ({name}) has no placement"
        )
    p = live[0]
    programme = fetch(session, Programme, student.programme_id, "programme")
    company = fetch(session, Company, p.company_id, "company")
    opleider = session.get(ContactPerson, p.praktijkopleider_id) if p.praktijkopleider_id else None
    if opleider is None:  # none named for the placement: the company's (as letters do)
        opleider = session.execute(
            select(ContactPerson)
            .where(ContactPerson.company_id == company.id, ContactPerson.is_praktijkopleider)
            .order_by(ContactPerson.name)
            .limit(1)
        ).scalar()
    mentor = session.get(StaffMember, student.mentor_id) if student.mentor_id else None
    visits = session.execute(
        select(Visit).where(Visit.placement_id == p.id).order_by(Visit.planned_on, Visit.held_on)
    ).scalars()
    address = ", ".join(
        part
        for part in (company.address, " ".join(x for x in (company.postcode, company.city) if x))
        if part
    )
    blocks = (
        Facts(
            "Student",
            (
                ("Naam", name),
                ("Studentnummer", student.student_number),
                ("Opleiding", f"{programme.name} (crebo {programme.crebo})"),
                ("Niveau en leerweg", f"niveau {programme.niveau}, {programme.leerweg.value}"),
                ("Klas en cohort", _join(student.class_group, str(student.cohort))),
                ("Contact", _join(student.email, student.phone)),
            ),
        ),
        Facts(
            "Leerbedrijf",
            (
                ("Naam", company.name),
                ("Adres", address or None),
                ("KvK-nummer", company.kvk_number),
                ("SBB leerbedrijf-id", company.sbb_id),
                ("Praktijkopleider", _person(opleider)),
            ),
        ),
        Facts("Beroepspraktijkvorming (bpv)", _period(p)),
        Facts(
            "Begeleiding vanuit school",
            (
                ("Bpv-begeleider", _person(mentor)),
                ("Stagebureau", _join(settings.school_phone, settings.school_email)),
            ),
        ),
        Grid(
            "Bezoeken",
            ("Soort", "Gepland", "Gehouden", "Stand"),
            tuple(
                (
                    VISIT_TYPE_NL[v.visit_type],
                    format_date(v.planned_on) if v.planned_on else "",
                    format_date(v.held_on) if v.held_on else "",
                    VISIT_STATUS_NL[v.status],
                )
                for v in visits
            ),
            (0.34, 0.22, 0.22, 0.22),
            empty="Nog geen bezoeken gepland.",
        ),
    )
    sheet = FactSheet(
        reference=new_reference(today),
        title=f"Bpv-overzicht {name}",
        subtitle=f"Overzicht van {format_date_long(today)} voor {company.name}",
        blocks=blocks,
        closing=(
            f"Vragen over deze bpv? Neem contact op met de bpv-begeleider of met het "
            f"stagebureau van {settings.school_name}."
        ),
    )
    return sheet, company.id, company.name


def _join(*parts: str | None) -> str | None:
    shown = [p for p in parts if p]
    return " · ".join(shown) if shown else None


def _person(person: ContactPerson | StaffMember | None) -> str | None:
    if person is None:
        return None
    function = getattr(person, "function", None)
    first = f"{person.name} ({function})" if function else person.name
    return "\n".join(x for x in (first, _join(person.email, person.phone)) if x)


def _period(p: PlacementView) -> tuple[tuple[str, str | None], ...]:
    period = f"{format_date_long(p.start)} tot en met {format_date_long(p.end)}"
    if p.ended_early_on is not None:
        period += f" (afgebroken op {format_date_long(p.ended_early_on)})"
    if p.allowance_kind is AllowanceKind.WAGE:
        allowance = "loon volgens de arbeidsovereenkomst"
    elif p.allowance_kind is AllowanceKind.ALLOWANCE and p.allowance_cents_per_month:
        allowance = f"{euro(p.allowance_cents_per_month)} per maand"
    else:
        allowance = "geen"
    signed = []
    for party in p.pok.required:
        on = p.pok.signed_on(party)
        signed.append(
            f"{PARTY_NL[party]}: " + (f"getekend op {format_date(on)}" if on else "nog niet")
        )
    return (
        ("Periode", period),
        ("Uren", f"{p.hours_per_week} uur per week, {p.total_hours} uur in totaal"),
        ("Stagevergoeding", allowance),
        ("Praktijkovereenkomst", POK_STATUS_NL[p.pok.status]),
        ("Handtekeningen", "\n".join(signed) or None),
    )
