"""The Dashboard tab through its real widgets: figures computed off the GUI thread, tiles,
table rows and chart bars opening the students behind them, a student's case opened from
such a list, the shortage report written to .xlsx, and a mentor refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from stagedesk.domain.enums import StaffRole
from stagedesk.services.actor import Actor
from stagedesk.services.dashboard import Cut
from stagedesk.services.office import Office
from stagedesk.services.shortage import HEADERS
from stagedesk.ui.screens.dashboard import DashboardScreen
from stagedesk.ui.widgets.dashboard_drill import DrillColumn, DrillDialog
from tests.ui.factories import TODAY


@pytest.fixture
def screen(qtbot, office: Office) -> Iterator[DashboardScreen]:
    widget = DashboardScreen(office, lambda: TODAY)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.built, timeout=10_000):
        widget.show()
    yield widget
    for dialog in list(widget.drills):
        dialog.close()


def _loaded(qtbot, dialog: DrillDialog) -> DrillDialog:
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled() or "niet" in dialog.summary.text())
    return dialog


def _names(dialog: DrillDialog) -> set[str]:
    model = dialog.model
    return {model.index(row, DrillColumn.NAME).data() for row in range(model.rowCount())}


def test_figures_show_once_computed(screen):
    board = screen.board
    assert board is not None and board.today == TODAY
    assert "2026-2027" in screen.heading.text()
    assert screen.without.value.text() == str(board.without_place.count)
    assert screen.status_chart.values[::-1] == [c.count for c in board.per_status]
    assert len(screen.week_chart.categories) == len(board.weeks)
    assert screen.meldingen.value.text() == "0"


def test_the_without_a_place_tile_lists_those_students(qtbot, screen):
    screen.without.value.click()
    dialog = _loaded(qtbot, screen.drills[-1])
    assert dialog.model.rowCount() == screen.board.without_place.count
    assert "Anna Bakker" in _names(dialog)  # searching
    assert "Jan 't Hart" not in _names(dialog)  # placed


def test_a_double_click_in_the_list_opens_the_case(qtbot, screen):
    screen.without.value.click()
    dialog = _loaded(qtbot, screen.drills[-1])
    first = dialog.model.student(0)
    with qtbot.waitSignal(screen.open_case_requested) as opened:
        dialog.table.activated.emit(dialog.model.index(0, 0))
    assert opened.args == [first.key]


def test_the_cut_table_follows_the_choice_and_drills_down(qtbot, screen):
    screen.cut_choice.setCurrentIndex(screen.cut_choice.findData(Cut.REGION.value))
    assert screen.cuts.cut is Cut.REGION
    assert screen.cuts.index(0, 0).data() == "Utrecht"  # the school's region
    assert "regio van de school" in screen.cut_note.text()
    screen.cut_table.activated.emit(screen.cuts.index(0, 0))
    dialog = _loaded(qtbot, screen.drills[-1])
    assert dialog.model.rowCount() == screen.cuts.figure(0).count
    assert dialog.windowTitle() == "Zonder bpv-plaats: Utrecht"


def test_a_status_bar_lists_the_students_with_that_status(qtbot, screen):
    searching = next(c for c in screen.board.per_status if c.key == "searching")
    screen.status_chart.bar_clicked.emit(searching.drill)
    dialog = _loaded(qtbot, screen.drills[-1])
    assert dialog.windowTitle() == "Status: zoekt"
    assert dialog.model.rowCount() == searching.count
    assert {dialog.model.index(r, DrillColumn.STATUS).data() for r in range(searching.count)} == {
        "zoekt"
    }


def test_the_shortage_report_is_written_to_xlsx(qtbot, screen, tmp_path: Path):
    out = tmp_path / "tekorten.xlsx"
    work = screen.write_shortage(out)
    with qtbot.waitSignal(work.job.succeeded, timeout=10_000):
        pass
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == HEADERS
    assert sum(row[6] for row in rows[1:]) == screen.board.without_place.count


def test_a_mentor_sees_why_there_are_no_figures(qtbot, screen):
    screen.office.actor = Actor(None, "Mentor", frozenset({StaffRole.MENTOR}))
    with qtbot.waitSignal(screen.built, timeout=10_000):
        screen.refresh()
    assert screen.board is None
    assert "Alleen bpv-coördinatoren" in screen.heading.text()
    assert not screen.without.isVisible()
    assert not screen.shortage_button.isEnabled()


def test_the_dashboard_is_a_tab_of_the_window(window):
    titles = [window.tabs.tabText(n) for n in range(window.tabs.count())]
    assert "Dashboard" in titles
    assert any(isinstance(s, DashboardScreen) for s in window.screens)
