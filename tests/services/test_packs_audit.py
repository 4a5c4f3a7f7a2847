"""Packs in the audit trail: an export says who took whose data; an import, who brought which
visit in from which pack, with the visit's free text as a digest only."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from stagedesk.domain.enums import VisitStatus
from stagedesk.services.actor import SYSTEM
from stagedesk.services.audit import entries_for, verify
from stagedesk.services.packs import apply_import, preview_import
from stagedesk.store.visits import Visit
from tests.services.packs_helpers import PackOffice, in_pack, opened_pack_office, visit


@pytest.fixture
def office(tmp_path):
    yield from opened_pack_office(tmp_path)


def test_an_export_is_in_the_trail(office: PackOffice):
    summary = office.export()
    (entry,) = entries_for(office.sessions, SYSTEM, "visit_pack", uuid.UUID(summary.pack_id))
    assert (entry.action, entry.actor_name) == ("export", "Carla Coördinator")
    assert entry.after == {
        "mentor_id": str(office.world.mentor.staff_id),
        "file": "pack.sqlite",
        "student": 2,
        "placement": 2,
        "visit": 3,
    }


def test_imported_visits_are_in_the_trail_without_their_text(office: PackOffice):
    summary = office.export()
    with in_pack(office.pack) as s:
        held = s.get_one(Visit, office.planned)
        held.status, held.held_on, held.notes = VisitStatus.HELD, date(2026, 12, 1), "Vertrouwelijk"
        new = visit(held.placement_id, office.world.mentor.staff_id, notes="Ook geheim")
        s.add(new)
        s.flush()
        new_id = new.id
    plan = preview_import(office.sessions, office.world.coordinator, office.pack)
    apply_import(office.sessions, office.world.coordinator, plan, {})
    (changed,) = entries_for(office.sessions, SYSTEM, "visit", office.planned)
    assert changed.action == "change" and changed.actor_name == "Carla Coördinator"
    assert changed.before is not None and changed.after is not None
    assert changed.before["status"] == "planned" and changed.after["status"] == "held"
    assert changed.after["from_pack"] == summary.pack_id
    assert changed.after["notes"].startswith("sha256:") and "Vertrouwelijk" not in str(changed)
    (created,) = entries_for(office.sessions, SYSTEM, "visit", new_id)
    assert created.action == "create" and "Ook geheim" not in str(created.after)
    assert verify(office.sessions).ok
