"""The command line's `pack` commands: export a mentor's visit pack, import one back."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from stagedesk.cli import db_option

if TYPE_CHECKING:
    from stagedesk.services.packs import ImportPlan, PackVisit


def register(commands: Any) -> None:
    pack = commands.add_parser("pack", help="visit packs: a mentor's visits taken offline")
    actions = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)

    export = actions.add_parser(
        "export",
        help="write a mentor's visit pack, encrypted with a passphrase (STAGEDESK_PASSPHRASE "
        "or asked twice)",
    )
    db_option(export)
    export.add_argument("--mentor", required=True, metavar="ID|NAME", help="the mentor")
    export.add_argument("--out", required=True, metavar="FILE", help="the pack file to write")
    export.add_argument("--overwrite", action="store_true", help="replace an existing FILE")
    export.set_defaults(handler=_cmd_export)

    imp = actions.add_parser("import", help="merge the visits logged in a pack into the store")
    imp.add_argument("file", metavar="FILE", help="the pack")
    db_option(imp)
    imp.add_argument(
        "--dry-run", action="store_true", help="show what would change; change nothing"
    )
    imp.add_argument(
        "--take",
        choices=["office", "pack"],
        help="for every visit changed in both places: keep the office's or take the pack's",
    )
    imp.set_defaults(handler=_cmd_import)


def _cmd_export(args: argparse.Namespace) -> int:
    from stagedesk.commands.passphrase import new_passphrase
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.packs import export_pack, find_mentor
    from stagedesk.store.opening import open_store

    store = open_store(args.db, create=False)
    try:
        mentor_id, _ = find_mentor(store.sessions, args.mentor)
        summary = export_pack(
            store.sessions,
            SYSTEM,
            mentor_id,
            args.out,
            overwrite=args.overwrite,
            passphrase=new_passphrase("the visit pack"),
        )
    finally:
        store.close()
    counts = summary.counts
    print(
        f"visit pack for {summary.mentor_name} written to {summary.path}: "
        f"{counts.get('student', 0)} students, {counts.get('placement', 0)} placements, "
        f"{counts.get('company', 0)} companies, {counts.get('visit', 0)} visits, "
        f"{len(summary.checklists)} checklists ({summary.size_bytes // 1024} KB)"
    )
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.packs import apply_import, preview_import
    from stagedesk.store.opening import open_store

    store = open_store(args.db, create=False)
    try:
        plan = preview_import(store.sessions, SYSTEM, args.file)
        _print_plan(plan)
        if plan.conflicts and args.take is None:
            print(
                f"stagedesk: error: {len(plan.conflicts)} visit(s) changed both in the office "
                "and in the pack; run again with --take office or --take pack "
                "(nothing was imported)",
                file=sys.stderr,
            )
            return 1
        if args.dry_run:
            print("dry run: nothing was changed")
            return 0
        resolutions = {c.visit.id: args.take for c in plan.conflicts}
        result = apply_import(store.sessions, SYSTEM, plan, resolutions)
    finally:
        store.close()
    if not plan.has_changes:
        print("nothing to import: the store has every visit of this pack already")
        return 0
    print(
        f"imported: {result.added} new, {result.updated} updated, "
        f"{result.took_pack} conflicts taken from the pack, "
        f"{result.kept_office} kept as in the office"
    )
    return 0


def _print_plan(plan: ImportPlan) -> None:
    from stagedesk.services.packs_manifest import plain

    print(
        f"visit pack of {plan.mentor_name}, exported {plan.exported_at:%d-%m-%Y %H:%M} UTC "
        f"(pack {plan.pack_id})"
    )
    print(
        f"  new visits: {len(plan.new)}, changed: {len(plan.changed)}, "
        f"unchanged: {plan.unchanged}, conflicts: {len(plan.conflicts)}"
    )
    for visit in plan.new:
        print(f"  new      {_describe(visit)}")
    for change in plan.changed:
        print(f"  changed  {_describe(change.visit)}: {', '.join(change.changed_fields)}")
    for conflict in plan.conflicts:
        print(f"  CONFLICT {_describe(conflict.visit)}")
        if conflict.office is None:
            print("           deleted in the office; changed in the pack")
        office = conflict.office or {}
        for name in conflict.differing:
            mine, theirs = plain(office.get(name)), plain(conflict.visit.fields[name])
            print(f"           {name}: office {mine!r} | pack {theirs!r}")
    if plan.checklist_archives:
        print(f"  checklist texts answered in the pack: {len(plan.checklist_archives)} to add")
    for line in plan.not_merged:
        print(f"  not merged: {line}")
    for line in plan.warnings:
        print(f"  note: {line}")


def _describe(visit: PackVisit) -> str:
    fields = visit.fields
    planned = fields.get("planned_on")
    when = f" planned {planned:%d-%m-%Y}" if planned is not None else ""
    return f"{visit.student_name} at {visit.company_name}: {fields['visit_type']} visit{when}"
