"""The case-file tests' window on the case store, and the steps of a user: open a case, click
an action, find the dialog it opened."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from stagedesk.services.directory import ListFilter
from stagedesk.services.timeline import TimelineKind
from stagedesk.ui.i18n import Translations
from stagedesk.ui.main_window import MainWindow
from stagedesk.ui.screens.case_file import CaseFileScreen
from stagedesk.ui.stores import open_office
from tests.ui.case_store import build_case_store
from tests.ui.factories import TODAY

D = TypeVar("D", bound=QDialog)


def make_case_window(qtbot, tmp_path: Path, translations: Translations) -> Iterator[MainWindow]:
    """The fixture ``case_window`` (each test module declares it with ``pytest.fixture``)."""
    office = open_office(build_case_store(tmp_path / "cases.sqlite"), create=False)
    main = MainWindow(office, translations=translations, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    yield main
    main.office.close()


def key_of(window: MainWindow, text: str) -> str:
    found = window.office.directory.filter(ListFilter(text=text))
    assert len(found) == 1, text
    return found[0]


def open_from_list(qtbot, window: MainWindow, text: str) -> CaseFileScreen:
    """Type in the search field, go down into the list and press Enter: the case opens."""
    window.filter_edit.clear()
    qtbot.keyClicks(window.filter_edit, text)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Down)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    screen = window.tabs.currentWidget()
    assert isinstance(screen, CaseFileScreen)
    return screen


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def dialog_of(qtbot, screen: CaseFileScreen, kind: type[D]) -> D:
    qtbot.waitUntil(lambda: isinstance(screen.dialog, kind) and screen.dialog.isVisible())
    assert isinstance(screen.dialog, kind)
    return screen.dialog


def save(qtbot, dialog: QDialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select_entry(screen: CaseFileScreen, text: str) -> None:
    """Select the timeline entry whose line is ``text`` (as a user clicks it)."""
    texts = screen.timeline.model.texts()
    assert text in texts, texts
    screen.timeline.table.selectRow(texts.index(text))


def kinds(screen: CaseFileScreen) -> set[TimelineKind]:
    model = screen.timeline.model
    return {entry.kind for row in range(model.rowCount()) if (entry := model.entry(row))}


def list_status(window: MainWindow, key: str) -> str:
    from stagedesk.ui.models.student_table import Column

    row = window.model.row_of(key)
    assert row is not None
    return str(window.model.index(row, Column.STATUS).data())
