"""The demo student rows, with the case history behind each and its derived status.

Each student gets an intended stage of the bpv process (weighted by niveau and leerweg) and a
history that leads there (``demo_history``). The status stored is never the intended one: it
is what ``domain.search_status`` derives from the generated rows, as the services would.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from stagedesk.domain import names
from stagedesk.domain.applications import PIPELINE
from stagedesk.domain.dates import age_on, is_minor
from stagedesk.domain.enums import (
    ApplicationStatus,
    Leerweg,
    PokStatus,
    SearchStatus,
)
from stagedesk.domain.search_round import rejections_this_round
from stagedesk.domain.search_status import (
    ApplicationFact,
    CaseFacts,
    PlacementFact,
    current_company,
    derive_search_status,
)
from stagedesk.services.demo_data import (
    PRIVATE_DOMAINS,
    STUDENT_DOMAIN,
    ascii_slug,
    mobile_number,
)
from stagedesk.services.demo_history import CaseHistory
from stagedesk.services.demo_org import (
    Context,
    Organisation,
    Row,
    record,
    stamp,
)
from stagedesk.services.demo_students import MeldingCandidate, StudentPlan

_A = ApplicationStatus
_S = SearchStatus

# Intended stages before adjustment: most students are in a bpv or still searching.
_BASE_STATUS_WEIGHTS: dict[SearchStatus, float] = {
    _S.NOT_STARTED: 8,
    _S.SEARCHING: 16,
    _S.APPLYING: 14,
    _S.PLACED_AWAITING_POK: 6,
    _S.PLACED: 8,
    _S.IN_BPV: 31,
    _S.COMPLETED: 12,
    _S.STOPPED: 5,
}
_STATUSES = tuple(_BASE_STATUS_WEIGHTS)
# Days enrolled before a stage is possible (a completed bpv needs a whole placement).
_MIN_DAYS = {_S.PLACED: 10, _S.IN_BPV: 25, _S.COMPLETED: 130, _S.STOPPED: 30}

_PIPELINE_RANK = {status: rank for rank, status in enumerate(PIPELINE)}


@dataclass
class CaseRows:
    """Rows generated since the last flush, in insert order per table."""

    students: list[Row] = field(default_factory=list)
    applications: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    placements: list[Row] = field(default_factory=list)
    visits: list[Row] = field(default_factory=list)

    def clear(self) -> None:
        self.students.clear()
        self.applications.clear()
        self.events.clear()
        self.placements.clear()
        self.visits.clear()


class CaseGenerator:
    """Generates one student's rows at a time into ``rows``; the caller flushes them."""

    def __init__(self, ctx: Context, org: Organisation) -> None:
        self.ctx = ctx
        self.org = org
        self.rows = CaseRows()
        self.melding_candidates: list[MeldingCandidate] = []
        self.today = ctx.today

    # -- the student -------------------------------------------------------------------

    def add(self, plan: StudentPlan) -> None:
        ctx, rng, today = self.ctx, self.ctx.rng, self.today
        enrolled = date(plan.cohort, 8, 25) + ctx.days(0, 12)
        if rng.random() < 0.08:
            enrolled += ctx.days(30, 160)  # instroom later in the year
        enrolled = min(enrolled, today)
        dob = self._date_of_birth(enrolled)
        case = CaseHistory(ctx, self.org, plan, enrolled, dob, self.melding_candidates)
        case.build(self._intended_status(plan, enrolled))

        facts = CaseFacts(
            enrolled_on=enrolled,
            applications=tuple(application_fact(a) for a in case.applications),
            placements=tuple(placement_fact(p) for p in case.placements),
            search_started_on=case.search_started,
            stopped_on=case.stopped,
        )
        status, since = derive_search_status(facts, today)
        company_id = current_company(facts, today)
        rejections, last_rejected_on = rejections_this_round(facts, today)
        guardian_signed = any(p["pok_signed_guardian"] for p in case.placements)
        guardian_name = guardian_email = None
        if guardian_signed or is_minor(dob, today):
            guardian_name, guardian_email = self._guardian(plan)
        extra = (plan.class_group,)
        last_change = max([enrolled, since, *case.change_dates])
        self.rows.students.append(
            record(ctx, enrolled, min(last_change, today), id=plan.id)
            | {
                "student_number": plan.number,
                "given_name": plan.given,
                "tussenvoegsel": plan.tussenvoegsel,
                "surname": plan.surname,
                "date_of_birth": dob,
                "email": f"{plan.number}@{STUDENT_DOMAIN}",
                "phone": mobile_number(rng),
                "guardian_name": guardian_name,
                "guardian_email": guardian_email,
                "programme_id": plan.programme.id,
                "cohort": plan.cohort,
                "class_group": plan.class_group,
                "enrolled_on": enrolled,
                "mentor_id": plan.mentor_id,
                "extra_support": case.extra_support,
                "notes": None,
                "search_started_on": case.search_started,
                "stopped_on": case.stopped,
                "search_status": status,
                "search_status_since": since,
                "current_company_id": company_id,
                "rejections_this_round": rejections,
                "last_rejected_on": last_rejected_on,
                "sort_key": names.sort_key(plan.surname, plan.given, plan.tussenvoegsel),
                "search_text": names.search_text(
                    plan.given, plan.tussenvoegsel, plan.surname, plan.number, *extra
                ),
            }
        )
        self.rows.applications += case.applications
        for app in case.applications:
            self.rows.events += application_events(app)
        self.rows.placements += case.placements
        self.rows.visits += case.visits

    def _date_of_birth(self, enrolled: date) -> date:
        ctx = self.ctx
        age = ctx.rng.choices((15, 16, 17, 18, 19, 20, 21, 22), (4, 50, 20, 9, 6, 5, 3, 3))[0]
        dob = enrolled - timedelta(days=round((age + 1) * 365.25)) + ctx.days(1, 364)
        while age_on(dob, self.today) > 25:
            dob += timedelta(days=365)
        return dob

    def _guardian(self, plan: StudentPlan) -> tuple[str, str]:
        ctx = self.ctx
        given, tussenvoegsel, surname = ctx.person()
        if ctx.rng.random() < 0.75:
            tussenvoegsel, surname = plan.tussenvoegsel, plan.surname
        domain = ctx.rng.choice(PRIVATE_DOMAINS)
        local = f"{ascii_slug(given[0])}.{ascii_slug((tussenvoegsel or '') + surname)}"
        return names.display_name(given, tussenvoegsel, surname), f"{local}@{domain}"

    def _intended_status(self, plan: StudentPlan, enrolled: date) -> SearchStatus:
        days = (self.today - enrolled).days
        weights = dict(_BASE_STATUS_WEIGHTS)
        if plan.programme.niveau <= 2:  # entree and niveau 2 find places hardest
            weights[_S.SEARCHING] *= 1.6
            weights[_S.APPLYING] *= 1.3
            weights[_S.IN_BPV] *= 0.7
            weights[_S.PLACED] *= 0.8
        if plan.programme.leerweg == Leerweg.BBL:  # BBL students work at their leerbaan
            weights[_S.IN_BPV] *= 1.8
            weights[_S.NOT_STARTED] *= 0.3
            weights[_S.COMPLETED] *= 0.5
        if days < 60:
            weights[_S.NOT_STARTED] *= 4
        for status, minimum in _MIN_DAYS.items():
            if days < minimum:
                weights[status] = 0
        return self.ctx.rng.choices(_STATUSES, weights=[weights[s] for s in _STATUSES])[0]


def application_fact(row: Row) -> ApplicationFact:
    """The facts the search status is derived from, as the services read them from a row."""
    return ApplicationFact(
        row["status"],
        row["created_on"],
        row["status_changed_on"],
        id=row["id"],
        company_id=row["company_id"],
    )


def placement_fact(row: Row) -> PlacementFact:
    return PlacementFact(
        start=row["start_date"],
        end=row["end_date"],
        pok_complete=row["pok_status"] == PokStatus.COMPLETE,
        pok_completed_on=row["pok_completed_on"],
        created_on=row["created_at"].date(),
        ended_early_on=row["ended_early_on"],
        company_id=row["company_id"],
        application_id=row["application_id"],
    )


# Distinct masks per history step: event ids derive from the application id without drawing
# from the seeded generator, so adding the history left every other demo value as it was.
_EVENT_MASKS = (0x5EED_0001 << 64, 0x5EED_0002 << 64)


def application_events(app: Row) -> list[Row]:
    """The status history of a generated application, by migration 0002's back-fill rule:
    "sent" on ``sent_on``, then the current status on ``status_changed_on``."""
    status, sent, changed = app["status"], app["sent_on"], app["status_changed_on"]
    steps = []
    if sent is not None and status != _A.DRAFT:
        steps.append((_A.SENT, sent, None))
    if status != _A.SENT or sent is None:
        steps.append((status, changed, app["rejection_reason"]))
    return [
        {
            "id": uuid.UUID(int=app["id"].int ^ mask, version=4),
            "created_at": stamp(on),
            "updated_at": stamp(on),
            "version": 1,
            "application_id": app["id"],
            "status": step,
            "happened_on": on,
            "rejection_reason": reason,
            "recorded_by_id": None,
        }
        for mask, (step, on, reason) in zip(_EVENT_MASKS, steps, strict=False)
    ]
