"""Local accounts: a login name and argon2 password hash per staff member, with failure count.

* ``staff_login``: one row per staff member who can log in (``login`` unique, stored
  lower-case); ``failed_attempts`` and ``last_failed_at`` drive the lock-out delay. A table of
  its own, so the hash never passes through the audit trail's tracking of staff changes and
  never travels in a visit pack. New table only; existing rows are untouched.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25 22:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_login",
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("login", sa.String(64), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_failed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_member.id"],
            name=op.f("fk_staff_login_staff_id_staff_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("staff_id", name=op.f("pk_staff_login")),
        sa.UniqueConstraint("login", name=op.f("uq_staff_login_login")),
    )


def downgrade() -> None:
    op.drop_table("staff_login")
