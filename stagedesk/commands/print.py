"""The command line's `print` command: letters, batches, overviews and checklists as PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from stagedesk.cli import db_option
from stagedesk.domain.enums import SearchStatus, VisitType


def register(commands: Any) -> None:
    printing = commands.add_parser("print", help="letters, overviews and checklists as PDF")
    kinds = printing.add_subparsers(dest="print_command", metavar="WHAT", required=True)

    letter = kinds.add_parser("letter", help="one student's letter from a template")
    letter.add_argument("--list", action="store_true", help="list the letter templates")
    letter.add_argument("--template", metavar="NAME", help="the template's id (see --list)")
    letter.add_argument("--student", metavar="NUMBER", help="the student number")
    letter.add_argument("--db", metavar="PATH|URL", help="the store")
    letter.add_argument("--out", type=Path, metavar="F.pdf", help="the PDF to write")
    _letter_options(letter)
    letter.set_defaults(handler=_cmd_letter)

    batch = kinds.add_parser("batch", help="a template's letter to every student with a status")
    batch.add_argument("--template", required=True, metavar="NAME")
    db_option(batch)
    batch.add_argument(
        "--status",
        required=True,
        choices=[s.value for s in SearchStatus],
        help="the students' search status",
    )
    where = batch.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, metavar="F.pdf", help="one merged PDF")
    where.add_argument("--split", type=Path, metavar="DIR", help="one PDF per student in DIR")
    _letter_options(batch)
    batch.set_defaults(handler=_cmd_batch)

    overview = kinds.add_parser("overview", help="a student's placement overview")
    overview.add_argument("--student", required=True, metavar="NUMBER")
    db_option(overview)
    overview.add_argument("--out", type=Path, required=True, metavar="F.pdf")
    overview.add_argument("--date", metavar="DD-MM-YYYY", help="the overview's date (today)")
    overview.set_defaults(handler=_cmd_overview)

    checklist = kinds.add_parser("checklist", help="a blank visit checklist to take along")
    checklist.add_argument("--list", action="store_true", help="list the visit types")
    checklist.add_argument("--visit-type", choices=[t.value for t in VisitType], metavar="T")
    checklist.add_argument("--out", type=Path, metavar="F.pdf")
    checklist.add_argument(
        "--db", metavar="PATH|URL", help="use the store's checklists and letterhead"
    )
    checklist.set_defaults(handler=_cmd_checklist)

    visit = kinds.add_parser("visit", help="a visit's report: the checklist as answered")
    visit.add_argument("--visit", required=True, metavar="ID", help="the visit's id")
    db_option(visit)
    visit.add_argument("--out", type=Path, required=True, metavar="F.pdf")
    visit.set_defaults(handler=_cmd_visit)


def _letter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--date", metavar="DD-MM-YYYY", help="the letter's date (today)")
    parser.add_argument(
        "--value",
        action="append",
        default=[],
        metavar="NAME=TEXT",
        help="a value the program does not know, e.g. melding.datum='20 november 2026'",
    )


def _usage(args: argparse.Namespace, message: str) -> None:
    """A usage error: exit code 2, like argparse's own."""
    print(f"stagedesk print {args.print_command}: error: {message}", file=sys.stderr)
    raise SystemExit(2)


def _values(args: argparse.Namespace) -> dict[str, str]:
    values = {}
    for pair in args.value:
        name, eq, text = pair.partition("=")
        if not eq or not name.strip():
            _usage(args, f"--value wants NAME=TEXT, got {pair!r}")
        values[name.strip()] = text
    return values


def _date(args: argparse.Namespace) -> Any:
    from stagedesk.domain.dates import parse_date

    return parse_date(args.date, "--date") if args.date else None


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        end = "\n" if done >= total else ""
        print(f"\rletters: {done}/{total}   ", end=end, file=sys.stderr, flush=True)


def _cmd_letter(args: argparse.Namespace) -> int:
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.letters import letter_templates, print_letter, student_id_by_number
    from stagedesk.services.office import Office

    if args.list:
        for info in letter_templates():
            copy = ", kopie ouder" if info.guardian_copy else ""
            print(f"{info.id:<30}  {info.recipient.value + copy:<18}  {info.title}")
        return 0
    for option in ("template", "student", "db", "out"):
        if getattr(args, option) is None:
            _usage(args, f"--{option} is required (or give --list)")
    values, day = _values(args), _date(args)
    office = Office.open(args.db, create=False)
    try:
        student = student_id_by_number(office.sessions, SYSTEM, args.student)
        result = print_letter(
            office.sessions, SYSTEM, args.template, student, args.out, today=day, extra=values
        )
    finally:
        office.close()
    _report(result)
    return 0


def _cmd_batch(args: argparse.Namespace) -> int:
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.letters import print_letters, student_ids_with_status
    from stagedesk.services.office import Office

    values, day = _values(args), _date(args)
    office = Office.open(args.db, create=False)
    try:
        students = student_ids_with_status(office.sessions, SYSTEM, SearchStatus(args.status))
        if not students:
            print(f"no students with status {args.status}: nothing written")
            return 0
        result = print_letters(
            office.sessions,
            SYSTEM,
            args.template,
            students,
            out=args.out,
            split_dir=args.split,
            progress=_progress,
            today=day,
            extra=values,
        )
    finally:
        office.close()
    _report(result)
    return 0


def _report(result: Any) -> None:
    for path in result.recovered:
        print(f"{path}: recovered (registered by an earlier run that was interrupted)")
    for produced in result.files:
        refs = ", ".join(produced.references[:3])
        more = f" and {len(produced.references) - 3} more" if len(produced.references) > 3 else ""
        print(f"{produced.path}: {len(produced.references)} letter(s), kenmerk {refs}{more}")
    if len(result.files) > 1:
        print(f"{result.letters} letters in {len(result.files)} files")


def _cmd_overview(args: argparse.Namespace) -> int:
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.letters import student_id_by_number
    from stagedesk.services.letters_overview import print_overview
    from stagedesk.services.office import Office

    day = _date(args)
    office = Office.open(args.db, create=False)
    try:
        student = student_id_by_number(office.sessions, SYSTEM, args.student)
        result = print_overview(office.sessions, SYSTEM, student, args.out, today=day)
    finally:
        office.close()
    _report(result)
    return 0


def _cmd_checklist(args: argparse.Namespace) -> int:
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.letters_checklists import available_checklists, print_blank_checklist
    from stagedesk.services.office import Office

    if not args.list and (args.visit_type is None or args.out is None):
        _usage(args, "give --list, or --visit-type T and --out F.pdf")
    office = Office.open(args.db, create=False) if args.db else None
    try:
        sessions = office.sessions if office is not None else None
        if args.list:
            for checklist in available_checklists(sessions, SYSTEM).checklists:
                print(
                    f"{checklist.visit_type.value:<8}  {checklist.id} "
                    f"(versie {checklist.version}): {checklist.title}"
                )
            return 0
        out = print_blank_checklist(
            VisitType(args.visit_type), args.out, sessions=sessions, actor=SYSTEM
        )
    finally:
        if office is not None:
            office.close()
    print(f"{out}: blank checklist for visit type {args.visit_type}")
    return 0


def _cmd_visit(args: argparse.Namespace) -> int:
    import uuid

    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.letters_checklists import print_visit_report
    from stagedesk.services.office import Office

    try:
        visit_id = uuid.UUID(args.visit)
    except ValueError:
        _usage(args, f"--visit wants a visit id (a UUID), got {args.visit!r}")
    office = Office.open(args.db, create=False)
    try:
        out = print_visit_report(office.sessions, SYSTEM, visit_id, args.out)
    finally:
        office.close()
    print(f"{out}: visit report")
    return 0
