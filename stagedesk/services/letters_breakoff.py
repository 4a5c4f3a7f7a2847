"""What a letter can say about a student's broken-off placement: the afbreking.* placeholders.

A template that uses any of them (the break-off confirmation, bevestiging-afbreken-bpv) is
about the student's latest break-off (services.breakoff records them); printing it for a
student without one is refused before anything is written, naming the student.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.domain.breakoff import BreakoffParty, BreakoffReason
from stagedesk.domain.dates import format_date_long
from stagedesk.pdf.templates import LetterTemplate, LetterTemplateError
from stagedesk.store.companies import Company
from stagedesk.store.lifecycle import PlacementBreakoff
from stagedesk.store.placements import Placement

# The student's latest break-off (stage afbreken); a letter using one needs a break-off.
BREAKOFF_VALUES = (
    "afbreking.datum",
    "afbreking.reden",
    "afbreking.besloten_door",
    "afbreking.gesprek_datum",
    "afbreking.bedrijf",
    "afbreking.begindatum",
    "afbreking.geplande_einddatum",
)
# As a letter says them: "reden: ligt bij het leerbedrijf", "besloten door: de school".
BREAKOFF_REASON_NL = {
    BreakoffReason.STUDENT: "ligt bij de student",
    BreakoffReason.COMPANY: "ligt bij het leerbedrijf",
    BreakoffReason.SCHOOL: "ligt bij de school",
    BreakoffReason.UNSAFE: "een onveilige situatie bij het leerbedrijf",
    BreakoffReason.DISCRIMINATION: "discriminatie",
}
BREAKOFF_PARTY_NL = {
    BreakoffParty.STUDENT: "de student",
    BreakoffParty.COMPANY: "het leerbedrijf",
    BreakoffParty.SCHOOL: "de school",
    BreakoffParty.JOINTLY: "de student, het leerbedrijf en de school samen",
}


@dataclass(frozen=True, slots=True)
class BrokenOff:
    """A student's placement that was broken off, and how (services.breakoff records it).

    Narrower than services.breakoff.BreakoffView on purpose: no conversation summary (the
    audit trail keeps only its digest), so no template can put it in a letter."""

    company_name: str
    start: date
    planned_end: date
    ended_on: date
    reason: BreakoffReason
    decided_by: BreakoffParty
    conversation_on: date | None


def latest_breakoffs(
    session: Session, ids: Sequence[uuid.UUID], chunk_size: int
) -> dict[uuid.UUID, BrokenOff]:
    """Per student of ``ids`` the break-off that ended last (``chunk_size`` ids per query)."""
    latest: dict[uuid.UUID, BrokenOff] = {}
    for at in range(0, len(ids), chunk_size):
        chunk = list(ids[at : at + chunk_size])
        rows = session.execute(
            select(PlacementBreakoff, Placement, Company.name)
            .join(Placement, Placement.id == PlacementBreakoff.placement_id)
            .join(Company, Company.id == Placement.company_id)
            .where(Placement.student_id.in_(chunk))
        ).all()
        for row, placement, company_name in rows:
            best = latest.get(placement.student_id)
            if best is None or row.ended_on > best.ended_on:
                latest[placement.student_id] = BrokenOff(
                    company_name=company_name,
                    start=placement.start_date,
                    planned_end=placement.end_date,
                    ended_on=row.ended_on,
                    reason=row.reason,
                    decided_by=row.decided_by,
                    conversation_on=row.conversation_on,
                )
    return latest


def breakoff_values(b: BrokenOff | None) -> dict[str, str | None]:
    """The afbreking.* placeholder values (all None without a break-off)."""
    if b is None:
        return {name: None for name in BREAKOFF_VALUES}
    conversation = b.conversation_on
    return {
        "afbreking.datum": format_date_long(b.ended_on),
        "afbreking.reden": BREAKOFF_REASON_NL[b.reason],
        "afbreking.besloten_door": BREAKOFF_PARTY_NL[b.decided_by],
        "afbreking.gesprek_datum": format_date_long(conversation) if conversation else None,
        "afbreking.bedrijf": b.company_name,
        "afbreking.begindatum": format_date_long(b.start),
        "afbreking.geplande_einddatum": format_date_long(b.planned_end),
    }


def check_breakoff(
    template: LetterTemplate, breakoff: BrokenOff | None, number: str, name: str
) -> None:
    """Refuse a template about a break-off for a student who has none."""
    if breakoff is None and any(p.name in BREAKOFF_VALUES for p in template.placeholders()):
        raise LetterTemplateError(
            template.source,
            None,
            f"student {number} ({name}) has no broken-off placement for the letter "
            f"'{template.title}' to confirm",
            student_number=number,
        )
