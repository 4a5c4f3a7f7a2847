"""The command line's `avg` command: `avg inzage` writes everything stored about one student
(AVG subject access) as <number>-inzage.json and <number>-inzage.pdf; `avg bewaren` is the
retention purge (commands.retention)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from stagedesk.cli import db_option
from stagedesk.commands.retention import register_actions


def register(commands: Any) -> None:
    avg = commands.add_parser("avg", help="AVG (GDPR) duties")
    actions = avg.add_subparsers(dest="avg_command", metavar="ACTION", required=True)
    inzage = actions.add_parser(
        "inzage", help="export everything stored about a student (JSON and PDF)"
    )
    db_option(inzage)
    inzage.add_argument("--student", required=True, metavar="NUMBER", help="student number")
    inzage.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder")
    inzage.set_defaults(handler=_cmd_inzage)
    register_actions(actions)


def _cmd_inzage(args: argparse.Namespace) -> int:
    from stagedesk.pdf.subject_access import write_subject_access_pdf
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.letters import letterhead
    from stagedesk.services.matching import student_by_number
    from stagedesk.services.office import Office
    from stagedesk.services.settings import load_settings
    from stagedesk.services.subject_access import subject_access, write_json

    office = Office.open(args.db, create=False)
    try:
        student_id = student_by_number(office.sessions, SYSTEM, args.student)
        access = subject_access(office.sessions, SYSTEM, student_id)
        head = letterhead(load_settings(office.sessions))
    finally:
        office.close()
    args.out.mkdir(parents=True, exist_ok=True)
    json_path = args.out / f"{access.student_number}-inzage.json"
    pdf_path = args.out / f"{access.student_number}-inzage.pdf"
    # Both files or neither: written under temporary names, renamed when both are done.
    json_temp, pdf_temp = json_path.with_suffix(".json.part"), pdf_path.with_suffix(".pdf.part")
    try:
        write_json(access, json_temp)
        write_subject_access_pdf(access, head, pdf_temp)
        json_temp.replace(json_path)
        pdf_temp.replace(pdf_path)
    finally:
        json_temp.unlink(missing_ok=True)
        pdf_temp.unlink(missing_ok=True)
    print(f"{json_path}\n{pdf_path}")
    return 0
