"""The attention list (aandachtslijst): the students a coordinator should look at today, and why.

The signals come from a few set-based queries (store.attention_queries); this module turns
their rows into items with the facts the window words into a sentence, and orders them: by
reason (``AttentionReason`` is declared most urgent first), then by how pressing the item is
(``urgency``: days until something happens, or minus how long or how often it has gone on),
then by name. A student appears once for every reason that holds. Stopped students never
appear. The thresholds are school settings (services.settings).
"""

from __future__ import annotations

import gc
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from enum import StrEnum
from operator import attrgetter
from typing import Any, NamedTuple

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain import hours as hours_rules
from stagedesk.domain import pok
from stagedesk.domain import prerequisites as prereq_rules
from stagedesk.domain.dates import bbl_deadline
from stagedesk.domain.enums import Leerweg, PokStatus, StaffRole
from stagedesk.domain.names import display_name
from stagedesk.services import hours as hours_settings
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.attention_details import (
    AttentionDetail,
    BblDetail,
    ConcernDetail,
    HoursDetail,
    PokDetail,
    PrerequisiteDetail,
    RejectionDetail,
    SearchDetail,
    VisitDetail,
)
from stagedesk.services.settings import SchoolSettings, load_settings
from stagedesk.store import attention_hours
from stagedesk.store import attention_queries as q
from stagedesk.store.attention_queries import HEAD

# A placement starting within this many days should already have its first visit planned.
VISIT_LOOKAHEAD_DAYS = 14
# Entree (1) and basisberoepsopleiding (2): the students who find places hardest.
LOW_NIVEAU = 2


class AttentionReason(StrEnum):
    """Why a student is on the list; declared most urgent first (the list's order)."""

    # A mentor saw something unsafe, no supervision or signs of discrimination: first.
    VISIT_CONCERNS = "visit_concerns"
    POK_PENDING = "pok_pending"
    PREREQUISITES_MISSING = "prerequisites_missing"
    BBL_DEADLINE = "bbl_deadline"
    MANY_REJECTIONS = "many_rejections"
    SEARCHING_LONG = "searching_long"
    HOURS_BEHIND = "hours_behind"
    NO_VISIT_PLANNED = "no_visit_planned"
    ENTREE_OR_N2_SEARCHING = "entree_or_n2_searching"


PRIORITY = {reason: rank for rank, reason in enumerate(AttentionReason)}


class AttentionItem(NamedTuple):
    """One reason one student needs attention.

    A named tuple rather than a frozen dataclass: a list has some 25,000 of them at 50,000
    students, and a frozen dataclass takes five times as long to make (a third of the
    Python part of a build).
    """

    student_key: str  # the id as hex: the student list's key
    student_number: str
    name: str  # display name: "Zoë van der Berg"
    sort_key: str
    programme: str
    niveau: int
    leerweg: Leerweg
    mentor: str | None
    reason: AttentionReason
    detail: AttentionDetail
    urgency: int  # within a reason: lower is more pressing

    @property
    def student_id(self) -> uuid.UUID:
        return uuid.UUID(hex=self.student_key)

    def order(self) -> tuple[int, int, str, str]:
        return (PRIORITY[self.reason], self.urgency, self.sort_key, self.student_number)


def attention_list(
    sessions: sessionmaker[Session], actor: Actor, today: date | None = None
) -> list[AttentionItem]:
    """Everyone who needs attention on ``today``, ordered (see the module docstring).

    Coordinators and admins see every student; a mentor sees only their own students;
    anyone else (the meldpunt) is refused.
    """
    require(actor, CASE_WORKERS | {StaffRole.MENTOR}, "see the attention list")
    today = today or date.today()
    mentor: uuid.UUID | None = None
    if not actor.has(*CASE_WORKERS):
        if actor.staff_id is None:
            return []
        mentor = actor.staff_id
    settings = load_settings(sessions)
    with _collector_paused():
        return _build(sessions, settings, today, mentor)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Building makes some 100,000 small objects, none of them in a reference cycle; Python's
    cycle collector would walk the whole heap several times meanwhile (a quarter of the build
    time on 50,000 students). It is paused for the build and runs again afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build(
    sessions: sessionmaker[Session], settings: SchoolSettings, today: date, mentor: uuid.UUID | None
) -> list[AttentionItem]:
    with sessions() as session:
        out = _Builder(session)
        _add_not_placed(out, session, settings, today, mentor)
        rows = q.rejections_this_round(session, settings.rejections, mentor_id=mentor)
        _add_rejections(out, rows)
        rows = q.placements_needing_attention(
            session,
            today,
            pok_by=today + timedelta(days=settings.pok_days_before_start),
            visit_by=today + timedelta(days=VISIT_LOOKAHEAD_DAYS),
            mentor_id=mentor,
        )
        _add_placements(out, rows, settings, today)
        _add_concerns(out, q.open_visit_concerns(session, mentor_id=mentor), today)
        _add_prerequisites(out, session, today, mentor)
        _add_hours_behind(out, session, today, mentor)
    return out.ordered()


def count_by_reason(items: Sequence[AttentionItem]) -> dict[AttentionReason, int]:
    """How many items each reason has, every reason present (zero when none)."""
    found = Counter(item.reason for item in items)
    return {reason: found.get(reason, 0) for reason in AttentionReason}


_Head = tuple[str, str, str, str, str, int, Leerweg, "str | None"]
_WITHIN_REASON = attrgetter("urgency", "sort_key", "student_number")


class _Builder:
    """Turns query rows into items, naming programmes and mentors from two small tables."""

    def __init__(self, session: Session) -> None:
        self.programmes = q.programmes(session)
        self.mentors = q.mentors(session)
        self.by_reason: dict[AttentionReason, list[AttentionItem]] = {
            r: [] for r in AttentionReason
        }

    def head(self, row: Sequence[Any]) -> _Head:
        """Who a row is about, as the first eight fields of an item."""
        key, number, given, tussenvoegsel, surname, sort, programme_key, mentor_key = row[:HEAD]
        programme = self.programmes[programme_key]
        return (
            key if type(key) is str else q.as_key(key),
            number,
            display_name(given, tussenvoegsel, surname),
            sort,
            programme.name,
            programme.niveau,
            programme.leerweg,
            self.mentors.get(mentor_key),
        )

    def adder(self, reason: AttentionReason) -> Callable[[_Head, AttentionDetail, int], None]:
        """A function that adds an item of ``reason`` (one lookup per query, not per row)."""
        append = self.by_reason[reason].append

        def add(head: _Head, detail: AttentionDetail, urgency: int) -> None:
            append(AttentionItem(*head, reason, detail, urgency))

        return add

    def programme_ids(self, wanted: Callable[[q.ProgrammeFacts], bool]) -> list[uuid.UUID]:
        return [uuid.UUID(hex=q.as_key(key)) for key, p in self.programmes.items() if wanted(p)]

    def ordered(self) -> list[AttentionItem]:
        """Every item: by reason (most urgent first), then urgency, then name."""
        items: list[AttentionItem] = []
        for reason in AttentionReason:
            items += sorted(self.by_reason[reason], key=_WITHIN_REASON)
        return items


def _add_not_placed(
    out: _Builder, session: Session, settings: SchoolSettings, today: date, mentor: uuid.UUID | None
) -> None:
    """Not placed and searching N weeks or longer; entree / niveau 2 not placed at all; BBL
    without a complete POK from the warning window before 31 December on."""
    add_bbl = out.adder(AttentionReason.BBL_DEADLINE)
    add_long = out.adder(AttentionReason.SEARCHING_LONG)
    add_low = out.adder(AttentionReason.ENTREE_OR_N2_SEARCHING)
    not_placed, in_search = frozenset(q.NOT_PLACED), frozenset(q.IN_SEARCH)
    cutoff = today - timedelta(weeks=settings.searching_weeks)
    deadline = bbl_deadline(today)
    bbl_warning = today >= deadline - timedelta(weeks=settings.bbl_warning_weeks)
    left = (deadline - today).days
    for row in q.students_without_place(
        session,
        today,
        since_cutoff=cutoff,
        low_programmes=out.programme_ids(lambda p: p.niveau <= LOW_NIVEAU),
        bbl_programmes=out.programme_ids(lambda p: p.leerweg is Leerweg.BBL) if bbl_warning else (),
        mentor_id=mentor,
    ):
        head = out.head(row)
        status, since, bbl = row[HEAD:]
        if bbl:
            add_bbl(head, BblDetail(deadline, left, status), left)
        if status not in not_placed:
            continue
        days = (today - since).days
        detail = SearchDetail(status, since, days // 7)
        if status in in_search and since <= cutoff:
            add_long(head, detail, -days)
        if head[5] <= LOW_NIVEAU:  # the niveau
            add_low(head, detail, -days)


def _add_rejections(out: _Builder, rows: q.Rows) -> None:
    """N or more rejections in this search: offer support, ask about discrimination."""
    add = out.adder(AttentionReason.MANY_REJECTIONS)
    for row in rows:
        count, last_on = row[HEAD:]
        add(out.head(row), RejectionDetail(count, last_on), -count)


def _add_placements(out: _Builder, rows: q.Rows, settings: SchoolSettings, today: date) -> None:
    """Placements starting soon (or started): POK not complete, no visit planned or held."""
    add_pok = out.adder(AttentionReason.POK_PENDING)
    add_visit = out.adder(AttentionReason.NO_VISIT_PLANNED)
    pok_by = today + timedelta(days=settings.pok_days_before_start)
    visit_by = today + timedelta(days=VISIT_LOOKAHEAD_DAYS)
    for row in rows:
        head = out.head(row)
        born, company, start, end, pok_status, *signed, visited = row[HEAD:]
        days = (start - today).days
        if start <= pok_by and pok_status is not PokStatus.COMPLETE:
            missing = pok.missing_signatures(born, pok.PokSignatures(*signed), today)
            pending = PokDetail(company, start, days, pok_status, tuple(missing))
            add_pok(head, pending, days)
        if start <= visit_by and not visited:
            add_visit(head, VisitDetail(company, start, end, days), days)


def _add_concerns(out: _Builder, rows: q.Rows, today: date) -> None:
    """Held visits with open concerns; the most recent visit first."""
    add = out.adder(AttentionReason.VISIT_CONCERNS)
    for row in rows:
        company, visit_type, held_on, concerns, visit_id = row[HEAD:]
        days = (today - held_on).days
        listed = tuple(concerns.split(","))
        detail = ConcernDetail(company, visit_type, held_on, days, listed, visit_id)
        add(out.head(row), detail, days)


def _add_prerequisites(
    out: _Builder, session: Session, today: date, mentor: uuid.UUID | None
) -> None:
    """Placements near their start (within VISIT_LOOKAHEAD_DAYS before or after today) whose
    student lacks a required prerequisite on the start date (domain.prerequisites decides).
    Only near the start: a placement running for months is the case file's business, and
    reading every running placement would double the list's build time."""
    requirements = [
        (key, prereq_rules.Requirement(name, programme_id, sector, months))
        for key, name, programme_id, sector, months in q.prerequisites(session)
    ]
    if not requirements:
        return
    sectors = q.programme_sectors(session)
    needing = [
        uuid.UUID(q.as_key(programme))
        for programme, sector in sectors.items()
        if any(req.applies_to(programme, sector) for _, req in requirements)
    ]
    rows = q.placements_near_start_with_prerequisites(
        session,
        today,
        start_from=today - timedelta(days=VISIT_LOOKAHEAD_DAYS),
        start_by=today + timedelta(days=VISIT_LOOKAHEAD_DAYS),
        programme_ids=needing,
        mentor_id=mentor,
    )
    placements: dict[object, tuple[Sequence[Any], dict[object, prereq_rules.Holding]]] = {}
    for row in rows:
        placement_id = row[HEAD + 2]
        _, held = placements.setdefault(placement_id, (row, {}))
        prerequisite, status, obtained_on, expires_on = row[HEAD + 5 :]
        if prerequisite is not None:
            held[prerequisite] = prereq_rules.Holding(status, obtained_on, expires_on)
    add = out.adder(AttentionReason.PREREQUISITES_MISSING)
    for row, held in placements.values():
        company, start, placement_id, programme_id, sector = row[HEAD : HEAD + 5]
        gaps = prereq_rules.shortfalls(requirements, held, programme_id, sector, start)
        if gaps:
            days = (start - today).days
            missing = tuple(gap.name for gap in gaps)
            detail = PrerequisiteDetail(company, start, days, missing, placement_id)
            add(out.head(row), detail, days)


def _add_hours_behind(
    out: _Builder, session: Session, today: date, mentor: uuid.UUID | None
) -> None:
    """Running placements more than a week's share of their required hours behind (the rule
    of domain.hours, as the case file's progress shows it); the furthest behind first.

    The query reads only placements behind even for the largest requirement (whole-number
    form of the rule in SQL, on the placement's hours totals); the rule decides for those with
    their own requirement."""
    required = hours_settings.read_requirements(session)
    largest = hours_rules.largest_required(required)
    add = out.adder(AttentionReason.HOURS_BEHIND)
    for row in attention_hours.placements_maybe_behind(session, today, largest, mentor_id=mentor):
        company, crebo, key, start, end, total, minutes, cohort = row[HEAD:]
        # One entry with every minute worked: progress only sums the weeks' minutes.
        worked = (hours_rules.WeekHours(start, minutes),)
        year = hours_rules.leerjaar(cohort, start)
        need = hours_rules.requirement(required, crebo, year, total).hours
        progress = hours_rules.progress(worked, need, start, end, today)
        if progress.behind_schedule():
            behind = round(progress.behind_hours)
            detail = HoursDetail(
                company,
                start,
                end,
                progress.required_hours,
                round(progress.realised_hours),
                round(progress.expected_hours),
                behind,
                uuid.UUID(hex=q.as_key(key)),
            )
            add(out.head(row), detail, -behind)
