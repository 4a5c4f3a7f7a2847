"""Printing from a case file: one letter to this student (template of choice) and the
placement overview for the company. Both land in the letter register, so the case is read
again afterwards and the timeline shows them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QPushButton

from stagedesk.domain.errors import StageDeskError
from stagedesk.services import letters_overview
from stagedesk.ui.dialogs.letter_texts import letters_error
from stagedesk.ui.dialogs.letters_dialog import LettersDialog
from stagedesk.ui.save_paths import documents_dir, with_suffix
from stagedesk.ui.text import fill

if TYPE_CHECKING:
    from pathlib import Path

    from stagedesk.ui.screens.case_file import CaseFileScreen


class CasePrinting(QObject):
    """The case's "Afdrukken" button and its menu."""

    def __init__(self, screen: CaseFileScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.button = QPushButton()
        self.button.setObjectName("casePrint")
        self.menu = QMenu(self.button)
        self.letter_action = QAction(self.menu)
        self.letter_action.setObjectName("printLetter")
        self.letter_action.triggered.connect(self.letter_dialog)
        self.overview_action = QAction(self.menu)
        self.overview_action.setObjectName("printOverview")
        self.overview_action.triggered.connect(self.ask_overview)
        self.menu.addAction(self.letter_action)
        self.menu.addAction(self.overview_action)
        self.button.setMenu(self.menu)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Afdr&ukken"))
        self.letter_action.setText(self.tr("&Brief…"))
        self.overview_action.setText(self.tr("&Plaatsingsoverzicht voor het bedrijf…"))

    def update(self) -> None:
        case = self.screen.case
        # Printing is the office's work, like editing the case (services.letters checks too).
        self.button.setVisible(case is not None and case.may_edit)
        self.overview_action.setEnabled(case is not None and bool(case.placements))

    def letter_dialog(self) -> None:
        s = self.screen
        if s.case is None:
            return
        dialog = LettersDialog.for_student(
            s.office, s.key, s.case.header.name, today=s.today(), parent=s
        )
        dialog.printed.connect(lambda _result: s.reload())
        s.open_dialog(dialog)

    def ask_overview(self) -> None:
        s = self.screen
        if s.case is None:
            return
        suggested = documents_dir() / f"plaatsingsoverzicht-{s.case.header.student_number}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            s, self.tr("Plaatsingsoverzicht opslaan als"), str(suggested),
            self.tr("PDF-bestand (*.pdf)"),
        )  # fmt: skip
        if path:
            self.print_overview(with_suffix(path, ".pdf"))

    def print_overview(self, out: Path) -> bool:
        """One page, written at once (it takes a few milliseconds); the reason if refused."""
        s = self.screen
        placement = s.current_placement()
        try:
            letters_overview.print_overview(
                s.context.sessions,
                s.context.actor,
                s.student_id,
                out,
                placement_id=placement.id if placement else None,
                today=s.today(),
            )
        except (StageDeskError, OSError) as exc:
            s.show_message(letters_error(exc))
            return False
        s.show_message("")
        s.reload()
        window = s.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                fill(self.tr("Plaatsingsoverzicht opgeslagen: %1"), str(out)), 8000
            )
        return True
