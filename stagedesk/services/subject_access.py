"""AVG subject access (inzageverzoek): everything the store holds about one student.

``subject_access`` gathers, in one read transaction, the student row with every personal
field, the programme, applications with their status history, placements (POK signatures
and allowance are placement columns), visits as stored (answers, notes, agreed actions),
notes, letters in the register, breakoffs, prerequisites, match area, bpv hours, the profile
for anonymised proposals and the proposals sent to companies, and the audit entries about
the student and those records (who viewed or changed what, when). The export itself is
recorded in the audit trail (action ``export``).

Meldingen (reports of internship discrimination) are the meldpunt's: a student's access
request for them goes through the meldpunt. They are included only when the actor also holds
the meldpunt role; otherwise the export says that meldingen are requested at the meldpunt.

Coordinators and admins only. ``write_json`` writes the machine-readable form.
"""

from __future__ import annotations

import enum
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import NotFound, StageDeskError
from stagedesk.services import audit
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.visit_views import report_of
from stagedesk.store.companies import Company, ContactPerson
from stagedesk.store.lifecycle import (
    BpvHours,
    MatchArea,
    PlacementBreakoff,
    Prerequisite,
    StudentPrerequisite,
)
from stagedesk.store.meldingen import Melding, MeldingStep
from stagedesk.store.notes import ApplicationEvent, Note
from stagedesk.store.office import AuditEntry, LetterRecord
from stagedesk.store.placements import Application, Placement
from stagedesk.store.profiles import ProfileProposal, StudentProfile
from stagedesk.store.programmes import Programme
from stagedesk.store.staff import StaffMember
from stagedesk.store.students import Student
from stagedesk.store.visits import Visit

MELDINGEN_AT_MELDPUNT = (
    "Meldingen van stagediscriminatie staan niet in dit overzicht: inzage daarin vraagt "
    "de student aan bij het meldpunt."
)
MELDINGEN_INCLUDED = (
    "Meldingen van stagediscriminatie zijn opgenomen (opgevraagd door het meldpunt)."
)

Row = dict[str, Any]


@dataclass(frozen=True)
class Section:
    key: str  # JSON key
    title: str  # Dutch heading for the PDF
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class SubjectAccess:
    student_id: uuid.UUID
    student_number: str
    student_name: str
    made_at: datetime
    made_by: str
    student: Row
    programme: Row | None
    sections: tuple[Section, ...]
    meldingen_note: str
    meldingen: tuple[Row, ...] | None  # None: not included (actor lacks the meldpunt role)

    def section(self, key: str) -> Section:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)


def columns(record: Any) -> Row:
    """Every stored column of an ORM record, by attribute name."""
    return {attr.key: getattr(record, attr.key) for attr in inspect(record).mapper.column_attrs}


def subject_access(
    sessions: sessionmaker[Session], actor: Actor, student_id: uuid.UUID
) -> SubjectAccess:
    """Everything stored about ``student_id``; see the module docstring."""
    require(actor, CASE_WORKERS, "export a student's data (AVG inzage)")
    with sessions.begin() as s:
        student = s.get(Student, student_id)
        if student is None:
            raise NotFound(f"no student {student_id}")
        programme = s.get(Programme, student.programme_id)
        applications = _all(s, select(Application).where(Application.student_id == student_id))
        app_ids = [a.id for a in applications]
        events = _all(
            s, select(ApplicationEvent).where(ApplicationEvent.application_id.in_(app_ids))
        )
        placements = _all(s, select(Placement).where(Placement.student_id == student_id))
        pl_ids = [p.id for p in placements]
        visits = _all(s, select(Visit).where(Visit.placement_id.in_(pl_ids)))
        notes = _all(s, select(Note).where(Note.student_id == student_id))
        letters = _all(s, select(LetterRecord).where(LetterRecord.student_id == student_id))
        breakoffs = _all(
            s, select(PlacementBreakoff).where(PlacementBreakoff.placement_id.in_(pl_ids))
        )
        prereqs = _all(
            s, select(StudentPrerequisite).where(StudentPrerequisite.student_id == student_id)
        )
        prereq_names = {p.id: p.name for p in _all(s, select(Prerequisite))}
        areas = _all(s, select(MatchArea).where(MatchArea.student_id == student_id))
        hours = _all(s, select(BpvHours).where(BpvHours.placement_id.in_(pl_ids)))
        profiles = _all(s, select(StudentProfile).where(StudentProfile.student_id == student_id))
        proposals = _all(s, select(ProfileProposal).where(ProfileProposal.student_id == student_id))
        with_meldingen = actor.has(StaffRole.MELDPUNT)
        meldingen: list[Any] = []
        steps: list[Any] = []
        if with_meldingen:
            meldingen = _all(s, select(Melding).where(Melding.student_id == student_id))
            steps = _all(
                s,
                select(MeldingStep).where(MeldingStep.melding_id.in_([m.id for m in meldingen])),
            )
        ids = {student_id, *app_ids, *pl_ids}
        ids.update(r.id for r in [*visits, *notes, *letters, *breakoffs, *prereqs, *areas, *hours])
        ids.update(r.id for r in [*profiles, *proposals])
        if with_meldingen:
            ids.update(m.id for m in meldingen)
        trail = s.execute(
            select(AuditEntry).where(AuditEntry.entity_id.in_(ids)).order_by(AuditEntry.seq)
        ).scalars()
        entries = [
            {
                "seq": e.seq,
                "at": e.at,
                "actor_id": e.actor_id,
                "actor_name": e.actor_name,
                "action": e.action,
                "entity": e.entity,
                "entity_id": e.entity_id,
                "before": e.before,
                "after": e.after,
            }
            for e in trail
            if with_meldingen or e.entity != "melding"
        ]
        prereq_rows = []
        for r in prereqs:
            row = columns(r)
            row["prerequisite_name"] = prereq_names.get(r.prerequisite_id)
            prereq_rows.append(row)
        student_row = columns(student)
        melding_rows = [
            {**columns(m), "steps": [columns(st) for st in steps if st.melding_id == m.id]}
            for m in meldingen
        ]
        sections = (
            Section("applications", "Sollicitaties", _rows(applications)),
            Section("application_events", "Statusgeschiedenis sollicitaties", _rows(events)),
            Section("placements", "Plaatsingen, POK, vergoeding", _rows(placements)),
            Section("visits", "Bezoeken", _rows(visits)),
            Section("notes", "Notities", _rows(notes)),
            Section("letters", "Brieven in het register", _rows(letters)),
            Section("breakoffs", "Afgebroken bpv", _rows(breakoffs)),
            Section("prerequisites", "Voorwaarden (VOG e.d.)", tuple(prereq_rows)),
            Section("match_areas", "Zoekgebied", _rows(areas)),
            Section("hours", "Bpv-uren", _rows(hours)),
            Section("profiles", "Profiel voor voorstellen aan bedrijven", _rows(profiles)),
            Section("proposals", "Voorstellen aan bedrijven", _rows(proposals)),
            Section("audit", "Audittrail (wie zag of wijzigde wat, wanneer)", tuple(entries)),
        )
        visit_rows = next(section.rows for section in sections if section.key == "visits")
        for row, visit in zip(visit_rows, visits, strict=True):
            row.update(_readable_answers(s, visit))
        named = [student_row, *melding_rows]
        named.extend(st for m in melding_rows for st in m["steps"])
        named.extend(row for section in sections[:-1] for row in section.rows)
        _add_names(s, named)
        made_at = datetime.now(UTC)
        access = SubjectAccess(
            student_id=student.id,
            student_number=student.student_number,
            student_name=_name(student),
            made_at=made_at,
            made_by=actor.name,
            student=student_row,
            programme=columns(programme) if programme is not None else None,
            sections=sections,
            meldingen_note=MELDINGEN_INCLUDED if with_meldingen else MELDINGEN_AT_MELDPUNT,
            meldingen=tuple(melding_rows) if with_meldingen else None,
        )
        audit.record(s, actor, "export", "student", student_id, after={"avg": "inzage"})
        return access


def _readable_answers(s: Session, visit: Visit) -> Row:
    """The checklist's title and the questions answered, in their words (for reading; the
    stored ``answers`` stay as they are beside them)."""
    if visit.answers is None:
        return {}
    try:
        report = report_of(s, visit, date.today())
    except StageDeskError:  # a checklist file that no longer reads: the raw answers remain
        return {}
    answered = [
        {
            "section": section.title,
            "question": item.item.text,
            "answer": item.answer.value if item.answer is not None else None,
            "remark": item.remark,
        }
        for section in report.sections
        for item in section.items
        if item.answer is not None or item.remark
    ]
    return {"checklist_title": report.checklist_title, "checklist_answers": answered}


def _all(s: Session, query: Any) -> list[Any]:
    return list(s.execute(query).scalars())


def _rows(records: list[Any]) -> tuple[Row, ...]:
    return tuple(columns(r) for r in records)


# Columns holding the id of a staff member, contact person or company, and the key their
# name is added under for reading (the id stays: the JSON is complete).
_STAFF_LINKS = {
    "mentor_id": "mentor_name",
    "author_id": "author_name",
    "recorded_by_id": "recorded_by_name",
    "produced_by_id": "produced_by_name",
    "handled_by_id": "handled_by_name",
    "sent_by_id": "sent_by_name",
}
_CONTACT_LINKS = {"praktijkopleider_id": "praktijkopleider_name", "contact_id": "contact_name"}
_COMPANY_LINKS = {"company_id": "company_name", "current_company_id": "current_company_name"}


def _add_names(s: Session, rows: list[Row]) -> None:
    """Put the names of linked staff, contacts and companies beside their ids, in place."""
    wanted: dict[str, set[uuid.UUID]] = {"staff": set(), "contact": set(), "company": set()}
    links = (("staff", _STAFF_LINKS), ("contact", _CONTACT_LINKS), ("company", _COMPANY_LINKS))
    for row in rows:
        for kind, columns_ in links:
            wanted[kind].update(row[k] for k in columns_ if row.get(k) is not None)
    names: dict[str, dict[uuid.UUID, str]] = {
        "staff": _names(s, StaffMember, wanted["staff"]),
        "contact": _names(s, ContactPerson, wanted["contact"]),
        "company": _names(s, Company, wanted["company"]),
    }
    for row in rows:
        for kind, columns_ in links:
            for id_key, name_key in columns_.items():
                if id_key in row:
                    row[name_key] = names[kind].get(row[id_key]) if row[id_key] else None


def _names(s: Session, model: Any, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    rows = s.execute(select(model.id, model.name).where(model.id.in_(ids))).all()
    return {row_id: name for row_id, name in rows}


def _name(student: Student) -> str:
    parts = [student.given_name, student.tussenvoegsel, student.surname]
    return " ".join(p for p in parts if p)


def as_dict(access: SubjectAccess) -> Row:
    """The export as plain data (what ``write_json`` writes)."""
    out: Row = {
        "student_number": access.student_number,
        "student_name": access.student_name,
        "made_at": access.made_at,
        "made_by": access.made_by,
        "student": access.student,
        "programme": access.programme,
    }
    for section in access.sections:
        out[section.key] = list(section.rows)
    out["meldingen_note"] = access.meldingen_note
    if access.meldingen is not None:
        out["meldingen"] = list(access.meldingen)
    return out


def plain(value: Any) -> Any:
    """A JSON-safe form of a stored value: ISO dates, UUIDs and enums as text."""
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


def write_json(access: SubjectAccess, path: str | Path) -> None:
    """UTF-8 JSON (not ASCII-escaped), sorted keys, ISO dates and UUIDs as text."""
    text = json.dumps(as_dict(access), ensure_ascii=False, sort_keys=True, indent=2, default=plain)
    Path(path).write_text(text + "\n", encoding="utf-8")


@dataclass(frozen=True)
class AccessFiles:
    """The two files an inzage was written to."""

    student_number: str
    pdf: Path
    json: Path


def default_names(student_number: str) -> tuple[str, str]:
    """The files' usual names: <number>-inzage.pdf and <number>-inzage.json."""
    return f"{student_number}-inzage.pdf", f"{student_number}-inzage.json"


def export_subject_access(
    sessions: sessionmaker[Session],
    actor: Actor,
    student_id: uuid.UUID,
    pdf_path: str | Path,
    json_path: str | Path | None = None,
    *,
    progress: Any = None,
) -> AccessFiles:
    """Gather the inzage and write it as PDF (for reading) and JSON (for machines): both files
    or neither (written under .part names, renamed when both are done). ``json_path`` defaults
    to the PDF's name with .json. ``progress(done, total)`` hears the three steps; an exception
    it raises stops the work before anything is renamed into place."""
    from stagedesk.pdf.subject_access import write_subject_access_pdf
    from stagedesk.services.letters import letterhead
    from stagedesk.services.settings import load_settings

    report = progress or (lambda _done, _total: None)
    pdf_out = Path(pdf_path)
    json_out = Path(json_path) if json_path is not None else pdf_out.with_suffix(".json")
    report(0, 3)
    access = subject_access(sessions, actor, student_id)
    head = letterhead(load_settings(sessions))
    report(1, 3)
    pdf_temp = pdf_out.with_name(pdf_out.name + ".part")
    json_temp = json_out.with_name(json_out.name + ".part")
    try:
        write_json(access, json_temp)
        write_subject_access_pdf(access, head, pdf_temp)
        report(2, 3)
        json_temp.replace(json_out)
        pdf_temp.replace(pdf_out)
    finally:
        json_temp.unlink(missing_ok=True)
        pdf_temp.unlink(missing_ok=True)
    report(3, 3)
    return AccessFiles(access.student_number, pdf_out, json_out)
