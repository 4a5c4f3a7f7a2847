"""Editing a melding inside the caller's transaction: field checks, and the step log.

services.meldpunt checks the role and writes the trail around these.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stagedesk.domain import meldingen as rules
from stagedesk.domain.enums import DiscriminationGround
from stagedesk.domain.errors import NotFound, ValidationError
from stagedesk.domain.meldingen import FollowUp
from stagedesk.services.actor import Actor
from stagedesk.services.meldpunt_views import FIELDS
from stagedesk.store.companies import Company
from stagedesk.store.meldingen import Melding, MeldingStep
from stagedesk.store.students import Student

# What an edit may set; the workflow fields change through the status functions only.
EDITABLE = frozenset(FIELDS) - {"status", "status_changed_on", "handled_by_id", "outcome"}


def apply(s: Session, melding: Melding, changes: Mapping[str, Any], today: date) -> None:
    rules.check_changeable(melding.status, changes)
    values = {name: getattr(melding, name) for name in EDITABLE}
    values["shared_with_sbb"] = melding.shared_with_sbb or []
    values.update(changes)
    if values["ground"] is not None:
        values["ground"] = DiscriminationGround(values["ground"])
    if values["follow_up"] is not None:
        values["follow_up"] = FollowUp(values["follow_up"])
    check(s, values, today)
    consent = rules.check_consent(
        bool(values["anonymous"]), values["follow_up"], values["shared_with_sbb"]
    )
    values["shared_with_sbb"] = sorted(item.value for item in consent)
    for name in EDITABLE:
        if getattr(melding, name) != values[name]:
            setattr(melding, name, values[name])


def check(s: Session, values: Mapping[str, Any], today: date) -> None:
    """Who reported and about whom: an anonymous melding names no student, any other one
    does; linked records exist; dates are possible; texts are trimmed by the caller."""
    anonymous, student_id = bool(values["anonymous"]), values["student_id"]
    if anonymous and student_id is not None:
        raise ValidationError("student_id", "an anonymous melding names no student")
    if not anonymous and student_id is None:
        raise ValidationError("student_id", "who reported? choose the student, or anonymous")
    if student_id is not None and s.get(Student, student_id) is None:
        raise NotFound(f"no student {student_id}")
    company_id = values["company_id"]
    if company_id is not None and s.get(Company, company_id) is None:
        raise NotFound(f"no company {company_id}")
    rules.check_incident(values["received_on"], values["incident_on"], today)
    place = values.get("incident_place")
    if place is not None and len(place) > 200:
        raise ValidationError("incident_place", "at most 200 characters")


def touch(melding: Melding, now: datetime | None) -> None:
    if now is not None:
        melding.updated_at = now


def step(s: Session, melding: Melding, actor: Actor, on: date, note: str | None) -> int:
    last = s.execute(
        select(func.max(MeldingStep.number)).where(MeldingStep.melding_id == melding.id)
    ).scalar()
    number = (last or 0) + 1
    s.add(
        MeldingStep(
            melding_id=melding.id,
            number=number,
            status=melding.status,
            happened_on=on,
            note=(note or "").strip() or None,
            recorded_by_id=actor.staff_id,
        )
    )
    return number
