"""Breaking off a placement (stage afbreken): the recorded facts and the rules they obey.

A placement ends early with a reason, the party that decided, and the conversation held about
it (the protocol asks for one; after an unsafe situation or discrimination the student leaves
first and the conversation may follow, so it may be recorded later there). The student is then
back to searching from the break-off date (domain.search_status, rule 2); the next placement
can be linked to the broken one as its replacement. A company where placements are broken off
repeatedly within a number of school years is flagged for the coordinator (a setting).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from stagedesk.domain.dates import format_date, school_year_start
from stagedesk.domain.errors import ValidationError

SUMMARY_MAX = 2000


class BreakoffReason(StrEnum):
    """Why the placement ended early (whose side the cause lies on)."""

    STUDENT = "student"
    COMPANY = "company"
    SCHOOL = "school"
    UNSAFE = "unsafe"  # an unsafe situation at the company
    DISCRIMINATION = "discrimination"


class BreakoffParty(StrEnum):
    """Who decided to break the placement off."""

    STUDENT = "student"
    COMPANY = "company"
    SCHOOL = "school"
    JOINTLY = "jointly"


# The student leaves at once; the conversation about it may be held and recorded afterwards.
LEAVE_FIRST = frozenset({BreakoffReason.UNSAFE, BreakoffReason.DISCRIMINATION})


@dataclass(frozen=True)
class BreakoffFacts:
    """What the office records when a placement is broken off."""

    ended_on: date
    reason: BreakoffReason
    decided_by: BreakoffParty
    conversation_on: date | None = None
    conversation_summary: str | None = None


def check_breakoff(facts: BreakoffFacts, start: date, end: date, today: date) -> BreakoffFacts:
    """The facts cleaned (summary stripped), or ValidationError naming the field.

    The break-off date lies within the placement (from its start, before its planned end: a
    placement that ran its course was not broken off) and not in the future. A conversation
    has a date and a summary together, not after today; without one the reason must be an
    unsafe situation or discrimination.
    """
    if not isinstance(facts.reason, BreakoffReason):
        raise ValidationError("reason", f"must be one of {', '.join(BreakoffReason)}")
    if not isinstance(facts.decided_by, BreakoffParty):
        raise ValidationError("decided_by", f"must be one of {', '.join(BreakoffParty)}")
    if facts.ended_on < start:
        raise ValidationError(
            "ended_on",
            f"{format_date(facts.ended_on)} is before the placement's start {format_date(start)}",
        )
    if facts.ended_on >= end:
        raise ValidationError(
            "ended_on",
            f"{format_date(facts.ended_on)} is not before the planned end {format_date(end)}: "
            "the placement ran its course",
        )
    if facts.ended_on > today:
        raise ValidationError("ended_on", f"{format_date(facts.ended_on)} is in the future")
    summary = (facts.conversation_summary or "").strip() or None
    if summary is not None and len(summary) > SUMMARY_MAX:
        raise ValidationError("conversation_summary", f"is longer than {SUMMARY_MAX} characters")
    if (facts.conversation_on is None) != (summary is None):
        field = "conversation_summary" if summary is None else "conversation_on"
        raise ValidationError(field, "a conversation needs both its date and a short summary")
    if facts.conversation_on is not None and facts.conversation_on > today:
        raise ValidationError(
            "conversation_on", f"{format_date(facts.conversation_on)} is in the future"
        )
    if facts.conversation_on is None and facts.reason not in LEAVE_FIRST:
        raise ValidationError(
            "conversation_on",
            "record the conversation held about breaking off (only after an unsafe situation "
            "or discrimination may it follow later)",
        )
    return BreakoffFacts(
        facts.ended_on, facts.reason, facts.decided_by, facts.conversation_on, summary
    )


def check_replacement(broken_end: date, replacement_start: date) -> None:
    """A replacement placement starts after the broken one ended early."""
    if replacement_start <= broken_end:
        raise ValidationError(
            "replacement_id",
            f"starts {format_date(replacement_start)}, not after the break-off on "
            f"{format_date(broken_end)}",
        )


@dataclass(frozen=True)
class BreakoffThreshold:
    """Flag a company with at least ``count`` break-offs in the last ``school_years`` school
    years (the current one included). A school setting."""

    count: int = 2
    school_years: int = 2

    def validated(self) -> BreakoffThreshold:
        if self.count < 1:
            raise ValidationError("count", "must be at least 1")
        if not 1 <= self.school_years <= 10:
            raise ValidationError("school_years", "must be between 1 and 10")
        return self


def window_start(threshold: BreakoffThreshold, today: date) -> date:
    """The first day that counts: the start of the oldest school year in the window."""
    current = school_year_start(today)
    return current.replace(year=current.year - (threshold.school_years - 1))


def flagged(ended_on: Iterable[date], threshold: BreakoffThreshold, today: date) -> bool:
    """Whether these break-off dates of one company reach the threshold on ``today``."""
    since = window_start(threshold, today)
    return sum(1 for day in ended_on if since <= day <= today) >= threshold.count
