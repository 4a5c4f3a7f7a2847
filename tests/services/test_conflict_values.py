"""A stale save's Conflict carries what the two-desk dialog needs, on SQLite and PostgreSQL.

Two Office objects on one store: desk B saves a placement, desk A's save with the version it
read is refused with a Conflict that holds the store's version, the fields the service shows
and who saved last and when (from the audit trail). A caller who may not read the record gets
its PermissionDenied, never the values; a service that names no fields shows none.
"""

from __future__ import annotations

from datetime import date

import pytest

from stagedesk.domain.enums import ApplicationChannel, ApplicationStatus, StaffRole, VisitType
from stagedesk.domain.errors import Conflict, PermissionDenied
from stagedesk.services import applications, placements, visits
from stagedesk.services.actor import actor_for
from stagedesk.services.office import Office
from stagedesk.store.staff import StaffMember, StaffRoleGrant
from tests.factories import TODAY, build_world, placed

START, END = date(2026, 12, 14), date(2027, 5, 2)


@pytest.fixture
def desks(store_location):
    """The office at desk A (a World) and a second Office on the same store (desk B)."""
    world = build_world(store_location)
    desk_b = Office.open(store_location, create=False, daily_backup=False)
    with desk_b.sessions.begin() as s:
        bram = StaffMember(name="Bram Bureau", initials="BB")
        bram.roles = [StaffRoleGrant(role=StaffRole.COORDINATOR)]
        s.add(bram)
        s.flush()
        bram_id = bram.id
    yield world, desk_b, actor_for(desk_b.sessions, bram_id)
    desk_b.close()
    world.office.close()


def test_a_stale_placement_save_carries_the_saved_version_and_who_saved_it(desks):
    world, desk_b, bram = desks
    p = placed(world, world.student(), START, END)
    saved = placements.edit_placement(
        desk_b.sessions, bram, p.id, p.version, start=START, end=date(2027, 4, 25),
        hours_per_week=36, praktijkopleider_id=None, today=TODAY,
    )  # fmt: skip
    with pytest.raises(Conflict) as refused:
        placements.edit_placement(
            world.sessions, world.coordinator, p.id, p.version, start=START, end=END,
            hours_per_week=24, praktijkopleider_id=None, today=TODAY,
        )  # fmt: skip
    conflict = refused.value
    assert (conflict.entity, conflict.entity_id, conflict.version) == (
        "placement", p.id, saved.version,
    )  # fmt: skip
    assert conflict.current == {
        "start_date": START, "end_date": date(2027, 4, 25), "hours_per_week": 36,
        "praktijkopleider_id": None,
    }  # fmt: skip
    assert conflict.saved_by == "Bram Bureau" and conflict.saved_at is not None
    assert "changed by someone else" in str(conflict)
    # Saving again with the version the conflict names overwrites knowingly.
    again = placements.edit_placement(
        world.sessions, world.coordinator, p.id, conflict.version, start=START, end=END,
        hours_per_week=24, praktijkopleider_id=None, today=TODAY,
    )  # fmt: skip
    assert again.hours_per_week == 24 and again.version > saved.version


def test_someone_who_may_not_log_the_visit_gets_no_values(desks):
    world, _, _ = desks
    p = placed(world, world.student(mentor=world.mentor), START, END)
    planned = visits.plan_visit(
        world.sessions, world.coordinator, p.id, VisitType.START, START, today=TODAY
    )
    visits.log_visit(world.sessions, world.coordinator, planned.id, planned.version, TODAY,
                     answers={}, notes="Vertrouwelijk", today=TODAY)  # fmt: skip
    with pytest.raises(PermissionDenied):
        visits.log_visit(world.sessions, world.other_mentor, planned.id, planned.version,
                         TODAY, answers={}, notes="x", today=TODAY)  # fmt: skip


def test_a_service_that_names_no_fields_shows_no_values(desks):
    world, desk_b, bram = desks
    student = world.student()
    app = applications.add_application(
        world.sessions, world.coordinator, student, world.company,
        ApplicationChannel.STAGEMARKT, status=ApplicationStatus.SENT, sent_on=TODAY,
        today=TODAY,
    )  # fmt: skip
    applications.change_status(desk_b.sessions, bram, app.id, app.version,
                               ApplicationStatus.INVITED, TODAY, today=TODAY)  # fmt: skip
    with pytest.raises(Conflict) as refused:
        applications.change_status(world.sessions, world.coordinator, app.id, app.version,
                                   ApplicationStatus.INVITED, TODAY, today=TODAY)  # fmt: skip
    assert refused.value.current is None and refused.value.saved_by is None
    assert refused.value.version is not None  # what the store holds, without its values
