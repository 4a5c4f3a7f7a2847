"""The command line's `avg bewaren`: preview or carry out the AVG retention purge (registered
under the `avg` command by commands.subject_access)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from stagedesk.cli import db_option


def register_actions(actions: Any) -> None:
    bewaren = actions.add_parser(
        "bewaren",
        help="retention: preview, or anonymise what is past its retention period",
    )
    db_option(bewaren)
    mode = bewaren.add_mutually_exclusive_group()
    mode.add_argument(
        "--preview", action="store_true", help="only show what would go (the default)"
    )
    mode.add_argument(
        "--purge", action="store_true", help="anonymise and delete it, in one transaction"
    )
    bewaren.add_argument("--json", action="store_true", help="print JSON")
    bewaren.set_defaults(handler=_cmd_bewaren)


def _cmd_bewaren(args: argparse.Namespace) -> int:
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.office import Office
    from stagedesk.services.retention import purge, retention_preview

    office = Office.open(args.db, create=False)
    try:
        preview = retention_preview(office.sessions, SYSTEM)
        result = purge(office.sessions, SYSTEM, expected=preview) if args.purge else None
    finally:
        office.close()
    kinds = result.kinds if result is not None else preview.kinds
    if args.json:
        data: dict[str, Any] = {
            "today": preview.today.isoformat(),
            "purged": result is not None,
            "student_years": preview.settings.student_years,
            "melding_years": preview.settings.melding_years,
            "kinds": [{"kind": k.kind, "count": k.count, "action": k.action} for k in kinds],
            "students": [
                {
                    "student_number": d.student_number,
                    "ended": d.ended.value,
                    "left_on": d.left_on.isoformat(),
                }
                for d in preview.students
            ],  # fmt: skip
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    settings = preview.settings
    print(
        f"retention: student files {settings.student_years} years after leaving "
        f"(left on or before {preview.student_cutoff.isoformat()}), meldingen "
        f"{settings.melding_years} years after closing "
        f"(closed on or before {preview.melding_cutoff.isoformat()})"
    )
    if result is None:
        verb = {"anonymised": "to anonymise", "cleared": "to keep, free text cleared",
                "deleted": "to delete"}  # fmt: skip
    else:
        verb = {"anonymised": "anonymised", "cleared": "kept, free text cleared",
                "deleted": "deleted"}  # fmt: skip
    for k in kinds:
        print(f"{k.kind:<15} {k.count:>7}  {verb.get(k.action, k.action)}")
    if result is None:
        for d in preview.students:
            print(f"  {d.student_number:<10}  {d.ended.value:<9}  left {d.left_on.isoformat()}")
        print("nothing changed (preview); --purge carries it out")
    else:
        print(f"purged; audit entry {result.audit_seq}")
    return 0
