"""The AVG retention purge: preview what is past its retention period, then anonymise it.

What is due (periods from services.retention_settings, counted back from ``today``):

* **Student files**: students whose case stopped (``stopped_on``) or whose bpv was completed
  (search status *completed*, since the day after the last placement ended) on or before the
  cut-off, and with nothing newer: no placement ending, application changing, note written
  or proposal sent or answered after the cut-off, and no melding about them that is still
  open or inside its own period (the longer retention wins). Statuses are as stored; a stale
  status only delays a purge.
* **Meldingen**: closed on or before their cut-off, with personal details left.

What the purge does, per table (statistics keep their counts; the dashboard counts students
by status, programme and cohort, and placements, allowances and visits by date):

* ``student``: anonymised, not deleted. Names become ``ANONYMISED``, the student number a
  marker ``x`` + 9 hex digits (school numbers are digits), the birth date 1 January of its
  year (age-band figures stay possible), e-mail, phone, guardian, class group, free text and
  the extra-support flag (a sensitive need) are cleared. Kept: programme, cohort, enrolment,
  mentor, search status and dates, current company, rejection counts.
* applications, placements, bpv hours, breakoffs: kept (counts, allowances, breakoffs per
  company); their free text is cleared.
* visits: kept (type, status, dates, mode: the supervision figures); answers, notes,
  agreed actions and concerns cleared.
* letter register: kept (how many letters of which template), the recipient's name cleared.
* case notes, prerequisites (VOG etc.), the match area (home postcode) and the student's
  profile for anonymised proposals (skills and motivation in the student's words): deleted.
* proposals to companies (``profile_proposal``): kept as they are, without personal fields
  (company, anonymised or named, dates, outcome: the objective-selection figures).
* ``melding``: anonymised. Kept: company, ground, received date, status, follow-up and what
  SBB was allowed to receive (the counts per company and status the meldpunt and SBB use).
  Cleared: the link to the student, incident date and place, description, wishes, outcome
  and the notes of its steps.
* The audit trail is append-only and already holds no personal fields or free text (see
  services.audit); it is not touched. The purge appends one entry with the counts.

Roles: admins only. Meldingen are the meldpunt's: the preview gives an admin their number,
never which meldingen or whose; the purge still enforces their period.

Backups: the store's backups still hold what was purged until they rotate out (7 daily and
4 weekly are kept, services.backups), which keeps the purge undoable for a few weeks by a
restore; the confirm step says so.

``purge`` is one transaction: everything or nothing (a failure or a cancel from the
progress callback rolls it all back). Given the preview it was confirmed from, it refuses
(Conflict) when the store no longer gives the same preview.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Table, bindparam, delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain import names
from stagedesk.domain.enums import SearchStatus
from stagedesk.domain.errors import Conflict, StoreError
from stagedesk.services import audit
from stagedesk.services.actor import Actor, require
from stagedesk.services.casework import today_or
from stagedesk.services.retention_rules import (
    ANONYMISED,
    ANONYMISED_ACTION,
    DELETED,
    KEPT_AS_IS,
    chunks,
    cutoff,
    follow_student,
    handled_tables,
    meldingen_due,
    owned,
    students_due,
)
from stagedesk.services.retention_settings import ADMIN, RetentionSettings, read_retention
from stagedesk.store.meldingen import Melding, MeldingStep
from stagedesk.store.students import Student

PURGE = "purge"
# Re-exported: what callers and tests name through this module.
__all__ = [
    "ANONYMISED",
    "KEPT_AS_IS",
    "KindCount",
    "PurgeResult",
    "RetentionPreview",
    "StudentDue",
    "cutoff",
    "handled_tables",
    "purge",
    "retention_preview",
]

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class StudentDue:
    """A student file past its period: the number an admin can look up, why and since when."""

    student_number: str
    ended: SearchStatus  # STOPPED or COMPLETED
    left_on: date


@dataclass(frozen=True)
class KindCount:
    """How many records of a kind the purge touches, and what it does to them."""

    kind: str  # students, applications, ..., meldingen
    count: int
    action: str  # "anonymised", "cleared" (kept, free text cleared) or "deleted"


@dataclass(frozen=True)
class RetentionPreview:
    today: date
    settings: RetentionSettings
    student_cutoff: date
    melding_cutoff: date
    students: tuple[StudentDue, ...]
    kinds: tuple[KindCount, ...]

    @property
    def empty(self) -> bool:
        return not any(k.count for k in self.kinds)

    def count(self, kind: str) -> int:
        return next((k.count for k in self.kinds if k.kind == kind), 0)


@dataclass(frozen=True)
class PurgeResult:
    today: date
    kinds: tuple[KindCount, ...]
    audit_seq: int

    def count(self, kind: str) -> int:
        return next((k.count for k in self.kinds if k.kind == kind), 0)


def _gather(s: Session, today: date) -> tuple[RetentionPreview, list[uuid.UUID], list[uuid.UUID]]:
    settings = read_retention(s)
    student_cut = cutoff(today, settings.student_years)
    melding_cut = cutoff(today, settings.melding_years)
    due = students_due(s, student_cut, melding_cut)
    student_ids = [row[0] for row in due]
    melding_ids = meldingen_due(s, melding_cut)
    kinds = [KindCount("students", len(student_ids), ANONYMISED_ACTION)]
    for kind, model, action, _values in follow_student():
        total = 0
        for chunk in chunks(student_ids):
            total += s.execute(
                select(func.count()).select_from(model).where(owned(model, chunk))
            ).scalar_one()
        kinds.append(KindCount(kind, total, action))
    kinds.append(KindCount("meldingen", len(melding_ids), ANONYMISED_ACTION))
    preview = RetentionPreview(
        today=today,
        settings=settings,
        student_cutoff=student_cut,
        melding_cutoff=melding_cut,
        students=tuple(StudentDue(number, status, left) for _id, number, status, left in due),
        kinds=tuple(kinds),
    )
    return preview, student_ids, melding_ids


def retention_preview(
    sessions: sessionmaker[Session], actor: Actor, *, today: date | None = None
) -> RetentionPreview:
    """What a purge on ``today`` would anonymise or delete (admins only; read only)."""
    require(actor, ADMIN, "preview the retention purge")
    with sessions.begin() as s:
        return _gather(s, today_or(today))[0]


# -- purging -----------------------------------------------------------------------------------


def purge(
    sessions: sessionmaker[Session],
    actor: Actor,
    *,
    today: date | None = None,
    expected: RetentionPreview | None = None,
    progress: Progress | None = None,
) -> PurgeResult:
    """Anonymise and delete what is due, in one transaction, and record it in the trail.

    ``expected``: the preview the admin confirmed; if the store now gives another one, nothing
    happens (Conflict). ``progress(done, total)`` is called as the work goes; an exception it
    raises (a cancel) rolls everything back.
    """
    require(actor, ADMIN, "purge records past their retention period")
    day = today_or(today)
    report = progress or (lambda _done, _total: None)
    with sessions.begin() as s:
        preview, student_ids, melding_ids = _gather(s, day)
        if expected is not None and _differs(expected, preview):
            raise Conflict(
                "the records past their retention period changed since the preview; "
                "preview again before purging"
            )
        student_chunks = list(chunks(student_ids))
        melding_chunks = list(chunks(melding_ids))
        total = len(student_chunks) * (len(follow_student()) + 1) + len(melding_chunks) + 1
        done = 0
        report(done, total)
        counts: dict[str, int] = {}
        for kind, model, action, values in follow_student():
            for chunk in student_chunks:
                if action == DELETED:
                    stmt: Any = delete(model).where(owned(model, chunk))
                else:
                    stmt = update(model).where(owned(model, chunk)).values(**values)
                    if hasattr(model, "version"):
                        stmt = stmt.values(version=model.version + 1)
                result: Any = s.execute(stmt, execution_options={"synchronize_session": False})
                counts[kind] = counts.get(kind, 0) + result.rowcount
                done += 1
                report(done, total)
        student_table: Table = Student.__table__  # type: ignore[assignment]
        for chunk in student_chunks:
            counts["students"] = counts.get("students", 0) + _anonymise_students(
                s, student_table, chunk
            )
            done += 1
            report(done, total)
        for chunk in melding_chunks:
            counts["meldingen"] = counts.get("meldingen", 0) + _anonymise_meldingen(s, chunk)
            done += 1
            report(done, total)
        kinds = tuple(KindCount(k.kind, counts.get(k.kind, 0), k.action) for k in preview.kinds)
        seq = audit.record(
            s,
            actor,
            PURGE,
            "retention",
            None,
            after={
                "today": day,
                "student_years": preview.settings.student_years,
                "melding_years": preview.settings.melding_years,
                **{f"{k.kind}_{k.action}": k.count for k in kinds},
            },
        )
        done += 1
        report(done, total)
    return PurgeResult(day, kinds, seq)


def _differs(expected: RetentionPreview, now: RetentionPreview) -> bool:
    return (
        expected.today != now.today
        or expected.settings != now.settings
        or expected.students != now.students
        or expected.kinds != now.kinds
    )


def _free_numbers(s: Session, student_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """An unused anonymous student number per student: "x" and 9 hex digits of the id.

    Nine digits are 36 bits: among tens of thousands of purged students two ids share a
    window now and then (birthday bound, ~1 % at 30,000), and the number is unique. A taken
    window moves on to the next 9 digits of the id (24 windows), checked against the store
    (numbers given in earlier chunks of this purge are already written) and this chunk.
    """
    found: dict[uuid.UUID, str] = {}
    used: set[str] = set()
    pending = dict.fromkeys(student_ids, 0)
    while pending:
        wanted = {sid: "x" + sid.hex[at : at + 9] for sid, at in pending.items()}
        taken = set(
            s.scalars(
                select(Student.student_number).where(
                    Student.student_number.in_(set(wanted.values()))
                )
            )
        )
        retry: dict[uuid.UUID, int] = {}
        for sid, number in wanted.items():
            if number in taken or number in used:
                if pending[sid] + 9 >= len(sid.hex):
                    raise StoreError(f"no free anonymous student number for record {sid}")
                retry[sid] = pending[sid] + 1
            else:
                found[sid] = number
                used.add(number)
        pending = retry
    return found


def _anonymise_students(s: Session, table: Table, chunk: list[uuid.UUID]) -> int:
    rows = s.execute(select(Student.id, Student.date_of_birth).where(Student.id.in_(chunk))).all()
    numbers = _free_numbers(s, [student_id for student_id, _born in rows])
    params = []
    for student_id, born in rows:
        number = numbers[student_id]
        params.append(
            {
                "b_id": student_id,
                "student_number": number,
                "date_of_birth": date(born.year, 1, 1),
                "sort_key": names.sort_key(ANONYMISED, ""),
                "search_text": names.search_text("", None, ANONYMISED, number),
            }
        )
    if not params:
        return 0
    stmt = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(
            student_number=bindparam("student_number"),
            given_name="",
            tussenvoegsel=None,
            surname=ANONYMISED,
            date_of_birth=bindparam("date_of_birth"),
            email=None,
            phone=None,
            guardian_name=None,
            guardian_email=None,
            class_group=None,
            extra_support=False,
            notes=None,
            sort_key=bindparam("sort_key"),
            search_text=bindparam("search_text"),
            version=table.c.version + 1,
        )
    )
    s.connection().execute(stmt, params)
    return len(params)


def _anonymise_meldingen(s: Session, chunk: list[uuid.UUID]) -> int:
    s.execute(
        update(MeldingStep).where(MeldingStep.melding_id.in_(chunk)).values(note=None),
        execution_options={"synchronize_session": False},
    )
    result: Any = s.execute(
        update(Melding)
        .where(Melding.id.in_(chunk))
        .values(
            student_id=None,
            anonymous=True,
            incident_on=None,
            incident_place=None,
            description=None,
            student_wishes=None,
            outcome=None,
            version=Melding.version + 1,
        ),
        execution_options={"synchronize_session": False},
    )
    return int(result.rowcount)
