"""Printing from the case's visits tab: the report of a held visit, or the blank protocol
checklist to take along to a planned one. Each is a page or two, written at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QPushButton

from stagedesk.domain.enums import VisitStatus
from stagedesk.domain.errors import StageDeskError
from stagedesk.services import letters_checklists
from stagedesk.ui.dialogs.letter_texts import letters_error
from stagedesk.ui.save_paths import documents_dir, with_suffix
from stagedesk.ui.text import fill

if TYPE_CHECKING:
    from stagedesk.ui.widgets.visit_panel import VisitPanel


class VisitPrinting(QObject):
    """The visits tab's "Afdrukken" button and its menu."""

    def __init__(self, panel: VisitPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.button = QPushButton()
        self.button.setObjectName("visitPrint")
        menu = QMenu(self.button)
        self.report_action = QAction(menu)
        self.report_action.setObjectName("printVisitReport")
        self.report_action.triggered.connect(self.ask_report)
        self.blank_action = QAction(menu)
        self.blank_action.setObjectName("printBlankChecklist")
        self.blank_action.triggered.connect(self.ask_blank)
        menu.addAction(self.report_action)
        menu.addAction(self.blank_action)
        self.button.setMenu(menu)

    def retranslate(self) -> None:
        self.button.setText(self.tr("A&fdrukken"))
        self.report_action.setText(self.tr("Bezoek&verslag…"))
        self.blank_action.setText(self.tr("&Lege checklist om mee te nemen…"))

    def update(self) -> None:
        visit = self.panel.visit_to_log()
        self.report_action.setEnabled(visit is not None and visit.status is VisitStatus.HELD)
        self.blank_action.setEnabled(visit is not None)
        self.button.setEnabled(visit is not None)

    def _ask(self, title: str, name: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self.panel, title, str(documents_dir() / name), self.tr("PDF-bestand (*.pdf)")
        )
        return with_suffix(path, ".pdf") if path else None

    def ask_report(self) -> None:
        visit = self.panel.visit_to_log()
        if visit is None:
            return
        name = f"bezoekverslag-{visit.student_number}-{visit.visit_type.value}.pdf"
        out = self._ask(self.tr("Bezoekverslag opslaan als"), name)
        if out is not None:
            self.print_report(out)

    def ask_blank(self) -> None:
        visit = self.panel.visit_to_log()
        if visit is None:
            return
        out = self._ask(self.tr("Lege checklist opslaan als"), f"checklist-{visit.visit_type}.pdf")
        if out is not None:
            self.print_blank(out)

    def print_report(self, out: Path) -> bool:
        visit = self.panel.visit_to_log()
        if visit is None:
            return False
        ctx = self.panel.screen.context
        return self._write(
            out,
            lambda: letters_checklists.print_visit_report(
                ctx.sessions, ctx.actor, visit.id, out, today=ctx.today()
            ),
        )

    def print_blank(self, out: Path) -> bool:
        visit = self.panel.visit_to_log()
        if visit is None:
            return False
        ctx = self.panel.screen.context
        return self._write(
            out,
            lambda: letters_checklists.print_blank_checklist(
                visit.visit_type, out, sessions=ctx.sessions, actor=ctx.actor, today=ctx.today()
            ),
        )

    def _write(self, out: Path, write: Callable[[], object]) -> bool:
        screen = self.panel.screen
        try:
            write()
        except (StageDeskError, OSError) as exc:
            screen.show_message(letters_error(exc))
            return False
        screen.show_message("")
        window = screen.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(fill(self.tr("Opgeslagen: %1"), str(out)), 8000)
        return True
