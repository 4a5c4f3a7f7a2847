"""Applications (sollicitaties) and placements (bpv-plaatsingen) with their POK."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, Text, Uuid, false
from sqlalchemy.orm import Mapped, mapped_column

from stagedesk.domain.enums import (
    AllowanceKind,
    ApplicationChannel,
    ApplicationStatus,
    PokStatus,
    RejectionReason,
)
from stagedesk.store.base import Record
from stagedesk.store.types import enum_type


class Application(Record):
    """A student's application to a company, moved through domain.applications' state machine."""

    __tablename__ = "application"
    __table_args__ = (
        Index("ix_application_student_id", "student_id"),
        Index("ix_application_company_id", "company_id"),
        # Covers counting a student's rejections since a date (the attention list).
        Index("ix_application_student_id_status", "student_id", "status", "status_changed_on"),
    )

    student_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("student.id", ondelete="CASCADE")
    )
    company_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("company.id"))
    channel: Mapped[ApplicationChannel] = mapped_column(enum_type(ApplicationChannel))
    status: Mapped[ApplicationStatus] = mapped_column(enum_type(ApplicationStatus))
    created_on: Mapped[date] = mapped_column(Date)
    sent_on: Mapped[date | None] = mapped_column(Date)
    status_changed_on: Mapped[date] = mapped_column(Date)
    rejection_reason: Mapped[RejectionReason | None] = mapped_column(enum_type(RejectionReason))
    notes: Mapped[str | None] = mapped_column(Text)


class Placement(Record):
    """A bpv placement and its praktijkovereenkomst (POK).

    The POK's status is kept in step with the signature dates by the services through
    domain.pok; the guardian signs only when the student is a minor on the signing date.
    """

    __tablename__ = "placement"
    __table_args__ = (
        Index("ix_placement_student_id", "student_id"),
        Index("ix_placement_company_id", "company_id"),
        # Covers "has a live complete POK" and "when did the last placement end" per student.
        Index(
            "ix_placement_student_id_dates",
            "student_id",
            "end_date",
            "ended_early_on",
            "pok_status",
        ),
        # Covers the attention list's placements with hours written (store.attention_hours).
        Index(
            "ix_placement_hours",
            "hours_weeks",
            "end_date",
            "start_date",
            "ended_early_on",
            "pok_status",
            "total_hours",
            "hours_worked_minutes",
            "id",
        ),
    )

    student_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("student.id", ondelete="CASCADE")
    )
    company_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("company.id"))
    application_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("application.id"))
    praktijkopleider_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("contact_person.id")
    )
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    hours_per_week: Mapped[int] = mapped_column(Integer)
    total_hours: Mapped[int] = mapped_column(Integer)
    ended_early_on: Mapped[date | None] = mapped_column(Date)

    pok_status: Mapped[PokStatus] = mapped_column(enum_type(PokStatus), default=PokStatus.DRAFT)
    pok_sent_on: Mapped[date | None] = mapped_column(Date)
    pok_signed_student: Mapped[date | None] = mapped_column(Date)
    pok_signed_guardian: Mapped[date | None] = mapped_column(Date)
    pok_signed_school: Mapped[date | None] = mapped_column(Date)
    pok_signed_company: Mapped[date | None] = mapped_column(Date)
    pok_completed_on: Mapped[date | None] = mapped_column(Date)

    allowance_kind: Mapped[AllowanceKind] = mapped_column(
        enum_type(AllowanceKind), default=AllowanceKind.NONE
    )
    # Euro cents per month: money is never a float.
    allowance_cents_per_month: Mapped[int | None] = mapped_column(Integer)
    allowance_paid: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    notes: Mapped[str | None] = mapped_column(Text)

    # Totals of the placement's bpv_hours rows, kept by store.hours_totals.recount on every
    # write of them (migration 0011).
    hours_weeks: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    hours_worked_minutes: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
