"""The command line's `dashboard` and `shortage` commands: the office's figures as text or
JSON, and the shortage report for SBB as an .xlsx (or .csv) file."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from stagedesk.cli import db_option


def register(commands: Any) -> None:
    board = commands.add_parser("dashboard", help="the office's figures and Stagepact indicators")
    db_option(board)
    board.add_argument("--json", action="store_true", help="print JSON")
    board.set_defaults(handler=_cmd_dashboard)

    shortage = commands.add_parser(
        "shortage", help="students without a place and open places per programme and region"
    )
    db_option(shortage)
    shortage.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="the report: .xlsx or .csv"
    )
    shortage.set_defaults(handler=_cmd_shortage)


def _cmd_dashboard(args: argparse.Namespace) -> int:
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.dashboard import dashboard
    from stagedesk.services.office import Office

    office = Office.open(args.db, create=False)
    try:
        board = dashboard(office.sessions, SYSTEM)
    finally:
        office.close()
    if args.json:
        print(json.dumps(as_json(board), indent=2, ensure_ascii=False))
        return 0
    for line in as_text(board):
        print(line)
    return 0


def _cmd_shortage(args: argparse.Namespace) -> int:
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.office import Office
    from stagedesk.services.shortage import shortage_report, write_shortage_report

    office = Office.open(args.db, create=False)
    try:
        report = shortage_report(office.sessions, SYSTEM)
    finally:
        office.close()
    rows = write_shortage_report(report, args.out)
    print(
        f"{args.out}: {rows} programme × region rows, "
        f"{report.without_place} students without a place"
    )
    return 0


def _share(share: Any) -> dict[str, Any]:
    fraction = share.fraction
    return {
        "part": share.part,
        "whole": share.whole,
        "percent": None if fraction is None else round(100 * fraction, 1),
    }


def as_json(board: Any) -> dict[str, Any]:
    """The dashboard (services.dashboard.Dashboard) as plain JSON values."""
    return {
        "today": board.today.isoformat(),
        "school_year": board.school_year,
        "students": board.students,
        "students_per_status": {count.key: count.count for count in board.per_status},
        "without_place": board.without_place.count,
        "without_place_by": {
            cut.value: [
                {"key": count.key, "label": count.label, "students": count.count}
                | ({"crebo": count.crebo} if count.crebo else {})
                for count in counts
            ]
            for cut, counts in board.cuts.items()
        },
        "school_region": board.school_region,
        "region_from_school": board.region_from_school,
        "placements_per_week": {week.week.label: week.placements for week in board.weeks},
        "allowance_at_or_above_norm": _share(board.allowance) | {"wage": board.wage},
        "allowance_norm_cents": board.norm_cents,
        "supervision_visits_held": _share(board.visits),
        "weeks_per_visit": board.weeks_per_visit,
        "pok_complete_by_start": _share(board.pok_on_time),
        "meldingen": {"total": board.meldingen.total, "open": board.meldingen.open},
        "proposals": {
            "anonymised": _rate(board.proposals.anonymised),
            "named": _rate(board.proposals.named),
        },
    }


def _rate(kind: Any) -> dict[str, Any]:
    """One kind of profile proposal (services.profile_rates.KindRate) as JSON."""
    rate = kind.rejection_rate
    return {
        "proposals": kind.proposals,
        "open": kind.open,
        "chosen": kind.chosen,
        "declined": kind.declined,
        "no_answer": kind.no_answer,
        "rejection_percent": None if rate is None else round(100 * rate, 1),
    }


def _rate_line(label: str, kind: Any) -> str:
    rate = kind.rejection_rate
    shown = "-" if rate is None else f"{100 * rate:.1f}%"
    return (
        f"  {label:<11}{kind.proposals:>6} sent, {kind.open} open, {kind.chosen} chosen, "
        f"{kind.declined} declined, {kind.no_answer} no answer; not chosen {shown}"
    )


def _percent(share: Any) -> str:
    fraction = share.fraction
    shown = "-" if fraction is None else f"{100 * fraction:.1f}%"
    return f"{shown:>6} ({share.part} of {share.whole})"


def as_text(board: Any) -> list[str]:
    lines = [f"dashboard {board.today.isoformat()} (school year {board.school_year})", ""]
    lines.append(f"students per status ({board.students} in all)")
    lines += [f"  {count.key:<22}{count.count:>7}" for count in board.per_status]
    lines += ["", f"without a place: {board.without_place.count}"]
    for cut, counts in board.cuts.items():
        lines.append(f"  by {cut.value}")
        for count in counts[:10]:
            label = count.label or "unknown"
            if count.crebo:
                label = f"{label} ({count.crebo} {count.leerweg.value} niveau {count.niveau})"
            lines.append(f"    {label[:58]:<58}{count.count:>7}")
        if len(counts) > 10:
            lines.append(f"    ... {len(counts) - 10} more")
    region = board.school_region or "unknown"
    lines.append(
        f"  ({board.region_from_school} without an open application counted in the school's "
        f"region: {region})"
    )
    lines += ["", "placements recorded per week"]
    lines += [f"  {week.week.label}{week.placements:>7}" for week in board.weeks]
    lines += [
        "",
        "Stagepact indicators",
        f"  allowance at or above the norm  {_percent(board.allowance)}; {board.wage} with a wage",
        f"  supervision visits held         {_percent(board.visits)}; "
        f"one per {board.weeks_per_visit} weeks",
        f"  POK complete by the bpv start   {_percent(board.pok_on_time)}",
        f"  meldingen                       {board.meldingen.total} ({board.meldingen.open} open)",
        "",
        "profile proposals this school year (not chosen: declined or unanswered of the answered)",
        _rate_line("anonymised", board.proposals.anonymised),
        _rate_line("named", board.proposals.named),
    ]
    return lines
