"""The main window's menu bar: its actions, their texts, and the dialogs they open.

``WindowMenus`` builds the menus once; ``retranslate`` sets every text again after a language
change. Actions that open a dialog of another part of the program (letters, visit packs,
imports, backups) call a small function here that gathers what the dialog needs from the
window, so the window itself stays about the list and its tabs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu

from stagedesk.ui.dialogs.backup_dialog import show_backup_dialog
from stagedesk.ui.dialogs.hours_dialog import show_hours_import
from stagedesk.ui.dialogs.import_dialog import show_import_dialog
from stagedesk.ui.dialogs.letters_dialog import LettersDialog, LetterStudents
from stagedesk.ui.dialogs.pack_dialogs import ExportPackDialog, ImportPackDialog
from stagedesk.ui.dialogs.retention_dialog import RetentionDialog, may_purge
from stagedesk.ui.dialogs.settings_dialog import may_see_settings, show_settings_dialog
from stagedesk.ui.save_paths import documents_dir
from stagedesk.ui.screens.accounts import (
    change_own_password,
    may_change_own_password,
    may_manage_accounts,
    show_accounts_dialog,
)
from stagedesk.ui.table_export import export_student_list

if TYPE_CHECKING:
    from stagedesk.ui.main_window import MainWindow


class WindowMenus(QObject):
    """The menu bar of ``window``: Bestand, Bewerken (the case tabs'), Beeld, Instellingen,
    Help."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None  # the last non-modal dialog (tests reach it)
        self._build_actions()
        self._build_menus()

    def _action(self, name: str, slot: object, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        w = self.window
        self.open_action = self._action(
            "openStore", w.open_store_dialog, QKeySequence(QKeySequence.StandardKey.Open)
        )
        self.letters_action = self._action(
            "printLetters", self.open_letters_dialog, QKeySequence("Ctrl+P")
        )
        self.export_pack_action = self._action("exportPack", self.open_export_pack_dialog)
        self.import_pack_action = self._action("importPack", self.ask_import_pack)
        self.import_action = self._action("importData", self.run_import)
        self.hours_import_action = self._action("importHours", self.run_hours_import)
        self.export_action = self._action("exportList", lambda: export_student_list(w))
        self.backup_action = self._action("backups", lambda: show_backup_dialog(w, w))
        self.school_settings_action = self._action("schoolSettings", self.open_settings_dialog)
        self.retention_action = self._action("retention", self.open_retention_dialog)
        self.quit_action = self._action("quit", w.close, QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.refresh_action = self._action("refresh", w.reload, QKeySequence(Qt.Key.Key_F5))
        self.find_action = self._action("find", w.focus_search, QKeySequence("Ctrl+F"))
        self.logout_action = self._action("logOut", w.log_out)
        self.accounts_action = self._action("accounts", lambda: show_accounts_dialog(w.office, w))
        self.password_action = self._action("ownPassword", lambda: change_own_password(w.office, w))
        self.about_action = self._action("about", w.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.language_group = QActionGroup(w)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        # Language names are written in their own language and never translated.
        for code, name in (("nl", "Nederlands"), ("en", "English")):
            action = QAction(name, self.language_group)
            action.setCheckable(True)
            action.setChecked(code == w.translations.language)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: w.set_language(c))
            self.language_actions[code] = action

    def _build_menus(self) -> None:
        w = self.window
        self.file_menu = QMenu(w)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.letters_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_pack_action)
        self.file_menu.addAction(self.import_pack_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.hours_import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = QMenu(w)
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addAction(self.find_action)
        self.settings_menu = QMenu(w)
        self.settings_menu.addAction(self.school_settings_action)
        self.settings_menu.addAction(self.retention_action)
        # Admins only; the actor can change while the window is open (log in as another).
        self.settings_menu.aboutToShow.connect(
            lambda: self.retention_action.setVisible(may_purge(self.window.office))
        )
        self.settings_menu.aboutToShow.connect(  # the office's staff, not the meldpunt alone
            lambda: self.school_settings_action.setVisible(may_see_settings(self.window.office))
        )
        self.language_menu = QMenu(w)
        self.language_menu.addActions(self.language_group.actions())
        self.settings_menu.addMenu(self.language_menu)
        self.settings_menu.addAction(self.accounts_action)
        self.settings_menu.addAction(self.password_action)
        self.settings_menu.addAction(self.logout_action)
        self.help_menu = QMenu(w)
        self.help_menu.addAction(self.about_action)
        self.edit_menu = w.cases.menu
        bar = w.menuBar()
        for menu in (
            self.file_menu,
            self.edit_menu,
            self.view_menu,
            self.settings_menu,
            self.help_menu,
        ):
            bar.addMenu(menu)

    def retranslate(self) -> None:
        # The texts that were the window's keep its translation context (and translations).
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&Bestand"))
        self.open_action.setText(QCoreApplication.translate("MainWindow", "Store &openen…"))
        self.letters_action.setText(self.tr("&Brieven afdrukken…"))
        self.export_pack_action.setText(self.tr("Bezoekpakket &maken…"))
        self.import_pack_action.setText(self.tr("Bezoekpakket &inlezen…"))
        self.import_action.setText(self.tr("&Importeren…"))
        self.hours_import_action.setText(self.tr("Uren impor&teren…"))
        self.export_action.setText(self.tr("&Exporteren (studentenlijst)…"))
        self.backup_action.setText(self.tr("Back-&ups…"))
        # Packs are made and read in at the office, not in a pack on the laptop.
        in_pack = self.window.pack is not None
        self.export_pack_action.setEnabled(not in_pack)
        self.import_pack_action.setEnabled(not in_pack)
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "&Afsluiten"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "Bee&ld"))
        self.refresh_action.setText(QCoreApplication.translate("MainWindow", "&Vernieuwen"))
        self.find_action.setText(QCoreApplication.translate("MainWindow", "&Zoeken"))
        self.settings_menu.setTitle(QCoreApplication.translate("MainWindow", "&Instellingen"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Taal"))
        self.school_settings_action.setText(self.tr("&Instellingen…"))
        self.retention_action.setText(self.tr("&Bewaartermijnen…"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.about_action.setText(QCoreApplication.translate("MainWindow", "&Over StageDesk"))
        self.logout_action.setText(self.tr("&Afmelden / andere gebruiker…"))
        self.logout_action.setEnabled(not in_pack)  # a pack is its mentor's; it has no logins
        self.accounts_action.setText(self.tr("&Gebruikers en rollen…"))
        self.accounts_action.setVisible(may_manage_accounts(self.window.office) and not in_pack)
        self.password_action.setText(self.tr("&Wachtwoord wijzigen…"))
        self.password_action.setVisible(may_change_own_password(self.window.office))

    # --- letters ---------------------------------------------------------------------------------

    def letter_students(self) -> LetterStudents:
        """The list's selected students and everyone its current filter shows."""
        w = self.window
        model = w.model
        rows = sorted(index.row() for index in w.table.selectionModel().selectedRows())
        selected = [key for key in (model.student_id(row) for row in rows) if key is not None]
        filtered = model.directory.filter(model.current_filter)
        return LetterStudents(selected, filtered)

    def open_letters_dialog(self) -> LettersDialog:
        w = self.window
        dialog = LettersDialog(w.office, self.letter_students(), today=w.today(), parent=w)
        dialog.printed.connect(lambda _result: w.cases.refresh())  # the timelines show letters
        self._show(dialog)
        return dialog

    def run_import(self) -> None:
        """Students, companies or programmes from a file; the lists are read again after."""
        if show_import_dialog(self.window.office, self.window) is not None:
            self.window.reload()

    def run_hours_import(self) -> None:
        """Bpv hours from a company's or student's file; the lists are read again after."""
        w = self.window
        dialog = show_hours_import(w.office, w, w.today())
        if dialog is not None:
            self.dialog = dialog
            dialog.accepted.connect(w.reload)

    def open_settings_dialog(self) -> None:
        """The school's settings; lists that use them are read again after a save."""
        dialog = show_settings_dialog(self.window.office, self.window)
        if dialog is not None:
            dialog.saved.connect(self.window.reload)
            self.dialog = dialog

    def open_retention_dialog(self) -> RetentionDialog:
        """AVG retention periods and purge (admins); the lists are read again after a purge."""
        w = self.window
        dialog = RetentionDialog(w.office, w.today, w)
        dialog.purged.connect(lambda _result: w.reload())
        self._show(dialog)
        return dialog

    # --- visit packs -----------------------------------------------------------------------------

    def open_export_pack_dialog(self) -> ExportPackDialog:
        dialog = ExportPackDialog(self.window.office, self.window)
        self._show(dialog)
        return dialog

    def ask_import_pack(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Bezoekpakket inlezen"),
            str(documents_dir()),
            self.tr("StageDesk-bezoekpakket (*.sqlite)"),
        )
        if path:
            self.open_import_pack_dialog(Path(path))

    def open_import_pack_dialog(
        self, path: Path, passphrase: str | None = None
    ) -> ImportPackDialog:
        """``passphrase`` None: the dialog asks it before it reads the (encrypted) pack."""
        w = self.window
        dialog = ImportPackDialog(w.office, path, w, passphrase=passphrase)
        dialog.imported.connect(lambda _result: w.reload())
        self._show(dialog)
        dialog.start_preview()
        return dialog

    def _show(self, dialog: QDialog) -> None:
        """Not modal: the window stays usable while the dialog (and its work) runs."""
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
