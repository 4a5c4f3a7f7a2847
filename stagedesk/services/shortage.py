"""The shortage report for SBB (Stagebarometer): per programme and region, the students
without a place and the open places at companies recognised for the programme.

Students without a place and their region are as on the dashboard (services.dashboard: the
open application's company's region, else the school's). *Open places* are a company's
``capacity`` less its placements live today, never below zero, at companies whose
recognition for the programme's crebo is in force today; a company without a postcode region
counts in the region ``onbekend``. A crebo taught both BOL and BBL offers the same places to
both programmes, and a company recognised for several crebos offers its open places under
each: the columns answer "where could these students go", they do not add up across rows.

Rows are the programme × region pairs with at least one student without a place (the
shortages), most students first; *open elsewhere* is the crebo's open places in all other
regions (SBB counts a place in another region as a solution too).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.domain.dates import school_year_label
from stagedesk.domain.enums import Leerweg, Sector
from stagedesk.services.actor import CASE_WORKERS, Actor, require
from stagedesk.services.casework import today_or
from stagedesk.services.dashboard import UNKNOWN_REGION, region_of
from stagedesk.services.dashboard_rules import school_region
from stagedesk.services.exports import Cell, Progress, export_table
from stagedesk.services.settings import read_settings
from stagedesk.store import dashboard_queries as q

# SBB's sector chambers as SBB writes them (domain.md), for the report's readers.
SECTOR_NAMES = {
    Sector.TECHNIEK: "Techniek en gebouwde omgeving",
    Sector.MOBILITEIT: "Mobiliteit, transport, logistiek en maritiem",
    Sector.ZORG: "Zorg, welzijn en sport",
    Sector.HANDEL: "Handel",
    Sector.SPECIALISTISCH: "Specialistisch vakmanschap",
    Sector.ICT: "ICT en creatieve industrie",
    Sector.VOEDSEL: "Voedsel, groen en gastvrijheid",
    Sector.ZAKELIJK: "Zakelijke dienstverlening en veiligheid",
}
UNKNOWN_REGION_NAME = "onbekend"

HEADERS = (
    "Crebo",
    "Opleiding",
    "Niveau",
    "Leerweg",
    "Sector",
    "Regio",
    "Studenten zonder bpv-plaats",
    "Erkende leerbedrijven in de regio",
    "Open plaatsen in de regio",
    "Open plaatsen in andere regio's",
)


@dataclass(frozen=True)
class ShortageRow:
    programme_key: str
    crebo: str
    programme: str
    niveau: int
    leerweg: Leerweg
    sector: Sector
    region: str  # "" when unknown
    without_place: int
    companies: int  # recognised for the crebo, in the region
    open_places: int  # at those companies
    open_elsewhere: int  # at companies recognised for the crebo in other regions

    def cells(self) -> Sequence[Cell]:
        """The row as the export writes it (HEADERS' order)."""
        return (
            self.crebo,
            self.programme,
            self.niveau,
            self.leerweg.value,
            SECTOR_NAMES[self.sector],
            self.region or UNKNOWN_REGION_NAME,
            self.without_place,
            self.companies,
            self.open_places,
            self.open_elsewhere,
        )


@dataclass(frozen=True)
class ShortageReport:
    today: date
    school_year: str
    school_region: str | None  # where students without an open application count
    rows: tuple[ShortageRow, ...]

    @property
    def without_place(self) -> int:
        return sum(row.without_place for row in self.rows)


def shortage_report(
    sessions: sessionmaker[Session], actor: Actor, today: date | None = None
) -> ShortageReport:
    """The shortages per programme and region on ``today``. Coordinators and admins."""
    require(actor, CASE_WORKERS, "make the shortage report")
    today = today_or(today)
    with sessions.begin() as session:
        fallback = school_region(read_settings(session).school_address)
        groups = q.without_place_groups(session)
        facts = q.programme_facts(session)
        capacity = q.open_capacity(session, today)
    rows = _rows(groups, facts, capacity, fallback)
    return ShortageReport(today, school_year_label(today), fallback, rows)


def write_shortage_report(
    report: ShortageReport, path: str | Path, progress: Progress | None = None
) -> int:
    """Write the report to ``path`` (.xlsx for SBB, or .csv); the number of rows written."""
    title = f"Tekorten {report.school_year}"
    return export_table(
        path,
        HEADERS,
        (row.cells() for row in report.rows),
        title=title,
        total=len(report.rows),
        progress=progress,
    )


def _rows(
    groups: list[q.WithoutPlaceGroup],
    facts: dict[str, q.ProgrammeFacts],
    capacity: list[q.OpenCapacity],
    fallback: str | None,
) -> tuple[ShortageRow, ...]:
    students: dict[tuple[str, str], int] = defaultdict(int)
    for group in groups:
        students[group.programme_key, region_of(group.region, fallback)] += group.students
    places: dict[tuple[str, str], tuple[int, int]] = {}
    per_crebo: dict[str, int] = defaultdict(int)
    for entry in capacity:
        region = entry.region if entry.region is not None else UNKNOWN_REGION
        companies, open_places = places.get((entry.crebo, region), (0, 0))
        places[entry.crebo, region] = (companies + entry.companies, open_places + entry.open_places)
        per_crebo[entry.crebo] += entry.open_places
    rows = []
    for (programme_key, region), without in students.items():
        programme = facts[programme_key]
        companies, open_places = places.get((programme.crebo, region), (0, 0))
        rows.append(
            ShortageRow(
                programme_key=programme_key,
                crebo=programme.crebo,
                programme=programme.name,
                niveau=programme.niveau,
                leerweg=programme.leerweg,
                sector=programme.sector,
                region=region,
                without_place=without,
                companies=companies,
                open_places=open_places,
                open_elsewhere=per_crebo[programme.crebo] - open_places,
            )
        )
    rows.sort(key=lambda r: (-r.without_place, r.programme.casefold(), r.leerweg, r.region))
    return tuple(rows)
