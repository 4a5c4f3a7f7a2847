"""Hours registration (urenregistratie): realised bpv hours per placement per week.

* ``bpv_hours``: one row per placement and week (the week's Monday): minutes worked, minutes
  absent and why (sick, other), a short note. New table only; existing rows are untouched.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bpv_hours",
        sa.Column("placement_id", sa.Uuid(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("worked_minutes", sa.Integer(), nullable=False),
        sa.Column("absent_minutes", sa.Integer(), server_default="0", nullable=False),
        sa.Column(
            "absence_kind",
            sa.Enum("sick", "other", name="absencekind", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
            name=op.f("fk_bpv_hours_placement_id_placement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bpv_hours")),
        sa.UniqueConstraint(
            "placement_id", "week_start", name=op.f("uq_bpv_hours_placement_id_week_start")
        ),
    )


def downgrade() -> None:
    op.drop_table("bpv_hours")
