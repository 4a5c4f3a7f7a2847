"""The allowance overview (stagevergoeding): live placements with no or a below-norm allowance.

Stagepact's goal is an appropriate allowance for every student; the school sets the monthly
norm (``SchoolSettings.allowance_norm_cents``). A placement counts while it runs or is still to
come and was not broken off. It is *flagged* without an allowance, or with one below the norm
(an allowance equal to the norm is fine); a wage (BBL) is never flagged. Per programme or per
company the overview counts all placements, the flagged ones and the average agreed allowance,
and lists the flagged placements. Money is in euro cents throughout; the window formats it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.enums import AllowanceKind, Leerweg
from stagedesk.domain.errors import ValidationError
from stagedesk.domain.names import display_name
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.settings import read_settings
from stagedesk.store import allowance_queries as q


class GroupBy(StrEnum):
    PROGRAMME = "programme"
    COMPANY = "company"


@dataclass(frozen=True)
class AllowanceGroup:
    """One programme's (or company's) live placements, of which at least one is flagged."""

    key: str  # the programme's or company's id as hex
    name: str
    niveau: int | None  # the programme's; None for a company
    leerweg: Leerweg | None
    placements: int
    wage: int
    without: int
    below_norm: int
    average_cents: int | None  # of the agreed allowances (a wage or none not counted)

    @property
    def flagged(self) -> int:
        return self.without + self.below_norm


@dataclass(frozen=True)
class AllowanceLine:
    """A flagged placement."""

    student_key: str
    student_number: str
    name: str
    sort_key: str
    programme_key: str
    programme: str
    niveau: int
    leerweg: Leerweg
    company_key: str
    company: str
    start_date: date
    end_date: date
    kind: AllowanceKind  # NONE or ALLOWANCE
    cents_per_month: int | None
    paid: bool

    @property
    def below_norm(self) -> bool:
        """An allowance below the norm (rather than none at all)."""
        return self.kind is AllowanceKind.ALLOWANCE

    def group_key(self, group_by: GroupBy) -> str:
        return self.company_key if group_by is GroupBy.COMPANY else self.programme_key


@dataclass(frozen=True)
class AllowanceOverview:
    today: date
    norm_cents: int
    group_by: GroupBy
    groups: list[AllowanceGroup]  # most flagged placements first, then by name
    lines: list[AllowanceLine]  # in the order of ``groups``, then by student name

    @property
    def flagged(self) -> int:
        return len(self.lines)


def allowance_overview(
    sessions: sessionmaker[Session],
    actor: Actor,
    today: date | None = None,
    group_by: GroupBy | str = GroupBy.PROGRAMME,
) -> AllowanceOverview:
    """Live placements with no or a below-norm allowance on ``today``, grouped by programme
    or by company. Coordinators and admins only."""
    require(actor, CASE_WORKERS, "see the allowance overview")
    try:
        grouping = GroupBy(group_by)
    except ValueError:
        message = f"must be programme or company, got {group_by!r}"
        raise ValidationError("group_by", message) from None
    today = today or date.today()
    by_company = grouping is GroupBy.COMPANY
    with sessions() as session:
        norm = read_settings(session).allowance_norm_cents
        totals = q.allowance_totals(session, today, norm, by_company=by_company)
        names = q.group_names(session, by_company=by_company)
        rows = q.flagged_allowances(session, today, norm)
    groups = [_group(t, names, by_company) for t in totals]
    groups.sort(key=lambda g: (-g.flagged, g.name.casefold(), g.niveau or 0, g.key))
    rank = {group.key: n for n, group in enumerate(groups)}
    lines = [_line(row) for row in rows]
    lines.sort(key=lambda line: (rank[line.group_key(grouping)], line.sort_key, line.start_date))
    return AllowanceOverview(today, norm, grouping, groups, lines)


def _group(
    totals: q.AllowanceTotals, names: dict[str, q.GroupName], by_company: bool
) -> AllowanceGroup:
    named = names[totals.group_id]
    average = (
        round(totals.allowance_sum_cents / totals.allowance_count)
        if totals.allowance_count
        else None
    )
    return AllowanceGroup(
        key=totals.group_id,
        name=named.name,
        niveau=None if by_company else named.niveau,
        leerweg=None if by_company else named.leerweg,
        placements=totals.placements,
        wage=totals.wage,
        without=totals.without,
        below_norm=totals.below_norm,
        average_cents=average,
    )


def _line(row: q.AllowanceRow) -> AllowanceLine:
    return AllowanceLine(
        student_key=row.student_key,
        student_number=row.student_number,
        name=display_name(row.given_name, row.tussenvoegsel, row.surname),
        sort_key=row.sort_key,
        programme_key=row.programme_key,
        programme=row.programme,
        niveau=row.niveau,
        leerweg=row.leerweg,
        company_key=row.company_key,
        company=row.company,
        start_date=row.start_date,
        end_date=row.end_date,
        kind=row.kind,
        cents_per_month=row.cents_per_month,
        paid=row.paid,
    )
