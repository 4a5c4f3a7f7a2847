"""The placement lifecycle's records: break-offs, prerequisites (VOG ...), matching areas and
realised bpv hours."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from stagedesk.domain.breakoff import BreakoffParty, BreakoffReason
from stagedesk.domain.enums import Sector
from stagedesk.domain.hours import AbsenceKind
from stagedesk.domain.prerequisites import PrerequisiteStatus
from stagedesk.store.base import Record
from stagedesk.store.types import enum_type


class PlacementBreakoff(Record):
    """How and why a placement was broken off (stage afgebroken); at most one per placement.

    ``placement.ended_early_on`` carries the same date, so the derived search status needs no
    join; ``replacement_id`` is the placement that replaced this one, once there is one.
    """

    __tablename__ = "placement_breakoff"
    __table_args__ = (
        UniqueConstraint("placement_id"),
        UniqueConstraint("replacement_id"),
        # Counting a window of break-offs per company starts from the date.
        Index("ix_placement_breakoff_ended_on", "ended_on"),
    )

    placement_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("placement.id", ondelete="CASCADE")
    )
    ended_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[BreakoffReason] = mapped_column(enum_type(BreakoffReason))
    decided_by: Mapped[BreakoffParty] = mapped_column(enum_type(BreakoffParty))
    conversation_on: Mapped[date | None] = mapped_column(Date)
    conversation_summary: Mapped[str | None] = mapped_column(Text)
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_member.id"))
    replacement_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("placement.id", ondelete="SET NULL")
    )


class Prerequisite(Record):
    """What a student needs before a bpv may start (VOG, screening, a course), for one
    programme or for every programme of a sector (exactly one of the two)."""

    __tablename__ = "prerequisite"

    name: Mapped[str] = mapped_column(String(100))
    programme_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("programme.id", ondelete="CASCADE")
    )
    sector: Mapped[Sector | None] = mapped_column(enum_type(Sector))
    # Months an obtained prerequisite holds (a VOG is commonly accepted for a limited time).
    validity_months: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)


class StudentPrerequisite(Record):
    """A student's record of one prerequisite: status, date obtained, expiry."""

    __tablename__ = "student_prerequisite"
    __table_args__ = (UniqueConstraint("student_id", "prerequisite_id"),)

    student_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("student.id", ondelete="CASCADE")
    )
    prerequisite_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("prerequisite.id", ondelete="CASCADE")
    )
    status: Mapped[PrerequisiteStatus] = mapped_column(enum_type(PrerequisiteStatus))
    obtained_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class MatchArea(Record):
    """Where a student looks for a bpv place, as a postcode (home, or the area they prefer):
    matching ranks companies by distance band from its region. Only this, nothing more."""

    __tablename__ = "match_area"
    __table_args__ = (UniqueConstraint("student_id"),)

    student_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("student.id", ondelete="CASCADE")
    )
    postcode: Mapped[str] = mapped_column(String(7))


class BpvHours(Record):
    """Realised bpv hours of one placement in one week (the week's Monday), absence apart."""

    __tablename__ = "bpv_hours"
    __table_args__ = (UniqueConstraint("placement_id", "week_start"),)

    placement_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("placement.id", ondelete="CASCADE")
    )
    week_start: Mapped[date] = mapped_column(Date)
    worked_minutes: Mapped[int] = mapped_column(Integer)
    absent_minutes: Mapped[int] = mapped_column(Integer, server_default="0")
    absence_kind: Mapped[AbsenceKind | None] = mapped_column(enum_type(AbsenceKind))
    note: Mapped[str | None] = mapped_column(Text)
