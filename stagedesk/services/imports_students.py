"""Import students from the student information system, keyed by student number.

A known number updates that student, an unknown one adds a student; a number twice in one
file is a problem on the later row. Only the mapped columns change: an empty optional cell
clears the stored value, an empty required one (name, date of birth, crebo, cohort) is a
problem. The programme is found by crebo, with the leerweg when the school teaches the crebo
as both BOL and BBL (a niveau in the file must match it); the mentor by the staff member's
name, initials or e-mail. A new student's enrolment date defaults to 1 August of the cohort
(not after today).

Students come out as the app makes them: the sort key and search text from domain.names
(services.case_status.refresh_name_columns), a new student's search status derived by
domain.search_status from its (empty) case, and an update of the enrolment date followed by
services.case_status.recompute.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from datetime import date
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.domain import names
from stagedesk.domain.enums import Leerweg
from stagedesk.domain.errors import ValidationError
from stagedesk.domain.imports import ImportKind
from stagedesk.domain.imports_rows import ParsedRow, parse_student
from stagedesk.domain.search_status import CaseFacts, derive_search_status
from stagedesk.services import case_status
from stagedesk.services.imports_base import Importer, Row, require_for_new
from stagedesk.store.programmes import Programme
from stagedesk.store.staff import StaffMember
from stagedesk.store.students import Student

_FIELD_COLUMNS = (
    "given_name",
    "tussenvoegsel",
    "surname",
    "date_of_birth",
    "email",
    "phone",
    "cohort",
    "class_group",
    "enrolled_on",
    "guardian_name",
    "guardian_email",
)
_COLUMNS = (*_FIELD_COLUMNS, "programme_id", "mentor_id", "sort_key", "search_text")
_REQUIRED_NEW = ("given_name", "surname", "date_of_birth", "crebo", "cohort")
_S = Student.__table__.c


class StudentImporter(Importer):
    kind: ClassVar[ImportKind] = ImportKind.STUDENTS
    model = Student
    columns = _COLUMNS

    def __init__(self, today: date) -> None:
        super().__init__(today)
        self.existing: dict[str, Row] = {}
        self.programmes: dict[str, list[tuple[uuid.UUID, Leerweg, int]]] = defaultdict(list)
        self.programme_of: dict[uuid.UUID, tuple[str, Leerweg, int]] = {}
        self.staff: dict[str, set[uuid.UUID]] = defaultdict(set)
        self.recompute_ids: list[uuid.UUID] = []
        # A new student's status: NOT_STARTED since enrolment (derived, as for any case).
        self._fresh_status: dict[date, Any] = {}

    def load(self, session: Session) -> None:
        wanted = ("id", "version", "student_number", *_COLUMNS)
        stmt = select(*(_S[c] for c in wanted))
        for found in session.execute(stmt):
            row = dict(zip(wanted, found, strict=True))
            self.existing[row["student_number"]] = row
        for pid, crebo, leerweg, niveau in session.execute(
            select(Programme.id, Programme.crebo, Programme.leerweg, Programme.niveau)
        ):
            self.programmes[crebo].append((pid, leerweg, niveau))
            self.programme_of[pid] = (crebo, leerweg, niveau)
        for sid, name, initials, email in session.execute(
            select(StaffMember.id, StaffMember.name, StaffMember.initials, StaffMember.email)
            .where(StaffMember.active.is_(True))
        ):  # fmt: skip
            for key in (name, initials, email):
                if key:
                    self.staff[names.fold(key)].add(sid)

    def check(self, row: int, raw: Mapping[str, str]) -> list[ValidationError]:
        parsed = parse_student(raw, self.today)
        values, number = parsed.values, parsed.values.get("student_number")
        if number is None:
            return parsed.errors
        earlier = self.earlier_row(number, row)
        if earlier is not None:
            parsed.error("student_number", f"{number} is also on row {earlier}")
            return parsed.errors
        existing = self.existing.get(number)
        if existing is None:
            require_for_new(parsed, _REQUIRED_NEW, "student")
        new: Row = {c: existing[c] for c in _COLUMNS} if existing else dict.fromkeys(_COLUMNS)
        for key in _FIELD_COLUMNS:
            if key in values and not (key == "enrolled_on" and values[key] is None):
                new[key] = values[key]
        programme = self._programme(values, existing, parsed)
        if programme is not None:
            new["programme_id"] = programme
        if "mentor" in raw and not parsed.failed("mentor"):
            new["mentor_id"] = self._mentor(values.get("mentor"), parsed)
        if parsed.errors:
            return parsed.errors
        if new["enrolled_on"] is None:
            new["enrolled_on"] = min(date(new["cohort"], 8, 1), self.today)
        if new["enrolled_on"] < new["date_of_birth"]:
            parsed.error("enrolled_on", "lies before the date of birth")
            return parsed.errors
        new["sort_key"] = names.sort_key(new["surname"], new["given_name"], new["tussenvoegsel"])
        extra = (new["class_group"],) if new["class_group"] else ()
        new["search_text"] = names.search_text(
            new["given_name"], new["tussenvoegsel"], new["surname"], number, *extra
        )
        if existing is None:
            new |= self._new_student_columns(number, new["enrolled_on"])
        elif existing["enrolled_on"] != new["enrolled_on"]:
            self.recompute_ids.append(existing["id"])
        self.plan(existing, new)
        return []

    def _programme(
        self, values: Mapping[str, Any], existing: Row | None, parsed: ParsedRow
    ) -> uuid.UUID | None:
        """The programme the row names (None: unchanged, or a problem recorded)."""
        given = [k for k in ("crebo", "leerweg", "niveau") if values.get(k) is not None]
        if not given or any(parsed.failed(k) for k in ("crebo", "leerweg", "niveau")):
            return None
        current = self.programme_of.get(existing["programme_id"]) if existing else None
        crebo = values.get("crebo") or (current[0] if current else None)
        if crebo is None:
            parsed.error("crebo", "is needed to find the programme")
            return None
        leerweg: Leerweg | None = values.get("leerweg")
        found = [p for p in self.programmes.get(crebo, ()) if leerweg in (None, p[1])]
        if not found:
            what = f"crebo {crebo}" + (f" ({leerweg.value})" if leerweg else "")
            parsed.error("crebo", f"the school has no programme {what}: import programmes first")
            return None
        if len(found) > 1:
            keep = [p for p in found if existing and p[0] == existing["programme_id"]]
            if not keep:
                parsed.error("leerweg", f"crebo {crebo} is taught as BOL and BBL: which one?")
                return None
            found = keep
        pid, _leerweg, niveau = found[0]
        wanted = values.get("niveau")
        if wanted is not None and wanted != niveau:
            parsed.error("niveau", f"crebo {crebo} is taught at niveau {niveau}, not {wanted}")
            return None
        return pid

    def _mentor(self, name: str | None, parsed: ParsedRow) -> uuid.UUID | None:
        if name is None:
            return None
        ids = self.staff.get(names.fold(name), set())
        if len(ids) == 1:
            return next(iter(ids))
        if not ids:
            parsed.error("mentor", f"no active staff member is called {name!r}")
        else:
            parsed.error("mentor", f"{len(ids)} staff members are called {name!r}")
        return None

    def _new_student_columns(self, number: str, enrolled_on: date) -> Row:
        if enrolled_on not in self._fresh_status:
            facts = CaseFacts(enrolled_on=enrolled_on, applications=(), placements=())
            self._fresh_status[enrolled_on] = derive_search_status(facts, self.today)
        status, since = self._fresh_status[enrolled_on]
        return {
            "student_number": number,
            "extra_support": False,
            "notes": None,
            "search_started_on": None,
            "stopped_on": None,
            "search_status": status,
            "search_status_since": since,
            "current_company_id": None,
        }

    def after_write(self, session: Session) -> None:
        for student_id in self.recompute_ids:
            case_status.recompute(session, student_id, self.today)
