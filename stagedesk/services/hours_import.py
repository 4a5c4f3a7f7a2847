"""Import bpv hours from a CSV or Excel file a company or student hands over: check every row,
then all or nothing.

A row is one week of one student: the student number, the week (ISO week ``2026-W37``,
``37-2026``, or any date in it, e.g. the period's start ``07-09-2026``), the hours worked, and
hours sick and of other absence (``32``, ``7,5``, ``7.5`` or ``7:30``), with an optional note.
Columns are found by their usual Dutch or English names (see ``COLUMNS``); the file is read by
``services.imports_read`` (UTF-8 or Windows-1252, comma, semicolon or tab).

Each week goes to the student's placement that runs in it and is checked as
``services.hours.record_week`` checks a week entered by hand; a week entered before is
updated. Every problem is listed by row and column; with ``dry_run``, or when any row has a
problem, nothing is written. Otherwise all rows are written in one transaction, each in the
audit trail, with the placements' totals (store.hours_totals). Coordinators import for every
student, a mentor for their own students only.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain import hours as rules
from stagedesk.domain.audit_chain import digest
from stagedesk.domain.dates import format_date
from stagedesk.domain.errors import ValidationError
from stagedesk.domain.hours import WEEK_MINUTES_MAX, AbsenceKind, WeekHours
from stagedesk.domain.imports import RowProblem
from stagedesk.domain.imports_cells import date_value
from stagedesk.domain.imports_cells import text as cell_text
from stagedesk.services import audit
from stagedesk.services import hours as hours_service
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.casework import CASE_READERS, today_or
from stagedesk.services.imports_read import Cells, ImportFileError, read_table
from stagedesk.store import hours_totals
from stagedesk.store.lifecycle import BpvHours
from stagedesk.store.placements import Placement
from stagedesk.store.students import Student

NOTE_MAX = 500

# field → the column names that mean it (compared without case, spaces and punctuation)
COLUMNS: dict[str, tuple[str, ...]] = {
    "student": ("studentnummer", "studentnr", "student", "leerlingnummer", "deelnemernummer",
                "studentnumber", "nummer"),
    "week": ("week", "isoweek", "weeknummer", "weeknr", "jaarweek"),
    "start": ("periode", "begin", "startdatum", "begindatum", "weekvan", "maandag", "datum",
              "periodstart", "start", "weekstart", "van"),
    "worked": ("uren", "gewerkt", "gewerkteuren", "urengewerkt", "hours", "worked",
               "workedhours"),
    "sick": ("ziek", "ziekte", "ziekuren", "ziekteuren", "sick", "sickhours"),
    "other": ("anders", "overig", "anderverzuim", "overigverzuim", "verzuim", "afwezig",
              "afwezigheid", "verlof", "other", "otherabsence"),
    "note": ("opmerking", "opmerkingen", "toelichting", "notitie", "note", "remark"),
}  # fmt: skip
LABELS = {
    "student": "studentnummer",
    "week": "week",
    "start": "periode",
    "worked": "uren",
    "sick": "ziek",
    "other": "anders",
    "note": "opmerking",
}

_ISO_WEEK = re.compile(r"(\d{4})\s*-?\s*[wW]\s*(\d{1,2})(?:\s*-\s*[1-7])?")
_WEEK_YEAR = re.compile(r"(?:[wW]|[wW]eek|[wW]k)?\s*(\d{1,2})\s*[-/ ]\s*(\d{4})")
_HOURS = re.compile(r"(\d{1,3})(?:[.,](\d{1,2}))?")
_HOURS_MINUTES = re.compile(r"(\d{1,3}):([0-5]\d)")


@dataclass(frozen=True)
class HoursImportResult:
    """What an hours import did, or would do (``dry_run``), and every problem that stops it."""

    file: str
    rows: int  # data rows read (blank rows not counted)
    added: int
    updated: int
    unchanged: int
    problems: tuple[RowProblem, ...]
    dry_run: bool
    columns: dict[str, str] = field(default_factory=dict)  # field → file column

    @property
    def committed(self) -> bool:
        return not self.dry_run and not self.problems


# --- cells ---------------------------------------------------------------------------------------


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def find_columns(headers: tuple[str, ...]) -> dict[str, str]:
    """The file's column for each field it has (the first header that names it)."""
    found: dict[str, str] = {}
    for header in headers:
        key = _key(header)
        for name, aliases in COLUMNS.items():
            if key in aliases and name not in found:
                found[name] = header
                break
    return found


def week_start(value: str, field_name: str = "week") -> date:
    """The Monday of the week a cell names: an ISO week (2026-W37), week-year (37-2026) or a
    date in the week (07-09-2026, 2026-09-07)."""
    text = value.strip()
    for pattern, order in ((_ISO_WEEK, (1, 2)), (_WEEK_YEAR, (2, 1))):
        match = pattern.fullmatch(text)
        if match is not None:
            year, week = int(match.group(order[0])), int(match.group(order[1]))
            try:
                return date.fromisocalendar(year, week, 1)
            except ValueError:
                raise ValidationError(field_name, f"{year} has no week {week}") from None
    if re.fullmatch(r"(?:[wW]|[wW]eek|[wW]k)?\s*\d{1,2}", text):
        raise ValidationError(
            field_name, f"give the year with the week, like 2026-W37, not {text!r}"
        )
    day = date_value(field_name, text)
    if day is None:
        raise ValidationError(field_name, "is empty")
    return rules.monday(day)


def minutes(value: str, field_name: str) -> int:
    """Hours as typed (32, 7,5, 7.5, 7:30) in minutes; an empty cell is 0."""
    text = value.strip()
    if not text:
        return 0
    if text.endswith(".0"):
        text = text[:-2]  # a spreadsheet's whole number
    match = _HOURS_MINUTES.fullmatch(text)
    if match is not None:
        result = int(match.group(1)) * 60 + int(match.group(2))
    else:
        match = _HOURS.fullmatch(text)
        if match is None:
            raise ValidationError(
                field_name, f"must be hours like 32, 7,5 or 7:30, got {text[:40]!r}"
            )
        fraction = match.group(2) or "0"
        result = int(match.group(1)) * 60 + round(int(fraction) * 60 / 10 ** len(fraction))
    if result > WEEK_MINUTES_MAX:
        raise ValidationError(field_name, f"{text} hours is more than a week holds (168)")
    return result


# --- the import ------------------------------------------------------------------------------


@dataclass
class _Plan:
    inserts: list[tuple[uuid.UUID, WeekHours, str | None]] = field(default_factory=list)
    updates: list[tuple[BpvHours, WeekHours, str | None]] = field(default_factory=list)
    unchanged: int = 0


def import_hours(
    sessions: sessionmaker[Session],
    actor: Actor,
    path: str | Path,
    *,
    dry_run: bool = False,
    student_id: uuid.UUID | None = None,
    today: date | None = None,
) -> HoursImportResult:
    """Check ``path`` and, unless ``dry_run`` or any row has a problem, enter its weeks.

    ``student_id`` limits the file to one student (the import of a case's hours). Raises
    ``PermissionDenied`` for a role that enters no hours; everything wrong with the file or its
    rows is in the result's problems, and then the store is unchanged."""
    require(actor, CASE_READERS, "import bpv hours")
    today = today_or(today)
    file = Path(path).name
    try:
        table = read_table(path)
    except ImportFileError as exc:
        return HoursImportResult(file, 0, 0, 0, 0, (_file_problem(exc),), dry_run)
    columns = find_columns(table.headers)
    missing = [name for name in ("student", "worked") if name not in columns]
    if "week" not in columns and "start" not in columns:
        missing.append("week")
    if missing:
        problems = tuple(
            RowProblem(1, LABELS[name], f"the file has no column for {LABELS[name]}")
            for name in missing
        )
        return HoursImportResult(file, 0, 0, 0, 0, problems, dry_run, columns)

    with sessions.begin() as s:
        checker = _Checker(s, actor, columns, student_id, today)
        rows = 0
        try:
            for number, cells in table.rows:
                rows += 1
                checker.check(number, cells)
        except ImportFileError as exc:
            checker.problems.append(_file_problem(exc))
        checker.problems += [_file_problem(exc) for exc in table.skipped]
        plan, problems = checker.plan, tuple(sorted(checker.problems, key=lambda p: p.row))
        counts = (len(plan.inserts), len(plan.updates), plan.unchanged)
        if problems or dry_run:
            if problems:
                counts = (0, 0, 0)
            s.rollback()
            return HoursImportResult(file, rows, *counts, problems, dry_run, columns)
        _write(s, actor, plan, file)
    return HoursImportResult(file, rows, *counts, (), False, columns)


class _Checker:
    """Checks rows one by one against the store, planning each clean row's write."""

    def __init__(
        self,
        s: Session,
        actor: Actor,
        columns: Mapping[str, str],
        only: uuid.UUID | None,
        today: date,
    ) -> None:
        self.s, self.actor, self.columns, self.only, self.today = s, actor, columns, only, today
        self.problems: list[RowProblem] = []
        self.plan = _Plan()
        self._students: dict[str, Student | str] = {}  # number → student, or why not
        self._placements: dict[uuid.UUID, list[Placement]] = {}
        self._seen: dict[tuple[uuid.UUID, date], int] = {}

    def _problem(self, row: int, name: str, message: str) -> None:
        self.problems.append(RowProblem(row, self.columns.get(name, LABELS[name]), message))

    def _cell(self, cells: Cells, name: str) -> str:
        column = self.columns.get(name)
        return cells.get(column, "") if column else ""

    def check(self, row: int, cells: Cells) -> None:
        before = len(self.problems)
        student = self._student(row, self._cell(cells, "student"))
        monday = self._week(row, cells)
        values: dict[str, int] = {}
        for name in ("worked", "sick", "other"):
            try:
                values[name] = minutes(self._cell(cells, name), name)
            except ValidationError as exc:
                self._problem(row, name, exc.message)
        note = None
        try:
            note = cell_text("note", self._cell(cells, "note"), NOTE_MAX)
        except ValidationError as exc:
            self._problem(row, "note", exc.message)
        if values.get("sick") and values.get("other"):
            self._problem(
                row, "other", "a week holds one kind of absence: put it under sick or other"
            )
        if len(self.problems) > before or student is None or monday is None:
            return
        placement = self._placement(row, student, monday)
        if placement is None:
            return
        earlier = self._seen.setdefault((placement.id, monday), row)
        if earlier != row:
            self._problem(row, "week", f"row {earlier} has this student's week already")
            return
        absent = values["sick"] or values["other"]
        kind = AbsenceKind.SICK if values["sick"] else AbsenceKind.OTHER if absent else None
        week = WeekHours(monday, values["worked"], absent, kind)
        end = placement.ended_early_on or placement.end_date
        try:
            rules.check_week(week, placement.start_date, end, self.today)
        except ValidationError as exc:
            name = {"worked_minutes": "worked", "absent_minutes": "sick"}.get(exc.field, "week")
            self._problem(row, name, exc.message)
            return
        existing = self.s.execute(
            select(BpvHours).where(
                BpvHours.placement_id == placement.id, BpvHours.week_start == monday
            )
        ).scalar()
        if existing is None:
            self.plan.inserts.append((placement.id, week, note))
        elif (
            existing.worked_minutes,
            existing.absent_minutes,
            existing.absence_kind,
            existing.note,
        ) == (week.worked_minutes, week.absent_minutes, week.absence_kind, note):
            self.plan.unchanged += 1
        else:
            self.plan.updates.append((existing, week, note))

    def _week(self, row: int, cells: Cells) -> date | None:
        name = "week" if self._cell(cells, "week").strip() else "start"
        text = self._cell(cells, name)
        if not text.strip():
            self._problem(row, "week", "is empty: give the week (2026-W37) or its start date")
            return None
        try:
            return week_start(text, name)
        except ValidationError as exc:
            self._problem(row, name, exc.message)
            return None

    def _student(self, row: int, cell: str) -> Student | None:
        try:
            number = cell_text("student", cell, 40, required=True) or ""
        except ValidationError as exc:
            self._problem(row, "student", exc.message)
            return None
        if number.endswith(".0"):
            number = number[:-2]
        if number not in self._students:
            self._students[number] = self._load_student(number)
        found = self._students[number]
        if isinstance(found, str):
            self._problem(row, "student", found)
            return None
        return found

    def _load_student(self, number: str) -> Student | str:
        student = self.s.execute(select(Student).where(Student.student_number == number)).scalar()
        if student is None:
            return f"there is no student with number {number!r}"
        if self.only is not None and student.id != self.only:
            return f"student {number} is not the student of this case"
        if not self.actor.has(*CASE_WORKERS) and student.mentor_id != self.actor.staff_id:
            return f"{self.actor.name} may enter hours only of their own students, not {number}"
        return student

    def _placement(self, row: int, student: Student, monday: date) -> Placement | None:
        if student.id not in self._placements:
            self._placements[student.id] = list(
                self.s.execute(
                    select(Placement).where(Placement.student_id == student.id)
                ).scalars()
            )
        sunday = monday + timedelta(days=6)
        running = [
            p
            for p in self._placements[student.id]
            if p.start_date <= sunday and (p.ended_early_on or p.end_date) >= monday
        ]
        if len(running) == 1:
            return running[0]
        if not running:
            message = (
                f"student {student.student_number} has no placement in the week of "
                f"{format_date(monday)}"
            )
        else:
            message = (
                f"student {student.student_number} has {len(running)} placements in the week "
                f"of {format_date(monday)}: enter this week in the case file"
            )
        self._problem(row, "week", message)
        return None


def _write(s: Session, actor: Actor, plan: _Plan, file: str) -> None:
    """Every planned week, each in the audit trail (the caller's transaction)."""
    for placement_id, week, note in plan.inserts:
        row = BpvHours(
            placement_id=placement_id,
            week_start=week.week_start,
            worked_minutes=week.worked_minutes,
            absent_minutes=week.absent_minutes,
            absence_kind=week.absence_kind,
            note=note,
        )
        s.add(row)
        s.flush()
        after = hours_service.trail(row) | {"import": digest(file)}
        audit.record(s, actor, audit.CREATE, hours_service.ENTITY, row.id, None, after)
    for row, week, note in plan.updates:
        before = hours_service.trail(row)
        row.worked_minutes, row.absent_minutes = week.worked_minutes, week.absent_minutes
        row.absence_kind, row.note = week.absence_kind, note
        s.flush()
        after = hours_service.trail(row) | {"import": digest(file)}
        audit.record(s, actor, audit.CHANGE, hours_service.ENTITY, row.id, before, after)
    touched = [placement_id for placement_id, _week, _note in plan.inserts]
    hours_totals.recount(s, touched + [row.placement_id for row, _week, _note in plan.updates])


def _file_problem(exc: ImportFileError) -> RowProblem:
    return RowProblem(exc.row or 0, exc.column or "", exc.message)
