"""Meldingen stagediscriminatie (reports of internship discrimination): the table only.

Melding keeps its Dutch name: "report" loses that it is the formal act the Stagepact defines.
Its workflow and role checks live in services.meldpunt (a later issue); nothing else reads it.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from stagedesk.domain.enums import DiscriminationGround, MeldingStatus
from stagedesk.store.base import Record
from stagedesk.store.types import enum_type


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
