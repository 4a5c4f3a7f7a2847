"""The office dashboard: students per search status, students without a place in the
Stagebarometer's cuts, placements per week, and the Stagepact indicators the office can
measure itself; every figure carries a ``Drill`` that services.dashboard_drill's
``dashboard_students`` turns into the list of students behind it.

What the figures mean (the UI and the CLI say the same in words):

- *Without a place*: search status not started, searching or applying — no placement at all,
  not even one waiting for its POK. Cuts: programme, sector, niveau, leerweg and region.
- *Region*: students have no address in StageDesk, so a student's region is where they are
  looking: the region of the company their furthest open application is with. Students
  without an open application (or whose company has no postcode region) count in the school's
  own region, from the postcode in ``SchoolSettings.school_address``; without one there, in
  the region ``""`` (unknown). ``Dashboard.region_from_school`` says how many that were.
- *Placements per week*: placements recorded (``created_at``, in UTC) in each ISO week of
  this school year up to today's week; the first week counts from 1 August only.
- *Allowance*: placements live today (running or upcoming, not broken off; as in the
  allowance overview) with an allowance at or above the norm, out of all live placements but
  those paid a wage (BBL: a wage is neither an allowance nor its lack).
- *Supervision*: placements that began by today and ran in this school year whose visits due
  so far (services.dashboard_rules, frequency from services.dashboard_settings) were held;
  placements with no visit due yet are not counted.
- *POK by the start*: placements whose bpv began this school year (up to today) with a
  complete POK on or before their first day. StageDesk knows no bpv start for a student
  without a placement, so they are not in this figure (they are in *without a place*).
- *Meldingen*: counts only (services.meldpunt.melding_counts), for every role.

Coordinators and admins see the dashboard (it lists students of the whole office).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.dates import school_year_label, school_year_start
from stagedesk.domain.enums import Leerweg, SearchStatus
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.casework import today_or
from stagedesk.services.dashboard_rules import (
    IsoWeek,
    due_from,
    school_region,
    school_year_weeks,
    visits_due,
)
from stagedesk.services.dashboard_settings import read_dashboard_settings
from stagedesk.services.meldpunt import melding_counts
from stagedesk.services.meldpunt_views import MeldingCounts
from stagedesk.services.profile_rates import ProposalRates, read_rates
from stagedesk.services.settings import read_settings
from stagedesk.store import dashboard_queries as q

UNKNOWN_REGION = ""  # the region key of students (or companies) whose region is not known


class Cut(StrEnum):
    """The Stagebarometer's cuts of the students without a place."""

    PROGRAMME = "programme"
    SECTOR = "sector"
    NIVEAU = "niveau"
    LEERWEG = "leerweg"
    REGION = "region"


class DrillKind(StrEnum):
    STATUS = "status"  # key: a SearchStatus value
    WITHOUT_PLACE = "without_place"  # cut and key, or neither for all of them
    WEEK = "week"  # key: an ISO week, "2026-W47"
    ALLOWANCE_OK = "allowance_ok"
    ALLOWANCE_SHORT = "allowance_short"
    VISITS_HELD = "visits_held"
    VISITS_MISSED = "visits_missed"
    POK_ON_TIME = "pok_on_time"
    POK_LATE = "pok_late"


@dataclass(frozen=True)
class Drill:
    """Which students lie behind a figure: give it to ``dashboard_students``."""

    kind: DrillKind
    cut: Cut | None = None
    key: str = ""


@dataclass(frozen=True)
class Count:
    """A figure: a number of students (or placements) and the students behind it.

    ``key`` is what the figure is about as a value (a status, sector or leerweg value, a
    niveau "1"-"4", a region name or ``""`` for unknown, a programme's id as hex);
    ``label`` its name as stored (the programme's or region's name; the enum value else).
    """

    key: str
    label: str
    count: int
    drill: Drill
    # A programme's facts (cut PROGRAMME only).
    crebo: str = ""
    niveau: int | None = None
    leerweg: Leerweg | None = None


@dataclass(frozen=True)
class Share:
    """``part`` of ``whole``; the students behind the part and behind the rest."""

    part: int
    whole: int
    part_drill: Drill
    rest_drill: Drill

    @property
    def rest(self) -> int:
        return self.whole - self.part

    @property
    def fraction(self) -> float | None:
        """``part / whole``; None when there is nothing to measure."""
        return self.part / self.whole if self.whole else None


@dataclass(frozen=True)
class WeekCount:
    week: IsoWeek
    placements: int
    drill: Drill


@dataclass(frozen=True)
class Dashboard:
    today: date
    school_year: str  # "2026-2027"
    students: int
    per_status: tuple[Count, ...]  # every status, in the order of SearchStatus
    without_place: Count
    cuts: dict[Cut, tuple[Count, ...]]  # each: most students first, then by label
    school_region: str | None  # the fallback region (None: the school's postcode has none)
    region_from_school: int  # students without a place counted in the fallback region
    weeks: tuple[WeekCount, ...]
    allowance: Share  # live placements, wage excluded
    wage: int  # live placements paid a wage
    norm_cents: int
    visits: Share
    weeks_per_visit: int
    pok_on_time: Share
    meldingen: MeldingCounts
    proposals: ProposalRates  # anonymised against named proposals sent this school year


def dashboard(
    sessions: sessionmaker[Session], actor: Actor, today: date | None = None
) -> Dashboard:
    """Every figure of the dashboard on ``today``, read in one transaction (the meldingen's
    counts in their own, through the meldpunt service)."""
    require(actor, CASE_WORKERS, "see the dashboard")
    today = today_or(today)
    since = school_year_start(today)
    weeks = school_year_weeks(today)
    with sessions.begin() as session:
        settings = read_settings(session)
        frequency = read_dashboard_settings(session).weeks_per_visit
        fallback = school_region(settings.school_address)
        per_status = q.students_per_status(session)
        groups = q.without_place_groups(session)
        facts = q.programme_facts(session)
        per_day = q.placements_per_day(session, since, today)
        counts = q.placement_counts(session, today, since, settings.allowance_norm_cents)
        supervised = q.supervised_placements(session, since, today, due_from(today, frequency))
        proposals = read_rates(session, since=since)
    meldingen = melding_counts(sessions, actor)

    cuts = _cuts(groups, facts, fallback)
    without = sum(group.students for group in groups)
    held, due = _supervision(supervised, today, frequency)
    return Dashboard(
        today=today,
        school_year=school_year_label(today),
        students=sum(per_status.values()),
        per_status=tuple(
            Count(s.value, s.value, per_status.get(s, 0), Drill(DrillKind.STATUS, key=s.value))
            for s in SearchStatus
        ),
        without_place=Count("", "", without, Drill(DrillKind.WITHOUT_PLACE)),
        cuts=cuts,
        school_region=fallback,
        region_from_school=sum(group.students for group in groups if group.region is None),
        weeks=tuple(_week(week, per_day) for week in weeks),
        allowance=Share(
            counts.allowance_ok,
            counts.allowance_ok + counts.allowance_short,
            Drill(DrillKind.ALLOWANCE_OK),
            Drill(DrillKind.ALLOWANCE_SHORT),
        ),
        wage=counts.wage,
        norm_cents=settings.allowance_norm_cents,
        visits=Share(held, due, Drill(DrillKind.VISITS_HELD), Drill(DrillKind.VISITS_MISSED)),
        weeks_per_visit=frequency,
        pok_on_time=Share(
            counts.pok_by_start,
            counts.started,
            Drill(DrillKind.POK_ON_TIME),
            Drill(DrillKind.POK_LATE),
        ),
        meldingen=meldingen,
        proposals=proposals,
    )


def _week(week: IsoWeek, per_day: dict[date, int]) -> WeekCount:
    days = (week.monday.fromordinal(week.monday.toordinal() + n) for n in range(7))
    placements = sum(per_day.get(day, 0) for day in days)
    return WeekCount(week, placements, Drill(DrillKind.WEEK, key=week.label))


def region_of(region: str | None, fallback: str | None) -> str:
    """The region a student without a place counts in (see the module docstring)."""
    if region is not None:
        return region
    return fallback if fallback is not None else UNKNOWN_REGION


def _cuts(
    groups: list[q.WithoutPlaceGroup],
    facts: dict[str, q.ProgrammeFacts],
    fallback: str | None,
) -> dict[Cut, tuple[Count, ...]]:
    by: dict[Cut, Counter[str]] = {cut: Counter() for cut in Cut}
    for group in groups:
        programme = facts[group.programme_key]
        keys = {
            Cut.PROGRAMME: group.programme_key,
            Cut.SECTOR: programme.sector.value,
            Cut.NIVEAU: str(programme.niveau),
            Cut.LEERWEG: programme.leerweg.value,
            Cut.REGION: region_of(group.region, fallback),
        }
        for cut, key in keys.items():
            by[cut][key] += group.students
    result: dict[Cut, tuple[Count, ...]] = {}
    for cut, counted in by.items():
        counts = []
        for key, n in counted.items():
            drill = Drill(DrillKind.WITHOUT_PLACE, cut, key)
            if cut is Cut.PROGRAMME:
                p = facts[key]
                counts.append(Count(key, p.name, n, drill, p.crebo, p.niveau, p.leerweg))
            else:
                counts.append(Count(key, key, n, drill))
        counts.sort(key=lambda c: (-c.count, c.label.casefold(), c.niveau or 0, c.key))
        result[cut] = tuple(counts)
    return result


def supervision(
    placements: Iterable[q.SupervisedPlacement], today: date, weeks_per_visit: int
) -> Iterator[tuple[q.SupervisedPlacement, bool]]:
    """The placements with a visit due on ``today``, each with whether all were held."""
    for placement in placements:
        needed = visits_due(placement.start, placement.end, today, weeks_per_visit)
        if needed:
            yield placement, placement.held >= needed


def _supervision(
    placements: list[q.SupervisedPlacement], today: date, weeks_per_visit: int
) -> tuple[int, int]:
    """(placements with every visit due so far held, placements with a visit due)."""
    outcomes = [held for _, held in supervision(placements, today, weeks_per_visit)]
    return sum(outcomes), len(outcomes)
