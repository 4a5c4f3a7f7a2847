"""The import dialog: columns mapped and remembered, problems listed, Import only when clean."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from stagedesk.services.imports import ImportKind
from stagedesk.store.students import Student
from stagedesk.ui.dialogs.import_dialog import ImportDialog
from tests.services.import_files import STUDENT_HEADER, student_row, write_csv
from tests.ui.factories import TODAY

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def dialog(qtbot, office):
    made = ImportDialog(office, today=lambda: TODAY)
    qtbot.addWidget(made)
    made.show()
    return made


def _wait_for_job(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.job is None and not dialog.stop_button.isVisible())


def _numbers(office) -> set[str]:
    with office.sessions() as s:
        return set(s.scalars(select(Student.student_number)))


def test_columns_are_mapped_from_the_dutch_headers(dialog, tmp_path):
    dialog.set_file(write_csv(tmp_path / "sis.csv", STUDENT_HEADER, [student_row()]))
    mapping = dialog.mapping()
    assert mapping["student_number"] == "Studentnummer"
    assert mapping["given_name"] == "Roepnaam"
    assert mapping["enrolled_on"] == ""  # no such column: not read
    assert dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()


def test_problems_listed_by_row_and_column_and_import_stays_off(qtbot, dialog, office, tmp_path):
    rows = [student_row(), student_row("200002", born="30-02-2008"), student_row("12")]
    dialog.set_file(write_csv(tmp_path / "sis.csv", STUDENT_HEADER, rows))
    qtbot.mouseClick(dialog.check_button, LEFT)
    _wait_for_job(qtbot, dialog)
    table = dialog.problems
    cells = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    assert cells == [
        ("3", "Geboortedatum", "30-02-2008 is not a date in the calendar"),
        ("4", "Studentnummer", "must be 5 to 10 digits, got 2"),
    ]
    assert "2 problemen" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert "200001" not in _numbers(office)


def test_a_clean_check_enables_import_which_imports_and_remembers(qtbot, dialog, office, tmp_path):
    rows = [student_row("200001"), student_row("200002", given="Anna", surname="Bakker")]
    dialog.set_file(write_csv(tmp_path / "sis.csv", STUDENT_HEADER, rows))
    dialog._combos["class_group"].setCurrentIndex(0)  # (niet inlezen)
    qtbot.mouseClick(dialog.check_button, LEFT)
    _wait_for_job(qtbot, dialog)
    assert "Geen problemen in 2 rijen: 2 nieuw" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, LEFT)
    _wait_for_job(qtbot, dialog)
    assert dialog.result is not None and dialog.result.added == 2
    assert {"200001", "200002"} <= _numbers(office)
    assert "Geïmporteerd: 2 nieuw" in dialog.summary.text()

    again = ImportDialog(office, today=lambda: TODAY)
    qtbot.addWidget(again)
    again.set_file(tmp_path / "sis.csv")
    assert again.mapping()["class_group"] == ""  # left out last time: remembered


def test_changing_the_mapping_after_a_check_needs_a_new_check(qtbot, dialog, tmp_path):
    dialog.set_file(write_csv(tmp_path / "sis.csv", STUDENT_HEADER, [student_row()]))
    qtbot.mouseClick(dialog.check_button, LEFT)
    _wait_for_job(qtbot, dialog)
    assert dialog.import_button.isEnabled()
    dialog._combos["mentor"].setCurrentIndex(0)
    assert not dialog.import_button.isEnabled()


def test_other_kinds_show_their_fields_and_a_bad_file_is_said(dialog, tmp_path):
    dialog.kind.setCurrentIndex(dialog.kind.findData(ImportKind.COMPANIES.value))
    assert "kvk_number" in dialog.mapping() and "student_number" not in dialog.mapping()
    bad = tmp_path / "kapot.xlsx"
    bad.write_bytes(b"not a workbook")
    dialog.set_file(bad)
    assert "kan niet gelezen worden" in dialog.summary.text()
    assert not dialog.check_button.isEnabled()


def test_stopping_an_import_changes_nothing(qtbot, dialog, office, tmp_path):
    rows = [student_row(str(300_000 + n)) for n in range(3_000)]
    dialog.set_file(write_csv(tmp_path / "veel.csv", STUDENT_HEADER, rows))
    qtbot.mouseClick(dialog.check_button, LEFT)
    _wait_for_job(qtbot, dialog)
    before = _numbers(office)
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert dialog.stop_button.isVisible() and not dialog.close_button.isEnabled()
    qtbot.mouseClick(dialog.stop_button, LEFT)
    _wait_for_job(qtbot, dialog)
    assert dialog.summary.text() == "Gestopt: er is niets gewijzigd."
    assert dialog.result is None and _numbers(office) == before
