"""Demo meldingen made through the meldpunt's services, so the demo's audit trail has them.

demo_students plans them (who, which company, ground, status, dates); here each is received,
taken in, followed up, forwarded and closed as far as its planned status, by the demo's
meldpunt officer, on dates spread between receipt and the last change. Times come from the
data, never the clock, so a seed still gives a byte-identical store. The services run in
savepoints inside the demo's one transaction: a failure leaves the store empty as before.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import Connection
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.enums import MeldingStatus, StaffRole
from stagedesk.domain.meldingen import FollowUp, SbbShare
from stagedesk.services import meldpunt
from stagedesk.services.actor import Actor
from stagedesk.services.demo_org import Context, Organisation, Row, stamp
from stagedesk.services.demo_students import MeldingCandidate
from stagedesk.services.demo_students import meldingen as plan_meldingen

# The flow each planned status went through, after "received".
_PATH = {
    MeldingStatus.RECEIVED: (),
    MeldingStatus.INTAKE: (MeldingStatus.INTAKE,),
    MeldingStatus.IN_PROGRESS: (MeldingStatus.INTAKE, MeldingStatus.IN_PROGRESS),
    MeldingStatus.FORWARDED_SBB: (MeldingStatus.INTAKE, MeldingStatus.FORWARDED_SBB),
    MeldingStatus.CLOSED: (MeldingStatus.INTAKE, MeldingStatus.IN_PROGRESS, MeldingStatus.CLOSED),
}
_OUTCOME = "Gesprek met het leerbedrijf gevoerd; het bedrijf werft voortaan op kwaliteiten."
_TALK_NOTE = "Gesprek met het leerbedrijf gepland, op verzoek van de student."


def per_students(students: int) -> int:
    """How many meldingen a demo of ``students`` gets: one per 500, at least one per status."""
    return max(len(MeldingStatus), round(students / 500))


def make_meldingen(
    conn: Connection,
    ctx: Context,
    org: Organisation,
    candidates: list[MeldingCandidate],
    count: int,
) -> int:
    """Add ``count`` meldingen through the services on ``conn``; returns how many."""
    rows = plan_meldingen(ctx, org, candidates, count)
    if not rows:
        return 0
    officer = _officer(org)
    sessions = sessionmaker(bind=conn, join_transaction_mode="create_savepoint")
    for row in rows:
        _replay(sessions, officer, ctx.today, row)
    return len(rows)


def _officer(org: Organisation) -> Actor:
    officer_id = org.meldpunt_officer
    name = next(str(r["name"]) for r in org.staff_rows if r["id"] == officer_id)
    return Actor(officer_id, name, frozenset({StaffRole.MELDPUNT}))


def _replay(sessions: sessionmaker[Session], officer: Actor, today: date, row: Row) -> None:
    received: date = row["received_on"]
    last: date = row["status_changed_on"]
    anonymous = bool(row["anonymous"])
    m = meldpunt.create_melding(
        sessions,
        officer,
        melding_id=uuid.UUID(str(row["id"])),
        received_on=received,
        ground=row["ground"],
        anonymous=anonymous,
        student_id=row["student_id"],
        company_id=row["company_id"],
        incident_on=row["incident_on"],
        incident_place=row["incident_place"],
        description=row["description"],
        student_wishes=row["student_wishes"],
        today=today,
        now=stamp(received),
    )
    path = _PATH[row["status"]]
    for number, status in enumerate(path, start=1):
        on = received + timedelta(days=(last - received).days * number // len(path))
        now = stamp(on)
        if status is MeldingStatus.INTAKE:
            follow_up, shared = _choice(row["status"], anonymous)
            changes = {"follow_up": follow_up, "shared_with_sbb": shared}
            m = meldpunt.intake(
                sessions, officer, m.id, m.version, on, changes, today=today, now=now
            )
        elif status is MeldingStatus.IN_PROGRESS:
            m = meldpunt.advance(
                sessions,
                officer,
                m.id,
                m.version,
                status,
                on,
                note=_TALK_NOTE,
                today=today,
                now=now,
            )
        elif status is MeldingStatus.FORWARDED_SBB:
            m = meldpunt.forward_to_sbb(
                sessions, officer, m.id, m.version, on, today=today, now=now
            )
        else:
            m = meldpunt.close_melding(
                sessions, officer, m.id, m.version, on, _OUTCOME, today=today, now=now
            )


def _choice(status: MeldingStatus, anonymous: bool) -> tuple[FollowUp | None, list[SbbShare]]:
    """What the student chose at the intake, by where the melding went afterwards."""
    if status is MeldingStatus.FORWARDED_SBB:
        if anonymous:
            return FollowUp.SIGNAL_SBB, [SbbShare.COMPANY, SbbShare.GROUND]
        shared = [SbbShare.STUDENT, SbbShare.COMPANY, SbbShare.GROUND, SbbShare.DESCRIPTION]
        return FollowUp.FORMAL_SBB, shared
    if status in (MeldingStatus.IN_PROGRESS, MeldingStatus.CLOSED):
        return FollowUp.TALK_WITH_COMPANY, []
    return None, []
