"""Proposing a student to a company with a profile, anonymised or by name, and what came of it
(objectief werven en selecteren; rules in domain.profiles).

* ``read_profile`` / ``save_profile``: the student's skills and motivation in their own words
  and the period looked for, with the guard's hints about identifying text.
* ``send_proposal``: records the proposal and writes its profile PDF (anonymised: no name,
  number, age, address or origin, a reference code instead). An anonymised profile whose text
  raises hints is refused unless the coordinator confirms (``despite_hints``).
* ``record_outcome``: chosen, declined or no answer (or open again, to correct a mistake).
* ``reveal_identity``: the named profile of a proposal; refused for an anonymised proposal
  the company has not chosen. Stamps the day the identity was revealed.

The PDF and the checks before it goes out are in services.profile_sheets; the dashboard's
comparison of anonymised and named proposals in services.profile_rates.

Coordinators and admins only; each write is one transaction in the audit trail, free text as
digests only.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain import profiles as rules
from stagedesk.domain.audit_chain import digest
from stagedesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from stagedesk.domain.names import display_name
from stagedesk.domain.profiles import Hint, ProposalOutcome
from stagedesk.services import audit
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.casework import case_student, check_version, fetch, today_or, transaction
from stagedesk.services.profile_sheets import hints_of, profile_of, ready_profile, write_sheet
from stagedesk.store.companies import Company
from stagedesk.store.profiles import ProfileProposal, StudentProfile
from stagedesk.store.students import Student

PROFILE, PROPOSAL = "student_profile", "profile_proposal"


@dataclass(frozen=True)
class ProfileView:
    student_id: uuid.UUID
    version: int | None  # None: no profile stored yet
    skills: str | None
    motivation: str | None
    period_from: date | None
    period_until: date | None
    hints: tuple[Hint, ...]

    @property
    def empty(self) -> bool:
        return not (self.skills or self.motivation)


@dataclass(frozen=True)
class ProposalView:
    id: uuid.UUID
    version: int
    student_id: uuid.UUID
    company_id: uuid.UUID
    company_name: str
    reference: str
    anonymised: bool
    sent_on: date
    outcome: ProposalOutcome | None
    outcome_on: date | None
    revealed_on: date | None

    @property
    def may_reveal(self) -> bool:
        return rules.may_reveal(self.anonymised, self.outcome)


def read_profile(
    sessions: sessionmaker[Session], actor: Actor, student_id: uuid.UUID
) -> ProfileView:
    """The student's profile (empty when none was written yet), with the guard's hints."""
    with sessions() as s:
        student = case_student(s, actor, student_id, "read profiles")
        return _profile_view(s, student, profile_of(s, student.id))


def save_profile(
    sessions: sessionmaker[Session],
    actor: Actor,
    student_id: uuid.UUID,
    *,
    skills: str | None,
    motivation: str | None,
    period_from: date | None = None,
    period_until: date | None = None,
    version: int | None = None,
) -> ProfileView:
    """Store the profile text; ``version`` is the one read (None when there was none).
    Saving never fails on hints: they come back for the caller to show."""
    skills = rules.clean_text("skills", skills, rules.SKILLS_MAX)
    motivation = rules.clean_text("motivation", motivation, rules.MOTIVATION_MAX)
    rules.check_period(period_from, period_until)
    with transaction(sessions, actor) as s:
        student = case_student(s, actor, student_id, "change profiles")
        row = profile_of(s, student.id)
        if row is None:
            if version is not None:
                raise Conflict("the profile was removed meanwhile; reload and try again")
            row = StudentProfile(student_id=student.id)
            s.add(row)
            before = None
        else:
            if version is None:
                raise Conflict("someone wrote this profile meanwhile; reload and try again")
            fields = ("skills", "motivation", "period_from", "period_until")  # for the UI
            check_version(row, version, "profile", fields=fields)
            before = _profile_trail(row)
        row.skills, row.motivation = skills, motivation
        row.period_from, row.period_until = period_from, period_until
        s.flush()
        action = audit.CREATE if before is None else audit.CHANGE
        audit.record(s, actor, action, PROFILE, row.id, before, _profile_trail(row))
        return _profile_view(s, student, row)


def send_proposal(
    sessions: sessionmaker[Session],
    actor: Actor,
    student_id: uuid.UUID,
    company_id: uuid.UUID,
    *,
    anonymised: bool,
    out: str | Path | None,
    sent_on: date | None = None,
    despite_hints: bool = False,
    today: date | None = None,
    reference: Callable[[], str] = rules.new_reference,
) -> ProposalView:
    """Record that the student is proposed to the company and write the profile to ``out``
    (None: record only, the profile went another way). ``reference`` makes the code (generated
    data passes a seeded one)."""
    today = today_or(today)
    sent_on = sent_on or today
    if sent_on > today:
        raise ValidationError("sent_on", "is in the future")
    with transaction(sessions, actor) as s:
        student = case_student(s, actor, student_id, "send proposals")
        company = fetch(s, Company, company_id, "company")
        profile = ready_profile(s, student, anonymised=anonymised, despite_hints=despite_hints)
        row = ProfileProposal(
            student_id=student.id,
            company_id=company.id,
            reference=_unique_reference(s, reference),
            anonymised=anonymised,
            sent_on=sent_on,
            revealed_on=None if anonymised else sent_on,
            sent_by_id=actor.staff_id,
        )
        s.add(row)
        s.flush()
        trail = _proposal_trail(row) | {"despite_hints": despite_hints}
        audit.record(s, actor, audit.CREATE, PROPOSAL, row.id, None, trail)
        if out is not None:
            named = None if anonymised else _name(student)
            write_sheet(s, student, profile, row.reference, named, out, today)
        return _proposal_view(s, row)


def record_outcome(
    sessions: sessionmaker[Session],
    actor: Actor,
    proposal_id: uuid.UUID,
    version: int,
    outcome: ProposalOutcome | None,
    on: date | None = None,
    *,
    today: date | None = None,
) -> ProposalView:
    """The company's answer on ``on`` (default today); None makes the proposal open again."""
    today = today_or(today)
    on = on or today
    with transaction(sessions, actor) as s:
        row = fetch(s, ProfileProposal, proposal_id, "proposal")
        case_student(s, actor, row.student_id, "record proposal outcomes")
        check_version(row, version, "proposal", fields=("outcome", "outcome_on"))
        if outcome is not None:
            rules.check_outcome(row.sent_on, on, today)
        if outcome is None and row.anonymised and row.revealed_on is not None:
            raise ValidationError(
                "outcome", "the identity was revealed already; record what the company decided"
            )
        before = _proposal_trail(row)
        row.outcome = outcome
        row.outcome_on = None if outcome is None else on
        s.flush()
        audit.record(s, actor, audit.CHANGE, PROPOSAL, row.id, before, _proposal_trail(row))
        return _proposal_view(s, row)


def reveal_identity(
    sessions: sessionmaker[Session],
    actor: Actor,
    proposal_id: uuid.UUID,
    out: str | Path | None,
    *,
    today: date | None = None,
) -> ProposalView:
    """Write the named profile of the proposal to ``out`` (None: record the reveal only, the
    name went another way); for an anonymised proposal only once the company chose it (the
    first time stamps ``revealed_on``)."""
    today = today_or(today)
    with transaction(sessions, actor) as s:
        row = fetch(s, ProfileProposal, proposal_id, "proposal")
        student = case_student(s, actor, row.student_id, "reveal identities")
        if not rules.may_reveal(row.anonymised, row.outcome):
            raise PermissionDenied(
                f"profile {row.reference} was sent anonymised and the company has not chosen "
                "it: the student's identity stays hidden until then"
            )
        if row.revealed_on is None:
            before = _proposal_trail(row)
            row.revealed_on = today
            s.flush()
            audit.record(s, actor, audit.CHANGE, PROPOSAL, row.id, before, _proposal_trail(row))
        if out is not None:
            # Every named print is in the trail: who printed whose name, when.
            audit.record(s, actor, audit.EXPORT, PROPOSAL, row.id, None, {"named_profile": True})
            profile = profile_of(s, student.id)
            write_sheet(s, student, profile, row.reference, _name(student), out, today)
        return _proposal_view(s, row)


def student_proposals(
    sessions: sessionmaker[Session], actor: Actor, student_id: uuid.UUID
) -> tuple[ProposalView, ...]:
    """The student's proposals, newest first."""
    with sessions() as s:
        student = case_student(s, actor, student_id, "read proposals")
        rows = s.execute(
            select(ProfileProposal)
            .where(ProfileProposal.student_id == student.id)
            .order_by(ProfileProposal.sent_on.desc(), ProfileProposal.created_at.desc())
        ).scalars()
        return tuple(_proposal_view(s, row) for row in rows)


def proposal_by_reference(
    sessions: sessionmaker[Session], actor: Actor, reference: str
) -> ProposalView:
    """The proposal with this reference code (as the company quotes it; case and spaces do
    not matter)."""
    code = "".join(reference.split()).upper()
    with sessions() as s:
        row = s.execute(select(ProfileProposal).where(ProfileProposal.reference == code)).scalar()
        if row is None:
            raise NotFound(f"no proposal with reference {code}")
        case_student(s, actor, row.student_id, "read proposals")
        return _proposal_view(s, row)


def company_by_kvk(sessions: sessionmaker[Session], actor: Actor, kvk: str) -> uuid.UUID:
    """The company with this KvK number (for the command line)."""
    require(actor, CASE_WORKERS, "send proposals")
    with sessions() as s:
        found = s.execute(select(Company.id).where(Company.kvk_number == kvk.strip())).scalar()
    if found is None:
        raise NotFound(f"no company with KvK number {kvk.strip()}")
    return found


# -- helpers ---------------------------------------------------------------------------------


def _profile_view(s: Session, student: Student, row: StudentProfile | None) -> ProfileView:
    if row is None:
        return ProfileView(student.id, None, None, None, None, None, ())
    return ProfileView(
        student.id,
        row.version,
        row.skills,
        row.motivation,
        row.period_from,
        row.period_until,
        hints_of(s, student, row),
    )


def _unique_reference(s: Session, make: Callable[[], str]) -> str:
    for _ in range(20):
        code = make()
        taken = s.execute(
            select(ProfileProposal.id).where(ProfileProposal.reference == code)
        ).scalar()
        if taken is None:
            return code
    raise Conflict("could not find a free profile reference code; try again")


def _name(student: Student) -> str:
    return display_name(student.given_name, student.tussenvoegsel, student.surname)


def _profile_trail(row: StudentProfile) -> dict[str, Any]:
    return {
        "student_id": row.student_id,
        "skills": digest(row.skills),
        "motivation": digest(row.motivation),
        "period_from": row.period_from,
        "period_until": row.period_until,
    }


def _proposal_trail(row: ProfileProposal) -> dict[str, Any]:
    return {
        "student_id": row.student_id,
        "company_id": row.company_id,
        "reference": row.reference,
        "anonymised": row.anonymised,
        "sent_on": row.sent_on,
        "outcome": row.outcome,
        "outcome_on": row.outcome_on,
        "revealed_on": row.revealed_on,
    }


def _proposal_view(s: Session, row: ProfileProposal) -> ProposalView:
    company = fetch(s, Company, row.company_id, "company")
    return ProposalView(
        id=row.id,
        version=row.version,
        student_id=row.student_id,
        company_id=company.id,
        company_name=company.name,
        reference=row.reference,
        anonymised=row.anonymised,
        sent_on=row.sent_on,
        outcome=row.outcome,
        outcome_on=row.outcome_on,
        revealed_on=row.revealed_on,
    )
