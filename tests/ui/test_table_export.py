"""List exports: what a view shows — the current filter, the visible columns in screen order,
their headers — written to .xlsx and .csv off the GUI thread and read back."""

from __future__ import annotations

import csv
import threading
from datetime import date, datetime
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView, QTreeWidget, QTreeWidgetItem

from stagedesk.ui.models.student_table import Column
from stagedesk.ui.screens.agenda import AgendaScreen
from stagedesk.ui.screens.allowances import AllowancesScreen
from stagedesk.ui.screens.attention import AttentionScreen
from stagedesk.ui.screens.companies import CompaniesScreen
from stagedesk.ui.table_export import (
    ExportButton,
    cell,
    export_student_list,
    export_view,
    snapshot,
    visible_columns,
)


def _written(qtbot, work) -> None:
    with qtbot.waitSignal(work.job.succeeded, timeout=10_000):
        pass


def _rows(path: Path) -> list[tuple]:
    return list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))


def test_the_filtered_student_list_exports_what_it_shows(qtbot, window, tmp_path):
    window.filter_bar.search.setText("van")  # Zoë van der Berg, Bart van Aalst
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    window.table.setColumnHidden(Column.MENTOR, True)
    header = window.table.horizontalHeader()
    header.moveSection(header.visualIndex(Column.STATUS), 0)  # status first on screen
    out = tmp_path / "studenten.xlsx"
    work = export_view(window, window.table, title="Studenten", suggested_name="x", path=out)
    _written(qtbot, work)
    rows = _rows(out)
    assert rows[0][:3] == ("Status", "Studentnr.", "Naam")
    assert "Mentor" not in rows[0]
    assert len(rows[0]) == len(Column) - 1
    assert len(rows) == 3
    assert {row[2] for row in rows[1:]} == {"Berg, Zoë van der", "Aalst, Bart van"}
    assert {row[1] for row in rows[1:]} == {"100001", "100006"}  # numbers stay text
    assert {row[0] for row in rows[1:]} == {"zoekt", "niet gestart"}


def test_csv_too(qtbot, window, tmp_path):
    out = tmp_path / "studenten.csv"
    work = export_view(window, window.table, title="Studenten", suggested_name="x", path=out)
    _written(qtbot, work)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][0] == "Studentnr." and len(rows) == window.model.rowCount() + 1


def test_every_list_screen_has_an_export_button(qtbot, window, tmp_path):
    kinds = (CompaniesScreen, AttentionScreen, AllowancesScreen, AgendaScreen)
    for kind in kinds:
        screen = next(s for s in window.screens if isinstance(s, kind))
        window.tabs.setCurrentWidget(screen)
        button = screen.findChild(ExportButton)
        assert button is not None and button.text() == "E&xporteren…", kind
    companies = next(s for s in window.screens if isinstance(s, CompaniesScreen))
    window.tabs.setCurrentWidget(companies)
    out = tmp_path / "bedrijven.xlsx"
    _written(qtbot, companies.export_list.export_to(out))
    rows = _rows(out)
    assert len(rows) == companies.model.rowCount() + 1
    assert rows[0][0] == companies.model.headerData(0, Qt.Orientation.Horizontal)


def test_a_trees_heading_rows_are_left_out(qtbot):
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderLabels(["Datum", "Student"])
    week = QTreeWidgetItem(["week 48"])
    week.addChildren(
        [QTreeWidgetItem(["24-11-2026", "Zoë"]), QTreeWidgetItem(["25-11-2026", "Jan"])]
    )
    tree.addTopLevelItem(week)
    table = snapshot(tree)
    assert table.headers == ["Datum", "Student"]
    assert table.rows == [[date(2026, 11, 24), "Zoë"], [date(2026, 11, 25), "Jan"]]


def test_cells_keep_numbers_and_turn_dutch_dates_into_dates():
    assert cell(3) == 3
    assert cell("24-11-2026") == date(2026, 11, 24)
    assert cell("31-02-2026") == "31-02-2026"
    assert cell("0123") == "0123"
    assert cell(None) is None


class _PagedModel(QStandardItemModel):
    """A model that offers its rows for a worker, as a model paging from the store may."""

    def __init__(self) -> None:
        super().__init__(2, 2)
        self.setHorizontalHeaderLabels(["Nummer", "Datum"])
        self.offered: list[list[int]] = []
        self.read_on: list[bool] = []

    def export_rows(self, columns: list[int]):
        self.offered.append(columns)
        gui = threading.current_thread() is threading.main_thread()

        def rows() -> list[list[object]]:
            self.read_on.append(threading.current_thread() is threading.main_thread())
            return [["0007", "01-08-2026"], ["0008", "02-08-2026"]]

        assert gui
        return rows


def test_a_model_that_offers_its_rows_is_read_on_the_worker(qtbot, tmp_path):
    model = _PagedModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    out = tmp_path / "lijst.xlsx"
    _written(qtbot, export_view(view, view, title="Lijst", suggested_name="x", path=out))
    assert model.offered == [[0, 1]] and model.read_on == [False]
    assert _rows(out) == [
        ("Nummer", "Datum"),
        ("0007", datetime(2026, 8, 1)),  # openpyxl reads a date cell as a datetime
        ("0008", datetime(2026, 8, 2)),
    ]


def test_the_student_list_export_for_the_windows_menu(qtbot, window, tmp_path):
    out = tmp_path / "studenten.xlsx"
    _written(qtbot, export_student_list(window, out))
    assert len(_rows(out)) == window.model.rowCount() + 1


def test_the_student_models_export_rows_equal_what_the_view_shows(qtbot, window):
    window.filter_bar.search.setText("van")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    window.table.setColumnHidden(Column.MENTOR, True)
    header = window.table.horizontalHeader()
    header.moveSection(header.visualIndex(Column.STATUS), 0)
    columns = visible_columns(window.table)
    rows = [[cell(value) for value in row] for row in window.model.export_rows(columns)()]
    assert rows == snapshot(window.table).rows
    assert rows[0][0] in ("zoekt", "niet gestart")  # the status label, as the table shows it
    window.filter_bar.search.setText("")
    qtbot.waitUntil(lambda: window.model.rowCount() > 2)
    everything = visible_columns(window.table)
    rows = [[cell(value) for value in row] for row in window.model.export_rows(everything)()]
    assert rows == snapshot(window.table).rows


def test_the_student_list_is_read_on_the_worker(qtbot, window, tmp_path, monkeypatch):
    directory = window.model.directory
    reader = directory.row_reader
    read_on: list[threading.Thread] = []

    def recording(keys):
        read = reader(keys)

        def rows():
            read_on.append(threading.current_thread())
            yield from read()

        return rows

    monkeypatch.setattr(directory, "row_reader", recording)
    out = tmp_path / "studenten.xlsx"
    _written(qtbot, export_student_list(window, out))
    assert len(read_on) == 1 and read_on[0] is not threading.main_thread()
    assert len(_rows(out)) == window.model.rowCount() + 1
