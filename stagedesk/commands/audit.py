"""The command line's `audit` command: check that the audit trail is whole and unaltered."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from stagedesk.cli import db_option


def register(commands: Any) -> None:
    audit = commands.add_parser("audit", help="the audit trail")
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify", help="recompute the hash chain; exit 1 naming the first broken entry"
    )
    db_option(verify)
    verify.set_defaults(handler=_cmd_verify)


def _cmd_verify(args: argparse.Namespace) -> int:
    from stagedesk.services.audit import verify
    from stagedesk.services.office import Office

    office = Office.open(args.db, create=False)
    try:
        result = verify(office.sessions)
    finally:
        office.close()
    if result.ok:
        print(f"audit trail intact: {result.checked} entries, last hash {result.head_hash}")
        return 0
    print(
        f"audit trail broken after {result.checked} good entries: {result.problem}",
        file=sys.stderr,
    )
    return 1
