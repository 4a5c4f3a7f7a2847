"""Migration 0007 adds the lifecycle tables (break-offs, prerequisites, match areas) and
leaves every existing row alone; downgrading drops them again."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Connection, column, insert, inspect, select, table
from sqlalchemy.exc import IntegrityError

from stagedesk.domain.enums import Leerweg, Sector
from stagedesk.store import migrate
from stagedesk.store.engine import make_engine
from stagedesk.store.lifecycle import PlacementBreakoff, Prerequisite, StudentPrerequisite
from stagedesk.store.models import Company, Placement, Programme, Student

STAMP = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
NEW_TABLES = {"placement_breakoff", "prerequisite", "student_prerequisite", "match_area"}


def _insert(conn: Connection, model: type, rows: list[Mapping[str, object]]) -> None:
    """Insert only the columns named (the models are at head, the store may be older)."""
    names = list(rows[0]) + ["created_at", "updated_at", "version"]
    typed = table(model.__tablename__, *(column(n, model.__table__.c[n].type) for n in names))
    conn.execute(
        insert(typed), [{**r, "created_at": STAMP, "updated_at": STAMP, "version": 1} for r in rows]
    )


def test_upgrading_from_0006_adds_the_tables_and_keeps_placements(store_location: str) -> None:
    engine = make_engine(store_location)
    migrate.upgrade(engine, "0006")
    programme, company, student, placement = (uuid.uuid4() for _ in range(4))
    with engine.begin() as conn:
        _insert(conn, Programme, [dict(id=programme, crebo="25655", name="Verzorgende-IG",
                niveau=3, leerweg=Leerweg.BOL, sector=Sector.ZORG)])  # fmt: skip
        _insert(conn, Company, [dict(id=company, name="Zorggroep Óost", kvk_number="12345678",
                capacity=2)])  # fmt: skip
        _insert(conn, Student, [dict(id=student, student_number="100001", given_name="Zoë",
                surname="Berg", date_of_birth=date(2008, 5, 1), programme_id=programme,
                cohort=2025, enrolled_on=date(2025, 8, 1), extra_support=False,
                search_status="searching", search_status_since=date(2026, 11, 20),
                sort_key="berg zoe", search_text="zoe berg")])  # fmt: skip
        _insert(conn, Placement, [dict(id=placement, student_id=student, company_id=company,
                start_date=date(2026, 9, 1), end_date=date(2027, 1, 31), hours_per_week=32,
                total_hours=600, pok_status="complete", allowance_kind="none",
                ended_early_on=date(2026, 11, 20))])  # fmt: skip

    migrate.upgrade(engine)

    with engine.begin() as conn:
        assert set(inspect(conn).get_table_names()) >= NEW_TABLES
        kept = conn.execute(
            select(Placement.__table__.c.ended_early_on).where(
                Placement.__table__.c.id == placement
            )
        ).scalar()
        assert kept == date(2026, 11, 20)
        _insert(conn, PlacementBreakoff, [dict(id=uuid.uuid4(), placement_id=placement,
                ended_on=date(2026, 11, 20), reason="unsafe", decided_by="school")])  # fmt: skip
        vog = uuid.uuid4()
        _insert(conn, Prerequisite, [dict(id=vog, name="VOG", sector="zorg",
                validity_months=6)])  # fmt: skip
        _insert(conn, StudentPrerequisite, [dict(id=uuid.uuid4(), student_id=student,
                prerequisite_id=vog, status="obtained",
                obtained_on=date(2026, 8, 1))])  # fmt: skip
    with pytest.raises(IntegrityError), engine.begin() as conn:  # one break-off per placement
        _insert(conn, PlacementBreakoff, [dict(id=uuid.uuid4(), placement_id=placement,
                ended_on=date(2026, 11, 21), reason="student", decided_by="student")])  # fmt: skip
    engine.dispose()


def test_downgrading_to_0006_drops_the_tables(store_location: str) -> None:
    from alembic import command

    engine = make_engine(store_location)
    migrate.upgrade(engine)
    config = migrate._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0006")
    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
    assert not names & NEW_TABLES
    assert {"placement", "student", "melding"} <= names
    engine.dispose()
