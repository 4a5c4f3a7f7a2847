"""What the retention purge touches and how it finds what is due (see services.retention):
the policy per table that hangs off a student, the cut-off dates and the selection queries.
No transaction of its own: the functions run in the caller's session."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from stagedesk.domain.enums import MeldingStatus, SearchStatus
from stagedesk.store.lifecycle import BpvHours, MatchArea, PlacementBreakoff, StudentPrerequisite
from stagedesk.store.meldingen import Melding, MeldingStep
from stagedesk.store.notes import Note
from stagedesk.store.office import LetterRecord
from stagedesk.store.placements import Application, Placement
from stagedesk.store.profiles import ProfileProposal, StudentProfile
from stagedesk.store.students import Student
from stagedesk.store.visits import Visit

# The surname of an anonymised student: how the purge knows it is done with a student.
ANONYMISED = "Geanonimiseerd"
_CHUNK = 2_000  # ids per IN list (SQLite's bound-value limit is far above)

# (kind, table, what happens, values set) for the records that follow a student, in order.
CLEARED, DELETED, ANONYMISED_ACTION = "cleared", "deleted", "anonymised"


def follow_student() -> tuple[tuple[str, Any, str, dict[str, Any]], ...]:
    return (
        ("applications", Application, CLEARED, {"notes": None}),
        ("placements", Placement, CLEARED, {"notes": None}),
        (
            "visits",
            Visit,
            CLEARED,
            {"answers": None, "notes": None, "agreed_actions": None, "concerns": None},
        ),
        ("letters", LetterRecord, CLEARED, {"recipient": ""}),
        ("breakoffs", PlacementBreakoff, CLEARED, {"conversation_summary": None}),
        ("hours", BpvHours, CLEARED, {"note": None}),
        ("notes", Note, DELETED, {}),
        ("prerequisites", StudentPrerequisite, DELETED, {}),
        ("match_areas", MatchArea, DELETED, {}),
        ("profiles", StudentProfile, DELETED, {}),
    )


# Tables hanging off a student (or its applications, placements, meldingen) that the purge
# leaves as they are: their rows hold no personal fields (tests check every such table is
# either handled above or named here).
KEPT_AS_IS = {
    "application_event": "status history: statuses, dates, who recorded them",
    "profile_proposal": "company, anonymised or named, dates, outcome",
    "melding": "its own period (meldingen)",
    "melding_step": "with its melding",
}


def handled_tables() -> set[str]:
    """The tables the purge anonymises, clears, deletes or deliberately keeps."""
    follow = {model.__tablename__ for _kind, model, _action, _values in follow_student()}
    return {"student", *follow, *KEPT_AS_IS}


def cutoff(today: date, years: int) -> date:
    """The same day ``years`` back (29 February falls back to the 28th)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


# -- selecting ---------------------------------------------------------------------------------


def students_due(s: Session, student_cut: date, melding_cut: date) -> list[Any]:
    left_on = case(
        (Student.search_status == SearchStatus.STOPPED, Student.stopped_on),
        else_=Student.search_status_since,
    )
    newer = (
        select(Placement.student_id).where(
            func.coalesce(Placement.ended_early_on, Placement.end_date) > student_cut
        ),
        select(Application.student_id).where(Application.status_changed_on > student_cut),
        select(Note.student_id).where(Note.written_on > student_cut),
        select(ProfileProposal.student_id).where(
            func.coalesce(ProfileProposal.outcome_on, ProfileProposal.sent_on) > student_cut
        ),
        select(Melding.student_id).where(
            Melding.student_id.is_not(None),
            or_(Melding.status != MeldingStatus.CLOSED, Melding.status_changed_on > melding_cut),
        ),
    )
    stmt = (
        select(Student.id, Student.student_number, Student.search_status, left_on)
        .where(
            or_(
                and_(
                    Student.search_status == SearchStatus.STOPPED,
                    Student.stopped_on <= student_cut,
                ),
                and_(
                    Student.search_status == SearchStatus.COMPLETED,
                    Student.search_status_since <= student_cut,
                ),
            ),
            Student.surname != ANONYMISED,
            *(Student.id.not_in(sub) for sub in newer),
        )
        .order_by(left_on, Student.student_number)
    )
    return list(s.execute(stmt).all())


def _has_details() -> Any:
    noted = select(MeldingStep.melding_id).where(MeldingStep.note.is_not(None))
    return or_(
        Melding.student_id.is_not(None),
        Melding.incident_on.is_not(None),
        Melding.incident_place.is_not(None),
        Melding.description.is_not(None),
        Melding.student_wishes.is_not(None),
        Melding.outcome.is_not(None),
        Melding.id.in_(noted),
    )


def meldingen_due(s: Session, melding_cut: date) -> list[uuid.UUID]:
    stmt = select(Melding.id).where(
        Melding.status == MeldingStatus.CLOSED,
        Melding.status_changed_on <= melding_cut,
        _has_details(),
    )
    return list(s.execute(stmt).scalars())


def chunks(ids: Sequence[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def owned(model: Any, chunk: list[uuid.UUID]) -> Any:
    if hasattr(model, "student_id"):
        return model.student_id.in_(chunk)
    return model.placement_id.in_(select(Placement.id).where(Placement.student_id.in_(chunk)))
