"""Matching proposals: which recognised companies with room to propose to a searching student,
in what order, and why (objectief werven en selecteren: reasons the office can show).

A company is proposed only if it is recognised for the student's programme on the day, has a
free place (capacity above the placements it holds now or ahead), and has no open signal at
the meldpunt (the service passes a yes/no only; nothing of a melding reaches this module or
the proposal). The order: distance band (same region, same province, elsewhere, unknown),
then more earlier placements completed without a break-off, then more free places, then name.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from stagedesk.domain.regions import Region


class DistanceBand(StrEnum):
    """How far a company is from where the student searches, by the postcode table's areas."""

    SAME_REGION = "same_region"
    SAME_PROVINCE = "same_province"
    ELSEWHERE = "elsewhere"
    UNKNOWN = "unknown"  # the student's or the company's region is not known


_BAND_ORDER = {band: rank for rank, band in enumerate(DistanceBand)}


def distance_band(student: Region | None, company: Region | None) -> DistanceBand:
    if student is None or company is None:
        return DistanceBand.UNKNOWN
    if student.province != company.province:
        return DistanceBand.ELSEWHERE
    if student.region == company.region:
        return DistanceBand.SAME_REGION
    return DistanceBand.SAME_PROVINCE


class ReasonKind(StrEnum):
    RECOGNITION = "recognition"
    CAPACITY = "capacity"
    DISTANCE = "distance"
    EARLIER_PLACEMENTS = "earlier_placements"
    SIGNALS = "signals"


@dataclass(frozen=True)
class Reason:
    kind: ReasonKind
    text: str


@dataclass(frozen=True)
class Candidate:
    """A company as the ranking needs it; ``has_open_signals`` is a yes/no only."""

    company_id: Hashable
    name: str
    recognised: bool
    capacity: int
    placed_now: int
    region: Region | None
    good_placements: int
    has_open_signals: bool

    @property
    def free_places(self) -> int:
        return max(self.capacity - self.placed_now, 0)


@dataclass(frozen=True)
class Proposal:
    company_id: Hashable
    name: str
    rank: int  # 1 = best
    band: DistanceBand
    free_places: int
    good_placements: int
    reasons: tuple[Reason, ...]


def propose(
    candidates: Iterable[Candidate], student_region: Region | None, crebo: str
) -> list[Proposal]:
    """The companies to propose, best first, each with its reasons (see module doc)."""
    kept = [
        (c, distance_band(student_region, c.region))
        for c in candidates
        if c.recognised and c.free_places > 0 and not c.has_open_signals
    ]
    kept.sort(key=lambda cb: (_BAND_ORDER[cb[1]], -cb[0].good_placements, -cb[0].free_places,
                              cb[0].name.casefold()))  # fmt: skip
    return [
        Proposal(c.company_id, c.name, rank, band, c.free_places, c.good_placements,
                 _reasons(c, band, crebo))
        for rank, (c, band) in enumerate(kept, start=1)
    ]  # fmt: skip


def _where(band: DistanceBand, region: Region | None) -> str:
    if region is None or band is DistanceBand.UNKNOWN:
        return "distance unknown (no postcode for the student or the company)"
    if band is DistanceBand.SAME_REGION:
        return f"in the student's region ({region.region})"
    if band is DistanceBand.SAME_PROVINCE:
        return f"in the student's province ({region.province}), region {region.region}"
    return f"outside the student's province: {region.region} ({region.province})"


def _reasons(c: Candidate, band: DistanceBand, crebo: str) -> tuple[Reason, ...]:
    earlier = (
        f"{c.good_placements} earlier placement(s) completed without a break-off"
        if c.good_placements
        else "no earlier placements completed here yet"
    )
    return (
        Reason(ReasonKind.RECOGNITION, f"recognised by SBB for crebo {crebo}"),
        Reason(ReasonKind.CAPACITY, f"{c.free_places} of {c.capacity} place(s) free"),
        Reason(ReasonKind.DISTANCE, _where(band, c.region)),
        Reason(ReasonKind.EARLIER_PLACEMENTS, earlier),
        Reason(ReasonKind.SIGNALS, "no open signals"),
    )
