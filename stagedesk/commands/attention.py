"""The command line's `attention` command: the attention list as text or JSON."""

from __future__ import annotations

import argparse
import json
from typing import Any

from stagedesk.cli import db_option


def register(commands: Any) -> None:
    attention = commands.add_parser("attention", help="the attention list: who needs a look")
    db_option(attention)
    attention.add_argument("--json", action="store_true", help="print JSON")
    attention.set_defaults(handler=_cmd_attention)


def _cmd_attention(args: argparse.Namespace) -> int:
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.attention import attention_list
    from stagedesk.services.office import Office

    office = Office.open(args.db, create=False)
    try:
        items = attention_list(office.sessions, SYSTEM)
    finally:
        office.close()
    if args.json:
        rows = [
            {
                "student_number": item.student_number,
                "name": item.name,
                "reason": item.reason.value,
                "detail": item.detail.as_json(),
            }
            for item in items
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not items:
        print("nobody needs attention")
        return 0
    name_width = min(40, max(len(item.name) for item in items))
    reason_width = max(len(item.reason.value) for item in items)
    for item in items:
        print(
            f"{item.student_number:<10}  {item.name[:name_width]:<{name_width}}  "
            f"{item.reason.value:<{reason_width}}  {item.detail.summary()}"
        )
    return 0
