"""The command line's `db encrypt`: encrypt a SQLite store in place with a passphrase."""

from __future__ import annotations

import argparse
from typing import Any


def register_encrypt(db_commands: Any) -> None:
    """Add ``encrypt`` to the ``db`` command's actions."""
    encrypt = db_commands.add_parser(
        "encrypt",
        help="encrypt a SQLite store in place (after a backup); the passphrase comes from "
        "STAGEDESK_PASSPHRASE or is asked twice. Close the store everywhere first",
    )
    encrypt.add_argument("--db", required=True, metavar="PATH", help="the store file")
    encrypt.set_defaults(handler=_cmd_encrypt)


def _cmd_encrypt(args: argparse.Namespace) -> int:
    from stagedesk.commands.passphrase import new_passphrase
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.encryption import encrypt_store

    result = encrypt_store(args.db, new_passphrase(args.db), SYSTEM)
    print(
        f"{result.store}: encrypted (backup {result.backup.name} first; "
        f"{result.backups_encrypted} backups encrypted with the same passphrase). "
        "Without the passphrase nobody, you included, can read it: keep it safe."
    )
    return 0
