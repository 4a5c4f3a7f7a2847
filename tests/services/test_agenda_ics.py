"""A mentor's agenda by ISO week with overdue visits marked, and the .ics export parsed back
with the icalendar library."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from stagedesk.domain.enums import VisitType
from stagedesk.domain.errors import PermissionDenied
from stagedesk.domain.visits import VisitMode
from stagedesk.services.agenda import mentor_agenda
from stagedesk.services.ics import mentor_ics
from stagedesk.services.visits import cancel_visit, log_visit, plan_visit, reschedule_visit
from stagedesk.store.companies import Company
from tests.factories import TODAY, placed

STAMP = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


@pytest.fixture
def planned(world):
    """Visits of two students (mentor Fatima) and one of Joost's, around TODAY (Wed 25-11)."""
    with world.sessions.begin() as s:
        company = s.get(Company, world.company)
        company.address, company.postcode = "Oudegracht 12", "3511 AB"
    zoe = placed(world, world.student(), date(2026, 9, 1), date(2027, 1, 31))
    sem = placed(
        world,
        world.student(given="Şükrü", tussenvoegsel=None, surname="Yılmaz"),
        date(2026, 9, 1),
        date(2027, 6, 30),
        company=world.other_company,
    )
    joost = placed(
        world, world.student(mentor=world.other_mentor, given="Anna", tussenvoegsel=None,
                             surname="Bakker"), date(2026, 9, 1), date(2027, 1, 31),
    )  # fmt: skip

    def plan(p, kind, day, at=None, mode=VisitMode.ON_SITE):
        return plan_visit(world.sessions, world.coordinator, p.id, kind, day, planned_time=at,
                          mode=mode, today=TODAY)  # fmt: skip

    return {
        "overdue": plan(zoe, VisitType.MIDTERM, date(2026, 11, 18)),
        "today": plan(sem, VisitType.START, TODAY, time(9, 30)),
        "friday": plan(zoe, VisitType.EXTRA, date(2026, 11, 27), time(14, 0), VisitMode.CALL),
        "january": plan(zoe, VisitType.FINAL, date(2027, 1, 25)),
        "far": plan(sem, VisitType.MIDTERM, date(2027, 4, 1)),
        "joost": plan(joost, VisitType.MIDTERM, date(2026, 11, 26)),
        "held": plan(zoe, VisitType.START, date(2026, 9, 15)),
        "cancelled": plan(sem, VisitType.EXTRA, date(2026, 12, 2)),
    }


def _hide(world, visits) -> None:
    held, cancelled = visits["held"], visits["cancelled"]
    log_visit(world.sessions, world.coordinator, held.id, held.version, date(2026, 9, 15),
              answers={}, today=TODAY)  # fmt: skip
    cancel_visit(world.sessions, world.coordinator, cancelled.id, cancelled.version, today=TODAY)


def test_a_mentors_agenda_groups_planned_visits_by_iso_week(world, planned):
    _hide(world, planned)
    agenda = mentor_agenda(world.sessions, world.mentor, world.mentor.staff_id, today=TODAY)
    assert agenda.mentor_name == "Fatima el Amrani"
    assert agenda.until == TODAY + timedelta(weeks=13)
    assert [(w.year, w.week, w.monday) for w in agenda.weeks] == [
        (2026, 47, date(2026, 11, 16)),
        (2026, 48, date(2026, 11, 23)),
        (2027, 4, date(2027, 1, 25)),
    ]
    by_week = [[v.id for v in w.visits] for w in agenda.weeks]
    assert by_week == [
        [planned["overdue"].id],
        [planned["today"].id, planned["friday"].id],
        [planned["january"].id],
    ]
    assert agenda.weeks[0].visits[0].overdue and agenda.weeks[0].overdue == 1
    assert agenda.overdue == 1
    assert not any(v.overdue for v in agenda.weeks[1].visits)  # today itself is not overdue


def test_the_office_sees_every_mentors_agenda_up_to_a_date(world, planned):
    _hide(world, planned)
    agenda = mentor_agenda(
        world.sessions, world.coordinator, None, until=date(2027, 12, 31), today=TODAY
    )
    assert agenda.mentor_id is None and agenda.mentor_name is None
    ids = [v.id for v in agenda.visits]
    assert ids == [planned[k].id for k in
                   ("overdue", "today", "joost", "friday", "january", "far")]  # fmt: skip
    assert {v.mentor_name for v in agenda.visits} == {"Fatima el Amrani", "Joost de Wit"}


def test_a_visit_rescheduled_to_another_mentor_moves_agendas(world, planned):
    visit = planned["friday"]
    reschedule_visit(world.sessions, world.coordinator, visit.id, visit.version,
                     date(2026, 11, 30), mentor_id=world.other_mentor.staff_id,
                     today=TODAY)  # fmt: skip
    joost = mentor_agenda(world.sessions, world.other_mentor, world.other_mentor.staff_id,
                          today=TODAY)  # fmt: skip
    assert visit.id in [v.id for v in joost.visits]


@pytest.mark.parametrize(
    ("who", "whose"),
    [("mentor", "other_mentor"), ("mentor", None), ("meldpunt", "mentor")],
)
def test_a_mentor_reads_only_their_own_agenda(world, who, whose):
    mentor_id = getattr(world, whose).staff_id if whose else None
    with pytest.raises(PermissionDenied):
        mentor_agenda(world.sessions, getattr(world, who), mentor_id, today=TODAY)


# -- .ics --------------------------------------------------------------------------------------


def _calendar(world, actor=None, **extra) -> Calendar:
    data = mentor_ics(world.sessions, actor or world.mentor, world.mentor.staff_id,
                      today=TODAY, stamp=STAMP, **extra)  # fmt: skip
    return Calendar.from_ical(data)


def test_the_ics_has_one_event_per_planned_visit_from_today(world, planned):
    _hide(world, planned)
    calendar = _calendar(world)
    assert str(calendar["prodid"]) == "-//StageDesk//Bpv-bezoeken//NL"
    assert str(calendar["x-wr-calname"]) == "Bpv-bezoeken Fatima el Amrani"
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    ids = [planned[k].id for k in ("today", "friday", "january", "far")]
    assert set(events) == {f"{visit_id}@visits.stagedesk" for visit_id in ids}


def test_an_event_names_the_visit_in_dutch_at_the_company_address(world, planned):
    calendar = _calendar(world)
    if hasattr(calendar, "add_missing_timezones"):  # icalendar 6.1+ writes the VTIMEZONE
        assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    event = _events(calendar)[planned["friday"].id]
    assert str(event["summary"]) == "Extra bezoek (telefonisch) Zoë van der Berg – Zorggroep Óost"
    assert str(event["location"]) == "Zorggroep Óost, Oudegracht 12, 3511 AB Utrecht"
    assert "Student: Zoë van der Berg" in str(event["description"])
    start = event.decoded("dtstart")
    assert start == datetime(2026, 11, 27, 14, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    assert start.utcoffset() == timedelta(hours=1)  # CET in November
    assert event.decoded("dtend") - start == timedelta(hours=1)
    assert str(event["dtstart"].params["TZID"]) == "Europe/Amsterdam"
    assert event.decoded("dtstamp") == STAMP
    assert int(event["sequence"]) == 0


def test_a_visit_without_a_time_is_a_day_event(world, planned):
    event = _events(_calendar(world))[planned["january"].id]
    assert event.decoded("dtstart") == date(2027, 1, 25)
    assert not isinstance(event.decoded("dtstart"), datetime)
    assert event.decoded("dtend") == date(2027, 1, 26)
    assert str(event["summary"]) == "Eindbezoek Zoë van der Berg – Zorggroep Óost"


def test_summer_time_and_a_company_without_address(world, planned):
    far = planned["far"]  # 1 April 2027, at Bytes & Co (no street address)
    reschedule_visit(world.sessions, world.coordinator, far.id, far.version, far.planned_on,
                     planned_time=time(11, 0), today=TODAY)  # fmt: skip
    event = _events(_calendar(world))[far.id]
    assert event.decoded("dtstart").utcoffset() == timedelta(hours=2)  # CEST
    assert str(event["location"]) == "Bytes & Co, Amersfoort"
    assert int(event["sequence"]) == 1  # rescheduled once: calendars update the event


def test_the_uid_is_stable_across_exports(world, planned):
    first = set(_events(_calendar(world)))
    again = set(_events(_calendar(world)))
    assert first == again


def test_since_includes_overdue_visits_when_asked(world, planned):
    events = _events(_calendar(world, since=date(2026, 11, 1)))
    assert planned["overdue"].id in events


def test_a_mentor_exports_only_their_own_visits(world, planned):
    with pytest.raises(PermissionDenied, match="only their own visits"):
        mentor_ics(world.sessions, world.other_mentor, world.mentor.staff_id, today=TODAY)
    assert _calendar(world, world.coordinator).walk("VEVENT")


def _events(calendar: Calendar) -> dict:
    import uuid

    return {uuid.UUID(str(e["uid"]).split("@")[0]): e for e in calendar.walk("VEVENT")}
