"""Demo meldingen are made through the meldpunt's services: their steps and audit entries
exist, the chain holds, and their times come from the data."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from sqlalchemy import select

from stagedesk.domain.enums import MeldingStatus
from stagedesk.services import audit
from stagedesk.services.demo import generate_demo
from stagedesk.services.demo_meldingen import per_students
from stagedesk.store.meldingen import Melding, MeldingStep
from stagedesk.store.office import AuditEntry
from stagedesk.store.opening import open_store

TODAY = date(2026, 11, 25)


def test_demo_meldingen_have_their_steps_and_audit_trail(tmp_path: Path) -> None:
    store = open_store(tmp_path / "demo.sqlite")
    try:
        summary = generate_demo(store, students=100, seed=4, today=TODAY)
        assert summary.meldingen == 5
        assert audit.verify(store.sessions).ok
        with store.sessions() as s:
            meldingen = list(s.execute(select(Melding)).scalars())
            steps = Counter(s.execute(select(MeldingStep.melding_id)).scalars())
            entries = list(s.execute(select(AuditEntry)).scalars())
        assert {m.status for m in meldingen} == set(MeldingStatus)
        expected_steps = {
            MeldingStatus.RECEIVED: 1,
            MeldingStatus.INTAKE: 2,
            MeldingStatus.IN_PROGRESS: 3,
            MeldingStatus.FORWARDED_SBB: 3,
            MeldingStatus.CLOSED: 4,
        }
        for melding in meldingen:
            assert steps[melding.id] == expected_steps[melding.status]
            made = [e for e in entries if e.entity_id == melding.id]
            assert made[0].action == "create" and len(made) == steps[melding.id]
        assert {e.actor_name for e in entries} == {entries[0].actor_name}
        assert all(e.at.date() <= TODAY for e in entries)
    finally:
        store.close()


def test_one_melding_per_500_students_and_every_status_at_least_once() -> None:
    assert per_students(100) == 5
    assert per_students(5_000) == 10
    assert per_students(50_000) == 100
