"""Anonymised profiles and the proposals sent with them (objectief werven en selecteren).

* ``student_profile``: at most one per student — skills and motivation in the student's own
  words and the period the student is looking for; nothing else, so that an anonymised
  profile is built from it and the programme only.
* ``profile_proposal``: a student proposed to a company, anonymised or by name, when, with
  what outcome (open while ``outcome`` is None) and when the company learnt who it was
  (``revealed_on``: the sending date for a named proposal). ``reference`` is the code the
  company sees instead of the student and answers with.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from stagedesk.domain.profiles import ProposalOutcome
from stagedesk.store.base import Record
from stagedesk.store.types import enum_type


class StudentProfile(Record):
    __tablename__ = "student_profile"
    __table_args__ = (UniqueConstraint("student_id"),)

    student_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("student.id", ondelete="CASCADE")
    )
    skills: Mapped[str | None] = mapped_column(Text)
    motivation: Mapped[str | None] = mapped_column(Text)
    period_from: Mapped[date | None] = mapped_column(Date)
    period_until: Mapped[date | None] = mapped_column(Date)


class ProfileProposal(Record):
    __tablename__ = "profile_proposal"
    __table_args__ = (
        UniqueConstraint("reference"),
        Index("ix_profile_proposal_student_id", "student_id"),
        Index("ix_profile_proposal_company_id", "company_id"),
    )

    student_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("student.id", ondelete="CASCADE")
    )
    company_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("company.id"))
    reference: Mapped[str] = mapped_column(String(12))
    anonymised: Mapped[bool] = mapped_column(Boolean)
    sent_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[ProposalOutcome | None] = mapped_column(enum_type(ProposalOutcome))
    outcome_on: Mapped[date | None] = mapped_column(Date)
    revealed_on: Mapped[date | None] = mapped_column(Date)
    sent_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff_member.id"))
