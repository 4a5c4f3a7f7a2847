"""The POK signatures and supervision visits of a demo placement (part of demo_history)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from stagedesk.domain import pok
from stagedesk.domain.dates import is_minor
from stagedesk.domain.enums import VisitStatus, VisitType
from stagedesk.services.demo_data import VISIT_NOTES
from stagedesk.services.demo_org import Context, Organisation, Row, record
from stagedesk.services.demo_students import StudentPlan
from stagedesk.services.demo_visit_log import visit_log

DAY = timedelta(days=1)
# Mentors plan about four months ahead; later visits are not in the system yet.
PLANNING_HORIZON = timedelta(days=120)


def workday(day: date, today: date | None = None) -> date:
    """Companies are visited on weekdays: a Saturday moves to Friday, a Sunday to Monday (to
    Friday when Monday would pass ``today``: a visit held stays in the past)."""
    weekday = day.weekday()
    if weekday == 5:
        return day - DAY
    if weekday == 6:
        if today is not None and day <= today < day + DAY:
            return day - 2 * DAY
        return day + DAY
    return day


class PokAndVisits:
    """Mixed into CaseHistory, whose state it uses."""

    ctx: Context
    org: Organisation
    rng: random.Random
    today: date
    plan: StudentPlan
    dob: date
    extra_support: bool
    visits: list[Row]

    def _between(self, low: date, high: date) -> date:
        raise NotImplementedError  # CaseHistory's

    def _signatures(
        self, recorded: date, start: date, plan: str
    ) -> tuple[pok.PokSignatures, date | None]:
        """POK signature dates for ``plan``: draft, sent, partial or complete.

        The guardian signs exactly when the student is a minor on the student's signing day.
        """
        ctx, rng, today = self.ctx, self.rng, self.today
        if plan == "draft":
            return pok.PokSignatures(), None
        sent = min(recorded + ctx.days(0, 7), today)
        if plan == "sent":
            return pok.PokSignatures(), sent
        # Complete POKs are signed before the bpv starts (a few late, as in real life).
        deadline = start - DAY if rng.random() < 0.95 else start + 10 * DAY
        last = min(today, max(sent, deadline))
        dates = {party: self._between(sent, last) for party in (pok.STUDENT, pok.SCHOOL)}
        dates[pok.COMPANY] = self._between(sent, last)
        if is_minor(self.dob, dates[pok.STUDENT]):
            dates[pok.GUARDIAN] = self._between(dates[pok.STUDENT], last)
        if plan == "partial":
            # Some parties signed, at least one not yet; the guardian only with the student.
            order = rng.sample(sorted(dates), len(dates))
            keep = set(order[: rng.randint(1, len(order) - 1)])
            if pok.GUARDIAN in keep and pok.STUDENT not in keep:
                keep = (keep - {pok.GUARDIAN}) | {pok.STUDENT}
            dates = {party: day for party, day in dates.items() if party in keep}
        return pok.PokSignatures(**dates), sent

    def _visits(self, placement: Row, start: date, end: date) -> None:
        """Start, midterm (two for long placements) and final visits, as far as planned."""
        length = (end - start).days
        points = [(VisitType.START, start + self.ctx.days(10, 21))]
        if length >= 200:
            points.append((VisitType.MIDTERM, start + timedelta(days=length // 3)))
            points.append((VisitType.MIDTERM, start + timedelta(days=2 * length // 3)))
        else:
            points.append((VisitType.MIDTERM, start + timedelta(days=length // 2)))
        points.append((VisitType.FINAL, end - self.ctx.days(0, 14)))
        if self.extra_support:
            points.append((VisitType.EXTRA, start + timedelta(days=length // 4)))
        for visit_type, day in points:
            # Mentors plan about four months ahead; later visits are not in the system yet.
            if day <= self.today + PLANNING_HORIZON:
                self._visit(placement, visit_type, day)

    def _visit(
        self, placement: Row, visit_type: VisitType, day: date, force_held: bool = False
    ) -> None:
        ctx, rng, today = self.ctx, self.rng, self.today
        day = workday(day, today)
        held: date | None = None
        notes: str | None = None
        draw = rng.random()
        recent = (today - day).days < 45
        if day > today:
            status = VisitStatus.PLANNED
        elif force_held or draw >= (0.09 if recent else 0.03):
            status = VisitStatus.HELD
            held = max(
                workday(self._between(day - 3 * DAY, day + 3 * DAY), today), placement["start_date"]
            )
            notes = rng.choice(VISIT_NOTES)
        elif recent and draw < 0.06:
            status = VisitStatus.PLANNED  # planned in the past, nothing recorded: overdue
        else:
            status = VisitStatus.CANCELLED
        created = max(placement["created_at"].date(), min(day - ctx.days(14, 40), today))
        mentor = self.plan.mentor_id
        if rng.random() < 0.05:
            mentor = rng.choice(self.org.mentors)  # a colleague stood in
        row = record(ctx, created, max(created, min(held or created, today))) | {
            "placement_id": placement["id"],
            "mentor_id": mentor,
            "visit_type": visit_type,
            "status": status,
            "planned_on": day,
            "held_on": held,
            "notes": notes,
        }
        # The log's details draw from the visit's own generator: the rest of the demo stays
        # exactly what it was before visits had them.
        row |= visit_log(random.Random(row["id"].int), row, placement, today)
        self.visits.append(row)
