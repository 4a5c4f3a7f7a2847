"""The melding for SBB: a PDF holding only what the student agreed to share.

Made for the meldpunt role only and recorded in the audit trail (action ``export``, with the
list of shared facts). It is deliberately not put in the letter register: that register shows
in the student's timeline, which coordinators and mentors read.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path
from typing import IO

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain import meldingen as rules
from stagedesk.pdf.melding import write_sbb_report
from stagedesk.services import audit
from stagedesk.services.actor import Actor, require
from stagedesk.services.casework import today_or, transaction
from stagedesk.services.letters import letterhead
from stagedesk.services.meldpunt_views import MELDPUNT, load, view_of
from stagedesk.services.settings import read_settings


def reference(melding_id: uuid.UUID) -> str:
    """The melding's short reference, as SBB and the student hear it."""
    return f"MLD-{melding_id.hex[:8].upper()}"


def sbb_report(
    sessions: sessionmaker[Session],
    actor: Actor,
    melding_id: uuid.UUID,
    target: str | Path | IO[bytes],
    *,
    today: date | None = None,
    now: datetime | None = None,
) -> rules.SbbReport:
    """Write the SBB report of the melding to ``target``; returns what it holds."""
    require(actor, MELDPUNT, "make SBB reports of meldingen")
    today = today_or(today)
    with transaction(sessions) as s:
        melding = load(s, melding_id)
        view = view_of(s, melding)
        student = f"{view.student_name} ({view.student_number})" if view.student_name else None
        report = rules.sbb_report(
            reference=reference(view.id),
            follow_up=view.follow_up,
            status=view.status,
            received_on=view.received_on,
            shared=view.shared_with_sbb,
            student=student,
            company=view.company_name,
            incident_on=view.incident_on,
            incident_place=view.incident_place,
            ground=view.ground,
            description=view.description,
            wishes=view.student_wishes,
        )
        settings = read_settings(s)
        contact = ", ".join(part for part in (actor.name, settings.school_email) if part)
        shared = {"to": "sbb", "shared_with_sbb": sorted(item.value for item in report.shared)}
        audit.record(s, actor, audit.EXPORT, "melding", view.id, None, shared, at=now)
        # Written inside the transaction: a failed write leaves no trail entry behind.
        write_sbb_report(target, report, letterhead(settings), contact, today)
    return report
