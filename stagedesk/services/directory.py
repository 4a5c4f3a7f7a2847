"""The student list behind the main window: filter as you type and sort 50,000 students.

The store hands over a compact index (ids and the few columns filters and sorts use); filtering
and sorting run over it in memory, and the display rows of the visible part are fetched from
the store by id, a page at a time. Nothing here knows Qt.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.enums import SearchStatus
from stagedesk.domain.names import fold
from stagedesk.store import queries
from stagedesk.store.queries import ProgrammeChoice, StudentIndexRow, StudentListRow, StudentSummary

STATUS_ORDER = {status: n for n, status in enumerate(SearchStatus)}


class SortColumn(Enum):
    NUMBER = "number"
    NAME = "name"
    PROGRAMME = "programme"
    COHORT = "cohort"
    MENTOR = "mentor"
    STATUS = "status"
    DAYS_IN_STATUS = "days"
    COMPANY = "company"


@dataclass(frozen=True)
class ListFilter:
    text: str = ""
    status: SearchStatus | None = None
    programme_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class _Entry:
    row: StudentIndexRow
    haystack: str  # folded name, number, programme and company: what typed text must match


class StudentDirectory:
    """Filtered, sorted student ids over an in-memory index, and their rows on demand."""

    PAGE_CACHE = 2_000
    RECENT_FILTERS = 64

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._entries: list[_Entry] = []
        self._programmes: dict[uuid.UUID, ProgrammeChoice] = {}
        self._mentors: dict[uuid.UUID, str] = {}
        self._sort = SortColumn.NAME
        self._descending = False
        self._recent: OrderedDict[ListFilter, list[_Entry]] = OrderedDict()
        self._rows: OrderedDict[uuid.UUID, StudentListRow] = OrderedDict()

    def reload(self) -> None:
        """Read the index again (after the store changed)."""
        with self._sessions() as session:
            index = queries.student_index(session)
            programmes = queries.programme_choices(session)
            self._mentors = queries.mentor_names(session)
        self._programmes = {p.id: p for p in programmes}
        # Typed text also finds students by programme (name or crebo) and by company.
        programme_text = {p.id: fold(f"{p.name} {p.crebo}") for p in programmes}
        company_text: dict[str, str] = {}
        entries = []
        for row in index:
            parts = [row.search_text, programme_text.get(row.programme_id, "")]
            if row.company:
                company = company_text.get(row.company)
                if company is None:
                    company = company_text[row.company] = fold(row.company)
                parts.append(company)
            entries.append(_Entry(row, " | ".join(parts)))
        self._entries = entries
        self._apply_sort()
        self._rows.clear()

    @property
    def total(self) -> int:
        return len(self._entries)

    def programmes(self) -> list[ProgrammeChoice]:
        return sorted(self._programmes.values(), key=lambda p: (p.name, p.niveau, p.leerweg))

    def set_sort(self, column: SortColumn, descending: bool = False) -> None:
        if (column, descending) != (self._sort, self._descending):
            self._sort, self._descending = column, descending
            self._apply_sort()

    def filter(self, wanted: ListFilter) -> list[uuid.UUID]:
        """Ids of the students that match, in the current sort order."""
        key = ListFilter(fold(wanted.text), wanted.status, wanted.programme_id)
        found = self._recent.get(key)
        if found is None:
            found = self._narrow(key)
            self._recent[key] = found
            while len(self._recent) > self.RECENT_FILTERS:
                self._recent.popitem(last=False)
        else:
            self._recent.move_to_end(key)
        return [entry.row.id for entry in found]

    def _narrow(self, wanted: ListFilter) -> list[_Entry]:
        # Typing on narrows: whatever matches "zoe b" matched "zoe" already, so start from the
        # longest recent result whose text is a prefix of this one (backspace hits the cache).
        base = self._entries
        best = -1
        for seen, result in self._recent.items():
            if (
                seen.status == wanted.status
                and seen.programme_id == wanted.programme_id
                and wanted.text.startswith(seen.text)
                and len(seen.text) > best
            ):
                base, best = result, len(seen.text)
        words = wanted.text.split()
        status, programme = wanted.status, wanted.programme_id
        return [
            entry
            for entry in base
            if (status is None or entry.row.status is status)
            and (programme is None or entry.row.programme_id == programme)
            and all(word in entry.haystack for word in words)
        ]

    def rows(self, ids: Sequence[uuid.UUID]) -> list[StudentListRow]:
        """Display rows for ``ids`` (fetched from the store once, then cached)."""
        missing = [i for i in ids if i not in self._rows]
        if missing:
            with self._sessions() as session:
                fetched = queries.student_rows(session, missing)
            self._rows.update(fetched)
            while len(self._rows) > self.PAGE_CACHE:
                self._rows.popitem(last=False)
        return [self._rows[i] for i in ids if i in self._rows]

    def summary(self, student_id: uuid.UUID) -> StudentSummary | None:
        with self._sessions() as session:
            return queries.student_summary(session, student_id)

    def _apply_sort(self) -> None:
        key = self._sort_key()
        self._entries.sort(key=key, reverse=self._descending)
        self._recent.clear()

    def _sort_key(self) -> Callable[[_Entry], tuple[object, ...]]:
        programmes, mentors = self._programmes, self._mentors
        by: dict[SortColumn, Callable[[StudentIndexRow], object]] = {
            SortColumn.NUMBER: lambda r: r.student_number,
            SortColumn.NAME: lambda r: r.sort_key,
            SortColumn.PROGRAMME: lambda r: _programme_key(programmes.get(r.programme_id)),
            SortColumn.COHORT: lambda r: r.cohort,
            SortColumn.MENTOR: lambda r: fold(mentors.get(r.mentor_id, "")) if r.mentor_id else "",
            SortColumn.STATUS: lambda r: STATUS_ORDER[r.status],
            # Ascending by days in status: the most recent change first.
            SortColumn.DAYS_IN_STATUS: lambda r: -r.status_since.toordinal(),
            SortColumn.COMPANY: lambda r: fold(r.company or ""),
        }
        primary = by[self._sort]
        return lambda e: (primary(e.row), e.row.sort_key, e.row.student_number)


def _programme_key(programme: ProgrammeChoice | None) -> tuple[str, int, str]:
    if programme is None:
        return ("", 0, "")
    return (programme.name.casefold(), programme.niveau, programme.leerweg.value)


def days_since(since: date, today: date) -> int:
    return (today - since).days
