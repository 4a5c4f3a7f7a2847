"""The command line's `profile` and `proposal` commands: a student's anonymised profile as a
PDF (a draft, or sent to a company and recorded), the student's proposals, and a company's
answer recorded by the reference code it quotes."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from stagedesk.cli import db_option

OUTCOMES = ("chosen", "declined", "no_answer", "open")


def register(commands: Any) -> None:
    profile = commands.add_parser(
        "profile", help="a student's anonymised profile as a PDF (objectief werven en selecteren)"
    )
    db_option(profile)
    profile.add_argument("--student", required=True, metavar="NUMBER", help="student number")
    profile.add_argument("--out", required=True, type=Path, metavar="F.pdf", help="the PDF")
    profile.add_argument(
        "--company", metavar="KVK", help="record a proposal to this company (else a draft)"
    )
    profile.add_argument("--named", action="store_true", help="with --company: a proposal by name")
    profile.add_argument(
        "--despite-hints",
        action="store_true",
        help="the text was read: send it although the guard warns",
    )
    profile.set_defaults(handler=_cmd_profile)

    proposal = commands.add_parser("proposal", help="a student's proposals and their outcome")
    actions = proposal.add_subparsers(dest="proposal_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="a student's proposals, newest first")
    db_option(listing)
    listing.add_argument("--student", required=True, metavar="NUMBER", help="student number")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_cmd_list)
    outcome = actions.add_parser("outcome", help="record the company's answer")
    db_option(outcome)
    outcome.add_argument("--reference", required=True, help="the profile code, P-XXXX-XXXX")
    outcome.add_argument("--outcome", required=True, choices=OUTCOMES)
    outcome.add_argument("--date", type=date.fromisoformat, help="answered on (YYYY-MM-DD)")
    outcome.set_defaults(handler=_cmd_outcome)


def _cmd_profile(args: argparse.Namespace) -> int:
    if args.named and args.company is None:
        print("stagedesk profile: --named needs --company KVK", file=sys.stderr)
        return 2
    from stagedesk.services import profile_proposals as pp
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.matching import student_by_number
    from stagedesk.services.office import Office
    from stagedesk.services.profile_sheets import print_anonymised

    office = Office.open(args.db, create=False)
    try:
        student = student_by_number(office.sessions, SYSTEM, args.student)
        if args.company is None:
            code = print_anonymised(
                office.sessions, SYSTEM, student, args.out, despite_hints=args.despite_hints
            )
        else:
            company = pp.company_by_kvk(office.sessions, SYSTEM, args.company)
            view = pp.send_proposal(
                office.sessions,
                SYSTEM,
                student,
                company,
                anonymised=not args.named,
                out=args.out,
                despite_hints=args.despite_hints,
            )
            code = view.reference
    finally:
        office.close()
    print(f"{args.out}  ({code})")
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    from stagedesk.services import profile_proposals as pp
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.matching import student_by_number
    from stagedesk.services.office import Office

    office = Office.open(args.db, create=False)
    try:
        student = student_by_number(office.sessions, SYSTEM, args.student)
        views = pp.student_proposals(office.sessions, SYSTEM, student)
    finally:
        office.close()
    rows = [_as_json(v) for v in views]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    for row in rows:
        kind = "anonymised" if row["anonymised"] else "named"
        print(
            f"{row['reference']}  {row['sent_on']}  {kind:<10}  {row['outcome'] or 'open':<9}  "
            f"{row['company']}"
        )
    return 0


def _cmd_outcome(args: argparse.Namespace) -> int:
    from stagedesk.domain.profiles import ProposalOutcome
    from stagedesk.services import profile_proposals as pp
    from stagedesk.services.actor import SYSTEM
    from stagedesk.services.office import Office

    outcome = None if args.outcome == "open" else ProposalOutcome(args.outcome)
    office = Office.open(args.db, create=False)
    try:
        view = pp.proposal_by_reference(office.sessions, SYSTEM, args.reference)
        view = pp.record_outcome(office.sessions, SYSTEM, view.id, view.version, outcome, args.date)
    finally:
        office.close()
    print(f"{view.reference}: {view.outcome.value if view.outcome else 'open'}")
    return 0


def _as_json(view: Any) -> dict[str, Any]:
    return {
        "reference": view.reference,
        "company": view.company_name,
        "anonymised": view.anonymised,
        "sent_on": view.sent_on.isoformat(),
        "outcome": view.outcome.value if view.outcome else None,
        "outcome_on": view.outcome_on.isoformat() if view.outcome_on else None,
        "revealed_on": view.revealed_on.isoformat() if view.revealed_on else None,
    }
