"""Visit forms as PDF: blank protocol checklists to take along, and filled visit reports.

The checklists are the ones in force for a store (services.checklists: shipped files, or the
store's own copies) when a store is given, else the shipped files; the letterhead follows the
store's school settings, else the defaults. A blank form is about no student, and a visit
report is the visit's own record (the visit is in the timeline already), so neither is
entered in the letter register. Who may print a visit report is who may read the visit
(services.visits: coordinators, admins, and the student's or visit's mentor).
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.checklists import Checklist, ChecklistSet, VisitConcern, load_checklists
from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import VisitStatus, VisitType
from stagedesk.domain.errors import NotFound
from stagedesk.domain.visits import ActionOwner, VisitMode
from stagedesk.pdf.document import write_documents
from stagedesk.pdf.factsheet import Grid
from stagedesk.pdf.visit_forms import FormItem, FormSection, VisitForm, visit_form_part
from stagedesk.services.actor import Actor
from stagedesk.services.checklists import SHIPPED_DIR, checklists_in_force
from stagedesk.services.letters import letterhead
from stagedesk.services.letters_register import cleaned_up, new_reference, temporary_path
from stagedesk.services.settings import SchoolSettings, load_settings
from stagedesk.services.visit_views import VisitReport, VisitView
from stagedesk.services.visits import read_visit

MODE_NL = {VisitMode.ON_SITE: "op locatie", VisitMode.CALL: "telefonisch", VisitMode.VIDEO: "video"}
OWNER_NL = {
    ActionOwner.STUDENT: "student",
    ActionOwner.PRAKTIJKOPLEIDER: "praktijkopleider",
    ActionOwner.MENTOR: "bpv-begeleider",
    ActionOwner.OFFICE: "stagebureau",
}
CONCERN_NL = {
    VisitConcern.UNSAFE_SITUATION: "onveilige situatie",
    VisitConcern.NO_SUPERVISION: "geen begeleiding",
    VisitConcern.DISCRIMINATION_SIGNALS: "signalen van discriminatie",
    VisitConcern.OTHER: "anders",
}
STATUS_NL = {
    VisitStatus.PLANNED: "gepland, nog niet gehouden",
    VisitStatus.HELD: "gehouden",
    VisitStatus.CANCELLED: "vervallen",
}
VISIT_TYPE_NL = {
    VisitType.START: "startbezoek",
    VisitType.MIDTERM: "tussentijds bezoek",
    VisitType.FINAL: "eindbezoek",
    VisitType.EXTRA: "extra bezoek",
}


def available_checklists(
    sessions: sessionmaker[Session] | None = None, actor: Actor | None = None
) -> ChecklistSet:
    """The checklists in force for the store (needs ``actor``), else the shipped ones."""
    if sessions is None:
        return load_checklists(SHIPPED_DIR)
    if actor is None:
        raise ValueError("reading a store's checklists needs the actor")
    return checklists_in_force(sessions, actor)


def blank_form(checklist: Checklist, reference: str) -> VisitForm:
    """The checklist as a form to fill in by hand."""
    sections = tuple(
        FormSection(s.title, tuple(FormItem(i.text, i.hint) for i in s.items))
        for s in checklist.sections
    )
    facts: tuple[tuple[str, str | None], ...] = (
        ("Student (naam, nummer)", None),
        ("Leerbedrijf", None),
        ("Praktijkopleider", None),
        ("Bpv-begeleider", None),
        ("Datum en soort contact", None),
    )
    return VisitForm(
        reference=reference,
        title=checklist.title,
        subtitle=(
            f"Bpv-protocol: checklist voor het {VISIT_TYPE_NL[checklist.visit_type]} "
            f"({checklist.id}, versie {checklist.version})"
        ),
        facts=facts,
        sections=sections,
        filled=False,
    )


def print_blank_checklist(
    visit_type: VisitType,
    out: Path,
    *,
    sessions: sessionmaker[Session] | None = None,
    actor: Actor | None = None,
    today: date | None = None,
) -> Path:
    """Write the blank form for ``visit_type`` to ``out``; NotFound if there is no checklist."""
    checklists = available_checklists(sessions, actor)
    checklist = checklists.for_type(visit_type)
    if checklist is None:
        known = ", ".join(c.visit_type.value for c in checklists.checklists)
        raise NotFound(f"no checklist for visit type {visit_type.value} (there are: {known})")
    settings = load_settings(sessions) if sessions is not None else SchoolSettings()
    form = blank_form(checklist, new_reference(today or date.today()))
    return _write(form, settings, out)


def report_form(report: VisitReport, reference: str) -> VisitForm:
    """A logged visit as a filled form: answers ticked, remarks, notes, actions, next visit."""
    v = report.visit
    sections = tuple(
        FormSection(
            section.title,
            tuple(
                FormItem(
                    a.item.text,
                    a.item.hint,
                    a.answer.value if a.answer is not None else None,
                    a.remark,
                )
                for a in section.items
            ),
        )
        for section in report.sections
    )
    day = v.held_on or v.planned_on
    when = format_date(day) if day is not None else None
    concerns = ", ".join(CONCERN_NL[c] for c in sorted(v.concerns)) or "geen"
    facts: tuple[tuple[str, str | None], ...] = (
        ("Student", f"{v.student_name} ({v.student_number})"),
        ("Leerbedrijf", ", ".join(x for x in (v.company_name, v.company_address) if x)),
        ("Gesproken met", v.contact_name),
        ("Bpv-begeleider", v.mentor_name),
        ("Datum en soort contact", ", ".join(x for x in (when, MODE_NL[v.mode]) if x)),
        ("Stand", STATUS_NL[v.status]),
        ("Zorgen", concerns),
    )
    actions = Grid(
        "Afspraken",
        ("Wat", "Wie", "Uiterlijk", "Gedaan"),
        tuple(
            (
                a.text,
                OWNER_NL[a.owner],
                format_date(a.due_on) if a.due_on else "",
                "ja" if a.done else "nee",
            )
            for a in v.agreed_actions
        ),
        (0.52, 0.18, 0.16, 0.14),
        empty="Geen afspraken.",
    )
    title = report.checklist_title or VISIT_TYPE_NL[v.visit_type].capitalize()
    version = "" if report.exact else " (vragen uit de huidige versie van de checklist)"
    return VisitForm(
        reference=reference,
        title=f"Bezoekverslag: {title}",
        subtitle=f"{VISIT_TYPE_NL[v.visit_type].capitalize()} bij {v.company_name}{version}",
        facts=facts,
        sections=sections,
        filled=True,
        notes=v.notes,
        actions=actions,
        next_visit=_next(report.next_visit),
    )


def _next(visit: VisitView | None) -> str | None:
    if visit is None or visit.planned_on is None:
        return None
    return f"{VISIT_TYPE_NL[visit.visit_type]} op {format_date(visit.planned_on)}"


def print_visit_report(
    sessions: sessionmaker[Session],
    actor: Actor,
    visit_id: uuid.UUID,
    out: Path,
    *,
    today: date | None = None,
) -> Path:
    """Write the report of visit ``visit_id`` (as logged so far) to ``out``."""
    report = read_visit(sessions, actor, visit_id, today=today)
    settings = load_settings(sessions)
    form = report_form(report, new_reference(today or date.today()))
    return _write(form, settings, out)


def _write(form: VisitForm, settings: SchoolSettings, out: Path) -> Path:
    temp = temporary_path(out)
    with cleaned_up([temp]):
        write_documents(temp, [visit_form_part(form)], letterhead(settings), title=form.title)
        temp.replace(out)
    return out
