"""The demo college's hours registration: weeks of bpv hours for a few running placements,
most on schedule and every third behind, so the case file's progress and the attention list's
'Uren achter' have something to show.

Written through services.hours after the demo data, like the demo accounts: the hours
service stamps its audit entries with the clock and makes random ids, and the demo's rows
must stay byte-identical per seed. A store that has hours already is left alone.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.enums import PokStatus
from stagedesk.domain.hours import AbsenceKind, monday
from stagedesk.services import hours
from stagedesk.services.actor import SYSTEM, Actor
from stagedesk.store.lifecycle import BpvHours
from stagedesk.store.placements import Placement

PLACEMENTS = 30
BEHIND_EVERY = 3  # every third placement writes 60 % of its weekly hours
BEHIND_SHARE = 0.6


def add_demo_hours(
    sessions: sessionmaker[Session], actor: Actor = SYSTEM, today: date | None = None
) -> int:
    """Write the weeks passed of up to PLACEMENTS running placements; returns the number of
    weeks written (0 when the store has hours already)."""
    today = today or date.today()
    with sessions() as s:
        if s.execute(select(func.count()).select_from(BpvHours)).scalar_one():
            return 0
        running = s.execute(
            select(Placement.id, Placement.start_date, Placement.end_date, Placement.total_hours)
            .where(
                Placement.start_date <= today - timedelta(weeks=3),
                Placement.end_date >= today,
                Placement.ended_early_on.is_(None),
                Placement.pok_status != PokStatus.CANCELLED,
            )
            .order_by(Placement.id)
            .limit(PLACEMENTS)
        ).all()
    written = 0
    for n, (placement_id, start, end, total) in enumerate(running):
        first, last = monday(start), monday(end)
        weekly = total * 60 // ((last - first).days // 7 + 1)
        if n % BEHIND_EVERY == BEHIND_EVERY - 1:
            weekly = int(weekly * BEHIND_SHARE)
        week = first
        while week + timedelta(days=7) <= today:
            sick = n % 5 == 0 and week == first + timedelta(weeks=2)
            hours.record_week(
                sessions,
                actor,
                placement_id,
                week,
                weekly // 2 if sick else weekly,
                absent_minutes=weekly - weekly // 2 if sick else 0,
                absence_kind=AbsenceKind.SICK if sick else None,
                today=today,
            )
            written += 1
            week += timedelta(weeks=1)
    return written
