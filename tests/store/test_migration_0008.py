"""Migration 0008 adds bpv_hours (one row per placement and week); downgrading drops it."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError

from stagedesk.domain.enums import Leerweg, Sector
from stagedesk.store import migrate
from stagedesk.store.engine import make_engine
from stagedesk.store.lifecycle import BpvHours
from stagedesk.store.models import Company, Placement, Programme, Student
from tests.store.test_migration_0007 import _insert


def test_upgrading_from_0007_adds_weekly_hours_once_per_week(store_location: str) -> None:
    engine = make_engine(store_location)
    migrate.upgrade(engine, "0007")
    programme, company, student, placement = (uuid.uuid4() for _ in range(4))
    with engine.begin() as conn:
        _insert(conn, Programme, [dict(id=programme, crebo="25655", name="Verzorgende-IG",
                niveau=3, leerweg=Leerweg.BOL, sector=Sector.ZORG)])  # fmt: skip
        _insert(conn, Company, [dict(id=company, name="Zorggroep Óost", kvk_number="12345678",
                capacity=2)])  # fmt: skip
        _insert(conn, Student, [dict(id=student, student_number="100001", given_name="Zoë",
                surname="Berg", date_of_birth=date(2008, 5, 1), programme_id=programme,
                cohort=2025, enrolled_on=date(2025, 8, 1), extra_support=False,
                search_status="in_bpv", search_status_since=date(2026, 9, 7),
                sort_key="berg zoe", search_text="zoe berg")])  # fmt: skip
        _insert(conn, Placement, [dict(id=placement, student_id=student, company_id=company,
                start_date=date(2026, 9, 7), end_date=date(2027, 1, 31), hours_per_week=32,
                total_hours=600, pok_status="complete", allowance_kind="none")])  # fmt: skip

    migrate.upgrade(engine)

    week = dict(placement_id=placement, week_start=date(2026, 9, 7), worked_minutes=1920)
    with engine.begin() as conn:
        _insert(conn, BpvHours, [dict(id=uuid.uuid4(), **week)])
        absent = conn.execute(select(BpvHours.__table__.c.absent_minutes)).scalar()
        assert absent == 0  # the server default
    with pytest.raises(IntegrityError), engine.begin() as conn:
        _insert(conn, BpvHours, [dict(id=uuid.uuid4(), **week)])
    engine.dispose()


def test_downgrading_to_0007_drops_bpv_hours(store_location: str) -> None:
    from alembic import command

    engine = make_engine(store_location)
    migrate.upgrade(engine)
    config = migrate._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0007")
    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
    assert "bpv_hours" not in names and "placement_breakoff" in names
    engine.dispose()
