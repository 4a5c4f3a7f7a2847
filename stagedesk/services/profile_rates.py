"""Anonymised against named proposals: how many, and how often the company said no — the
dashboard's check on objectief werven en selecteren (numbers only, no students)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain import profiles as rules
from stagedesk.domain.profiles import ProposalOutcome
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.store.profiles import ProfileProposal


@dataclass(frozen=True)
class KindRate:
    """One kind of proposal (anonymised or named) as the dashboard compares them."""

    anonymised: bool
    proposals: int
    open: int
    chosen: int
    declined: int
    no_answer: int

    @property
    def rejection_rate(self) -> float | None:
        """Declined or unanswered among the answered (domain.profiles.rejection_rate)."""
        return rules.rejection_rate(self.chosen, self.declined, self.no_answer)


@dataclass(frozen=True)
class ProposalRates:
    anonymised: KindRate
    named: KindRate


def proposal_rates(
    sessions: sessionmaker[Session], actor: Actor, *, since: date | None = None
) -> ProposalRates:
    """Anonymised against named proposals (sent on or after ``since``): counts per outcome."""
    require(actor, CASE_WORKERS, "read proposal figures")
    with sessions() as s:
        return read_rates(s, since=since)


def read_rates(s: Session, *, since: date | None = None) -> ProposalRates:
    query = select(ProfileProposal.anonymised, ProfileProposal.outcome, func.count())
    if since is not None:
        query = query.where(ProfileProposal.sent_on >= since)
    rows = s.execute(query.group_by(ProfileProposal.anonymised, ProfileProposal.outcome)).all()
    counts = {(bool(a), o): int(n) for a, o, n in rows}
    return ProposalRates(_kind(counts, True), _kind(counts, False))


def _kind(counts: dict[tuple[bool, ProposalOutcome | None], int], anonymised: bool) -> KindRate:
    def n(outcome: ProposalOutcome | None) -> int:
        return counts.get((anonymised, outcome), 0)

    chosen, declined = n(ProposalOutcome.CHOSEN), n(ProposalOutcome.DECLINED)
    no_answer, still_open = n(ProposalOutcome.NO_ANSWER), n(None)
    total = chosen + declined + no_answer + still_open
    return KindRate(anonymised, total, still_open, chosen, declined, no_answer)
