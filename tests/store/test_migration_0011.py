"""Migration 0011 adds each placement's hours totals (weeks written, minutes worked), filled
from the bpv_hours rows already there; downgrading drops them again."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import inspect, select

from stagedesk.domain.enums import Leerweg, Sector
from stagedesk.store import migrate
from stagedesk.store.engine import make_engine
from stagedesk.store.lifecycle import BpvHours
from stagedesk.store.models import Company, Placement, Programme, Student
from tests.store.test_migration_0007 import _insert

START = date(2026, 9, 7)


def test_upgrading_from_0010_fills_every_placements_hours_totals(store_location: str) -> None:
    engine = make_engine(store_location)
    migrate.upgrade(engine, "0010")
    programme, company, student = (uuid.uuid4() for _ in range(3))
    busy, sick, none = (uuid.uuid4() for _ in range(3))
    with engine.begin() as conn:
        _insert(conn, Programme, [dict(id=programme, crebo="25655", name="Verzorgende-IG",
                niveau=3, leerweg=Leerweg.BOL, sector=Sector.ZORG)])  # fmt: skip
        _insert(conn, Company, [dict(id=company, name="Zorggroep Óost", kvk_number="12345678",
                capacity=2)])  # fmt: skip
        _insert(conn, Student, [dict(id=student, student_number="100001", given_name="Zoë",
                surname="Berg", date_of_birth=date(2008, 5, 1), programme_id=programme,
                cohort=2025, enrolled_on=date(2025, 8, 1), extra_support=False,
                search_status="in_bpv", search_status_since=START,
                sort_key="berg zoe", search_text="zoe berg")])  # fmt: skip
        _insert(conn, Placement, [dict(id=p, student_id=student, company_id=company,
                start_date=START, end_date=date(2027, 1, 31), hours_per_week=32,
                total_hours=600, pok_status="complete", allowance_kind="none")
                for p in (busy, sick, none)])  # fmt: skip
        weeks = [(busy, 1920), (busy, 1800), (busy, 30), (sick, 0)]
        _insert(conn, BpvHours, [dict(id=uuid.uuid4(), placement_id=p,
                week_start=START + timedelta(weeks=n), worked_minutes=m)
                for n, (p, m) in enumerate(weeks)])  # fmt: skip

    migrate.upgrade(engine)

    p = Placement.__table__.c
    with engine.connect() as conn:
        rows = conn.execute(select(p.id, p.hours_weeks, p.hours_worked_minutes, p.version))
        totals = {row.id: (row.hours_weeks, row.hours_worked_minutes, row.version) for row in rows}
        indexes = {ix["name"] for ix in inspect(conn).get_indexes("placement")}
    # A week with sick minutes only is a week written; the versions are left alone.
    assert totals == {busy: (3, 3750, 1), sick: (1, 0, 1), none: (0, 0, 1)}
    assert "ix_placement_hours" in indexes
    engine.dispose()


def test_downgrading_to_0010_drops_the_totals(store_location: str) -> None:
    from alembic import command

    engine = make_engine(store_location)
    migrate.upgrade(engine)
    config = migrate._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0010")
    with engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("placement")}
        indexes = {ix["name"] for ix in inspect(conn).get_indexes("placement")}
    assert not {"hours_weeks", "hours_worked_minutes"} & columns and "total_hours" in columns
    assert "ix_placement_hours" not in indexes
    engine.dispose()
