"""Blank protocol checklists as PDF forms to take along on a visit.

The checklists are the ones in force for a store (services.checklists: shipped files, or the
store's own copies) when a store is given, else the shipped files; the letterhead follows the
store's school settings, else the defaults. A blank form is about no student, so it is not
entered in the letter register.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.checklists import Checklist, ChecklistSet, load_checklists
from stagedesk.domain.enums import VisitType
from stagedesk.domain.errors import NotFound
from stagedesk.pdf.document import write_documents
from stagedesk.pdf.visit_forms import FormItem, FormSection, VisitForm, visit_form_part
from stagedesk.services.actor import Actor
from stagedesk.services.checklists import SHIPPED_DIR, checklists_in_force
from stagedesk.services.letters import letterhead
from stagedesk.services.letters_register import cleaned_up, new_reference, temporary_path
from stagedesk.services.settings import SchoolSettings, load_settings

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
    temp = temporary_path(out)
    with cleaned_up([temp]):
        write_documents(temp, [visit_form_part(form)], letterhead(settings), title=form.title)
        temp.replace(out)
    return out
