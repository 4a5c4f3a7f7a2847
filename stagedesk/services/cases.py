"""A student's case file: header, derived status, timeline and notes, in one read.

``open_case`` gives everything the case screen shows: the header, the search status and
since when it holds (the stored derived columns, see case_status), the applications and
placements as views (the UI edits them through services.applications and
services.placements), the notes, and the timeline (services.timeline). Coordinators and
admins open every case; a mentor opens the cases of the students they mentor and may add
notes there. Only a note's author may edit or delete it (a note the system actor wrote,
without a staff id, only the system actor).

Undo of notes: ``delete_note`` undoes ``add_note`` (redo: ``add_note(..., note_id=id)``);
``restore_note(before, version)`` undoes an edit, and with ``version=None`` a delete.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain import names
from stagedesk.domain.dates import format_date, is_minor
from stagedesk.domain.enums import Leerweg, PokStatus, SearchStatus
from stagedesk.domain.errors import Conflict, PermissionDenied, ValidationError
from stagedesk.domain.search_status import ApplicationFact, CaseFacts, PlacementFact
from stagedesk.services import case_status
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.applications import ApplicationView, application_views
from stagedesk.services.casework import (
    CASE_READERS,
    case_student,
    check_version,
    fetch,
    today_or,
    transaction,
)
from stagedesk.services.placements import PlacementView, placement_views
from stagedesk.services.timeline import NoteFact, TimelineEntry, TimelineKind, build_timeline
from stagedesk.store.companies import Company
from stagedesk.store.notes import Note
from stagedesk.store.programmes import Programme
from stagedesk.store.staff import StaffMember
from stagedesk.store.students import Student

NOTE_MAX_CHARS = 10_000


@dataclass(frozen=True)
class CaseHeader:
    student_id: uuid.UUID
    student_number: str
    name: str  # as in running text: "Zoë van der Berg"
    formal_name: str  # as in lists: "Berg, Zoë van der"
    date_of_birth: date
    email: str | None
    phone: str | None
    programme_id: uuid.UUID
    programme_name: str
    crebo: str
    niveau: int
    leerweg: Leerweg
    cohort: int
    class_group: str | None
    mentor_id: uuid.UUID | None
    mentor_name: str | None
    # Flags
    minor: bool  # under 18 today
    extra_support: bool
    guardian_known: bool  # a guardian's name or e-mail is on file


@dataclass(frozen=True)
class NoteView:
    id: uuid.UUID
    student_id: uuid.UUID
    author_id: uuid.UUID | None
    author_name: str | None
    written_on: date
    body: str
    version: int = field(default=1, compare=False)


@dataclass(frozen=True)
class CaseFile:
    header: CaseHeader
    status: SearchStatus
    status_since: date
    current_company_id: uuid.UUID | None
    current_company_name: str | None
    applications: tuple[ApplicationView, ...]  # latest change first
    placements: tuple[PlacementView, ...]  # latest start first, with warnings on today
    notes: tuple[NoteView, ...]  # newest first
    timeline: tuple[TimelineEntry, ...]  # newest first, only the kinds asked for
    may_edit: bool  # False for a mentor: read and add notes only


def open_case(
    sessions: sessionmaker[Session],
    actor: Actor,
    student_id: uuid.UUID,
    *,
    kinds: Collection[TimelineKind] | None = None,
    today: date | None = None,
) -> CaseFile:
    """The student's case file on ``today``; the timeline holds ``kinds`` (None: all)."""
    require(actor, CASE_READERS, "read cases")
    today = today_or(today)
    with sessions() as s:
        student = case_student(s, actor, student_id, "read cases", mentor_may=True)
        programme = fetch(s, Programme, student.programme_id, "programme")
        mentor = s.get(StaffMember, student.mentor_id) if student.mentor_id else None
        header = _header(student, programme, mentor, today)
        applications = application_views(s, student.id)
        placements = placement_views(s, student, today)
        # As on ``today``, not as last stored: the calendar may have moved it since (a read
        # stores nothing; the next write does).
        now = case_status.derive(_facts(student, applications, placements), today)
        company = s.get(Company, now.company_id) if now.company_id else None
        notes = _note_views(s, student.id)
        timeline = build_timeline(
            s,
            student.id,
            applications,
            placements,
            (NoteFact(n.id, n.written_on, n.body, n.author_id, n.author_name) for n in notes),
            kinds,
            today,
            proposals=actor.has(*CASE_WORKERS),  # the Voorstellen tab's rule
        )
        return CaseFile(
            header=header,
            status=now.status,
            status_since=now.since,
            current_company_id=now.company_id,
            current_company_name=company.name if company else None,
            applications=tuple(applications),
            placements=tuple(placements),
            notes=tuple(notes),
            timeline=timeline,
            may_edit=actor.has(*CASE_WORKERS),
        )


def _facts(
    student: Student, applications: list[ApplicationView], placements: list[PlacementView]
) -> CaseFacts:
    """The case's facts from the views the case file reads anyway (no second query)."""
    return CaseFacts(
        enrolled_on=student.enrolled_on,
        applications=tuple(
            ApplicationFact(a.status, a.created_on, a.status_changed_on, a.id, a.company_id)
            for a in applications
        ),
        placements=tuple(
            PlacementFact(
                start=p.start,
                end=p.end,
                pok_complete=p.pok.status is PokStatus.COMPLETE,
                pok_completed_on=p.pok.completed_on,
                created_on=p.recorded_at.date() if p.recorded_at else p.start,
                ended_early_on=p.ended_early_on,
                company_id=p.company_id,
                application_id=p.application_id,
            )
            for p in placements
        ),
        search_started_on=student.search_started_on,
        stopped_on=student.stopped_on,
    )


def add_note(
    sessions: sessionmaker[Session],
    actor: Actor,
    student_id: uuid.UUID,
    body: str,
    *,
    written_on: date | None = None,
    note_id: uuid.UUID | None = None,
    today: date | None = None,
) -> NoteView:
    """Add a note by the actor, dated ``written_on`` (default today); redo passes ``note_id``."""
    require(actor, CASE_READERS, "add notes")
    today = today_or(today)
    written_on = written_on or today
    text = _check_note(body, written_on, today)
    with transaction(sessions, actor) as s:
        student = case_student(s, actor, student_id, "add notes", mentor_may=True)
        if note_id is not None and s.get(Note, note_id) is not None:
            raise Conflict(f"note {note_id} exists already")
        note = Note(
            student_id=student.id, author_id=actor.staff_id, written_on=written_on, body=text
        )
        if note_id is not None:
            note.id = note_id
        s.add(note)
        return _note_view(s, note)


def edit_note(
    sessions: sessionmaker[Session],
    actor: Actor,
    note_id: uuid.UUID,
    version: int,
    body: str,
    *,
    written_on: date | None = None,
    today: date | None = None,
) -> NoteView:
    """Change the text (and, if given, the date) of the actor's own note."""
    require(actor, CASE_READERS, "edit notes")
    today = today_or(today)
    with transaction(sessions, actor) as s:
        note = _own_note(s, actor, note_id, "edit")
        check_version(note, version, "note", fields=("body", "written_on"))
        written_on = written_on or note.written_on
        note.body, note.written_on = _check_note(body, written_on, today), written_on
        return _note_view(s, note)


def delete_note(
    sessions: sessionmaker[Session], actor: Actor, note_id: uuid.UUID, version: int
) -> NoteView:
    """Delete the actor's own note; returns what was deleted (for undo)."""
    require(actor, CASE_READERS, "delete notes")
    with transaction(sessions, actor) as s:
        note = _own_note(s, actor, note_id, "delete")
        check_version(note, version, "note")
        before = _note_view(s, note)
        s.delete(note)
        return before


def restore_note(
    sessions: sessionmaker[Session],
    actor: Actor,
    snapshot: NoteView,
    version: int | None,
    *,
    today: date | None = None,
) -> NoteView:
    """Make the note what ``snapshot`` shows: undo of an edit (``version``: the one the edit
    returned) or of a delete (``version=None``: re-created with its id)."""
    require(actor, CASE_READERS, "edit notes")
    today = today_or(today)
    text = _check_note(snapshot.body, snapshot.written_on, today)
    with transaction(sessions, actor) as s:
        if version is None:
            if s.get(Note, snapshot.id) is not None:
                raise Conflict(f"note {snapshot.id} exists already")
            case_student(s, actor, snapshot.student_id, "edit notes", mentor_may=True)
            if snapshot.author_id != actor.staff_id:
                raise PermissionDenied(f"{actor.name} may not restore another author's note")
            note = Note(id=snapshot.id, student_id=snapshot.student_id, author_id=actor.staff_id)
            s.add(note)
        else:
            if s.get(Note, snapshot.id) is None:
                raise Conflict(f"note {snapshot.id} was deleted by someone else")
            note = _own_note(s, actor, snapshot.id, "edit")
            check_version(note, version, "note")
        note.body, note.written_on = text, snapshot.written_on
        return _note_view(s, note)


# -- helpers ---------------------------------------------------------------------------------


def _header(
    student: Student, programme: Programme, mentor: StaffMember | None, today: date
) -> CaseHeader:
    parts = (student.given_name, student.tussenvoegsel, student.surname)
    return CaseHeader(
        student_id=student.id,
        student_number=student.student_number,
        name=names.display_name(*parts),
        formal_name=names.formal_name(*parts),
        date_of_birth=student.date_of_birth,
        email=student.email,
        phone=student.phone,
        programme_id=programme.id,
        programme_name=programme.name,
        crebo=programme.crebo,
        niveau=programme.niveau,
        leerweg=programme.leerweg,
        cohort=student.cohort,
        class_group=student.class_group,
        mentor_id=student.mentor_id,
        mentor_name=mentor.name if mentor else None,
        minor=is_minor(student.date_of_birth, today),
        extra_support=student.extra_support,
        guardian_known=bool(student.guardian_name or student.guardian_email),
    )


def _check_note(body: str, written_on: date, today: date) -> str:
    text = body.strip() if isinstance(body, str) else ""
    if not text:
        raise ValidationError("body", "is empty")
    if len(text) > NOTE_MAX_CHARS:
        raise ValidationError("body", f"is longer than {NOTE_MAX_CHARS} characters")
    if written_on > today:
        raise ValidationError("written_on", f"{format_date(written_on)} is in the future")
    return text


def _own_note(s: Session, actor: Actor, note_id: uuid.UUID, verb: str) -> Note:
    """The note, if the actor may still open its case and wrote it."""
    note = fetch(s, Note, note_id, "note")
    case_student(s, actor, note.student_id, f"{verb} notes", mentor_may=True)
    if note.author_id != actor.staff_id:
        raise PermissionDenied(f"{actor.name} may not {verb} a note someone else wrote")
    return note


def _note_view(s: Session, note: Note) -> NoteView:
    s.flush()
    author = s.get(StaffMember, note.author_id) if note.author_id else None
    return NoteView(
        note.id,
        note.student_id,
        note.author_id,
        author.name if author else None,
        note.written_on,
        note.body,
        note.version,
    )


def _note_views(s: Session, student_id: uuid.UUID) -> list[NoteView]:
    rows = s.execute(
        select(Note, StaffMember.name)
        .outerjoin(StaffMember, StaffMember.id == Note.author_id)
        .where(Note.student_id == student_id)
        .order_by(Note.written_on.desc(), Note.created_at.desc())
    ).all()
    return [
        NoteView(n.id, n.student_id, n.author_id, author, n.written_on, n.body, n.version)
        for n, author in rows
    ]
