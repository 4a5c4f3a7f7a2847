"""The command line's `visits` commands: a mentor's agenda, and their visits as an .ics file."""

from __future__ import annotations

import argparse
import json
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from stagedesk.cli import db_option


def register(commands: Any) -> None:
    visits = commands.add_parser("visits", help="supervision visits: agenda and .ics export")
    actions = visits.add_subparsers(dest="visits_command", metavar="ACTION", required=True)

    ics = actions.add_parser("ics", help="a mentor's planned visits as an .ics calendar file")
    db_option(ics)
    _mentor_option(ics, required=True)
    ics.add_argument("--out", required=True, metavar="FILE", help="the .ics file to write")
    ics.add_argument(
        "--since", metavar="YYYY-MM-DD", type=date.fromisoformat, help="from this day (today)"
    )
    ics.set_defaults(handler=_cmd_ics)

    agenda = actions.add_parser("agenda", help="planned visits by week, overdue ones marked")
    db_option(agenda)
    _mentor_option(agenda, required=False)
    agenda.add_argument(
        "--until", metavar="YYYY-MM-DD", type=date.fromisoformat, help="up to this day"
    )
    agenda.add_argument("--json", action="store_true", help="print JSON")
    agenda.set_defaults(handler=_cmd_agenda)


def _mentor_option(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument(
        "--mentor",
        required=required,
        metavar="ID_OR_NAME",
        help="the mentor: staff id, or (part of) the name"
        + ("" if required else "; without it, every mentor's visits"),
    )


def find_mentor(sessions: Any, text: str) -> uuid.UUID:
    """The active mentor (or visiting coordinator) ``text`` names: an id, the whole name or a
    unique part of it (case and accents ignored)."""
    from stagedesk.domain import names
    from stagedesk.domain.errors import NotFound
    from stagedesk.services.actor import staff_choices
    from stagedesk.services.visit_access import VISITORS

    staff = [m for m in staff_choices(sessions) if m.roles & VISITORS]
    try:
        wanted_id = uuid.UUID(text)
    except ValueError:
        wanted_id = None
    if wanted_id is not None:
        for member in staff:
            if member.id == wanted_id:
                return member.id
        raise NotFound(f"no active mentor with id {text}")
    wanted = names.fold(text)
    exact = [m for m in staff if names.fold(m.name) == wanted]
    found = exact or [m for m in staff if wanted in names.fold(m.name)]
    if len(found) == 1:
        return found[0].id
    if not found:
        raise NotFound(f"no active mentor is called {text!r}")
    listed = "; ".join(f"{m.name} ({m.id})" for m in found)
    raise NotFound(f"{text!r} fits {len(found)} mentors: {listed}; give the id")


def _cmd_ics(args: argparse.Namespace) -> int:
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.ics import mentor_ics
    from stagedesk.services.office import Office

    office = Office.open(args.db, create=False)
    try:
        mentor = find_mentor(office.sessions, args.mentor)
        data = mentor_ics(office.sessions, SYSTEM, mentor, since=args.since)
    finally:
        office.close()
    out = Path(args.out)
    try:
        out.write_bytes(data)
    except OSError as exc:
        from stagedesk.domain.errors import StageDeskError

        raise StageDeskError(f"cannot write {out}: {exc.strerror or exc}") from None
    print(f"{out}: {data.count(b'BEGIN:VEVENT')} planned visit(s)")
    return 0


def _cmd_agenda(args: argparse.Namespace) -> int:
    from stagedesk.domain.dates import format_date
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.agenda import mentor_agenda
    from stagedesk.services.office import Office

    office = Office.open(args.db, create=False)
    try:
        mentor = find_mentor(office.sessions, args.mentor) if args.mentor else None
        agenda = mentor_agenda(office.sessions, SYSTEM, mentor, until=args.until)
    finally:
        office.close()
    if args.json:
        print(json.dumps(_agenda_json(agenda), indent=2, ensure_ascii=False))
        return 0
    who = agenda.mentor_name or "all mentors"
    print(f"{who}: {len(agenda.visits)} planned visit(s), {agenda.overdue} overdue")
    for week in agenda.weeks:
        print(f"\nweek {week.week} of {week.year} (from {format_date(week.monday)})")
        for v in week.visits:
            assert v.planned_on is not None
            at = v.planned_time.strftime("%H:%M") if v.planned_time else "     "
            mark = "  OVERDUE" if v.overdue else ""
            mentor_name = "" if agenda.mentor_id else f"  [{v.mentor_name or '-'}]"
            print(
                f"  {format_date(v.planned_on)} {at}  {v.visit_type.value:<7}  "
                f"{v.student_name} ({v.student_number}), {v.company_name}"
                f"{mentor_name}{mark}"
            )
    return 0


def _agenda_json(agenda: Any) -> dict[str, Any]:
    return {
        "mentor": agenda.mentor_name,
        "until": agenda.until.isoformat(),
        "overdue": agenda.overdue,
        "weeks": [
            {
                "year": week.year,
                "week": week.week,
                "monday": week.monday.isoformat(),
                "visits": [
                    {
                        "id": str(v.id),
                        "planned_on": v.planned_on.isoformat() if v.planned_on else None,
                        "planned_time": v.planned_time.strftime("%H:%M")
                        if v.planned_time
                        else None,
                        "visit_type": v.visit_type.value,
                        "mode": v.mode.value,
                        "student_number": v.student_number,
                        "student_name": v.student_name,
                        "company_name": v.company_name,
                        "company_address": v.company_address,
                        "mentor_name": v.mentor_name,
                        "overdue": v.overdue,
                    }
                    for v in week.visits
                ],
            }
            for week in agenda.weeks
        ],
    }
