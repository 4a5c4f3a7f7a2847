"""One demo student's bpv history: searches, applications, placements with a POK, visits.

The history is built from the stage the student should be in today, backwards: a placement
running today needs a signed POK before its start, an acceptance before that, and a search
with rejections before that. Every date is on or before today, except planned visits and
placements that have yet to start.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from stagedesk.domain import pok
from stagedesk.domain.enums import (
    AllowanceKind,
    ApplicationChannel,
    ApplicationStatus,
    Leerweg,
    PokStatus,
    RejectionReason,
    SearchStatus,
    VisitType,
)
from stagedesk.services.demo_org import (
    CompanyInfo,
    Context,
    Organisation,
    ProgrammeInfo,
    Row,
    record,
    stamp,
)
from stagedesk.services.demo_students import MeldingCandidate, StudentPlan
from stagedesk.services.demo_visits import DAY, PokAndVisits

_A = ApplicationStatus
_S = SearchStatus

_CHANNEL_WEIGHTS = {
    ApplicationChannel.STAGEMARKT: 45,
    ApplicationChannel.OWN_NETWORK: 25,
    ApplicationChannel.SCHOOL: 20,
    ApplicationChannel.OTHER: 10,
}
_CHANNELS, _CHANNEL_W = tuple(_CHANNEL_WEIGHTS), tuple(_CHANNEL_WEIGHTS.values())
_REASON_WEIGHTS = {
    RejectionReason.NO_CAPACITY: 35,
    RejectionReason.PROFILE_MISMATCH: 20,
    RejectionReason.AFTER_INTERVIEW: 15,
    RejectionReason.NO_RESPONSE: 22,
    RejectionReason.OTHER: 8,
}
_REASONS, _REASON_W = tuple(_REASON_WEIGHTS), tuple(_REASON_WEIGHTS.values())
_OPEN = (_A.SENT, _A.INVITED, _A.INTERVIEWED, _A.OFFERED)
_OPEN_WEIGHTS = (50, 25, 15, 10)
# Days from sending to the final status, per status (rejections: per reason).
_STATUS_DELAY: dict[ApplicationStatus, tuple[int, int]] = {
    _A.DRAFT: (0, 0),
    _A.SENT: (0, 0),
    _A.INVITED: (3, 14),
    _A.INTERVIEWED: (7, 25),
    _A.OFFERED: (7, 30),
    _A.ACCEPTED: (10, 35),
    _A.WITHDRAWN: (1, 20),
}
_REJECTION_DELAY = {
    RejectionReason.AFTER_INTERVIEW: (10, 35),
    RejectionReason.NO_RESPONSE: (21, 45),
}
_BOL_HOURS = (16, 20, 24, 28, 32, 32, 36, 36, 38, 40)
_BBL_HOURS = (24, 32, 36, 38, 38, 40)
_BREAK_OFF_NOTES = (
    "Stage afgebroken: geen klik met het team.",
    "Stage afgebroken: bedrijf kon de begeleiding niet bieden.",
    "Stage afgebroken op verzoek van de student (gezondheid).",
    "Stage afgebroken: werkzaamheden pasten niet bij de opleiding.",
)


def _poisson(ctx: Context, mean: float) -> int:
    """Knuth's method: small means only, which is all the generator uses."""
    limit, product, count = math.exp(-mean), ctx.rng.random(), 0
    while product > limit:
        count += 1
        product *= ctx.rng.random()
    return count


class CaseHistory(PokAndVisits):
    """One student's history, built backwards from the intended stage."""

    def __init__(
        self,
        ctx: Context,
        org: Organisation,
        plan: StudentPlan,
        enrolled: date,
        dob: date,
        melding_candidates: list[MeldingCandidate],
    ) -> None:
        self.ctx = ctx
        self.org = org
        self.rng = ctx.rng
        self.today = ctx.today
        self.melding_candidates = melding_candidates
        self.plan = plan
        self.enrolled = enrolled
        self.dob = dob
        self.extra_support = self.rng.random() < 0.08
        self.applications: list[Row] = []
        self.placements: list[Row] = []
        self.visits: list[Row] = []
        self.change_dates: list[date] = []
        self.search_started: date | None = None
        self.stopped: date | None = None
        # Rejections per round: entree/niveau 2 more; a migration background about 1.6x
        # (ROA: twice the applications for the same result).
        mean = {1: 6.5, 2: 5.2, 3: 2.9, 4: 2.4}[plan.programme.niveau]
        mean *= 1.6 if plan.non_western else 1.0
        mean *= 1.2 if self.extra_support else 1.0
        self.rejections_mean = mean

    def build(self, target: SearchStatus) -> None:
        today, ctx = self.today, self.ctx
        if target == _S.NOT_STARTED:
            return
        earliest = self.enrolled
        # A previous, completed bpv period for students in their second year or later.
        old_enough = (today - self.enrolled).days > 400
        if old_enough and target != _S.COMPLETED and self.rng.random() < 0.45:
            earliest = self._previous_period(today - ctx.days(120, 300)) or earliest
        # Entree and niveau 2 students search longer.
        lookback = 200 if self.plan.programme.niveau <= 2 else 120
        if target == _S.SEARCHING:
            start = self._between(earliest, today - ctx.days(3, lookback))
            self.search_started = start
            self._closed_applications(start, today, self._count(1.3, minimum=0))
            if self.rng.random() < 0.3:
                self._application(self._between(start, today), today, _A.DRAFT)
        elif target == _S.APPLYING:
            start = self._between(earliest, today - ctx.days(7, lookback))
            self.search_started = start
            self._closed_applications(start, today, self._count(1.0, minimum=0))
            for _ in range(self.rng.choice((1, 1, 1, 2, 2, 3))):
                created = self._between(max(start, today - ctx.days(5, 40)), today)
                status = self.rng.choices(_OPEN, weights=_OPEN_WEIGHTS)[0]
                self._application(created, today, status)
        elif target == _S.STOPPED:
            stopped = self._between(earliest + 30 * DAY, today - ctx.days(1, 300))
            start = self._between(earliest, stopped - ctx.days(20, 200))
            self.search_started = start
            if self.rng.random() < 0.3 and (stopped - start).days > 40:
                accepted = self._between(start + 14 * DAY, stopped - DAY)
                self._placed_round(start, accepted, accepted + ctx.days(14, 30))
                self._break_off(self.placements[-1], stopped)
            else:
                self._closed_applications(start, stopped, self._count(0.8, minimum=1))
            self.stopped = stopped
        else:
            self._placed_target(target, earliest)

    # -- timelines --------------------------------------------------------------------

    def _placed_target(self, target: SearchStatus, earliest: date) -> None:
        ctx, today, rng = self.ctx, self.today, self.rng
        bbl = self.plan.programme.leerweg == Leerweg.BBL
        weeks = rng.randint(30, 40) if bbl else rng.choice((10, 12, 16, 20, 20, 20, 30, 40))
        pok_plan: str | None = "complete"
        if target == _S.PLACED_AWAITING_POK:
            accepted = self._between(earliest + 7 * DAY, today - ctx.days(0, 40))
            start = max(accepted + ctx.days(14, 60), today - ctx.days(0, 10))
            pok_plan = None if rng.random() < 0.2 else rng.choice(("draft", "sent", "partial"))
        elif target == _S.PLACED:
            accepted = self._between(earliest + 3 * DAY, today - ctx.days(5, 60))
            start = today + ctx.days(7, 120)
        elif target == _S.IN_BPV:
            start = today - ctx.days(0, weeks * 7 - 1)
            accepted = self._between(earliest, start - ctx.days(14, 60))
            start = max(start, accepted + 14 * DAY)
        else:  # COMPLETED: the whole placement, and the search before it, since enrolment
            end = today - ctx.days(1, min(150, (today - earliest).days - 100))
            weeks = max(10, min(weeks, ((end - earliest).days - 30) // 7))
            start = end - timedelta(days=weeks * 7 - 1)
            accepted = self._between(earliest, start - ctx.days(14, 45))
        search_start = self._between(earliest, accepted - ctx.days(7, 90))
        self.search_started = search_start
        if pok_plan is None:  # accepted, but the placement is not recorded yet
            self._closed_applications(search_start, accepted, self._count(0.8, minimum=0))
            self._accepted(search_start, accepted)
            return
        self._placed_round(search_start, accepted, start, weeks, pok_plan)
        if target == _S.IN_BPV and rng.random() < 0.05 and start < today - 21 * DAY:
            # Broken off; the student found a new place that starts soon.
            ended = self._between(start + 7 * DAY, today - 14 * DAY)
            self._break_off(self.placements[-1], ended)
            again = self._between(ended + DAY, today)
            self._placed_round(
                ended + DAY, again, today + ctx.days(7, 40), weeks, rng.choice(("complete", "sent"))
            )

    def _previous_period(self, before: date) -> date | None:
        """A completed placement ending before ``before``; returns the day after its end."""
        ctx = self.ctx
        end = before - ctx.days(0, 30)
        room = (end - self.enrolled).days - 60
        if room < 70:
            return None
        weeks = self.rng.randint(10, min(40, room // 7))
        start = end - timedelta(days=weeks * 7 - 1)
        accepted = self._between(self.enrolled + 14 * DAY, start - ctx.days(14, 40))
        search_start = self._between(self.enrolled, accepted - ctx.days(7, 60))
        self._placed_round(search_start, accepted, start, weeks, "complete")
        return end + DAY

    def _placed_round(
        self,
        search_start: date,
        accepted: date,
        start: date,
        weeks: int = 20,
        pok_plan: str = "complete",
    ) -> None:
        """Applications ending in an acceptance, and the placement that follows from it."""
        self._closed_applications(search_start, accepted, self._count(0.8, minimum=0))
        app, company = self._accepted(search_start, accepted)
        self._placement(app, company, accepted, start, weeks, pok_plan)

    def _company_for(self, programme: ProgrammeInfo, placement: bool) -> CompanyInfo:
        """A company to apply to; a placement always goes to a recognised one."""
        rng = self.rng
        recognised = self.org.by_crebo[programme.crebo]
        if placement:
            return rng.choice(recognised)
        draw = rng.random()
        if draw < 0.7:
            return rng.choice(recognised)
        if draw < 0.95:
            return rng.choice(self.org.by_sector[programme.sector])
        return rng.choice(self.org.companies)

    # -- rows ---------------------------------------------------------------------------

    def _between(self, low: date, high: date) -> date:
        """A day in ``[low, high]``; ``low`` when the range is empty; never after today."""
        span = (high - low).days
        day = low + timedelta(days=self.rng.randint(0, span)) if span > 0 else low
        return min(day, self.today)

    def _count(self, factor: float, minimum: int) -> int:
        return max(minimum, _poisson(self.ctx, self.rejections_mean * factor))

    def _closed_applications(self, low: date, high: date, count: int) -> None:
        for _ in range(count):
            final = _A.REJECTED if self.rng.random() < 0.82 else _A.WITHDRAWN
            self._application(self._between(low, high - 3 * DAY), high, final)

    def _accepted(self, low: date, accepted: date) -> tuple[Row, CompanyInfo]:
        created = self._between(low, accepted - self.ctx.days(5, 40))
        return self._application(created, accepted, _A.ACCEPTED, changed=accepted)

    def _application(
        self,
        created: date,
        latest: date,
        final: ApplicationStatus,
        changed: date | None = None,
    ) -> tuple[Row, CompanyInfo]:
        """An application that went through the state machine to ``final`` by ``latest``.

        ``created <= sent_on <= status_changed_on <= latest``; the path is implied by the
        final status (a rejection after an interview went sent → interviewed → rejected).
        """
        ctx, rng = self.ctx, self.rng
        created = min(created, latest)
        reason: RejectionReason | None = None
        sent: date | None = min(created + ctx.days(0, 3), latest)
        if final == _A.DRAFT or (final == _A.WITHDRAWN and rng.random() < 0.1):
            sent = None  # a draft, or withdrawn before it was ever sent
        if final == _A.REJECTED:
            reason = rng.choices(_REASONS, weights=_REASON_W)[0]
            low, high = _REJECTION_DELAY.get(reason, (2, 21))
        else:
            low, high = _STATUS_DELAY[final]
        base = sent or created
        if changed is None:
            changed = base + ctx.days(low, high)
            if changed > latest:  # the outcome fell before ``latest``: spread, do not pile up
                changed = self._between(base, latest)
        if sent is not None:
            sent = min(sent, changed)
        company = self._company_for(self.plan.programme, final == _A.ACCEPTED)
        row = record(ctx, created, changed) | {
            "student_id": self.plan.id,
            "company_id": company.id,
            "channel": rng.choices(_CHANNELS, weights=_CHANNEL_W)[0],
            "status": final,
            "created_on": created,
            "sent_on": sent,
            "status_changed_on": changed,
            "rejection_reason": reason,
            "notes": None,
        }
        self.applications.append(row)
        self.change_dates.append(changed)
        candidates = self.melding_candidates
        if final == _A.REJECTED and self.plan.non_western and len(candidates) < 5000:
            candidates.append(MeldingCandidate(self.plan.id, company, changed))
        return row, company

    def _placement(
        self,
        app: Row,
        company: CompanyInfo,
        accepted: date,
        start: date,
        weeks: int,
        pok_plan: str,
    ) -> None:
        ctx, rng, today = self.ctx, self.rng, self.today
        recorded = min(accepted + ctx.days(0, 3), today)
        bbl = self.plan.programme.leerweg == Leerweg.BBL
        hours = rng.choice(_BBL_HOURS if bbl else _BOL_HOURS)
        sigs, sent = self._signatures(recorded, start, pok_plan)
        status = pok.pok_status(sent is not None, False, sigs, self.dob, today)
        completed: date | None = None
        if status == PokStatus.COMPLETE:
            required = pok.required_parties(self.dob, sigs.student or today)
            completed = max(d for p in required if (d := sigs.signed_on(p)) is not None)
        if bbl:
            allowance, cents = AllowanceKind.WAGE, None
        elif rng.random() < 0.82:
            allowance, cents = AllowanceKind.ALLOWANCE, rng.randrange(4, 25) * 2500
        else:
            allowance, cents = AllowanceKind.NONE, None
        signed = (sigs.signed_on(party) for party in pok.PARTIES)
        updated = max([recorded, *(d for d in (sent, *signed) if d is not None)])
        row = record(ctx, recorded, updated) | {
            "student_id": self.plan.id,
            "company_id": company.id,
            "application_id": app["id"],
            "praktijkopleider_id": company.praktijkopleider_id,
            "start_date": start,
            "end_date": start + timedelta(days=weeks * 7 - 1),
            "hours_per_week": hours,
            "total_hours": weeks * hours,
            "ended_early_on": None,
            "pok_status": status,
            "pok_sent_on": sent,
            "pok_signed_student": sigs.student,
            "pok_signed_guardian": sigs.guardian,
            "pok_signed_school": sigs.school,
            "pok_signed_company": sigs.company,
            "pok_completed_on": completed,
            "allowance_kind": allowance,
            "allowance_cents_per_month": cents,
            "notes": None,
        }
        self.placements.append(row)
        self.change_dates.append(updated)
        if status == PokStatus.COMPLETE:
            self._visits(row, start, row["end_date"])

    def _break_off(self, row: Row, ended: date) -> None:
        """The placement was broken off on ``ended``; a broken-off bpv cancels its POK."""
        row["ended_early_on"] = ended
        row["pok_status"] = PokStatus.CANCELLED
        row["notes"] = self.rng.choice(_BREAK_OFF_NOTES)
        row["updated_at"] = max(row["updated_at"], stamp(ended))
        self.change_dates.append(ended)
        # Visits from the break-off on never happened; an extra one was held around it.
        self.visits[:] = [
            visit
            for visit in self.visits
            if visit["placement_id"] != row["id"] or visit["planned_on"] < ended
        ]
        if row["start_date"] <= ended:
            held = self._between(max(row["start_date"], ended - 5 * DAY), ended)
            self._visit(row, VisitType.EXTRA, held, force_held=True)
