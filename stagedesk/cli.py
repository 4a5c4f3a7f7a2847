"""The command line: parse, call a service, print. Errors go to stderr with exit code 1."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from stagedesk.domain.errors import StageDeskError, StoreError

Handler = Callable[[argparse.Namespace], int]

# Command groups that live in their own module under stagedesk/commands/. Each module has
# register(commands) which adds its subparsers; keep this file to the core commands.
COMMAND_MODULES = (
    "stagedesk.commands.accounts",
    "stagedesk.commands.attention",
    "stagedesk.commands.audit",
    "stagedesk.commands.backup",
    "stagedesk.commands.dashboard",
    "stagedesk.commands.hours",
    "stagedesk.commands.imports",
    "stagedesk.commands.match",
    "stagedesk.commands.pack",
    "stagedesk.commands.print",
    "stagedesk.commands.profiles",
    "stagedesk.commands.subject_access",
    "stagedesk.commands.visits",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stagedesk",
        description="StageDesk: the internship office's case files. Without a command, "
        "opens the window.",
    )
    parser.add_argument(
        "--db",
        dest="gui_db",
        metavar="PATH|URL",
        help="store to open: a SQLite file path or a SQLAlchemy URL (postgresql+psycopg://...)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the demo store (created on first use)"
    )
    parser.add_argument("--lang", choices=["nl", "en"], help="language of the window")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="create a demo store with realistic data")
    db_option(demo)
    demo.add_argument("--students", type=_positive_int, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same data")
    demo.set_defaults(handler=_cmd_demo)

    db = commands.add_parser("db", help="schema versions of a store")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_commands.add_parser("upgrade", help="bring the store to this program's schema")
    db_option(upgrade)
    upgrade.set_defaults(handler=_cmd_db_upgrade)
    current = db_commands.add_parser("current", help="print the store's schema version")
    db_option(current)
    current.set_defaults(handler=_cmd_db_current)
    importlib.import_module("stagedesk.commands.db_copy").register_copy(db_commands)
    importlib.import_module("stagedesk.commands.db_encrypt").register_encrypt(db_commands)

    stats = commands.add_parser("stats", help="counts per entity and students per status")
    db_option(stats)
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(handler=_cmd_stats)

    for module in COMMAND_MODULES:
        importlib.import_module(module).register(commands)
    return parser


def db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, metavar="PATH|URL", help="the store")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _cmd_demo(args: argparse.Namespace) -> int:
    from stagedesk.services.demo import generate_demo
    from stagedesk.services.demo_accounts import DEMO_PASSWORD, add_demo_accounts
    from stagedesk.services.demo_hours import add_demo_hours
    from stagedesk.services.demo_proposals import add_demo_proposals
    from stagedesk.store.opening import open_store

    # A new SQLite store is made beside its name and moved into place when every step is done:
    # the steps after generate_demo are transactions of their own, and a killed run must leave
    # no store rather than half a demo. An existing (empty) store is filled where it is.
    fresh = "://" not in args.db and not Path(args.db).exists()
    location = f"{args.db}.part" if fresh else args.db
    if fresh:
        _remove_files(location)  # of an earlier run that was stopped
    store = open_store(location)
    try:
        summary = generate_demo(store, students=args.students, seed=args.seed, progress=_progress)
        logins = add_demo_accounts(store.sessions)
        add_demo_hours(store.sessions)
        add_demo_proposals(store.sessions)
    except BaseException:
        store.close()
        if fresh:
            _remove_files(location)
        raise
    store.close()
    if fresh:
        os.replace(location, args.db)
    print(f"demo store {args.db}: " + ", ".join(f"{n} {k}" for k, n in vars(summary).items()))
    if logins:
        print(f"logins: {', '.join(d.login for d in logins)} (password {DEMO_PASSWORD})")
    return 0


def _remove_files(location: str) -> None:
    """A SQLite file and its journal, WAL and shared-memory files."""
    path = Path(location)
    for leftover in path.parent.glob(f"{path.name}*"):
        leftover.unlink()


def _progress(phase: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{phase}: {done}/{total}   ", end="", file=sys.stderr, flush=True)
        if done >= total:
            print(file=sys.stderr)


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    from stagedesk.store import migrate
    from stagedesk.store.engine import make_engine

    engine = make_engine(args.db)
    try:
        before = migrate.current_revision(engine)
        migrate.upgrade(engine)
        after = migrate.current_revision(engine)
    finally:
        engine.dispose()
    if before == after:
        print(f"{args.db}: already at schema version {after} (newest)")
    else:
        print(f"{args.db}: upgraded from {before or 'empty'} to {after}")
    return 0


def _cmd_db_current(args: argparse.Namespace) -> int:
    from stagedesk.store import migrate
    from stagedesk.store.engine import make_engine, store_url

    url = store_url(args.db)
    if url.get_backend_name() == "sqlite":
        from pathlib import Path

        if not Path(str(url.database)).exists():
            raise StoreError(f"no store at {url.database}")
    engine = make_engine(url)
    try:
        current = migrate.current_revision(engine)
    finally:
        engine.dispose()
    head = migrate.head_revision()
    if current is None:
        print(f"none (empty store; this program's newest is {head})")
    elif current == head:
        print(f"{current} (newest)")
    else:
        print(f"{current} (this program's newest is {head}: run 'stagedesk db upgrade')")
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    from stagedesk.services.office import Office

    office = Office.open(args.db, create=False)
    try:
        stats = office.stats()
    finally:
        office.close()
    if args.json:
        print(json.dumps(stats.as_json(), indent=2, sort_keys=True))
        return 0
    width = max(len(name) for name in stats.entities)
    for name, count in stats.entities.items():
        print(f"{name:<{width}}  {count:>9}")
    print()
    for status, count in stats.students_per_status.items():
        print(f"{status.value:<{width}}  {count:>9}")
    return 0


def run_command(args: argparse.Namespace) -> int:
    """Run a subcommand; a StageDesk error becomes one line on stderr and exit code 1."""
    from stagedesk.commands import passphrase

    handler: Handler = args.handler
    passphrase.install()  # an encrypted store asks STAGEDESK_PASSPHRASE or the terminal
    try:
        return handler(args)
    except StageDeskError as exc:
        print(f"stagedesk: error: {exc}", file=sys.stderr)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from stagedesk.ui.app import run_gui

        return run_gui(args.gui_db, demo=args.demo, language=args.lang)
    if args.gui_db or args.demo or args.lang:
        parser.error("--db/--demo/--lang before a command are for the window; give --db after it")
    return run_command(args)
