"""A mentor's planned visits as an iCalendar (.ics) file that Outlook and Thunderbird import.

One VEVENT per planned visit: the summary says in Dutch which visit to whom, the company's
address is the location, and the UID is the visit's id, so importing a newer export updates
the events instead of doubling them (SEQUENCE follows the visit's version). A visit with an
agreed time starts then (Europe/Amsterdam) and lasts an hour; one without is a day event.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.enums import VisitStatus, VisitType
from stagedesk.domain.errors import PermissionDenied
from stagedesk.domain.visits import VisitMode
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.casework import CASE_READERS, fetch, today_or
from stagedesk.services.visit_views import VisitView, views_where
from stagedesk.store.staff import StaffMember
from stagedesk.store.visits import Visit

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
UID_DOMAIN = "visits.stagedesk"
PRODID = "-//StageDesk//Bpv-bezoeken//NL"
TIMED_VISIT_LENGTH = timedelta(hours=1)

VISIT_TYPE_NL = {
    VisitType.START: "Startbezoek",
    VisitType.MIDTERM: "Tussentijds bezoek",
    VisitType.FINAL: "Eindbezoek",
    VisitType.EXTRA: "Extra bezoek",
}
MODE_NL = {VisitMode.ON_SITE: "", VisitMode.CALL: " (telefonisch)", VisitMode.VIDEO: " (video)"}


def mentor_ics(
    sessions: sessionmaker[Session],
    actor: Actor,
    mentor_id: uuid.UUID,
    *,
    since: date | None = None,
    today: date | None = None,
    stamp: datetime | None = None,
) -> bytes:
    """The .ics of ``mentor_id``'s planned visits from ``since`` (default today) on.

    ``stamp`` is the DTSTAMP of every event (default now). A mentor exports their own.
    """
    require(actor, CASE_READERS, "export visits")
    if not actor.has(*CASE_WORKERS) and mentor_id != actor.staff_id:
        raise PermissionDenied(f"{actor.name} may export only their own visits")
    today = today_or(today)
    with sessions() as s:
        mentor = fetch(s, StaffMember, mentor_id, "staff member").name
        visits = views_where(
            s,
            today,
            Visit.mentor_id == mentor_id,
            Visit.status == VisitStatus.PLANNED,
            Visit.planned_on >= (since or today),
        )
    return calendar_of(visits, f"Bpv-bezoeken {mentor}", stamp or datetime.now(UTC))


def calendar_of(visits: Iterable[VisitView], name: str, stamp: datetime) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", AMSTERDAM.key)
    for visit in visits:
        calendar.add_component(_event(visit, stamp))
    if hasattr(calendar, "add_missing_timezones"):  # icalendar 6.1+: VTIMEZONE for Outlook
        calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def summary_of(visit: VisitView) -> str:
    """ "Startbezoek Zoë van der Berg – Zorggroep Óost" (with "(telefonisch)" for a call)."""
    kind = VISIT_TYPE_NL[visit.visit_type] + MODE_NL[visit.mode]
    return f"{kind} {visit.student_name} – {visit.company_name}"


def _event(visit: VisitView, stamp: datetime) -> Event:
    assert visit.planned_on is not None  # planned visits have a date
    event = Event()
    event.add("uid", f"{visit.id}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("sequence", visit.version - 1)
    event.add("summary", summary_of(visit))
    if visit.planned_time is None:
        event.add("dtstart", visit.planned_on)
        event.add("dtend", visit.planned_on + timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # a day to visit, not a busy whole day
    else:
        start = datetime.combine(visit.planned_on, visit.planned_time, tzinfo=AMSTERDAM)
        event.add("dtstart", start)
        event.add("dtend", start + TIMED_VISIT_LENGTH)
    if visit.company_address:
        event.add("location", f"{visit.company_name}, {visit.company_address}")
    else:
        event.add("location", visit.company_name)
    lines = [
        f"Student: {visit.student_name} ({visit.student_number})",
        f"Leerbedrijf: {visit.company_name}",
    ]
    if visit.contact_name:
        lines.append(f"Contactpersoon: {visit.contact_name}")
    event.add("description", "\n".join(lines))
    return event
