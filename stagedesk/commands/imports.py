"""The command line's `import` command: students, companies or programmes from CSV or .xlsx.

Exit 0 when imported (or, with --dry-run, when the file is clean), printing what was added
and updated; exit 1 with every problem on stderr, one per line, when the file is refused, and
the store is then unchanged.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from stagedesk.cli import db_option
from stagedesk.domain.errors import ValidationError


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "import",
        help="import students, companies or programmes from a CSV or Excel (.xlsx) file",
    )
    parser.add_argument("kind", choices=["students", "companies", "programmes"])
    parser.add_argument("file", type=Path, metavar="FILE", help="a .csv or .xlsx file")
    db_option(parser)
    parser.add_argument(
        "--dry-run", action="store_true", help="check every row and report; change nothing"
    )
    parser.add_argument(
        "--mapping",
        type=Path,
        metavar="M.json",
        help='columns to use: {"field": "column in the file"}, e.g. {"roepnaam": "Voornaam"}',
    )
    parser.set_defaults(handler=_cmd_import)


def _cmd_import(args: argparse.Namespace) -> int:
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.imports import ImportKind, import_file
    from stagedesk.services.office import Office

    mapping = _read_mapping(args.mapping) if args.mapping else None
    office = Office.open(args.db, create=False)
    try:
        result = import_file(
            office.sessions,
            SYSTEM,
            ImportKind(args.kind),
            args.file,
            mapping=mapping,
            dry_run=args.dry_run,
            progress=_progress,
        )
    finally:
        office.close()
    if result.problems:
        for problem in result.problems:
            print(f"{result.file}: {problem}", file=sys.stderr)
        count = len(result.problems)
        print(
            f"stagedesk: refused: {count} problem{'s' if count != 1 else ''} in {result.file}; "
            "nothing was imported",
            file=sys.stderr,
        )
        return 1
    counts = f"{result.added} added, {result.updated} updated, {result.unchanged} unchanged"
    if result.dry_run:
        print(f"{result.file}: {result.rows} rows, no problems; would be {counts} (dry run)")
    else:
        print(f"{result.file}: {result.rows} {args.kind} rows imported: {counts}")
    return 0


def _read_mapping(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError("mapping", f"cannot read {path.name}: {exc}") from None
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise ValidationError(
            "mapping", f'{path.name} must be a JSON object {{"field": "column", ...}}'
        )
    return data


def _progress(phase: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{phase}: {done}/{total or '?'}   ", end="", file=sys.stderr, flush=True)
        if phase == "write" and done >= total:
            print(file=sys.stderr)
