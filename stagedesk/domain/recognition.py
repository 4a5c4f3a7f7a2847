"""Whether SBB's recognitions (erkenningen) of a company cover a qualification on a date.

SBB recognises a leerbedrijf per qualification (crebo) from a date, and can revoke that
recognition. A recognition covers a date from ``recognised_on`` up to the day before
``revoked_on``: on the day of revocation the company is no longer recognised. A company may
hold several recognitions for one crebo over the years (recognised, revoked, recognised again).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from stagedesk.domain.dates import format_date
from stagedesk.domain.errors import ValidationError


@dataclass(frozen=True, slots=True)
class RecognitionFact:
    """One recognition as the rules need it; ``crebo`` in its canonical 5-digit form."""

    crebo: str
    recognised_on: date
    revoked_on: date | None = None

    def in_force(self, on: date) -> bool:
        return self.recognised_on <= on and (self.revoked_on is None or on < self.revoked_on)


def check_dates(recognised_on: date, revoked_on: date | None) -> None:
    """Refuse a revocation dated before the recognition (the same day is allowed)."""
    if revoked_on is not None and revoked_on < recognised_on:
        raise ValidationError(
            "revoked_on",
            f"{format_date(revoked_on)} is before the recognition date "
            f"{format_date(recognised_on)}",
        )


def overlap(first: RecognitionFact, second: RecognitionFact) -> bool:
    """Whether two recognitions' periods share a day (the crebo is not compared)."""
    first_ends = first.revoked_on or date.max
    second_ends = second.revoked_on or date.max
    return first.recognised_on < second_ends and second.recognised_on < first_ends


def covers(recognitions: Iterable[RecognitionFact], crebo: str, on: date) -> bool:
    """True if some recognition for ``crebo`` is in force on ``on``."""
    return any(fact.crebo == crebo and fact.in_force(on) for fact in recognitions)


def why_not(recognitions: Iterable[RecognitionFact], crebo: str, on: date) -> str:
    """Why the recognitions do not cover ``crebo`` on ``on``, in one sentence; "" if they do.

    One of: not recognised for this crebo; recognised only from a later date; revoked on a
    date (with the later date it is recognised again from, if there is one).
    """
    facts = [fact for fact in recognitions if fact.crebo == crebo]
    if any(fact.in_force(on) for fact in facts):
        return ""
    if not facts:
        return f"the company is not recognised for crebo {crebo}"
    later = [fact.recognised_on for fact in facts if fact.recognised_on > on]
    revoked = [
        fact.revoked_on
        for fact in facts
        if fact.revoked_on is not None and fact.revoked_on <= on and fact.recognised_on <= on
    ]
    if revoked:
        message = f"the recognition for crebo {crebo} was revoked on {format_date(max(revoked))}"
        if later:
            message += f"; it is recognised again only from {format_date(min(later))}"
        return message
    return f"the company is recognised for crebo {crebo} only from {format_date(min(later))}"
