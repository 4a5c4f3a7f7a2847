"""The placement lifecycle: break-offs, prerequisites and the area a student searches in.

* ``placement_breakoff``: why, when and by whom a placement was broken off, the conversation
  held, and the placement that replaced it (at most one break-off per placement, one broken
  placement per replacement). ``placement.ended_early_on`` keeps carrying the date.
* ``prerequisite``: what a programme or a whole sector requires before a bpv starts (VOG ...),
  with how many months an obtained one holds; ``student_prerequisite``: a student's status,
  date obtained and expiry of one.
* ``match_area``: the postcode a student searches from, for matching proposals.

New tables only; existing rows are untouched.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 21:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_SECTORS = (
    "techniek",
    "mobiliteit",
    "zorg",
    "handel",
    "specialistisch",
    "ict",
    "voedsel",
    "zakelijk",
)


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=32)


def upgrade() -> None:
    op.create_table(
        "placement_breakoff",
        sa.Column("placement_id", sa.Uuid(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=False),
        sa.Column(
            "reason",
            _enum("breakoffreason", "student", "company", "school", "unsafe", "discrimination"),
            nullable=False,
        ),
        sa.Column(
            "decided_by",
            _enum("breakoffparty", "student", "company", "school", "jointly"),
            nullable=False,
        ),
        sa.Column("conversation_on", sa.Date(), nullable=True),
        sa.Column("conversation_summary", sa.Text(), nullable=True),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=True),
        sa.Column("replacement_id", sa.Uuid(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
            name=op.f("fk_placement_breakoff_placement_id_placement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["staff_member.id"],
            name=op.f("fk_placement_breakoff_recorded_by_id_staff_member"),
        ),
        sa.ForeignKeyConstraint(
            ["replacement_id"],
            ["placement.id"],
            name=op.f("fk_placement_breakoff_replacement_id_placement"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement_breakoff")),
        sa.UniqueConstraint("placement_id", name=op.f("uq_placement_breakoff_placement_id")),
        sa.UniqueConstraint("replacement_id", name=op.f("uq_placement_breakoff_replacement_id")),
    )
    op.create_index("ix_placement_breakoff_ended_on", "placement_breakoff", ["ended_on"])

    op.create_table(
        "prerequisite",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("programme_id", sa.Uuid(), nullable=True),
        sa.Column("sector", _enum("sector", *_SECTORS), nullable=True),
        sa.Column("validity_months", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_prerequisite_programme_id_programme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prerequisite")),
    )
    op.create_table(
        "student_prerequisite",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("prerequisite_id", sa.Uuid(), nullable=False),
        sa.Column(
            "status", _enum("prerequisitestatus", "requested", "obtained", "exempt"), nullable=False
        ),  # fmt: skip
        sa.Column("obtained_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student.id"],
            name=op.f("fk_student_prerequisite_student_id_student"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["prerequisite_id"],
            ["prerequisite.id"],
            name=op.f("fk_student_prerequisite_prerequisite_id_prerequisite"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_student_prerequisite")),
        sa.UniqueConstraint(
            "student_id",
            "prerequisite_id",
            name=op.f("uq_student_prerequisite_student_id_prerequisite_id"),
        ),
    )
    op.create_table(
        "match_area",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("postcode", sa.String(length=7), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student.id"],
            name=op.f("fk_match_area_student_id_student"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_area")),
        sa.UniqueConstraint("student_id", name=op.f("uq_match_area_student_id")),
    )


def downgrade() -> None:
    op.drop_table("match_area")
    op.drop_table("student_prerequisite")
    op.drop_table("prerequisite")
    op.drop_index("ix_placement_breakoff_ended_on", table_name="placement_breakoff")
    op.drop_table("placement_breakoff")
