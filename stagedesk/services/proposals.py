"""What accepting an offer proposes for the placement (rules in domain.placements)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.domain.enums import AllowanceKind, Leerweg
from stagedesk.domain.placements import (
    RecognitionGap,
    recognition_gap,
    suggested_period,
    total_hours,
)
from stagedesk.domain.recognition import RecognitionFact
from stagedesk.services.casework import fetch
from stagedesk.services.settings import read_settings
from stagedesk.store.companies import Company, ContactPerson, Recognition
from stagedesk.store.placements import Application
from stagedesk.store.programmes import Programme
from stagedesk.store.students import Student


@dataclass(frozen=True)
class ContactChoice:
    """A contact person at a company, offered as praktijkopleider."""

    id: uuid.UUID
    name: str
    function: str | None
    email: str | None
    phone: str | None
    is_praktijkopleider: bool


@dataclass(frozen=True)
class PlacementProposal:
    """What accepting an offer suggests for the placement (rules in domain.placements)."""

    student_id: uuid.UUID
    application_id: uuid.UUID
    company_id: uuid.UUID
    company_name: str
    leerweg: Leerweg
    start: date
    end: date
    hours_per_week: int
    total_hours: int
    praktijkopleider_id: uuid.UUID | None  # the company's praktijkopleider, if it has one
    contacts: tuple[ContactChoice, ...]  # praktijkopleiders first, then by name
    allowance_kind: AllowanceKind  # WAGE for BBL, else ALLOWANCE at the school's norm
    allowance_cents_per_month: int | None
    # Why the company's recognition does not cover the suggested start, if it does not.
    recognition_gap: RecognitionGap | None


def make_proposal(s: Session, app: Application, today: date) -> PlacementProposal:
    student = fetch(s, Student, app.student_id, "student")
    programme = fetch(s, Programme, student.programme_id, "programme")
    company = fetch(s, Company, app.company_id, "company")
    start, end, hours = suggested_period(programme.leerweg, app.status_changed_on)
    contacts = s.execute(
        select(ContactPerson)
        .where(ContactPerson.company_id == company.id)
        .order_by(ContactPerson.is_praktijkopleider.desc(), ContactPerson.name)
    ).scalars()
    choices = tuple(
        ContactChoice(c.id, c.name, c.function, c.email, c.phone, c.is_praktijkopleider)
        for c in contacts
    )
    recognitions = s.execute(
        select(Recognition).where(
            Recognition.company_id == company.id, Recognition.crebo == programme.crebo
        )
    ).scalars()
    gap = recognition_gap(
        (RecognitionFact(r.crebo, r.recognised_on, r.revoked_on) for r in recognitions),
        programme.crebo,
        start,
    )
    bbl = programme.leerweg is Leerweg.BBL
    return PlacementProposal(
        student_id=student.id,
        application_id=app.id,
        company_id=company.id,
        company_name=company.name,
        leerweg=programme.leerweg,
        start=start,
        end=end,
        hours_per_week=hours,
        total_hours=total_hours(start, end, hours),
        praktijkopleider_id=next((c.id for c in choices if c.is_praktijkopleider), None),
        contacts=choices,
        allowance_kind=AllowanceKind.WAGE if bbl else AllowanceKind.ALLOWANCE,
        allowance_cents_per_month=None if bbl else read_settings(s).allowance_norm_cents,
        recognition_gap=gap[0] if gap else None,
    )
