"""Covering indexes for the attention list: rejections per student, POK and ends per student,
visits per placement.

Each lets one of the attention list's per-student (or per-placement) look-ups be answered
from the index alone instead of the wide table rows: counting a searching student's
rejections since the current search round began, finding whether a student has a live
complete POK and when their last placement ended, and whether a placement has a visit.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 19:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.create_index(
            "ix_application_student_id_status",
            ["student_id", "status", "status_changed_on"],
            unique=False,
        )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index(
            "ix_placement_student_id_dates",
            ["student_id", "end_date", "ended_early_on", "pok_status"],
            unique=False,
        )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(
            "ix_visit_placement_id_status", ["placement_id", "status"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_placement_id_status")
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index("ix_placement_student_id_dates")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_index("ix_application_student_id_status")
