"""Supervision visits (begeleidingsbezoeken) with their checklist answers."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from stagedesk.domain.enums import VisitStatus, VisitType
from stagedesk.store.base import Record
from stagedesk.store.types import JsonType, enum_type


class Visit(Record):
    """A mentor's visit to a placement. Answers keep the checklist id and version they answer."""

    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_placement_id", "placement_id"),
        Index("ix_visit_mentor_id_planned_on", "mentor_id", "planned_on"),
        # Covers "has a visit planned or held" per placement (the attention list).
        Index("ix_visit_placement_id_status", "placement_id", "status"),
    )

    placement_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("placement.id", ondelete="CASCADE")
    )
    mentor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_member.id"))
    visit_type: Mapped[VisitType] = mapped_column(enum_type(VisitType))
    status: Mapped[VisitStatus] = mapped_column(enum_type(VisitStatus))
    planned_on: Mapped[date | None] = mapped_column(Date)
    held_on: Mapped[date | None] = mapped_column(Date)
    checklist_id: Mapped[str | None] = mapped_column(String(50))
    checklist_version: Mapped[int | None] = mapped_column(Integer)
    answers: Mapped[dict[str, Any] | None] = mapped_column(JsonType)
    notes: Mapped[str | None] = mapped_column(Text)
    agreed_actions: Mapped[list[dict[str, Any]] | None] = mapped_column(JsonType)
