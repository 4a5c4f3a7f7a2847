"""The student list behind the main window: filter as you type and sort 50,000 students.

The store hands over a compact index (the few columns filters and sorts use); filtering and
sorting run over it in memory, and the display rows of the visible part are fetched from the
store by id, a page at a time. Students are named by their index key (the id as hex text).
Nothing here knows Qt.
"""

from __future__ import annotations

import uuid
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import overload

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.enums import SearchStatus
from stagedesk.domain.names import fold
from stagedesk.store import queries
from stagedesk.store.queries import ProgrammeChoice, StudentIndexRow, StudentListRow, StudentSummary

StudentKey = str
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


class StudentKeys(Sequence[StudentKey]):
    """The keys a filter found, in sort order: a view over ranks, so it costs nothing to make."""

    __slots__ = ("_ranks", "_keys", "_rank_of")

    def __init__(self, ranks: list[int], keys: list[StudentKey], rank_of: dict[str, int]):
        self._ranks, self._keys, self._rank_of = ranks, keys, rank_of

    def __len__(self) -> int:
        return len(self._ranks)

    @overload
    def __getitem__(self, item: int) -> StudentKey: ...
    @overload
    def __getitem__(self, item: slice) -> list[StudentKey]: ...
    def __getitem__(self, item: int | slice) -> StudentKey | list[StudentKey]:
        if isinstance(item, slice):
            keys = self._keys
            return [keys[rank] for rank in self._ranks[item]]
        return self._keys[self._ranks[item]]

    def index(self, key: object, start: int = 0, stop: int | None = None) -> int:
        """Where ``key`` stands in this result; ValueError when the filter left it out."""
        rank = self._rank_of.get(key) if isinstance(key, str) else None
        end = len(self._ranks) if stop is None else stop
        where = bisect_left(self._ranks, rank, start, end) if rank is not None else end
        if where >= end or self._ranks[where] != rank:
            raise ValueError(f"{key!r} is not in this result")
        return where


class StudentDirectory:
    """Filtered, sorted student keys over an in-memory index, and their rows on demand."""

    PAGE_CACHE = 2_000
    RECENT_FILTERS = 64

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._index: list[StudentIndexRow] = []
        # What typed text must match, per index position: folded name, number, programme and
        # company, separated so that one typed word never spans two fields.
        self._haystacks: list[str] = []
        # The same in the current sort order; a filter result is a list of ranks in it.
        self._ranked: list[StudentIndexRow] = []
        self._ranked_keys: list[StudentKey] = []
        self._ranked_haystacks: list[str] = []
        self._rank_of: dict[StudentKey, int] = {}
        self._programmes: dict[uuid.UUID, ProgrammeChoice] = {}
        self._mentors: dict[uuid.UUID, str] = {}
        self._sort = SortColumn.NAME
        self._descending = False
        self._recent: OrderedDict[ListFilter, list[int]] = OrderedDict()
        self._rows: OrderedDict[StudentKey, StudentListRow] = OrderedDict()

    def reload(self) -> None:
        """Read the index again (after the store changed)."""
        with self._sessions() as session:
            index = queries.student_index(session)
            programmes = queries.programme_choices(session)
            self._mentors = queries.mentor_names(session)
        self._programmes = {p.id: p for p in programmes}
        programme_text = {p.id: fold(f"{p.name} {p.crebo}") for p in programmes}
        company_text: dict[str | None, str] = {None: ""}
        haystacks = []
        for row in index:
            company = company_text.get(row.company)
            if company is None:
                company = company_text[row.company] = fold(row.company or "")
            haystacks.append(_haystack(row, programme_text.get(row.programme_id, ""), company))
        self._index, self._haystacks = index, haystacks
        self._apply_sort()
        self._rows.clear()

    def refresh_student(self, key: StudentKey) -> bool:
        """Read one student's index row again after a change in their case (status, since,
        company): ~1 ms instead of a full ``reload``. The row keeps its place in the sort
        order, which may be slightly stale (a status sort) until the next reload; filters
        are worked out again. False when the student is not in the index (reload instead)."""
        rank = self._rank_of.get(key)
        if rank is None:
            return False
        with self._sessions() as session:
            found = queries.student_index(session, uuid.UUID(hex=key))
        if not found:
            return False
        row = found[0]
        position = next(i for i, old in enumerate(self._index) if old.key == key)
        programme = self._programmes.get(row.programme_id)
        programme_text = fold(f"{programme.name} {programme.crebo}") if programme else ""
        haystack = _haystack(row, programme_text, fold(row.company or ""))
        self._index[position], self._haystacks[position] = row, haystack
        self._ranked[rank], self._ranked_haystacks[rank] = row, f"{haystack} "
        self._recent.clear()
        self._rows.pop(key, None)
        return True

    @property
    def total(self) -> int:
        return len(self._index)

    def programmes(self) -> list[ProgrammeChoice]:
        return sorted(self._programmes.values(), key=lambda p: (p.name, p.niveau, p.leerweg))

    def set_sort(self, column: SortColumn, descending: bool = False) -> None:
        if (column, descending) != (self._sort, self._descending):
            self._sort, self._descending = column, descending
            self._apply_sort()

    def filter(self, wanted: ListFilter) -> StudentKeys:
        """Keys of the students that match, in the current sort order."""
        folded = ListFilter(fold(wanted.text), wanted.status, wanted.programme_id)
        found = self._recent.get(folded)
        if found is None:
            found = self._narrow(folded)
            self._recent[folded] = found
            while len(self._recent) > self.RECENT_FILTERS:
                self._recent.popitem(last=False)
        else:
            self._recent.move_to_end(folded)
        return StudentKeys(found, self._ranked_keys, self._rank_of)

    def _narrow(self, wanted: ListFilter) -> list[int]:
        # Typing on narrows: whatever matches "zoe b" matched "zoe" already, so start from the
        # longest recent result whose text is a prefix of this one (backspace hits the cache).
        found: Sequence[int] = range(len(self._ranked))
        best = -1
        for seen, result in self._recent.items():
            if (
                seen.status == wanted.status
                and seen.programme_id == wanted.programme_id
                and wanted.text.startswith(seen.text)
                and len(seen.text) > best
            ):
                found, best = result, len(seen.text)
        ranked, haystacks = self._ranked, self._ranked_haystacks
        if best < 0:  # a recent result already honours status and programme
            if wanted.status is not None:
                found = [r for r in found if ranked[r].status is wanted.status]
            if wanted.programme_id is not None:
                found = [r for r in found if ranked[r].programme_id == wanted.programme_id]
        # One pass per word over what the previous word left, in rank order (see _apply_sort).
        for word in wanted.text.split():
            found = [r for r in found if word in haystacks[r]]
        return list(found)

    def rows(self, keys: Sequence[StudentKey]) -> list[StudentListRow | None]:
        """Display rows for ``keys``, in the same order; None for a student no longer there."""
        missing = [k for k in keys if k not in self._rows]
        if missing:
            with self._sessions() as session:
                fetched = queries.student_rows(session, [uuid.UUID(hex=k) for k in missing])
            for row in fetched.values():
                self._rows[row.id.hex] = row
            while len(self._rows) > self.PAGE_CACHE:
                self._rows.popitem(last=False)
        return [self._rows.get(k) for k in keys]

    def row_reader(
        self, keys: Sequence[StudentKey], chunk: int = 500
    ) -> Callable[[], Iterator[StudentListRow | None]]:
        """A call giving the display rows of ``keys`` (in order; None for a student no longer
        there) read fresh in one session of its own, past the page cache: unlike ``rows`` it may
        run on another thread (an export's worker). ``keys`` must be the caller's own copy."""
        sessions = self._sessions

        def read() -> Iterator[StudentListRow | None]:
            with sessions() as session:
                for start in range(0, len(keys), chunk):
                    part = [uuid.UUID(hex=k) for k in keys[start : start + chunk]]
                    fetched = queries.student_rows(session, part)
                    yield from (fetched.get(key) for key in part)

        return read

    def summary(self, key: StudentKey) -> StudentSummary | None:
        with self._sessions() as session:
            return queries.student_summary(session, uuid.UUID(hex=key))

    def _apply_sort(self) -> None:
        key = self._sort_key()
        index, haystacks = self._index, self._haystacks
        order = sorted(range(len(index)), key=lambda i: key(index[i]), reverse=self._descending)
        self._ranked = [index[i] for i in order]
        self._ranked_keys = [row.key for row in self._ranked]
        self._rank_of = {k: rank for rank, k in enumerate(self._ranked_keys)}
        # New string objects, made in rank order so that they also lie in memory in that
        # order: a filter's pass over them runs two to three times faster (cache locality).
        self._ranked_haystacks = [f"{haystacks[i]} " for i in order]
        self._recent.clear()

    def _sort_key(self) -> Callable[[StudentIndexRow], tuple[object, ...]]:
        mentor_keys = {mentor_id: fold(name) for mentor_id, name in self._mentors.items()}
        programme_keys = {pid: _programme_key(p) for pid, p in self._programmes.items()}
        company_keys: dict[str | None, str] = {None: ""}
        for row in self._index:
            if row.company not in company_keys:
                company_keys[row.company] = fold(row.company or "")
        by: dict[SortColumn, Callable[[StudentIndexRow], object]] = {
            SortColumn.NUMBER: lambda r: r.student_number,
            SortColumn.NAME: lambda r: r.sort_key,
            SortColumn.PROGRAMME: lambda r: programme_keys.get(r.programme_id, ("", 0, "")),
            SortColumn.COHORT: lambda r: r.cohort,
            SortColumn.MENTOR: lambda r: mentor_keys.get(r.mentor_id, "") if r.mentor_id else "",
            SortColumn.STATUS: lambda r: STATUS_ORDER[r.status],
            # Ascending by days in status: the most recent change first.
            SortColumn.DAYS_IN_STATUS: lambda r: -r.status_since.toordinal(),
            SortColumn.COMPANY: lambda r: company_keys[r.company],
        }
        primary = by[self._sort]
        return lambda r: (primary(r), r.sort_key, r.student_number)


def _haystack(row: StudentIndexRow, programme_text: str, company_text: str) -> str:
    """What typed text is matched against (all folded); the separators keep one typed word
    from spanning two fields."""
    return f"{row.search_text} | {programme_text} | {company_text}"


def _programme_key(programme: ProgrammeChoice) -> tuple[str, int, str]:
    return (programme.name.casefold(), programme.niveau, programme.leerweg.value)


def days_since(since: date, today: date) -> int:
    return (today - since).days
