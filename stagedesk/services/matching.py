"""Matching proposals for a searching student: recognised companies with a free place, near
where the student searches, ranked with their reasons (rules in domain.matching).

Companies the student already dealt with in this search are not proposed as if new: an open
(or drafted) or rejected application in the current search round, a placement there that was
broken off, or a profile proposal still open or not chosen this round. They are ranked last,
after every other company, with what happened shown (``set_aside``), rather than hidden: the
coordinator sees why a familiar company is not at the top, and decides. A company that chose
the student's profile this round (``chosen``) comes first instead, unless it rejected the
student or a placement there was broken off after the choice.

The meldpunt's data stays the meldpunt's: this service asks only whether a company has an open
melding (a yes/no, computed here and never returned), and leaves such companies out. The
area a student searches from is a postcode kept in ``match_area`` (``set_match_area``); a
caller may pass another one for a single question. Coordinators and admins only.
"""

from __future__ import annotations

import uuid
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.applications import OPEN as OPEN_APPLICATION
from stagedesk.domain.enums import ApplicationStatus, PokStatus, SearchStatus
from stagedesk.domain.errors import NotFound, ValidationError
from stagedesk.domain.matching import Candidate, DistanceBand, Reason, propose
from stagedesk.domain.meldingen import OPEN
from stagedesk.domain.profiles import ProposalOutcome
from stagedesk.domain.search_round import round_started_on
from stagedesk.domain.search_status import PlacementFact
from stagedesk.domain.validation import normalize_postcode
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.casework import case_student, fetch, today_or, transaction
from stagedesk.services.regions import region_for_postcode
from stagedesk.store.companies import Company, Recognition
from stagedesk.store.lifecycle import MatchArea
from stagedesk.store.meldingen import Melding
from stagedesk.store.placements import Application, Placement
from stagedesk.store.profiles import ProfileProposal
from stagedesk.store.programmes import Programme
from stagedesk.store.students import Student


class SetAsideKind(StrEnum):
    """Why a company is ranked after all others for this student."""

    OPEN_APPLICATION = "open_application"
    REJECTED = "rejected"
    BROKEN_OFF = "broken_off"
    PROPOSED = "proposed"  # a profile proposal still open
    NOT_CHOSEN = "not_chosen"  # a profile proposal declined or unanswered this round


@dataclass(frozen=True)
class SetAside:
    kind: SetAsideKind
    on: date
    text: str


@dataclass(frozen=True)
class ChosenProfile:
    """The company chose the student's profile (a proposal with outcome chosen) on ``on``."""

    on: date
    anonymised: bool
    reference: str


@dataclass(frozen=True)
class CompanyProposal:
    """One company proposed, with the reasons in the order the ranking weighs them;
    ``set_aside`` says why it is ranked last (empty: an ordinary proposal); ``chosen`` that
    it chose the student's profile this round and is ranked first."""

    rank: int
    company_id: uuid.UUID
    name: str
    city: str | None
    region: str | None
    province: str | None
    band: DistanceBand
    capacity: int
    free_places: int
    good_placements: int
    reasons: tuple[Reason, ...]
    set_aside: tuple[SetAside, ...] = ()
    chosen: ChosenProfile | None = None


@dataclass(frozen=True)
class MatchResult:
    student_id: uuid.UUID
    student_number: str
    search_status: SearchStatus
    programme: str
    crebo: str
    on: date
    postcode: str | None  # where the student searches from (None: unknown)
    region: str | None
    province: str | None
    proposals: tuple[CompanyProposal, ...]
    considered: int  # companies recognised for the programme on the day


def match_proposals(
    sessions: sessionmaker[Session],
    actor: Actor,
    student_id: uuid.UUID,
    *,
    postcode: str | None = None,
    limit: int | None = 20,
    today: date | None = None,
) -> MatchResult:
    """Companies to propose to the student on ``today``, best first (at most ``limit``)."""
    require(actor, CASE_WORKERS, "propose matches")
    on = today_or(today)
    if postcode is not None:
        postcode = normalize_postcode(postcode)
    with sessions() as s:
        student = case_student(s, actor, student_id, "propose matches")
        programme = fetch(s, Programme, student.programme_id, "programme")
        if postcode is None:
            postcode = s.execute(
                select(MatchArea.postcode).where(MatchArea.student_id == student.id)
            ).scalar()
        home = region_for_postcode(postcode)
        candidates, companies = _candidates(s, programme.crebo, on)
        history, chosen_by = _history(s, student.id, on)
    ranked = propose(candidates, home, programme.crebo)
    # Stable: companies that chose the profile, the ordinary ranking, then the companies set
    # aside, each in their own order.
    ranked.sort(key=lambda p: 0 if p.company_id in chosen_by else 1 + (p.company_id in history))
    chosen = ranked if limit is None else ranked[:limit]
    proposals = []
    for rank, p in enumerate(chosen, start=1):
        company = companies[p.company_id]
        where = region_for_postcode(company.postcode)
        proposals.append(
            CompanyProposal(
                rank=rank,
                company_id=company.id,
                name=company.name,
                city=company.city,
                region=where.region if where else company.region,
                province=where.province if where else None,
                band=p.band,
                capacity=company.capacity,
                free_places=p.free_places,
                good_placements=p.good_placements,
                reasons=p.reasons,
                set_aside=history.get(p.company_id, ()),
                chosen=chosen_by.get(p.company_id),
            )
        )
    return MatchResult(
        student_id=student.id,
        student_number=student.student_number,
        search_status=student.search_status,
        programme=programme.name,
        crebo=programme.crebo,
        on=on,
        postcode=postcode,
        region=home.region if home else None,
        province=home.province if home else None,
        proposals=tuple(proposals),
        considered=len(candidates),
    )


def set_match_area(
    sessions: sessionmaker[Session], actor: Actor, student_id: uuid.UUID, postcode: str | None
) -> str | None:
    """Keep the postcode the student searches from (None: forget it); returns it normalised."""
    require(actor, CASE_WORKERS, "change match areas")
    clean = None if postcode is None or not postcode.strip() else normalize_postcode(postcode)
    with transaction(sessions, actor) as s:
        student = case_student(s, actor, student_id, "change match areas")
        row = s.execute(select(MatchArea).where(MatchArea.student_id == student.id)).scalar()
        if clean is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(MatchArea(student_id=student.id, postcode=clean))
        else:
            row.postcode = clean
    return clean


def student_by_number(sessions: sessionmaker[Session], actor: Actor, number: str) -> uuid.UUID:
    """The id of the student with this student number; NotFound if none."""
    require(actor, CASE_WORKERS, "propose matches")
    if not number.strip():
        raise ValidationError("student", "give a student number")
    with sessions() as s:
        found = s.execute(
            select(Student.id).where(Student.student_number == number.strip())
        ).scalar()
    if found is None:
        raise NotFound(f"no student with number {number.strip()}")
    return found


# -- helpers ---------------------------------------------------------------------------------


def _history(
    s: Session, student_id: uuid.UUID, on: date
) -> tuple[dict[Hashable, tuple[SetAside, ...]], dict[Hashable, ChosenProfile]]:
    """What the student already had to do with each company in this search, and the companies
    that chose the student's profile this round (see module doc)."""
    placements = s.execute(
        select(
            Placement.company_id,
            Placement.start_date,
            Placement.end_date,
            Placement.ended_early_on,
            Placement.created_at,
        ).where(Placement.student_id == student_id)
    ).all()
    facts = [
        PlacementFact(p.start_date, p.end_date, False, None, p.created_at.date(), p.ended_early_on)
        for p in placements
    ]
    start = round_started_on(facts, on)
    found: dict[Hashable, list[SetAside]] = {}

    def add(company_id: Hashable, kind: SetAsideKind, day: date, text: str) -> None:
        found.setdefault(company_id, []).append(SetAside(kind, day, text))

    for p in placements:
        if p.ended_early_on is not None and p.ended_early_on <= on:
            add(
                p.company_id,
                SetAsideKind.BROKEN_OFF,
                p.ended_early_on,
                f"a placement of this student here was broken off on {p.ended_early_on}",
            )
    applications = s.execute(
        select(Application.company_id, Application.status, Application.status_changed_on).where(
            Application.student_id == student_id
        )
    ).all()
    for a in applications:
        if a.status in OPEN_APPLICATION or a.status is ApplicationStatus.DRAFT:
            add(
                a.company_id,
                SetAsideKind.OPEN_APPLICATION,
                a.status_changed_on,
                f"the student's application here is open ({a.status.value})",
            )
        elif a.status is ApplicationStatus.REJECTED and (
            start is None or a.status_changed_on >= start
        ):
            add(
                a.company_id,
                SetAsideKind.REJECTED,
                a.status_changed_on,
                f"rejected the student's application on {a.status_changed_on}",
            )
    proposals = s.execute(
        select(
            ProfileProposal.company_id,
            ProfileProposal.sent_on,
            ProfileProposal.outcome,
            ProfileProposal.outcome_on,
            ProfileProposal.anonymised,
            ProfileProposal.reference,
        ).where(ProfileProposal.student_id == student_id)
    ).all()
    chosen: dict[Hashable, ChosenProfile] = {}
    for pr in proposals:
        chosen_on = pr.outcome_on if pr.outcome is ProposalOutcome.CHOSEN else None
        if chosen_on is not None and (start is None or chosen_on >= start) and chosen_on <= on:
            known = chosen.get(pr.company_id)
            if known is None or known.on < chosen_on:
                chosen[pr.company_id] = ChosenProfile(chosen_on, pr.anonymised, pr.reference)
        if pr.outcome is None:
            add(
                pr.company_id,
                SetAsideKind.PROPOSED,
                pr.sent_on,
                f"proposed on {pr.sent_on}; no answer recorded yet",
            )
        elif pr.outcome is not ProposalOutcome.CHOSEN and (start is None or pr.sent_on >= start):
            add(
                pr.company_id,
                SetAsideKind.NOT_CHOSEN,
                pr.sent_on,
                f"proposed on {pr.sent_on}: {pr.outcome.value.replace('_', ' ')}",
            )
    # A rejection or a break-off after the choice outweighs it.
    for company, items in found.items():
        if company in chosen and any(
            i.kind in (SetAsideKind.REJECTED, SetAsideKind.BROKEN_OFF)
            and i.on >= chosen[company].on
            for i in items
        ):
            del chosen[company]
    aside = {
        company: tuple(sorted(items, key=lambda i: (i.on, i.kind.value)))
        for company, items in found.items()
    }
    return aside, chosen


def _candidates(s: Session, crebo: str, on: date) -> tuple[list[Candidate], dict[Hashable, Any]]:
    """The companies recognised for ``crebo`` on ``on`` as the ranking sees them, and their
    rows (name, city, capacity, postcode, region) by id."""
    recognised = (
        select(Recognition.company_id)
        .where(
            Recognition.crebo == crebo,
            Recognition.recognised_on <= on,
            or_(Recognition.revoked_on.is_(None), Recognition.revoked_on > on),
        )
        .distinct()
    )
    # Places taken: placements running on the day or ahead, not broken off by then.
    taken = dict(
        s.execute(
            select(Placement.company_id, func.count())
            .where(
                Placement.company_id.in_(recognised),
                Placement.end_date >= on,
                or_(Placement.ended_early_on.is_(None), Placement.ended_early_on > on),
            )
            .group_by(Placement.company_id)
        ).all()
    )
    good = dict(
        s.execute(
            select(Placement.company_id, func.count())
            .where(
                Placement.company_id.in_(recognised),
                Placement.end_date < on,
                Placement.ended_early_on.is_(None),
                Placement.pok_status == PokStatus.COMPLETE,
            )
            .group_by(Placement.company_id)
        ).all()
    )
    # A yes/no per company: which meldingen, how many or about whom never leaves this query.
    signalled = set(
        s.execute(
            select(Melding.company_id)
            .where(Melding.company_id.in_(recognised), Melding.status.in_(OPEN))
            .distinct()
        ).scalars()
    )
    rows = s.execute(
        select(
            Company.id,
            Company.name,
            Company.city,
            Company.capacity,
            Company.postcode,
            Company.region,
        ).where(Company.id.in_(recognised))
    ).all()
    candidates = [
        Candidate(
            company_id=row.id,
            name=row.name,
            recognised=True,
            capacity=row.capacity,
            placed_now=int(taken.get(row.id, 0)),
            region=region_for_postcode(row.postcode),
            good_placements=int(good.get(row.id, 0)),
            has_open_signals=row.id in signalled,
        )
        for row in rows
    ]
    return candidates, {row.id: row for row in rows}
