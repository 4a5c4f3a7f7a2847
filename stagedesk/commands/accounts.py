"""The command line's `accounts` command: list the logins, and the way back in for an office
whose last admin forgot the password (whoever holds the store file may act as the system).

    stagedesk accounts list --db PATH
    stagedesk accounts password --db PATH --login NAME   # asks the new password twice
    stagedesk accounts unlock --db PATH --login NAME

The new password comes from STAGEDESK_NEW_PASSWORD when set (scripts), else from a prompt.
Each change is on the audit trail as done by the system user.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from stagedesk.cli import db_option

NEW_PASSWORD_ENV = "STAGEDESK_NEW_PASSWORD"


def register(commands: Any) -> None:
    accounts = commands.add_parser("accounts", help="list logins, reset a password, unlock")
    actions = accounts.add_subparsers(dest="accounts_action", required=True)
    listing = actions.add_parser("list", help="staff with their login, roles and state")
    db_option(listing)
    listing.set_defaults(handler=_cmd_list)
    for name, helptext, handler in (
        ("password", "set a new password (asked twice, or STAGEDESK_NEW_PASSWORD)", _cmd_password),
        ("unlock", "lift a lock-out after failed logins", _cmd_unlock),
    ):
        action = actions.add_parser(name, help=helptext)
        db_option(action)
        action.add_argument("--login", required=True, metavar="NAME")
        action.set_defaults(handler=handler)


def _cmd_list(args: argparse.Namespace) -> int:
    from stagedesk.services.accounts import list_accounts
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.office import Office

    office = Office.open(args.db, create=False)
    try:
        rows = list_accounts(office.sessions, SYSTEM)
    finally:
        office.close()
    for row in rows:
        state = "inactive" if not row.active else "active"
        if row.locked_until is not None:
            state = f"locked until {row.locked_until:%H:%M:%S} UTC"
        roles = ",".join(sorted(role.value for role in row.roles))
        print(f"{row.login or '-':<20}  {row.name[:40]:<40}  {roles:<28}  {state}")
    return 0


def _cmd_password(args: argparse.Namespace) -> int:
    password = _new_password()
    if password is None:
        return 1
    from stagedesk.services.auth import set_password

    return _on_account(
        args, lambda sessions, actor, staff_id: set_password(sessions, actor, staff_id, password)
    )


def _cmd_unlock(args: argparse.Namespace) -> int:
    from stagedesk.services.accounts import unlock

    return _on_account(args, unlock)


def _on_account(args: argparse.Namespace, change: Any) -> int:
    from stagedesk.services.accounts import list_accounts
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.office import Office

    office = Office.open(args.db, create=False)
    try:
        wanted = args.login.strip().lower()
        row = next((r for r in list_accounts(office.sessions, SYSTEM) if r.login == wanted), None)
        if row is None:
            print(f"stagedesk: no account with the login {wanted!r}", file=sys.stderr)
            return 1
        change(office.sessions, SYSTEM, row.staff_id)
    finally:
        office.close()
    print(f"{args.accounts_action}: done for {wanted} ({row.name})")
    return 0


def _new_password() -> str | None:
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        print(
            f"stagedesk: no terminal to ask the password on: set {NEW_PASSWORD_ENV}",
            file=sys.stderr,
        )
        return None
    first = getpass.getpass("New password: ")
    if getpass.getpass("Again: ") != first:
        print("stagedesk: the two passwords differ", file=sys.stderr)
        return None
    return first
