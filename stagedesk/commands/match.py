"""The command line's `match` command: matching proposals for one student, as text or JSON."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from stagedesk.cli import _positive_int, db_option


def register(commands: Any) -> None:
    match = commands.add_parser(
        "match", help="companies to propose to a searching student, ranked with reasons"
    )
    db_option(match)
    match.add_argument("--student", required=True, metavar="NUMBER", help="student number")
    match.add_argument(
        "--postcode", help="search from this postcode instead of the student's stored one"
    )
    match.add_argument("--limit", type=_positive_int, default=20, help="at most N (20)")
    match.add_argument("--date", type=date.fromisoformat, help="as on this day (YYYY-MM-DD)")
    match.add_argument("--json", action="store_true", help="print JSON")
    match.set_defaults(handler=_cmd_match)


def _cmd_match(args: argparse.Namespace) -> int:
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.matching import match_proposals, student_by_number
    from stagedesk.services.office import Office

    office = Office.open(args.db, create=False)
    try:
        student_id = student_by_number(office.sessions, SYSTEM, args.student)
        result = match_proposals(
            office.sessions,
            SYSTEM,
            student_id,
            postcode=args.postcode,
            limit=args.limit,
            today=args.date,
        )
    finally:
        office.close()
    if args.json:
        print(json.dumps(_as_json(result), indent=2, ensure_ascii=False))
        return 0
    where = f"{result.region} ({result.province})" if result.region else "unknown area"
    print(
        f"{result.student_number}  {result.programme} ({result.crebo}), "
        f"{result.search_status.value}; searches from {where}"
    )
    if not result.proposals:
        print(f"no company to propose ({result.considered} recognised for the programme)")
        return 0
    for p in result.proposals:
        print(f"{p.rank:>3}. {p.name}  [{p.city or '-'}]")
        if p.chosen is not None:
            kind = "anonymised" if p.chosen.anonymised else "named"
            print(f"       * chose the {kind} profile {p.chosen.reference} on {p.chosen.on}")
        for reason in p.reasons:
            print(f"       - {reason.text}")
        for aside in p.set_aside:
            print(f"       ! ranked last: {aside.text}")
    return 0


def _as_json(result: Any) -> dict[str, Any]:
    return {
        "student_number": result.student_number,
        "search_status": result.search_status.value,
        "programme": result.programme,
        "crebo": result.crebo,
        "date": result.on.isoformat(),
        "postcode": result.postcode,
        "region": result.region,
        "province": result.province,
        "considered": result.considered,
        "proposals": [
            {
                "rank": p.rank,
                "company_id": str(p.company_id),
                "name": p.name,
                "city": p.city,
                "region": p.region,
                "province": p.province,
                "distance_band": p.band.value,
                "capacity": p.capacity,
                "free_places": p.free_places,
                "good_placements": p.good_placements,
                "chosen": None
                if p.chosen is None
                else {
                    "on": p.chosen.on.isoformat(),
                    "anonymised": p.chosen.anonymised,
                    "reference": p.chosen.reference,
                },
                "reasons": [{"kind": r.kind.value, "text": r.text} for r in p.reasons],
                "set_aside": [
                    {"kind": a.kind.value, "on": a.on.isoformat(), "text": a.text}
                    for a in p.set_aside
                ],
            }
            for p in result.proposals
        ],
    }
