"""Supervision visits (begeleidingsbezoeken) with their checklist answers and concerns."""

from __future__ import annotations

import uuid
from datetime import date, time
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, Time, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from stagedesk.domain.enums import VisitStatus, VisitType
from stagedesk.domain.visits import VisitMode
from stagedesk.store.base import Record
from stagedesk.store.types import JsonType, enum_type


class Visit(Record):
    """A mentor's visit (or call) to a placement. Answers keep the checklist id and version
    they answer, and the answered text's digest (services.checklists archives that text).

    ``concerns`` holds the concerns of a held visit sorted and comma-joined
    (domain.visits.encode_concerns), so the attention list finds them with one indexed
    look-up; ``concerns_handled_on`` is the day someone in the office marked them handled.
    """

    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_placement_id", "placement_id"),
        Index("ix_visit_mentor_id_planned_on", "mentor_id", "planned_on"),
        # Covers "has a visit planned or held" per placement (the attention list).
        Index("ix_visit_placement_id_status", "placement_id", "status"),
        Index("ix_visit_concerns", "concerns", "concerns_handled_on"),
    )

    placement_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("placement.id", ondelete="CASCADE")
    )
    mentor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_member.id"))
    visit_type: Mapped[VisitType] = mapped_column(enum_type(VisitType))
    status: Mapped[VisitStatus] = mapped_column(enum_type(VisitStatus))
    planned_on: Mapped[date | None] = mapped_column(Date)
    # The time of day agreed with the company, if any (the .ics export uses it).
    planned_time: Mapped[time | None] = mapped_column(Time)
    mode: Mapped[VisitMode] = mapped_column(
        enum_type(VisitMode), default=VisitMode.ON_SITE, server_default=VisitMode.ON_SITE.value
    )
    held_on: Mapped[date | None] = mapped_column(Date)
    checklist_id: Mapped[str | None] = mapped_column(String(50))
    checklist_version: Mapped[int | None] = mapped_column(Integer)
    answers: Mapped[dict[str, Any] | None] = mapped_column(JsonType)
    notes: Mapped[str | None] = mapped_column(Text)
    agreed_actions: Mapped[list[dict[str, Any]] | None] = mapped_column(JsonType)
    # Whom the mentor spoke with at the company (usually the praktijkopleider). A soft
    # reference (no foreign key, see migration 0005): reads join it outer.
    contact_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    concerns: Mapped[str | None] = mapped_column(String(120))
    concerns_handled_on: Mapped[date | None] = mapped_column(Date)
