"""The table model reads students a page at a time, however long the list."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from stagedesk.domain.enums import SearchStatus
from stagedesk.services.directory import ListFilter
from stagedesk.services.office import Office
from stagedesk.ui.main_window import MainWindow
from stagedesk.ui.models.student_table import Column, StudentTableModel
from stagedesk.ui.stores import open_office
from tests.ui.factories import TODAY, build_store

STUDENTS = 2_000


@pytest.fixture
def big_office(tmp_path) -> Iterator[Office]:
    office = open_office(build_store(tmp_path / "big.sqlite", filler=STUDENTS - 6), create=False)
    yield office
    office.close()


@pytest.fixture
def fetched(big_office, monkeypatch) -> list[int]:
    """How many rows each call of directory.rows asked the store for."""
    calls: list[int] = []
    original = big_office.directory.rows

    def counting(ids):
        calls.append(len(ids))
        return original(ids)

    monkeypatch.setattr(big_office.directory, "rows", counting)
    return calls


def test_building_the_model_and_reading_the_top_fetches_one_page(big_office, fetched):
    model = StudentTableModel(big_office.directory, today=lambda: TODAY)
    assert model.rowCount() == STUDENTS
    assert fetched == []  # nothing until a cell is asked for
    for row in range(50):
        for column in Column:
            model.data(model.index(row, column))
    assert fetched == [StudentTableModel.PAGE_SIZE]


def test_jumping_through_the_list_fetches_only_the_pages_visited(big_office, fetched):
    model = StudentTableModel(big_office.directory, today=lambda: TODAY)
    rows = (0, 1_999, 1_000, 1_001, 5)
    for row in rows:
        assert model.data(model.index(row, Column.NAME))
    size = StudentTableModel.PAGE_SIZE
    pages = {row // size for row in rows}  # 1,000 and 1,001 share a page, as do 0 and 5
    assert sum(fetched) == sum(min(size, STUDENTS - page * size) for page in pages)


def test_a_shown_window_over_2000_students_fetches_far_fewer_rows(qtbot, big_office, fetched):
    window = MainWindow(big_office, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: sum(fetched) > 0)  # the first paint asked for the top rows
    assert window.model.rowCount() == STUDENTS
    assert sum(fetched) == StudentTableModel.PAGE_SIZE
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: sum(fetched) > StudentTableModel.PAGE_SIZE)
    # The top page, and the one or two pages the last screenful straddles: never the middle.
    assert sum(fetched) <= 3 * StudentTableModel.PAGE_SIZE < STUDENTS / 10
    window.close()


def test_cells_show_the_list_columns(big_office):
    model = StudentTableModel(big_office.directory, today=lambda: TODAY)
    model.set_filter(ListFilter(text="ijsbrand"))
    cells = [model.data(model.index(0, column)) for column in Column]
    assert cells == [
        "100003",
        "Vries, IJsbrand de",
        "Verzorgende-IG",
        3,
        "BOL",
        2025,
        "2A",
        "Fatima el Amrani",
        "in bpv",
        84,
        "Zorggroep Óost",
    ]
    days = model.index(0, Column.DAYS)
    assert model.data(days, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.data(days, Qt.ItemDataRole.ToolTipRole) == "sinds 01-09-2026"
    status = model.index(0, Column.STATUS)
    assert model.data(status, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.headerData(Column.NUMBER, Qt.Orientation.Horizontal) == "Studentnr."


def test_sorting_maps_to_the_directory_and_keeps_the_filter(big_office):
    model = StudentTableModel(big_office.directory, today=lambda: TODAY)
    model.set_filter(ListFilter(status=SearchStatus.SEARCHING))
    count = model.rowCount()
    model.sort(Column.NUMBER, Qt.SortOrder.DescendingOrder)
    shown = [model.data(model.index(row, Column.NUMBER)) for row in range(count)]
    assert model.rowCount() == count
    assert shown == sorted(shown, reverse=True)
    assert model.sorted_column == Column.NUMBER
    model.sort(Column.LEERWEG)  # not sortable: nothing changes
    assert model.sorted_column == Column.NUMBER
    assert [model.data(model.index(row, Column.NUMBER)) for row in range(count)] == shown


def test_student_id_and_row_of_are_inverse(big_office):
    model = StudentTableModel(big_office.directory, today=lambda: TODAY)
    student = model.student_id(123)
    assert student is not None
    assert model.row_of(student) == 123
    assert model.student_id(STUDENTS) is None
