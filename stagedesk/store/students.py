"""Students (deelnemers) with their enrolment and the derived search status."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from stagedesk.domain.enums import SearchStatus
from stagedesk.store.base import Record
from stagedesk.store.types import enum_type


class Student(Record):
    """A student's identity and enrolment. Least data: what the bpv work needs, nothing more.

    ``search_status``, ``search_status_since`` and ``current_company_id`` are derived from the
    student's applications and placements (domain.search_status) and stored so that lists can
    filter 50,000 rows quickly; the services recompute them on every write that can change
    them. ``rejections_this_round`` and ``last_rejected_on`` count the rejections of the current
    search round (domain.search_round) for the attention list, kept true the same way.
    ``sort_key`` and ``search_text`` are folded copies of the name for the same reason.
    """

    __tablename__ = "student"
    __table_args__ = (
        Index("ix_student_sort_key", "sort_key"),
        Index("ix_student_search_status", "search_status"),
        # The attention list reads its students from this index alone (no table rows): the
        # status and round columns it filters on, then every column its rows show.
        Index(
            "ix_student_attention",
            "search_status",
            "rejections_this_round",
            "search_status_since",
            "last_rejected_on",
            "programme_id",
            "mentor_id",
            "id",
            "student_number",
            "sort_key",
            "given_name",
            "tussenvoegsel",
            "surname",
        ),
        Index("ix_student_programme_id", "programme_id"),
        Index("ix_student_mentor_id", "mentor_id"),
    )

    student_number: Mapped[str] = mapped_column(String(10), unique=True)
    given_name: Mapped[str] = mapped_column(String(100))
    tussenvoegsel: Mapped[str | None] = mapped_column(String(20))
    surname: Mapped[str] = mapped_column(String(100))
    date_of_birth: Mapped[date] = mapped_column(Date)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    # Legal guardian (wettelijk vertegenwoordiger): signs a minor's POK, may receive letters.
    guardian_name: Mapped[str | None] = mapped_column(String(200))
    guardian_email: Mapped[str | None] = mapped_column(String(200))

    programme_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("programme.id"))
    cohort: Mapped[int] = mapped_column(Integer)
    class_group: Mapped[str | None] = mapped_column(String(20))
    enrolled_on: Mapped[date] = mapped_column(Date)
    mentor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_member.id"))
    extra_support: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)

    search_started_on: Mapped[date | None] = mapped_column(Date)
    stopped_on: Mapped[date | None] = mapped_column(Date)
    search_status: Mapped[SearchStatus] = mapped_column(
        enum_type(SearchStatus), default=SearchStatus.NOT_STARTED
    )
    search_status_since: Mapped[date] = mapped_column(Date)
    # The company of the current placement, else of the most advanced open application.
    current_company_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("company.id", ondelete="SET NULL")
    )
    # Rejections changed on or after the start of the current search round, and the last one's
    # date (None without any); as of the last recompute. A server default only: a Python one
    # would put the column into every Core insert of this table, older schemas' too.
    rejections_this_round: Mapped[int] = mapped_column(Integer, server_default="0")
    last_rejected_on: Mapped[date | None] = mapped_column(Date)

    sort_key: Mapped[str] = mapped_column(String(250))
    search_text: Mapped[str] = mapped_column(String(500))
