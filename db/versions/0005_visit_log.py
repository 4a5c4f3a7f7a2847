"""What logging a supervision visit needs beyond 0001's visit table.

* ``planned_time``: the time of day agreed with the company (the .ics export uses it);
* ``mode``: on site, call or video (existing visits were on site);
* ``contact_id``: whom the mentor spoke with at the company (a contact person; no foreign
  key, see below);
* ``concerns``: a held visit's concerns, sorted and comma-joined (unsafe situation, no
  supervision, discrimination signals, other), and ``concerns_handled_on``: the day the office
  marked them handled. Indexed together: the attention list looks for unhandled concerns.

Existing visits keep their rows; they get mode "on_site" and no concerns.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 21:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite allows it with a constant default); see 0002 on batch mode.
    op.add_column("visit", sa.Column("planned_time", sa.Time(), nullable=True))
    op.add_column(
        "visit",
        sa.Column("mode", sa.String(length=32), server_default="on_site", nullable=False),
    )
    # No foreign key: SQLite cannot add one to an existing table with a plain ALTER (an
    # inline REFERENCES breaks SQLAlchemy's reading of the table's other keys), and batch mode
    # is avoided here. The services check the contact belongs to the placement's company.
    op.add_column("visit", sa.Column("contact_id", sa.Uuid(), nullable=True))
    op.add_column("visit", sa.Column("concerns", sa.String(length=120), nullable=True))
    op.add_column("visit", sa.Column("concerns_handled_on", sa.Date(), nullable=True))
    op.create_index("ix_visit_concerns", "visit", ["concerns", "concerns_handled_on"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_visit_concerns", table_name="visit")
    op.drop_column("visit", "concerns_handled_on")
    op.drop_column("visit", "concerns")
    op.drop_column("visit", "contact_id")
    op.drop_column("visit", "mode")
    op.drop_column("visit", "planned_time")
