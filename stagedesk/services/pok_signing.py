"""The POK of a placement: send it, record and remove signatures (domain.pok's rules).

The POK's status follows its facts: ``send_pok``, then ``sign_pok`` per party; the guardian
signs only for a student who is a minor on the student's signing day (or on the guardian's
signing day while the student has not signed), and ``pok_completed_on`` is the day the last
required party signed. ``unsign_pok`` is the undo of ``sign_pok``: a correction, so the
status may go back; moving forward must follow domain.pok's state machine.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain import pok
from stagedesk.domain.dates import format_date, is_minor
from stagedesk.domain.enums import PokStatus
from stagedesk.domain.errors import ValidationError
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.casework import today_or, transaction
from stagedesk.services.placement_views import (
    SIGNATURE_COLUMN,
    PlacementView,
    finish,
    load_placement,
    signatures,
)
from stagedesk.store.placements import Placement
from stagedesk.store.students import Student


def send_pok(
    sessions: sessionmaker[Session],
    actor: Actor,
    placement_id: uuid.UUID,
    version: int,
    sent_on: date,
    *,
    today: date | None = None,
) -> PlacementView:
    """Record that the draft POK was sent (or handed over) on ``sent_on``."""
    require(actor, CASE_WORKERS, "send POKs")
    today = today_or(today)
    if sent_on > today:
        raise ValidationError("pok_sent_on", f"{format_date(sent_on)} is in the future")
    with transaction(sessions, actor) as s:
        placement, student = load_placement(s, placement_id, version)
        pok.transition(placement.pok_status, PokStatus.SENT)
        placement.pok_sent_on, placement.pok_status = sent_on, PokStatus.SENT
        return finish(s, student, placement, today)


def sign_pok(
    sessions: sessionmaker[Session],
    actor: Actor,
    placement_id: uuid.UUID,
    version: int,
    party: str,
    signed_on: date,
    *,
    today: date | None = None,
) -> PlacementView:
    """Record ``party``'s signature (student, guardian, school, company) on ``signed_on``."""
    require(actor, CASE_WORKERS, "record POK signatures")
    today = today_or(today)
    with transaction(sessions, actor) as s:
        placement, student = load_placement(s, placement_id, version)
        field_name = f"{party}_signed_on"
        pok.validate_signature(party, signed_on, placement.pok_sent_on, today)
        if placement.pok_status is PokStatus.CANCELLED:
            raise ValidationError(field_name, "the POK was cancelled")
        sigs = signatures(placement)
        if (already := sigs.signed_on(party)) is not None:
            raise ValidationError(field_name, f"signed already on {format_date(already)}")
        student_day = sigs.student or signed_on
        if party == pok.GUARDIAN and not is_minor(student.date_of_birth, student_day):
            raise ValidationError(
                field_name,
                f"the student is of age on {format_date(student_day)}: no guardian signs",
            )
        setattr(placement, SIGNATURE_COLUMN[party], signed_on)
        refresh_pok(placement, student, today, check=True)
        return finish(s, student, placement, today)


def unsign_pok(
    sessions: sessionmaker[Session],
    actor: Actor,
    placement_id: uuid.UUID,
    version: int,
    party: str,
    *,
    today: date | None = None,
) -> PlacementView:
    """Remove ``party``'s signature: a correction (or undo), so the POK may go back a state."""
    require(actor, CASE_WORKERS, "record POK signatures")
    today = today_or(today)
    if party not in pok.PARTIES:
        raise ValidationError("party", f"must be one of {', '.join(pok.PARTIES)}, got {party!r}")
    with transaction(sessions, actor) as s:
        placement, student = load_placement(s, placement_id, version)
        field_name = f"{party}_signed_on"
        if placement.pok_status is PokStatus.CANCELLED:
            raise ValidationError(field_name, "the POK was cancelled")
        if getattr(placement, SIGNATURE_COLUMN[party]) is None:
            raise ValidationError(field_name, "has not signed")
        setattr(placement, SIGNATURE_COLUMN[party], None)
        refresh_pok(placement, student, today, check=False)
        return finish(s, student, placement, today)


def refresh_pok(placement: Placement, student: Student, today: date, *, check: bool) -> None:
    """Derive the POK status and completion day from its facts; ``check`` the move is allowed
    (corrections such as removing a signature may go back)."""
    sigs = signatures(placement)
    cancelled = placement.pok_status is PokStatus.CANCELLED
    dob = student.date_of_birth
    status = pok.pok_status(placement.pok_sent_on is not None, cancelled, sigs, dob, today)
    if check and status is not placement.pok_status:
        pok.transition(placement.pok_status, status)
    completed = None
    if status is PokStatus.COMPLETE:
        required = pok.required_parties(dob, sigs.student or today)
        completed = max(day for party in required if (day := sigs.signed_on(party)) is not None)
    placement.pok_status, placement.pok_completed_on = status, completed
