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
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.matching import student_by_number
    from stagedesk.services.office import Office
    from stagedesk.services.subject_access import default_names, export_subject_access

    office = Office.open(args.db, create=False)
    try:
        student_id = student_by_number(office.sessions, SYSTEM, args.student)
        args.out.mkdir(parents=True, exist_ok=True)
        pdf_name, json_name = default_names(args.student)
        files = export_subject_access(
            office.sessions, SYSTEM, student_id, args.out / pdf_name, args.out / json_name
        )
    finally:
        office.close()
    print(f"{files.json}\n{files.pdf}")
    return 0
