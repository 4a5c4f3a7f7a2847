"""Migration 0010 adds student_profile and profile_proposal and leaves existing rows alone;
downgrading drops them again."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError

from stagedesk.domain.enums import Leerweg, Sector
from stagedesk.store import migrate
from stagedesk.store.engine import make_engine
from stagedesk.store.models import Company, Programme, Student
from stagedesk.store.profiles import ProfileProposal, StudentProfile
from tests.store.test_migration_0007 import _insert


def test_upgrading_from_0009_adds_profiles_and_proposals(store_location: str) -> None:
    engine = make_engine(store_location)
    migrate.upgrade(engine, "0009")
    programme, company, student = (uuid.uuid4() for _ in range(3))
    with engine.begin() as conn:
        _insert(conn, Programme, [dict(id=programme, crebo="25655", name="Verzorgende-IG",
                niveau=3, leerweg=Leerweg.BOL, sector=Sector.ZORG)])  # fmt: skip
        _insert(conn, Company, [dict(id=company, name="Zorggroep Óost", kvk_number="12345678",
                capacity=2)])  # fmt: skip
        _insert(conn, Student, [dict(id=student, student_number="100001", given_name="Zoë",
                surname="Berg", date_of_birth=date(2008, 5, 1), programme_id=programme,
                cohort=2025, enrolled_on=date(2025, 8, 1), extra_support=False,
                search_status="searching", search_status_since=date(2026, 9, 7),
                sort_key="berg zoe", search_text="zoe berg")])  # fmt: skip

    migrate.upgrade(engine)

    with engine.begin() as conn:
        assert conn.execute(select(Student.__table__.c.given_name)).scalar() == "Zoë"
        _insert(conn, StudentProfile, [dict(id=uuid.uuid4(), student_id=student,
                skills="Zorgvuldig", motivation="Ik help graag mensen.")])  # fmt: skip
        _insert(conn, ProfileProposal, [dict(id=uuid.uuid4(), student_id=student,
                company_id=company, reference="P-ABCD-EFGH", anonymised=True,
                sent_on=date(2026, 11, 20), outcome="chosen",
                outcome_on=date(2026, 11, 24))])  # fmt: skip
        outcome = conn.execute(select(ProfileProposal.__table__.c.outcome)).scalar()
        assert outcome == "chosen"
    with pytest.raises(IntegrityError), engine.begin() as conn:  # one profile per student
        _insert(conn, StudentProfile, [dict(id=uuid.uuid4(), student_id=student)])
    with pytest.raises(IntegrityError), engine.begin() as conn:  # references are unique
        _insert(conn, ProfileProposal, [dict(id=uuid.uuid4(), student_id=student,
                company_id=company, reference="P-ABCD-EFGH", anonymised=False,
                sent_on=date(2026, 11, 21))])  # fmt: skip
    engine.dispose()


def test_downgrading_to_0009_drops_the_profile_tables(store_location: str) -> None:
    from alembic import command

    engine = make_engine(store_location)
    migrate.upgrade(engine)
    config = migrate._config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0009")
    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
    assert "student_profile" not in names and "profile_proposal" not in names
    assert "staff_login" in names
    engine.dispose()
