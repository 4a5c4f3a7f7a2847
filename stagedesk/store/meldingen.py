"""Meldingen stagediscriminatie (reports of internship discrimination) and their steps.

Melding keeps its Dutch name: "report" loses that it is the formal act the Stagepact defines.
Its rules live in domain.meldingen; only services.meldpunt reads or writes these tables, and
only for the meldpunt role.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from stagedesk.domain.enums import DiscriminationGround, MeldingStatus
from stagedesk.domain.meldingen import FollowUp
from stagedesk.store.base import Base, Record
from stagedesk.store.types import JsonType, enum_type


class Melding(Record):
    __tablename__ = "melding"
    __table_args__ = (Index("ix_melding_company_id", "company_id"),)

    # None when the signal is anonymous.
    student_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("student.id", ondelete="SET NULL")
    )
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    company_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("company.id"))
    received_on: Mapped[date] = mapped_column(Date)
    incident_on: Mapped[date | None] = mapped_column(Date)
    incident_place: Mapped[str | None] = mapped_column(String(200))
    ground: Mapped[DiscriminationGround] = mapped_column(enum_type(DiscriminationGround))
    description: Mapped[str | None] = mapped_column(Text)
    student_wishes: Mapped[str | None] = mapped_column(Text)
    status: Mapped[MeldingStatus] = mapped_column(enum_type(MeldingStatus))
    status_changed_on: Mapped[date] = mapped_column(Date)
    handled_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_member.id"))
    # What the student chose after the intake (None until then).
    follow_up: Mapped[FollowUp | None] = mapped_column(enum_type(FollowUp))
    # domain.meldingen.SbbShare values the student agreed SBB may receive (None: nothing).
    shared_with_sbb: Mapped[list[Any] | None] = mapped_column(JsonType)
    outcome: Mapped[str | None] = mapped_column(Text)


class MeldingStep(Base):
    """A status change with its date and what was done: the melding's history."""

    __tablename__ = "melding_step"

    melding_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("melding.id", ondelete="CASCADE"), primary_key=True
    )
    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    status: Mapped[MeldingStatus] = mapped_column(enum_type(MeldingStatus))
    happened_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_member.id"))
