"""The command line's `hours` command group: `hours import` enters bpv hours from a CSV or
.xlsx file of weeks (student number, week or period start, hours, sick, other absence).

Exit 0 when imported (or, with --dry-run, when the file is clean), printing what was added,
updated and unchanged; exit 1 with every problem on stderr, one per line, when the file is
refused, and the store is then unchanged.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from stagedesk.cli import db_option


def register(commands: Any) -> None:
    group = commands.add_parser("hours", help="bpv hours registration")
    actions = group.add_subparsers(dest="hours_command", metavar="ACTION", required=True)
    parser = actions.add_parser(
        "import",
        help="enter weeks of bpv hours from a CSV or Excel (.xlsx) file, all or nothing",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="a .csv or .xlsx file")
    db_option(parser)
    parser.add_argument(
        "--dry-run", action="store_true", help="check every row and report; change nothing"
    )
    parser.add_argument(
        "--date", type=date.fromisoformat, help="as on this day (YYYY-MM-DD; default today)"
    )
    parser.set_defaults(handler=_cmd_import)


def _cmd_import(args: argparse.Namespace) -> int:
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.hours_import import import_hours
    from stagedesk.services.office import Office

    office = Office.open(args.db, create=False)
    try:
        result = import_hours(
            office.sessions, SYSTEM, args.file, dry_run=args.dry_run, today=args.date
        )
    finally:
        office.close()
    if result.problems:
        for problem in result.problems:
            print(f"{result.file}: {problem}", file=sys.stderr)
        count = len(result.problems)
        print(
            f"stagedesk: refused: {count} problem{'s' if count != 1 else ''} in {result.file}; "
            "no hours were entered",
            file=sys.stderr,
        )
        return 1
    counts = f"{result.added} added, {result.updated} updated, {result.unchanged} unchanged"
    if result.dry_run:
        print(f"{result.file}: {result.rows} weeks, no problems; would be {counts} (dry run)")
    else:
        print(f"{result.file}: {result.rows} weeks imported: {counts}")
    return 0
