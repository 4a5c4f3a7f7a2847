"""What a placement and its POK look like to the case file, with the warnings on a day.

Shared by the placement and POK services: ``load_placement`` (with the version check),
``finish`` (recompute the student's derived status, then the view) and ``view_of``. Views
compare by content: ``version`` is bookkeeping, so a restored placement equals its snapshot.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from stagedesk.domain import placements as rules
from stagedesk.domain import pok
from stagedesk.domain.enums import AllowanceKind, PokStatus
from stagedesk.domain.placements import PlacementWarningItem
from stagedesk.domain.recognition import RecognitionFact
from stagedesk.services import case_status
from stagedesk.services.casework import check_version, fetch
from stagedesk.services.settings import read_settings
from stagedesk.store.companies import Company, ContactPerson, Recognition
from stagedesk.store.placements import Placement
from stagedesk.store.programmes import Programme
from stagedesk.store.students import Student

SIGNATURE_COLUMN = {party: f"pok_signed_{party}" for party in pok.PARTIES}


@dataclass(frozen=True)
class PokView:
    status: PokStatus
    sent_on: date | None
    student_signed_on: date | None
    guardian_signed_on: date | None
    school_signed_on: date | None
    company_signed_on: date | None
    completed_on: date | None
    # Who must sign (the guardian when the student is a minor on the student's signing day,
    # or today while the student has not signed), and who of those has not, in PARTIES order.
    required: tuple[str, ...]
    missing: tuple[str, ...]

    def signed_on(self, party: str) -> date | None:
        return pok.PokSignatures(*self._dates()).signed_on(party)

    def _dates(self) -> tuple[date | None, ...]:
        return (
            self.student_signed_on,
            self.guardian_signed_on,
            self.school_signed_on,
            self.company_signed_on,
        )


@dataclass(frozen=True)
class PlacementView:
    id: uuid.UUID
    student_id: uuid.UUID
    company_id: uuid.UUID
    company_name: str
    application_id: uuid.UUID | None
    praktijkopleider_id: uuid.UUID | None
    praktijkopleider_name: str | None
    start: date
    end: date
    hours_per_week: int
    total_hours: int
    ended_early_on: date | None
    pok: PokView
    allowance_kind: AllowanceKind
    allowance_cents_per_month: int | None
    allowance_paid: bool
    notes: str | None
    warnings: tuple[PlacementWarningItem, ...] = ()
    version: int = field(default=1, compare=False)
    # When it was recorded: the search status counts "placed, awaiting POK" from that day.
    recorded_at: datetime | None = field(default=None, compare=False)


def placement_views(session: Session, student: Student, today: date) -> list[PlacementView]:
    """Every placement of the student with its warnings, latest start first (for a case)."""
    praktijkopleider = aliased(ContactPerson)
    rows = session.execute(
        select(Placement, Company.name, praktijkopleider.name)
        .join(Company, Company.id == Placement.company_id)
        .outerjoin(praktijkopleider, praktijkopleider.id == Placement.praktijkopleider_id)
        .where(Placement.student_id == student.id)
        .order_by(Placement.start_date.desc(), Placement.created_at.desc())
    ).all()
    if not rows:
        return []
    programme = fetch(session, Programme, student.programme_id, "programme")
    settings = read_settings(session)
    warning_rules = rules.WarningRules(
        settings.pok_days_before_start, settings.bbl_warning_weeks, settings.allowance_norm_cents
    )
    recognitions: dict[uuid.UUID, list[RecognitionFact]] = {}
    for company_id, crebo, since, revoked in session.execute(
        select(
            Recognition.company_id,
            Recognition.crebo,
            Recognition.recognised_on,
            Recognition.revoked_on,
        ).where(
            Recognition.company_id.in_(list({p.company_id for p, _, _ in rows})),
            Recognition.crebo == programme.crebo,
        )
    ):
        recognitions.setdefault(company_id, []).append(RecognitionFact(crebo, since, revoked))
    others = {
        p.id: rules.OtherPlacement(p.id, p.start_date, p.end_date, p.ended_early_on, name)
        for p, name, _ in rows
    }
    live_complete = {
        p.id
        for p, _, _ in rows
        if p.pok_status is PokStatus.COMPLETE
        and p.end_date >= today
        and not (p.ended_early_on is not None and p.ended_early_on <= today)
    }
    views = []
    for p, company_name, praktijkopleider_name in rows:
        check = rules.PlacementCheck(
            start=p.start_date,
            end=p.end_date,
            leerweg=programme.leerweg,
            pok_complete=p.pok_status is PokStatus.COMPLETE,
            allowance_kind=p.allowance_kind,
            allowance_cents=p.allowance_cents_per_month,
            crebo=programme.crebo,
            ended_early_on=p.ended_early_on,
            gap=rules.recognition_gap(
                recognitions.get(p.company_id, ()), programme.crebo, p.start_date
            ),
            others=tuple(other for other_id, other in others.items() if other_id != p.id),
            other_complete_pok=bool(live_complete - {p.id}),
        )
        warnings = rules.placement_warnings(check, warning_rules, today)
        views.append(_as_view(p, student, company_name, praktijkopleider_name, warnings, today))
    return views


# What a placement conflict shows (every caller of load_placement is a case worker, who reads
# every case): the fields the placement dialogs change.
CONFLICT_FIELDS = ("start_date", "end_date", "hours_per_week", "praktijkopleider_id")


def load_placement(s: Session, placement_id: uuid.UUID, version: int) -> tuple[Placement, Student]:
    placement = fetch(s, Placement, placement_id, "placement")
    check_version(placement, version, "placement", fields=CONFLICT_FIELDS)
    return placement, fetch(s, Student, placement.student_id, "student")


def signatures(placement: Placement) -> pok.PokSignatures:
    dates = (getattr(placement, SIGNATURE_COLUMN[party]) for party in pok.PARTIES)
    return pok.PokSignatures(*dates)


def finish(s: Session, student: Student, placement: Placement, today: date) -> PlacementView:
    s.flush()
    case_status.recompute(s, student.id, today)
    return view_of(s, student, placement, today)


def view_of(s: Session, student: Student, placement: Placement, today: date) -> PlacementView:
    s.flush()
    return next(v for v in placement_views(s, student, today) if v.id == placement.id)


def _as_view(
    p: Placement,
    student: Student,
    company_name: str,
    praktijkopleider_name: str | None,
    warnings: tuple[PlacementWarningItem, ...],
    today: date,
) -> PlacementView:
    sigs = signatures(p)
    required = pok.required_parties(student.date_of_birth, sigs.student or today)
    return PlacementView(
        id=p.id,
        student_id=p.student_id,
        company_id=p.company_id,
        company_name=company_name,
        application_id=p.application_id,
        praktijkopleider_id=p.praktijkopleider_id,
        praktijkopleider_name=praktijkopleider_name,
        start=p.start_date,
        end=p.end_date,
        hours_per_week=p.hours_per_week,
        total_hours=p.total_hours,
        ended_early_on=p.ended_early_on,
        pok=PokView(
            status=p.pok_status,
            sent_on=p.pok_sent_on,
            student_signed_on=sigs.student,
            guardian_signed_on=sigs.guardian,
            school_signed_on=sigs.school,
            company_signed_on=sigs.company,
            completed_on=p.pok_completed_on,
            required=tuple(party for party in pok.PARTIES if party in required),
            missing=tuple(pok.missing_signatures(student.date_of_birth, sigs, today)),
        ),
        allowance_kind=p.allowance_kind,
        allowance_cents_per_month=p.allowance_cents_per_month,
        allowance_paid=p.allowance_paid,
        notes=p.notes,
        warnings=warnings,
        version=p.version,
        recorded_at=p.created_at,
    )
