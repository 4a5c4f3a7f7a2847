"""A placement starting within two weeks (or started in the last two weeks) whose student
lacks a required prerequisite (VOG ...) puts the student on the attention list until it is
recorded."""

from __future__ import annotations

from datetime import date

from stagedesk.domain.enums import Sector
from stagedesk.domain.prerequisites import PrerequisiteStatus
from stagedesk.services import prerequisites as prereq
from stagedesk.services.attention import AttentionReason, attention_list
from tests.factories import TODAY, placed

SOON, END = date(2026, 12, 1), date(2027, 6, 25)  # TODAY is 25-11-2026


def _missing(world, actor=None):
    items = attention_list(world.sessions, actor or world.coordinator, TODAY)
    return [item for item in items if item.reason is AttentionReason.PREREQUISITES_MISSING]


def _vog(world):
    return prereq.add_requirement(world.sessions, world.coordinator, "VOG", sector=Sector.ZORG)


def test_a_placement_starting_soon_without_the_vog_is_listed_until_it_is_recorded(world):
    student = world.student()  # Verzorgende-IG, sector zorg
    placement = placed(world, student, SOON, END)  # before the VOG was required
    placed(world, world.student(surname="Later"), date(2027, 2, 1), END)  # not soon
    placed(world, world.student(programme=world.bbl), SOON, END)  # ICT: no VOG needed
    assert _missing(world) == []  # no prerequisites at all: nothing to miss
    req = _vog(world)
    items = _missing(world)
    assert [item.student_id for item in items] == [student]
    detail = items[0].detail
    assert detail.missing == ("VOG",) and detail.start_date == SOON
    assert detail.days_until_start == 6 and detail.placement_id == placement.id
    assert detail.as_json()["placement_id"] == str(placement.id)
    assert "VOG" in detail.summary()
    prereq.set_student_prerequisite(
        world.sessions, world.coordinator, student, req.id, PrerequisiteStatus.OBTAINED,
        obtained_on=date(2026, 11, 1), today=TODAY,
    )  # fmt: skip
    assert _missing(world) == []


def test_a_started_placement_without_the_vog_is_listed_and_a_mentor_sees_only_their_own(world):
    mine = world.student()
    theirs = world.student(surname="Wit", mentor=world.other_mentor)
    placed(world, mine, date(2026, 11, 12), END)
    placed(world, theirs, date(2026, 11, 30), END)
    _vog(world)
    items = _missing(world)
    assert [item.student_id for item in items] == [mine, theirs]  # started first
    assert items[0].detail.days_until_start == -13
    assert [item.student_id for item in _missing(world, world.mentor)] == [mine]


def test_a_placement_started_more_than_two_weeks_ago_is_not_listed(world):
    placed(world, world.student(), date(2026, 11, 10), END)
    _vog(world)
    assert _missing(world) == []
