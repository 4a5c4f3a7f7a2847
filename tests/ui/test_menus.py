"""The Bestand menu opens the dialogs of the other parts of the program."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from stagedesk.ui.dialogs.backup_dialog import BackupDialog


def test_backups_opens_the_backup_dialog_for_the_store(qtbot, window):
    window.menus.backup_action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, BackupDialog)]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert dialogs[0].location == window.office.location
    dialogs[0].close()


def test_the_pack_actions_work_in_an_office_store(window):
    assert window.pack is None and window.pack_banner.isHidden()
    assert window.menus.export_pack_action.isEnabled()
    assert window.menus.import_pack_action.isEnabled()


def test_importeren_runs_the_import_dialog_and_reads_the_lists_again_after_an_import(
    window, monkeypatch
):
    from stagedesk.ui import menus

    reloads: list[int] = []
    monkeypatch.setattr(window, "reload", lambda: reloads.append(1))
    monkeypatch.setattr(menus, "show_import_dialog", lambda office, parent: None)
    window.menus.import_action.trigger()
    assert reloads == []  # closed without importing
    monkeypatch.setattr(menus, "show_import_dialog", lambda office, parent: object())
    window.menus.import_action.trigger()
    assert reloads == [1]
