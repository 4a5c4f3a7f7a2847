"""Read queries behind the allowance overview (stagevergoeding): set-based, plain rows.

A placement is *flagged* when it is live (running or upcoming, not broken off) and has no
allowance, or an allowance below the school's norm; a wage (BBL) is never flagged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, String, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from stagedesk.domain.enums import AllowanceKind, Leerweg
from stagedesk.store.attention_queries import as_key, live_on
from stagedesk.store.companies import Company
from stagedesk.store.placements import Placement
from stagedesk.store.programmes import Programme
from stagedesk.store.students import Student


@dataclass(frozen=True, slots=True)
class AllowanceTotals:
    """One group's live placements: all, with a wage, without allowance, below the norm."""

    group_id: str
    placements: int
    wage: int
    without: int
    below_norm: int
    # Sum and count of the agreed allowances (kind ALLOWANCE with an amount), for the average.
    allowance_sum_cents: int
    allowance_count: int


def _below_norm(norm_cents: int) -> ColumnElement[bool]:
    return and_(
        Placement.allowance_kind == AllowanceKind.ALLOWANCE,
        func.coalesce(Placement.allowance_cents_per_month, 0) < norm_cents,
    )


def _flagged(norm_cents: int) -> ColumnElement[bool]:
    return or_(Placement.allowance_kind == AllowanceKind.NONE, _below_norm(norm_cents))


def _group_column(by_company: bool) -> Any:
    column = Placement.company_id if by_company else Student.programme_id
    return type_coerce(column, String)


def allowance_totals(
    session: Session, today: date, norm_cents: int, *, by_company: bool
) -> list[AllowanceTotals]:
    """Per programme (or company) with at least one flagged live placement: the counts."""
    group = _group_column(by_company)
    counted = Placement.allowance_kind == AllowanceKind.ALLOWANCE
    amount = case((counted, Placement.allowance_cents_per_month))
    stmt = (
        select(
            group,
            func.count(),
            func.count().filter(Placement.allowance_kind == AllowanceKind.WAGE),
            func.count().filter(Placement.allowance_kind == AllowanceKind.NONE),
            func.count().filter(_below_norm(norm_cents)),
            func.coalesce(func.sum(amount), 0),
            func.count(amount),
        )
        .select_from(Placement)
        .join(Student, Student.id == Placement.student_id)
        .where(live_on(today))
        .group_by(group)
        .having(func.count().filter(_flagged(norm_cents)) > 0)
    )
    return [AllowanceTotals(as_key(row[0]), *row[1:]) for row in session.execute(stmt)]


@dataclass(frozen=True, slots=True)
class GroupName:
    name: str
    niveau: int | None = None
    leerweg: Leerweg | None = None


def group_names(session: Session, *, by_company: bool) -> dict[str, GroupName]:
    """Names of every company, or every programme with its niveau and leerweg, by key."""
    if by_company:
        companies = session.execute(select(type_coerce(Company.id, String), Company.name))
        return {as_key(key): GroupName(name) for key, name in companies}
    programmes = session.execute(
        select(
            type_coerce(Programme.id, String), Programme.name, Programme.niveau, Programme.leerweg
        )
    )
    return {
        as_key(key): GroupName(name, niveau, leerweg) for key, name, niveau, leerweg in programmes
    }


@dataclass(frozen=True, slots=True)
class AllowanceRow:
    """A live placement with no allowance or one below the norm."""

    student_key: str
    student_number: str
    given_name: str
    tussenvoegsel: str | None
    surname: str
    sort_key: str
    programme_key: str
    programme: str
    niveau: int
    leerweg: Leerweg
    company_key: str
    company: str
    start_date: date
    end_date: date
    kind: AllowanceKind
    cents_per_month: int | None
    paid: bool


def flagged_allowances(session: Session, today: date, norm_cents: int) -> list[AllowanceRow]:
    """Every live placement without an allowance or with one below ``norm_cents``."""
    stmt = (
        select(
            type_coerce(Student.id, String).label("student_key"),
            Student.student_number,
            Student.given_name,
            Student.tussenvoegsel,
            Student.surname,
            Student.sort_key,
            type_coerce(Programme.id, String).label("programme_key"),
            Programme.name.label("programme"),
            Programme.niveau,
            Programme.leerweg,
            type_coerce(Company.id, String).label("company_key"),
            Company.name.label("company"),
            Placement.start_date,
            Placement.end_date,
            Placement.allowance_kind,
            Placement.allowance_cents_per_month,
            Placement.allowance_paid,
        )
        .select_from(Placement)
        .join(Student, Student.id == Placement.student_id)
        .join(Programme, Programme.id == Student.programme_id)
        .join(Company, Company.id == Placement.company_id)
        .where(live_on(today), _flagged(norm_cents))
    )
    return [AllowanceRow(*_with_keys(row, (0, 6, 10))) for row in session.execute(stmt)]


def _with_keys(row: Sequence[Any], positions: tuple[int, ...]) -> list[Any]:
    """The row with the ids at ``positions`` as hex keys (SQLite: text, PostgreSQL: UUIDs)."""
    values = list(row)
    for position in positions:
        values[position] = as_key(values[position])
    return values
