"""The facts behind each reason on the attention list (services.attention): one small class
per kind of signal, which the window words into a sentence and the CLI prints as JSON."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum

from stagedesk.domain.enums import PokStatus, SearchStatus, VisitType


class _Facts:
    """Shared by the detail classes: the facts as JSON values (dates ISO, enums by value, ids
    as text)."""

    __slots__ = ()

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = list(value)
            elif isinstance(value, StrEnum):
                value = value.value
            elif isinstance(value, uuid.UUID):
                value = str(value)
            out[f.name] = value
        return out


# The details are not frozen for the same reason; nothing changes them after the build.
@dataclass(slots=True)
class SearchDetail(_Facts):
    """SEARCHING_LONG, ENTREE_OR_N2_SEARCHING: the search status and since when."""

    status: SearchStatus
    since: date
    weeks: int  # whole weeks since ``since``

    def summary(self) -> str:
        return f"{self.status.value} for {self.weeks} weeks (since {self.since.isoformat()})"


@dataclass(slots=True)
class RejectionDetail(_Facts):
    """MANY_REJECTIONS: rejections in the current search round."""

    rejections: int
    last_rejected_on: date | None

    def summary(self) -> str:
        return f"{self.rejections} rejections in this search"


@dataclass(slots=True)
class BblDetail(_Facts):
    """BBL_DEADLINE: the 31-December date of this school year."""

    deadline: date
    days_until_deadline: int  # negative once passed
    status: SearchStatus

    def summary(self) -> str:
        return f"BBL without a complete POK, deadline {self.deadline.isoformat()}"


@dataclass(slots=True)
class PokDetail(_Facts):
    """POK_PENDING: who still must sign, for a placement starting (or started) when."""

    company: str
    start_date: date
    days_until_start: int  # negative once started
    pok_status: PokStatus
    missing_parties: tuple[str, ...]  # domain.pok party names, in signing order

    def summary(self) -> str:
        missing = ", ".join(self.missing_parties)
        return f"POK {self.pok_status.value}, not signed by {missing}; start {self.start_date}"


@dataclass(slots=True)
class VisitDetail(_Facts):
    """NO_VISIT_PLANNED: the placement without any visit planned or held."""

    company: str
    start_date: date
    end_date: date
    days_until_start: int  # negative once started

    def summary(self) -> str:
        return f"no visit planned at {self.company}; start {self.start_date.isoformat()}"


@dataclass(slots=True)
class ConcernDetail(_Facts):
    """VISIT_CONCERNS: a held visit's concerns that nobody has marked handled yet."""

    company: str
    visit_type: VisitType
    held_on: date
    days_ago: int
    concerns: tuple[str, ...]  # domain.checklists.VisitConcern values, sorted
    visit_id: uuid.UUID

    def summary(self) -> str:
        return f"concerns ({', '.join(self.concerns)}) at {self.company}, visit {self.held_on}"


@dataclass(slots=True)
class PrerequisiteDetail(_Facts):
    """PREREQUISITES_MISSING: a placement starting soon (or started) and the prerequisites
    (VOG ...) its student lacks on the start date, by name."""

    company: str
    start_date: date
    days_until_start: int  # negative once started
    missing: tuple[str, ...]  # prerequisite names
    placement_id: uuid.UUID

    def summary(self) -> str:
        return f"missing {', '.join(self.missing)}; start {self.start_date} at {self.company}"


@dataclass(slots=True)
class HoursDetail(_Facts):
    """HOURS_BEHIND: a running placement whose hours written so far lag more than a week's
    share of the required hours behind (domain.hours); hours rounded to whole hours."""

    company: str
    start_date: date
    end_date: date
    required_hours: int
    realised_hours: int
    expected_hours: int  # by the end of the last week passed
    behind_hours: int
    placement_id: uuid.UUID

    def summary(self) -> str:
        return (
            f"{self.realised_hours} of {self.expected_hours} hours expected by now "
            f"({self.required_hours} required) at {self.company}"
        )


AttentionDetail = (
    SearchDetail
    | RejectionDetail
    | BblDetail
    | PokDetail
    | VisitDetail
    | ConcernDetail
    | PrerequisiteDetail
    | HoursDetail
)
