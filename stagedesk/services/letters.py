"""Letters from the office's templates, one student or a batch, on the letter register.

``print_letters`` is the one entry point (``print_letter`` the one-student shorthand):

1. the template is read and every placeholder checked against what StageDesk can fill;
2. one read transaction gathers the facts of all students (services.letters_data);
3. every letter is filled and checked: a placeholder without value is a LetterTemplateError
   naming file, line, placeholder and student number, raised before any file is written;
4. the PDF is written: one merged file (``out``), or one file per student in ``split_dir``;
   ``progress(done, total)`` is called after each letter, and ``cancel`` (an Event or a
   callable returning True) stops the run: then nothing is written or recorded;
5. one write transaction records every letter in the register (template, recipient,
   reference, who, the file's sha256); the timeline shows them from there.

A letter to a student of a template with ``kopie-ouder: ja`` is followed, when the student
is a minor on the letter's date, by a copy addressed to the legal guardian (by name when the
store has one, else "de ouder/verzorger van ..."): one more letter in the file and the
register. Coordinators and admins print letters.
"""

from __future__ import annotations

import io
import threading
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.dates import format_date_long
from stagedesk.domain.enums import SearchStatus
from stagedesk.domain.errors import NotFound, ValidationError
from stagedesk.pdf.document import Letterhead, write_documents
from stagedesk.pdf.letters import Letter, ParagraphCache, letter_part
from stagedesk.pdf.templates import (
    LetterTemplate,
    LetterTemplateError,
    RecipientKind,
)
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.letters_breakoff import check_breakoff
from stagedesk.services.letters_data import (
    CALLER_VALUES,
    StudentFacts,
    recipient_lines,
    recipient_name,
    student_facts,
    values_for,
)
from stagedesk.services.letters_register import (
    Entry,
    ProducedFile,
    WrittenFile,
    check_target,
    finish_interrupted,
    new_reference,
    record_files,
    write_file,
)
from stagedesk.services.letters_split import SplitFile, write_split
from stagedesk.services.letters_templates import (
    TEMPLATES_DIR,
    TemplateInfo,
    letter_templates,
    load_template,
)
from stagedesk.services.settings import SchoolSettings, read_settings
from stagedesk.store.students import Student

__all__ = [
    "TEMPLATES_DIR",
    "PreparedLetters",
    "PrintResult",
    "TemplateInfo",
    "letter_templates",
    "letterhead",
    "load_template",
    "prepare_letters",
    "print_letter",
    "print_letters",
    "student_id_by_number",
    "student_ids_with_status",
]

Progress = Callable[[int, int], None]
Cancel = threading.Event | Callable[[], bool]


@dataclass(frozen=True)
class PrintResult:
    """What a run produced: the files (with checksums) and the number of letters in them."""

    files: tuple[ProducedFile, ...]
    letters: int
    cancelled: bool = False
    # Letters of an earlier, interrupted run into the same folder, moved into place now.
    recovered: tuple[Path, ...] = ()

    @property
    def references(self) -> tuple[str, ...]:
        return tuple(ref for f in self.files for ref in f.references)


class _Cancelled(Exception):
    pass


def letterhead(settings: SchoolSettings) -> Letterhead:
    """The letterhead the school settings describe."""
    address = tuple(line.strip() for line in settings.school_address.splitlines() if line.strip())
    contact = tuple(
        line
        for line in (
            f"T {settings.school_phone}" if settings.school_phone else "",
            settings.school_email,
            settings.school_website,
        )
        if line
    )
    logo = Path(settings.logo_path) if settings.logo_path else None
    if logo is not None and not logo.is_file():
        raise ValidationError("logo_path", f"no image file at {logo}")
    return Letterhead(settings.school_name, address, contact, logo)


@dataclass(frozen=True)
class PlannedLetter:
    """One letter of a run: about whom, what it says, and its register entry."""

    facts: StudentFacts
    letter: Letter
    entry: Entry


def print_letter(
    sessions: sessionmaker[Session],
    actor: Actor,
    template_id: str,
    student_id: uuid.UUID,
    out: Path,
    *,
    today: date | None = None,
    extra: Mapping[str, str] | None = None,
    templates_dir: Path | None = None,
) -> PrintResult:
    """One student's letter (and the guardian's copy, if any) in the file ``out``."""
    return print_letters(
        sessions,
        actor,
        template_id,
        [student_id],
        out=out,
        today=today,
        extra=extra,
        templates_dir=templates_dir,
    )


@dataclass(frozen=True)
class PreparedLetters:
    """Every letter of a run filled and checked, not yet written (steps 1–3)."""

    template: LetterTemplate
    letterhead: Letterhead
    letters: tuple[PlannedLetter, ...]


def prepare_letters(
    sessions: sessionmaker[Session],
    actor: Actor,
    template_id: str,
    student_ids: Sequence[uuid.UUID],
    *,
    today: date | None = None,
    extra: Mapping[str, str] | None = None,
    templates_dir: Path | None = None,
) -> PreparedLetters:
    """Read, fill and check the letters of a run; raises before anything is written."""
    require(actor, CASE_WORKERS, "print letters")
    if not student_ids:
        raise ValidationError("students", "no students to write to")
    unknown = sorted(set(extra or {}) - set(CALLER_VALUES))
    if unknown:
        raise ValidationError("extra", f"values StageDesk fills itself or does not know: {unknown}")
    template = load_template(template_id, templates_dir)
    day = today or date.today()
    with sessions.begin() as session:
        settings = read_settings(session)
        facts = student_facts(session, student_ids)
    missing = [sid for sid in student_ids if sid not in facts]
    if missing:
        raise NotFound(f"no student {missing[0]}")
    planned = [p for sid in student_ids for p in _plan(template, facts[sid], settings, day, extra)]
    return PreparedLetters(template, letterhead(settings), tuple(planned))


def print_letters(
    sessions: sessionmaker[Session],
    actor: Actor,
    template_id: str,
    student_ids: Sequence[uuid.UUID],
    *,
    out: Path | None = None,
    split_dir: Path | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    today: date | None = None,
    extra: Mapping[str, str] | None = None,
    templates_dir: Path | None = None,
) -> PrintResult:
    """Letters of ``template_id`` to ``student_ids``: see the module docstring."""
    if (out is None) == (split_dir is None):
        raise ValidationError("out", "give either one output file or a folder for split files")
    if out is not None:
        check_target(out)
    prepared = prepare_letters(
        sessions,
        actor,
        template_id,
        student_ids,
        today=today,
        extra=extra,
        templates_dir=templates_dir,
    )
    template, head, planned = prepared.template, prepared.letterhead, list(prepared.letters)
    stop = _stopper(cancel)
    total = len(planned)

    def done(index: int) -> None:
        if progress is not None:
            progress(index + 1, total)
        if stop():
            raise _Cancelled

    folder = out.parent if out is not None else split_dir
    assert folder is not None
    recovered = finish_interrupted(sessions, folder).moved if folder.is_dir() else ()
    try:
        if out is not None:
            files = [_write_merged(out, planned, head, template, done)]
        else:
            assert split_dir is not None
            files = _write_split(split_dir, planned, head, template, done)
    except _Cancelled:
        return PrintResult((), 0, cancelled=True, recovered=recovered)
    produced = record_files(sessions, actor, files)
    return PrintResult(produced, total, recovered=recovered)


def _stopper(cancel: Cancel | None) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel


def _plan(
    template: LetterTemplate,
    facts: StudentFacts,
    settings: SchoolSettings,
    today: date,
    extra: Mapping[str, str] | None,
) -> list[PlannedLetter]:
    kinds = [template.recipient]
    if (
        template.guardian_copy
        and template.recipient is RecipientKind.STUDENT
        and facts.minor_on(today)
    ):
        kinds.append(RecipientKind.GUARDIAN)
    check_breakoff(template, facts.breakoff, facts.number, facts.name)
    if template.recipient is RecipientKind.COMPANY and not facts.company_name:
        raise LetterTemplateError(
            template.source,
            None,
            f"student {facts.number} has no placement or application at a company to write to",
            student_number=facts.number,
        )
    planned = []
    for kind in kinds:
        values = values_for(facts, kind, settings, today, extra)
        template.check_values(values, facts.number)
        reference = new_reference(today)
        letter = Letter(
            reference=reference,
            recipient_lines=recipient_lines(facts, kind, settings),
            place_and_date=f"{settings.letter_place}, {format_date_long(today)}",
            subject=template.subject_text(values),
            body=tuple(template.fill(values)),
            title=template.title,
        )
        entry = Entry(
            facts.student_id,
            facts.company_id,
            template.id,
            recipient_name(facts, kind, settings),
            reference,
        )
        planned.append(PlannedLetter(facts, letter, entry))
    return planned


def _write_merged(
    out: Path,
    planned: list[PlannedLetter],
    head: Letterhead,
    template: LetterTemplate,
    done: Callable[[int], None],
) -> WrittenFile:
    buffer = io.BytesIO()
    cache = ParagraphCache()
    parts = (letter_part(p.letter, cache) for p in planned)
    write_documents(buffer, parts, head, title=template.title, on_part_done=done)
    return write_file(out, buffer.getvalue(), [p.entry for p in planned])


def _write_split(
    folder: Path,
    planned: list[PlannedLetter],
    head: Letterhead,
    template: LetterTemplate,
    done: Callable[[int], None],
) -> list[WrittenFile]:
    """One file per student (with the guardian's copy, if any): services.letters_split."""
    folder.mkdir(parents=True, exist_ok=True)
    groups: dict[uuid.UUID, list[PlannedLetter]] = {}
    for p in planned:
        groups.setdefault(p.facts.student_id, []).append(p)
    files = [
        SplitFile(
            folder / f"{group[0].facts.number}-{template.id}.pdf",
            [p.letter for p in group],
            [p.entry for p in group],
        )
        for group in groups.values()
    ]
    return write_split(files, head, template.title, done)


def student_ids_with_status(
    sessions: sessionmaker[Session], actor: Actor, status: SearchStatus
) -> list[uuid.UUID]:
    """The students with search status ``status``, in list order (surname first)."""
    require(actor, CASE_WORKERS, "list students for letters")
    with sessions() as session:
        rows = session.execute(
            select(Student.id).where(Student.search_status == status).order_by(Student.sort_key)
        ).scalars()
        return list(rows)


def student_id_by_number(sessions: sessionmaker[Session], actor: Actor, number: str) -> uuid.UUID:
    """The student with student number ``number``; NotFound if none."""
    require(actor, CASE_WORKERS, "look up students for letters")
    with sessions() as session:
        found = session.execute(
            select(Student.id).where(Student.student_number == number.strip())
        ).scalar()
    if found is None:
        raise NotFound(f"no student with number {number.strip()}")
    return found
