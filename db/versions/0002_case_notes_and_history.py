"""Case notes, the status history of applications, and whether an allowance is being paid.

Existing applications get their history back-filled from what the row knows: "sent" on
sent_on and the current status on status_changed_on.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 18:49:21.402386
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "note",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff_member.id"], name=op.f("fk_note_author_id_staff_member")
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student.id"],
            name=op.f("fk_note_student_id_student"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index("ix_note_student_id", ["student_id"], unique=False)

    op.create_table(
        "application_event",
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "sent",
                "invited",
                "interviewed",
                "offered",
                "accepted",
                "rejected",
                "withdrawn",
                name="applicationstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column(
            "rejection_reason",
            sa.Enum(
                "no_capacity",
                "profile_mismatch",
                "after_interview",
                "no_response",
                "other",
                name="rejectionreason",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_application_event_application_id_application"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["staff_member.id"],
            name=op.f("fk_application_event_recorded_by_id_staff_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_event")),
    )
    with op.batch_alter_table("application_event", schema=None) as batch_op:
        batch_op.create_index(
            "ix_application_event_application_id", ["application_id"], unique=False
        )

    # A plain ADD COLUMN (SQLite allows it with a constant default): batch mode would copy the
    # table and write its constraints in an order that differs from run to run.
    op.add_column(
        "placement",
        sa.Column("allowance_paid", sa.Boolean(), server_default=sa.false(), nullable=False),
    )

    _backfill_history()


def _backfill_history() -> None:
    bind = op.get_bind()
    application = sa.table(
        "application",
        sa.column("id", sa.Uuid()),
        sa.column("status", sa.String()),
        sa.column("sent_on", sa.Date()),
        sa.column("status_changed_on", sa.Date()),
    )
    event = sa.table(
        "application_event",
        sa.column("id", sa.Uuid()),
        sa.column("application_id", sa.Uuid()),
        sa.column("status", sa.String()),
        sa.column("happened_on", sa.Date()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
        sa.column("version", sa.Integer()),
    )
    now = sa.func.now() if bind.dialect.name == "postgresql" else sa.func.current_timestamp()
    stamp = bind.execute(sa.select(now)).scalar_one()
    rows = bind.execute(sa.select(application)).all()
    batch: list[dict[str, object]] = []
    for app_id, status, sent_on, changed_on in rows:
        steps = []
        if sent_on is not None and status != "draft":
            steps.append(("sent", sent_on))
        if status != "sent" or sent_on is None:
            steps.append((status, changed_on))
        for step_status, on in steps:
            batch.append(
                {
                    "id": uuid.uuid4(),
                    "application_id": app_id,
                    "status": step_status,
                    "happened_on": on,
                    "created_at": stamp,
                    "updated_at": stamp,
                    "version": 1,
                }
            )
        if len(batch) >= 5_000:
            bind.execute(sa.insert(event), batch)
            batch = []
    if batch:
        bind.execute(sa.insert(event), batch)


def downgrade() -> None:
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_column("allowance_paid")

    with op.batch_alter_table("application_event", schema=None) as batch_op:
        batch_op.drop_index("ix_application_event_application_id")

    op.drop_table("application_event")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index("ix_note_student_id")

    op.drop_table("note")
