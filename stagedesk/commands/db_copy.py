"""The command line's `db copy`: a whole store into a new one (SQLite ⇄ PostgreSQL), verified."""

from __future__ import annotations

import argparse
from typing import Any


def register_copy(db_commands: Any) -> None:
    """Add ``copy`` to the ``db`` command's actions."""
    copy = db_commands.add_parser(
        "copy",
        help="copy a whole store into a new, empty one (SQLite file ⇄ PostgreSQL server), "
        "verified by row counts and checksums",
    )
    copy.add_argument("--from", dest="source", required=True, metavar="PATH|URL")
    copy.add_argument("--to", dest="target", required=True, metavar="PATH|URL")
    copy.set_defaults(handler=_cmd_copy)


def _cmd_copy(args: argparse.Namespace) -> int:
    from stagedesk.store.copy import copy_store

    report = copy_store(args.source, args.target)
    width = max(len(table.name) for table in report.tables)
    for table in report.tables:
        print(f"{table.name:<{width}}  {table.rows:>9}  {table.checksum[:16]}")
    print(
        f"copied {report.source} to {report.target}: {len(report.tables)} tables, "
        f"{report.rows} rows, schema {report.revision}; counts and checksums match"
    )
    return 0
