"""Back-ups dialog: lists the store's backups, checks them again, restores one and reopens the
store in the window; a damaged backup cannot be chosen; a server store gets an explanation."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from stagedesk.services import backups
from stagedesk.services.actor import SYSTEM
from stagedesk.ui.dialogs.backup_dialog import BackupDialog, show_backup_dialog
from tests.store.backup_store import marker, set_marker


def _open(qtbot, window) -> BackupDialog:
    window.office.store.backup_problem()  # today's automatic backup, if it is running
    dialog = show_backup_dialog(window, window)
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def _cells(dialog: BackupDialog, column: int) -> list[str]:
    return [dialog.table.item(row, column).text() for row in range(dialog.table.rowCount())]


def test_restoring_a_backup_replaces_the_store_and_the_window_reopens_it(qtbot, window):
    store = Path(window.office.location)
    made = backups.create_backup(store, SYSTEM)
    set_marker(store, "typed after the backup")
    old_office = window.office
    dialog = _open(qtbot, window)
    assert "met de hand" in _cells(dialog, 1)
    dialog.table.selectRow(_cells(dialog, 1).index("met de hand"))
    assert dialog.selected() is not None and dialog.selected().path == made.path

    asked: list[str] = []
    dialog.confirm = lambda question: asked.append(question) or True
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.running is None and dialog.outcome.isVisible(), timeout=10000)

    assert "teruggezet" in dialog.outcome.text()
    assert "huidige stand wordt eerst" in asked[0]
    assert marker(store) is None
    assert window.office is not old_office
    assert window.office.stats().entities["student"] > 0
    assert "voor het terugzetten" in _cells(dialog, 1)


def test_a_damaged_backup_shows_after_checking_and_cannot_be_restored(qtbot, window):
    store = Path(window.office.location)
    made = backups.create_backup(store, SYSTEM)
    made.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    dialog = _open(qtbot, window)
    row = [item.path for item in dialog.backups].index(made.path)
    assert dialog.table.item(row, 3).text() == "in orde bij het maken"

    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.running is None, timeout=10000)

    assert dialog.table.item(row, 3).text() == "beschadigd"
    assert made.path.name in dialog.table.item(row, 3).toolTip()
    dialog.table.selectRow(row)
    assert not dialog.restore_button.isEnabled()


def test_a_server_store_is_explained_not_listed(qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text: shown.append(text)
    )
    server = SimpleNamespace(office=SimpleNamespace(store=SimpleNamespace(is_sqlite=False)))
    assert show_backup_dialog(server, None) is None  # type: ignore[arg-type]
    assert "PostgreSQL" in shown[0] and "server" in shown[0]
