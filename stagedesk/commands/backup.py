"""The command line's `backup` command: list, create and restore backups of a SQLite store."""

from __future__ import annotations

import argparse
from typing import Any

from stagedesk.cli import db_option


def register(commands: Any) -> None:
    backup = commands.add_parser("backup", help="backups of a SQLite store: list, create, restore")
    actions = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="the store's backups, newest first")
    db_option(listing)
    listing.add_argument(
        "--check", action="store_true", help="run the integrity check on every backup again"
    )
    listing.set_defaults(handler=_cmd_list)

    create = actions.add_parser("create", help="back up the store now")
    db_option(create)
    create.set_defaults(handler=_cmd_create)

    restore = actions.add_parser(
        "restore",
        help="replace the store by a backup (the store is backed up first); close the store "
        "in every StageDesk window first",
    )
    db_option(restore)
    restore.add_argument("backup", metavar="BACKUP", help="a backup's file name or path")
    restore.set_defaults(handler=_cmd_restore)


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


def _cmd_list(args: argparse.Namespace) -> int:
    from stagedesk.services import backups
    from stagedesk.store.backup import backup_dir

    found = backups.list_backups(args.db, check=args.check)
    if not found:
        print(f"no backups yet (they go to {backup_dir(backups.store_file(args.db))})")
        return 0
    bad = 0
    for item in found:
        if item.verified is None:
            state = "verified when made"
        elif item.verified:
            state = "verified now"
        else:
            state = f"DAMAGED: {item.problem}"
            bad += 1
        print(
            f"{item.name}  {item.taken_at:%Y-%m-%d %H:%M:%S}  {item.kind:<13}  "
            f"{_size(item.size):>9}  {state}"
        )
    return 1 if bad else 0


def _cmd_create(args: argparse.Namespace) -> int:
    from stagedesk.services import backups
    from stagedesk.services.actor import SYSTEM

    made = backups.create_backup(args.db, SYSTEM)
    print(f"backed up to {made.path} ({_size(made.size)}, verified)")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from stagedesk.services import backups
    from stagedesk.services.actor import SYSTEM

    result = backups.restore_backup(args.db, args.backup, SYSTEM)
    if result.safety is not None:
        print(f"the store as it was is kept in {result.safety.path}")
    if result.damaged_copy is not None:
        print(f"the store was damaged; its file is kept in {result.damaged_copy}")
    print(f"restored {result.restored.name} into {args.db}")
    return 0
