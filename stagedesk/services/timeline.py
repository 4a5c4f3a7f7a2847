"""The dated entries of a case file, newest first: what happened (and is planned) in a case.

Entries carry structured facts (statuses, parties, company names), never prose: the UI
writes the Dutch sentence. Each entry names its kind and the id of the record it belongs to
(a POK entry names its placement), so the UI can open or act on it. On one day, later steps
of a process come first (a rejection above the sending it followed).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from stagedesk.domain import pok
from stagedesk.domain.checklists import VisitConcern
from stagedesk.domain.enums import (
    ApplicationChannel,
    ApplicationStatus,
    RejectionReason,
    VisitStatus,
    VisitType,
)
from stagedesk.domain.profiles import ProposalOutcome
from stagedesk.domain.visits import VisitMode, decode_actions, decode_concerns
from stagedesk.services.applications import ApplicationView
from stagedesk.services.placements import PlacementView
from stagedesk.store.companies import Company
from stagedesk.store.office import LetterRecord
from stagedesk.store.profiles import ProfileProposal
from stagedesk.store.staff import StaffMember
from stagedesk.store.visits import Visit


class TimelineKind(StrEnum):
    APPLICATION = "application"
    PLACEMENT = "placement"
    POK = "pok"
    VISIT = "visit"
    LETTER = "letter"
    NOTE = "note"
    PROPOSAL = "proposal"  # a profile proposed to a company (coordinators and admins only)


class PlacementEvent(StrEnum):
    STARTS = "starts"
    ENDS = "ends"
    ENDED_EARLY = "ended_early"  # broken off (afgebroken) on this day


class ProposalEvent(StrEnum):
    SENT = "sent"
    ANSWERED = "answered"  # the outcome was recorded (``outcome`` says which)
    REVEALED = "revealed"  # the company of an anonymised proposal learnt who it is


class PokEvent(StrEnum):
    SENT = "sent"
    SIGNED = "signed"  # by ``party``
    COMPLETED = "completed"


@dataclass(frozen=True)
class ApplicationDetail:
    """A status the application reached on the entry's day."""

    status: ApplicationStatus
    rejection_reason: RejectionReason | None
    company_id: uuid.UUID
    company_name: str
    channel: ApplicationChannel


@dataclass(frozen=True)
class PlacementDetail:
    event: PlacementEvent
    company_id: uuid.UUID
    company_name: str
    start: date
    end: date
    hours_per_week: int


@dataclass(frozen=True)
class PokDetail:
    event: PokEvent
    party: str | None  # for SIGNED: one of domain.pok.PARTIES
    company_name: str


@dataclass(frozen=True)
class VisitDetail:
    visit_type: VisitType
    status: VisitStatus
    planned_on: date | None
    held_on: date | None
    mentor_name: str | None
    placement_id: uuid.UUID
    company_name: str
    mode: VisitMode = VisitMode.ON_SITE
    planned_time: time | None = None
    # A held visit's concerns, and whether the office has handled them.
    concerns: frozenset[VisitConcern] = frozenset()
    concerns_handled: bool = False
    open_actions: int = 0  # agreed actions not done yet


@dataclass(frozen=True)
class LetterDetail:
    template: str
    recipient: str
    reference: str
    company_name: str | None


@dataclass(frozen=True)
class NoteDetail:
    body: str
    author_id: uuid.UUID | None
    author_name: str | None


@dataclass(frozen=True)
class ProposalDetail:
    event: ProposalEvent
    anonymised: bool
    reference: str
    company_id: uuid.UUID
    company_name: str
    outcome: ProposalOutcome | None  # as stored now (for ANSWERED: the answer)


TimelineDetail = (
    ApplicationDetail
    | PlacementDetail
    | PokDetail
    | VisitDetail
    | LetterDetail
    | NoteDetail
    | ProposalDetail
)


@dataclass(frozen=True)
class TimelineEntry:
    on: date
    kind: TimelineKind
    # The application, placement (also for POK entries), visit, letter, note or proposal.
    entity_id: uuid.UUID
    detail: TimelineDetail
    planned: bool = False  # the day is after today (a start ahead, a planned visit)


_Add = Callable[[date, TimelineKind, uuid.UUID, TimelineDetail, int], None]


_KIND_ORDER = {kind: n for n, kind in enumerate(TimelineKind)}
_STEP_ORDER = {status: n for n, status in enumerate(ApplicationStatus)}
_POK_ORDER = {PokEvent.SENT: 0, PokEvent.SIGNED: 1, PokEvent.COMPLETED: 2}


@dataclass(frozen=True)
class NoteFact:
    """What the timeline needs of a note (cases.NoteView provides it)."""

    id: uuid.UUID
    written_on: date
    body: str
    author_id: uuid.UUID | None
    author_name: str | None


def build_timeline(
    session: Session,
    student_id: uuid.UUID,
    applications: Iterable[ApplicationView],
    placements: Iterable[PlacementView],
    notes: Iterable[NoteFact],
    kinds: Collection[TimelineKind] | None,
    today: date,
    *,
    proposals: bool = False,
) -> tuple[TimelineEntry, ...]:
    """The case's entries of ``kinds`` (all when None), newest first.

    Profile proposals only with ``proposals`` (the reader may see them: coordinators and
    admins, as services.profile_proposals decides).
    """
    wanted = set(TimelineKind) if kinds is None else set(kinds)
    if not proposals:
        wanted.discard(TimelineKind.PROPOSAL)
    entries: list[tuple[int, TimelineEntry]] = []

    def add(
        on: date, kind: TimelineKind, entity: uuid.UUID, detail: TimelineDetail, rank: int
    ) -> None:
        entries.append((rank, TimelineEntry(on, kind, entity, detail, on > today)))

    placements = list(placements)
    if TimelineKind.APPLICATION in wanted:
        for app in applications:
            for step in app.history:
                # Migration 0002 back-filled rejections without their reason.
                reason = step.rejection_reason
                if reason is None and step.status is ApplicationStatus.REJECTED:
                    reason = app.rejection_reason
                reached = ApplicationDetail(
                    step.status, reason, app.company_id, app.company_name, app.channel
                )
                add(step.on, TimelineKind.APPLICATION, app.id, reached, _STEP_ORDER[step.status])
    for p in placements:
        if TimelineKind.PLACEMENT in wanted:
            stages = [(p.start, PlacementEvent.STARTS)]
            if p.ended_early_on is not None:
                stages.append((p.ended_early_on, PlacementEvent.ENDED_EARLY))
            else:
                stages.append((p.end, PlacementEvent.ENDS))
            for n, (day, stage) in enumerate(stages):
                period = PlacementDetail(
                    stage, p.company_id, p.company_name, p.start, p.end, p.hours_per_week
                )
                add(day, TimelineKind.PLACEMENT, p.id, period, n)
        if TimelineKind.POK in wanted:
            steps: list[tuple[date | None, PokEvent, str | None]] = [
                (p.pok.sent_on, PokEvent.SENT, None),
                (p.pok.completed_on, PokEvent.COMPLETED, None),
            ]
            steps += [(p.pok.signed_on(party), PokEvent.SIGNED, party) for party in pok.PARTIES]
            for signed, event, party in steps:
                if signed is not None:
                    fact = PokDetail(event, party, p.company_name)
                    add(signed, TimelineKind.POK, p.id, fact, _POK_ORDER[event])
    if TimelineKind.VISIT in wanted and placements:
        _visits(session, {p.id: p.company_name for p in placements}, add)
    if TimelineKind.LETTER in wanted:
        _letters(session, student_id, add)
    if TimelineKind.NOTE in wanted:
        for note in notes:
            written = NoteDetail(note.body, note.author_id, note.author_name)
            add(note.written_on, TimelineKind.NOTE, note.id, written, 0)
    if TimelineKind.PROPOSAL in wanted:
        _proposals(session, student_id, add)
    entries.sort(
        key=lambda item: (item[1].on, _KIND_ORDER[item[1].kind], item[0], item[1].entity_id.hex),
        reverse=True,
    )
    return tuple(entry for _, entry in entries)


def _visits(session: Session, companies: dict[uuid.UUID, str], add: _Add) -> None:
    mentor = aliased(StaffMember)
    rows = session.execute(
        select(Visit, mentor.name)
        .outerjoin(mentor, mentor.id == Visit.mentor_id)
        .where(Visit.placement_id.in_(list(companies)))
    ).all()
    for visit, mentor_name in rows:
        on = visit.held_on or visit.planned_on or visit.created_at.date()
        detail = VisitDetail(
            visit.visit_type,
            visit.status,
            visit.planned_on,
            visit.held_on,
            mentor_name,
            visit.placement_id,
            companies[visit.placement_id],
            visit.mode,
            visit.planned_time,
            decode_concerns(visit.concerns),
            visit.concerns_handled_on is not None,
            sum(not action.done for action in decode_actions(visit.agreed_actions)),
        )
        add(on, TimelineKind.VISIT, visit.id, detail, 0)


def _letters(session: Session, student_id: uuid.UUID, add: _Add) -> None:
    rows = session.execute(
        select(LetterRecord, Company.name)
        .outerjoin(Company, Company.id == LetterRecord.company_id)
        .where(LetterRecord.student_id == student_id)
    ).all()
    for letter, company_name in rows:
        detail = LetterDetail(letter.template, letter.recipient, letter.reference, company_name)
        add(letter.produced_at.date(), TimelineKind.LETTER, letter.id, detail, 0)


def _proposals(session: Session, student_id: uuid.UUID, add: _Add) -> None:
    rows = session.execute(
        select(ProfileProposal, Company.name)
        .join(Company, Company.id == ProfileProposal.company_id)
        .where(ProfileProposal.student_id == student_id)
    ).all()
    for row, company_name in rows:
        steps: list[tuple[date | None, ProposalEvent]] = [
            (row.sent_on, ProposalEvent.SENT),
            (row.outcome_on if row.outcome is not None else None, ProposalEvent.ANSWERED),
            # A named proposal is revealed on sending: no entry of its own.
            (row.revealed_on if row.anonymised else None, ProposalEvent.REVEALED),
        ]
        for rank, (on, event) in enumerate(steps):
            if on is not None:
                detail = ProposalDetail(
                    event, row.anonymised, row.reference, row.company_id, company_name, row.outcome
                )
                add(on, TimelineKind.PROPOSAL, row.id, detail, rank)
