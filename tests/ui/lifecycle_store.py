"""The case-file tests' store with a running placement and a prerequisite, for the lifecycle
tests: Anna Bakker (100004) is placed at Bytes & Co from Monday 7 September 2026 to
29 January 2027, 32 hours a week; her programme requires a VOG (valid 36 months) and a
"Hygiënecursus" (no expiry), of which she has neither yet."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sqlalchemy import select

from stagedesk.domain.enums import AllowanceKind, StaffRole
from stagedesk.services import placements, prerequisites
from stagedesk.services.actor import Actor
from stagedesk.store.companies import Company
from stagedesk.store.opening import open_store
from stagedesk.store.staff import StaffMember
from stagedesk.store.students import Student
from stagedesk.ui.i18n import Translations
from stagedesk.ui.main_window import MainWindow
from stagedesk.ui.stores import open_office
from tests.ui.case_store import COORDINATOR, build_case_store
from tests.ui.factories import TODAY

ANNA = "100004"
START, END = date(2026, 9, 7), date(2027, 1, 29)


def build_lifecycle_store(path: Path) -> str:
    location = build_case_store(path)
    store = open_store(location, create=False)
    try:
        with store.sessions() as s:
            staff = s.scalars(select(StaffMember).where(StaffMember.name == COORDINATOR)).one()
            anna = s.scalars(select(Student).where(Student.student_number == ANNA)).one()
            company = s.scalars(select(Company).where(Company.name == "Bytes & Co")).one()
            ids = (staff.id, anna.id, anna.programme_id, company.id)
        staff_id, anna_id, programme_id, company_id = ids
        coordinator = Actor(staff_id, COORDINATOR, frozenset({StaffRole.COORDINATOR}))
        placements.create_placement(
            store.sessions, coordinator, anna_id, company_id, START, END, 32,
            allowance_kind=AllowanceKind.ALLOWANCE, allowance_cents_per_month=30_000,
            today=date(2026, 9, 1),
        )  # fmt: skip
        for name, months in (("VOG", 36), ("Hygiënecursus", None)):
            prerequisites.add_requirement(
                store.sessions, coordinator, name, programme_id=programme_id,
                validity_months=months,
            )  # fmt: skip
    finally:
        store.close()
    return location


def make_lifecycle_window(
    qtbot, tmp_path: Path, translations: Translations
) -> Iterator[MainWindow]:
    """The fixture ``lifecycle_window`` (test modules declare it with ``pytest.fixture``)."""
    office = open_office(build_lifecycle_store(tmp_path / "lifecycle.sqlite"), create=False)
    main = MainWindow(office, translations=translations, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    yield main
    main.office.close()
