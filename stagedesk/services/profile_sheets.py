"""The profile PDF of a student, and the checks before it may go out: the guard's hints on
the text (domain.profiles) against the student's own identifying values.

Used by services.profile_proposals; ``print_anonymised`` prints a profile without recording
anything (a draft marked CONCEPT, or again under a proposal's reference).
"""

from __future__ import annotations

import io
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain import profiles as rules
from stagedesk.domain.errors import ValidationError
from stagedesk.domain.profiles import Hint
from stagedesk.pdf.profile import ProfileSheet, write_profile
from stagedesk.services.actor import Actor
from stagedesk.services.casework import case_student, fetch, today_or
from stagedesk.services.letters import letterhead
from stagedesk.services.settings import read_settings
from stagedesk.store.lifecycle import MatchArea
from stagedesk.store.profiles import ProfileProposal, StudentProfile
from stagedesk.store.programmes import Programme
from stagedesk.store.students import Student

DRAFT_REFERENCE = "CONCEPT"


def print_anonymised(
    sessions: sessionmaker[Session],
    actor: Actor,
    student_id: uuid.UUID,
    out: str | Path,
    *,
    proposal_id: uuid.UUID | None = None,
    despite_hints: bool = False,
    today: date | None = None,
) -> str:
    """The anonymised profile as it stands now, under the proposal's reference (or as a
    draft marked CONCEPT); returns the reference printed. Nothing is recorded."""
    today = today_or(today)
    with sessions() as s:
        student = case_student(s, actor, student_id, "print profiles")
        profile = ready_profile(s, student, anonymised=True, despite_hints=despite_hints)
        code = DRAFT_REFERENCE
        if proposal_id is not None:
            row = fetch(s, ProfileProposal, proposal_id, "proposal")
            if row.student_id != student.id:
                raise ValidationError("proposal_id", "is a proposal of another student")
            code = row.reference
        write_sheet(s, student, profile, code, None, out, today)
        return code


def profile_of(s: Session, student_id: uuid.UUID) -> StudentProfile | None:
    return s.execute(select(StudentProfile).where(StudentProfile.student_id == student_id)).scalar()


def identity_of(s: Session, student: Student) -> rules.Identity:
    """What the guard looks for: the student's names, number, birth date, contact details,
    guardian and the postcode the student searches from."""
    postcode = s.execute(
        select(MatchArea.postcode).where(MatchArea.student_id == student.id)
    ).scalar()
    return rules.Identity(
        given_name=student.given_name,
        tussenvoegsel=student.tussenvoegsel,
        surname=student.surname,
        student_number=student.student_number,
        date_of_birth=student.date_of_birth,
        email=student.email,
        phone=student.phone,
        guardian_name=student.guardian_name,
        postcode=postcode,
    )


def hints_of(s: Session, student: Student, row: StudentProfile | None) -> tuple[Hint, ...]:
    if row is None:
        return ()
    texts = {"skills": row.skills, "motivation": row.motivation}
    return rules.identifying_hints(identity_of(s, student), texts)


def ready_profile(
    s: Session, student: Student, *, anonymised: bool, despite_hints: bool
) -> StudentProfile:
    """The profile to send; refused when empty, or (anonymised) when it raises hints."""
    row = profile_of(s, student.id)
    if row is None or not (row.skills or row.motivation):
        raise ValidationError("profile", "write the student's skills and motivation first")
    if anonymised and not despite_hints:
        hints = hints_of(s, student, row)
        if hints:
            raise ValidationError(
                "profile",
                "the text may identify the student or hint at origin "
                f"({rules.describe(hints)}); change it, or confirm that it reveals nothing",
            )
    return row


def write_sheet(
    s: Session,
    student: Student,
    profile: StudentProfile | None,
    code: str,
    name: str | None,
    out: str | Path,
    today: date,
) -> None:
    """Build the PDF in memory, then write it: a failure leaves no half file behind and
    rolls the caller's transaction back. Only ``name`` (None: anonymised) identifies."""
    programme = fetch(s, Programme, student.programme_id, "programme")
    sheet = ProfileSheet(
        reference=code,
        programme=programme.name,
        crebo=programme.crebo,
        niveau=programme.niveau,
        leerweg=programme.leerweg.value,
        period_from=profile.period_from if profile else None,
        period_until=profile.period_until if profile else None,
        skills=profile.skills if profile else None,
        motivation=profile.motivation if profile else None,
        made_on=today,
        name=name,
    )
    buffer = io.BytesIO()
    write_profile(buffer, sheet, letterhead(read_settings(s)))
    Path(out).write_bytes(buffer.getvalue())
