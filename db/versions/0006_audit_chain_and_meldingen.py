"""The audit trail as a tamper-evident chain, and what handling a melding needs.

* ``audit_entry.actor_name``: who acted, by name at the time (staff may be renamed or purged);
  an index on ``entity_id`` finds one record's trail.
* ``audit_head``: one row naming the last entry's number and hash. Appends update it first,
  so they queue on its row lock (PostgreSQL) or the write lock (SQLite) and never fork the
  chain; verification compares it with the chain to notice entries cut off the end. Seeded
  from the last entry a store already holds (none did: nothing wrote the trail before).
* Triggers refuse UPDATE and DELETE of audit entries (and TRUNCATE on PostgreSQL): the trail
  is append-only in the store itself, not only in the program. Someone with the database's
  own tools can drop a trigger; the hash chain is what catches that.
* ``melding``: the follow-up the student chose, what the student agreed to share with SBB
  (a JSON list) and the outcome on closing. ``melding_step``: each status change with its
  date, what was done and by whom. Existing meldingen get one step: their current status on
  the day it last changed.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 21:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

GENESIS = "0" * 64
APPEND_ONLY = "the audit trail is append-only"

_STATUSES = ("received", "intake", "in_progress", "forwarded_sbb", "closed")


def upgrade() -> None:
    op.add_column(
        "audit_entry",
        sa.Column("actor_name", sa.String(length=200), server_default="", nullable=False),
    )
    op.create_index("ix_audit_entry_entity_id", "audit_entry", ["entity_id"], unique=False)
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    _seed_head(head)
    _append_only()

    op.add_column(
        "melding",
        sa.Column(
            "follow_up",
            sa.Enum(
                "talk_with_company",
                "formal_sbb",
                "signal_sbb",
                "none",
                name="followup",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
    )
    op.add_column("melding", sa.Column("shared_with_sbb", sa.JSON(), nullable=True))
    op.add_column("melding", sa.Column("outcome", sa.Text(), nullable=True))
    step = op.create_table(
        "melding_step",
        sa.Column("melding_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column(
            "status",
            sa.Enum(*_STATUSES, name="meldingstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["melding_id"],
            ["melding.id"],
            name=op.f("fk_melding_step_melding_id_melding"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["staff_member.id"],
            name=op.f("fk_melding_step_recorded_by_id_staff_member"),
        ),
        sa.PrimaryKeyConstraint("melding_id", "number", name=op.f("pk_melding_step")),
    )
    _backfill_steps(step)


def _seed_head(head: sa.Table) -> None:
    bind = op.get_bind()
    entry = sa.table("audit_entry", sa.column("seq", sa.Integer()), sa.column("hash", sa.String()))
    last = bind.execute(sa.select(entry.c.seq, entry.c.hash).order_by(entry.c.seq.desc())).first()
    seq, digest = (last[0], last[1]) if last is not None else (0, GENESIS)
    bind.execute(sa.insert(head).values(id=1, seq=seq, hash=digest))


def _append_only() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{APPEND_ONLY}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry "
            "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()"
        )
        op.execute(
            "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()"
        )
        return
    for event in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_entry_no_{event.lower()} BEFORE {event} ON audit_entry "
            f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END"
        )


def _backfill_steps(step: sa.Table) -> None:
    bind = op.get_bind()
    melding = sa.table(
        "melding",
        sa.column("id", sa.Uuid()),
        sa.column("status", sa.String()),
        sa.column("status_changed_on", sa.Date()),
        sa.column("handled_by_id", sa.Uuid()),
    )
    rows = [
        {
            "melding_id": melding_id,
            "number": 1,
            "status": status,
            "happened_on": changed_on,
            "recorded_by_id": handled_by,
        }
        for melding_id, status, changed_on, handled_by in bind.execute(sa.select(melding))
    ]
    if rows:
        bind.execute(sa.insert(step), rows)


def downgrade() -> None:
    op.drop_table("melding_step")
    op.drop_column("melding", "outcome")
    op.drop_column("melding", "shared_with_sbb")
    op.drop_column("melding", "follow_up")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_entry_no_truncate ON audit_entry")
        op.execute("DROP TRIGGER audit_entry_append_only ON audit_entry")
        op.execute("DROP FUNCTION audit_entry_append_only()")
    else:
        op.execute("DROP TRIGGER audit_entry_no_delete")
        op.execute("DROP TRIGGER audit_entry_no_update")
    op.drop_table("audit_head")
    op.drop_index("ix_audit_entry_entity_id", table_name="audit_entry")
    op.drop_column("audit_entry", "actor_name")
