"""Anonymised profiles and proposals (objectief werven en selecteren).

* ``student_profile``: one per student at most — skills and motivation in the student's own
  words, and the period looked for (dates).
* ``profile_proposal``: a student proposed to a company, anonymised or by name: reference code,
  date sent, outcome (chosen, declined, no_answer; NULL while open) and its date, the date the
  student's identity was revealed, and who sent it.

New tables only; existing rows are untouched.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-25 23:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "student_profile",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("skills", sa.Text(), nullable=True),
        sa.Column("motivation", sa.Text(), nullable=True),
        sa.Column("period_from", sa.Date(), nullable=True),
        sa.Column("period_until", sa.Date(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student.id"],
            name=op.f("fk_student_profile_student_id_student"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_student_profile")),
        sa.UniqueConstraint("student_id", name=op.f("uq_student_profile_student_id")),
    )
    op.create_table(
        "profile_proposal",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("company_id", sa.Uuid(), nullable=False),
        sa.Column("reference", sa.String(12), nullable=False),
        sa.Column("anonymised", sa.Boolean(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "chosen",
                "declined",
                "no_answer",
                name="proposaloutcome",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("outcome_on", sa.Date(), nullable=True),
        sa.Column("revealed_on", sa.Date(), nullable=True),
        sa.Column("sent_by_id", sa.Uuid(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student.id"],
            name=op.f("fk_profile_proposal_student_id_student"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_profile_proposal_company_id_company")
        ),
        sa.ForeignKeyConstraint(
            ["sent_by_id"],
            ["staff_member.id"],
            name=op.f("fk_profile_proposal_sent_by_id_staff_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile_proposal")),
        sa.UniqueConstraint("reference", name=op.f("uq_profile_proposal_reference")),
    )
    op.create_index("ix_profile_proposal_student_id", "profile_proposal", ["student_id"])
    op.create_index("ix_profile_proposal_company_id", "profile_proposal", ["company_id"])


def downgrade() -> None:
    op.drop_index("ix_profile_proposal_company_id", table_name="profile_proposal")
    op.drop_index("ix_profile_proposal_student_id", table_name="profile_proposal")
    op.drop_table("profile_proposal")
    op.drop_table("student_profile")
