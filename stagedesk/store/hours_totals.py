"""Each placement's totals of its bpv hours (weeks written, minutes worked), kept on the
placement row so the attention list reads placements only, never the weeks.

Every write of bpv_hours calls ``recount`` for the placements it touched, in its transaction.
The totals are derived like an index: a Core UPDATE, so the placement's version (optimistic
locking) and updated_at stay as they are and no audit entry is made — entering hours does not
make a placement form opened meanwhile stale.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import cast

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from stagedesk.store.lifecycle import BpvHours
from stagedesk.store.placements import Placement

TOTALS = ("hours_weeks", "hours_worked_minutes")
CHUNK = 5_000  # ids per IN list: well below every backend's limit on bound parameters

_placement = cast(Table, Placement.__table__)
_hours = cast(Table, BpvHours.__table__)


def recount(session: Session, placement_ids: Iterable[uuid.UUID]) -> None:
    """Set the totals of these placements from their bpv_hours rows as the session has them
    (pending changes are flushed first)."""
    ids = sorted(set(placement_ids))
    if not ids:
        return
    session.flush()
    # Lock the placements first (PostgreSQL; SQLite serialises writers anyway): the UPDATE
    # below is then a new statement that sees every week committed by a writer it waited for.
    # Without it, READ COMMITTED evaluates the sums against the snapshot taken before the lock
    # wait, and a week entered meanwhile at another desk would be missing from the totals.
    for at in range(0, len(ids), CHUNK):
        session.execute(
            select(_placement.c.id)
            .where(_placement.c.id.in_(ids[at : at + CHUNK]))
            .order_by(_placement.c.id)
            .with_for_update()
        ).all()
    of_placement = _hours.c.placement_id == _placement.c.id
    weeks = select(func.count()).select_from(_hours).where(of_placement).scalar_subquery()
    minutes = select(func.coalesce(func.sum(_hours.c.worked_minutes), 0)).where(of_placement)
    for at in range(0, len(ids), CHUNK):
        session.execute(
            update(_placement)
            .where(_placement.c.id.in_(ids[at : at + CHUNK]))
            .values(
                hours_weeks=weeks,
                hours_worked_minutes=minutes.scalar_subquery(),
                # As it was: the column's onupdate would stamp it even in a Core UPDATE.
                updated_at=_placement.c.updated_at,
            )
        )
    # Placements loaded in this session read their new totals on next access.
    wanted = set(ids)
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Placement) and obj.id in wanted:
            session.expire(obj, list(TOTALS))


def recount_all(session: Session) -> int:
    """Set every placement's totals from its rows (a store whose weeks were written outside
    the services, such as a benchmark's); returns the number of placements with weeks."""
    ids = session.execute(select(BpvHours.placement_id).distinct()).scalars().all()
    session.execute(
        update(_placement)
        .where(_placement.c.hours_weeks != 0)
        .values(hours_weeks=0, hours_worked_minutes=0, updated_at=_placement.c.updated_at)
    )
    recount(session, ids)
    return len(ids)
