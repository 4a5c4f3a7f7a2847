"""Case notes and the history of each application's status: the dated entries of a case file."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from stagedesk.domain.enums import ApplicationStatus, RejectionReason
from stagedesk.store.base import Record
from stagedesk.store.types import enum_type


class Note(Record):
    """A dated note in a student's case, written by a staff member (only they may edit it)."""

    __tablename__ = "note"
    __table_args__ = (Index("ix_note_student_id", "student_id"),)

    student_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("student.id", ondelete="CASCADE")
    )
    author_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_member.id"))
    written_on: Mapped[date] = mapped_column(Date)
    body: Mapped[str] = mapped_column(Text)


class ApplicationEvent(Record):
    """One status an application reached, on which day, and who recorded it."""

    __tablename__ = "application_event"
    __table_args__ = (Index("ix_application_event_application_id", "application_id"),)

    application_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("application.id", ondelete="CASCADE")
    )
    status: Mapped[ApplicationStatus] = mapped_column(enum_type(ApplicationStatus))
    happened_on: Mapped[date] = mapped_column(Date)
    rejection_reason: Mapped[RejectionReason | None] = mapped_column(enum_type(RejectionReason))
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_member.id"))
