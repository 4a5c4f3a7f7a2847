"""The visit agenda: planned supervision visits by ISO week, overdue ones marked, for one
mentor or (for the office) everyone; a mentor's visits export to their calendar (.ics).

Overdue visits stay in the week they were planned for, marked in red and in words
("te laat"), so the mark does not rest on colour alone. A double-click opens the case.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import StaffRole
from stagedesk.domain.errors import StageDeskError
from stagedesk.services import agenda, ics
from stagedesk.services.actor import CASE_WORKERS
from stagedesk.services.office import Office
from stagedesk.services.visit_people import visitor_choices
from stagedesk.services.visit_views import VisitView
from stagedesk.ui import company_labels
from stagedesk.ui.dialogs.form import MESSAGE_STYLE, error_message
from stagedesk.ui.save_paths import documents_dir, with_suffix
from stagedesk.ui.screens.base import LazyScreen
from stagedesk.ui.table_export import ExportButton
from stagedesk.ui.text import count, fill
from stagedesk.ui.widgets import visit_labels

_KEY = Qt.ItemDataRole.UserRole
ALL = ""  # the mentor box's "every mentor" entry


class AgendaScreen(LazyScreen):
    """Implements screens.base.Screen; ``open_case_requested`` carries a student's key."""

    open_case_requested = Signal(str)

    def __init__(
        self, office: Office, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(office, parent)
        self.setObjectName("agendaScreen")
        self._today = today
        self.agenda: agenda.Agenda | None = None
        self.mentor = QComboBox()
        self.mentor.setObjectName("agendaMentor")
        self.mentor.setMinimumContentsLength(22)
        self.mentor_label = QLabel()
        self.mentor_label.setBuddy(self.mentor)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportIcs")
        self.summary = QLabel()
        self.summary.setObjectName("agendaSummary")
        self.message = QLabel()
        self.message.setObjectName("agendaMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.hide()
        self.tree = QTreeWidget()
        self.tree.setObjectName("agendaTree")
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        bar = QHBoxLayout()
        bar.addWidget(self.mentor_label)
        bar.addWidget(self.mentor)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.export_button)
        self.export_list = ExportButton(lambda: self.tree, self.title, self)
        bar.addWidget(self.export_list)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.tree, 1)
        self.mentor.currentIndexChanged.connect(lambda _i: self._read())
        self.tree.itemActivated.connect(self._activated)
        self.export_button.clicked.connect(self.ask_export)
        self.retranslate()

    # --- the Screen protocol ---------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Bezoekagenda")

    def set_office(self, office: Office) -> None:
        self.mentor.blockSignals(True)
        self.mentor.clear()  # another store's staff; the one working is chosen again
        self.mentor.blockSignals(False)
        super().set_office(office)

    def read(self) -> None:
        """The mentors to choose from, then the chosen one's agenda."""
        self._fill_mentors()
        self._read()

    def retranslate(self) -> None:
        self.mentor_label.setText(self.tr("&Begeleider"))
        self.export_button.setText(self.tr("&Exporteren naar agenda (.ics)…"))
        self.tree.setHeaderLabels(
            [self.tr("Datum"), self.tr("Student"), self.tr("Bedrijf"), self.tr("Adres"),
             self.tr("Soort"), self.tr("Vorm"), self.tr("Begeleider"), self.tr("Status")]
        )  # fmt: skip
        if self.mentor.count() and self.mentor.itemData(0) == ALL:
            self.mentor.setItemText(0, self.tr("Alle begeleiders"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- choosing the mentor ---------------------------------------------------------------------

    def _fill_mentors(self) -> None:
        """The office sees every mentor (and all at once); a mentor only themself."""
        actor = self.office.actor
        chosen = self.mentor.currentData()
        self.mentor.blockSignals(True)
        self.mentor.clear()
        if actor.has(*CASE_WORKERS):
            self.mentor.addItem(self.tr("Alle begeleiders"), ALL)
            for choice in visitor_choices(self.office.sessions):
                self.mentor.addItem(choice.name, choice.id.hex)
        elif actor.staff_id is not None:
            self.mentor.addItem(actor.name, actor.staff_id.hex)
        if chosen is None:  # first time: the one working, if they visit students
            mine = actor.staff_id.hex if actor.staff_id and actor.has(StaffRole.MENTOR) else ALL
            chosen = mine
        found = self.mentor.findData(chosen)
        self.mentor.setCurrentIndex(max(found, 0))
        self.mentor.blockSignals(False)

    def mentor_id(self) -> uuid.UUID | None:
        data = self.mentor.currentData()
        return uuid.UUID(hex=data) if data else None

    def choose_mentor(self, name: str) -> None:
        self.mentor.setCurrentIndex(self.mentor.findText(name))

    # --- reading and showing ---------------------------------------------------------------------

    def _read(self) -> None:
        self.message.hide()
        self.agenda = None
        if self.mentor.count() == 0:
            self.message.setText(
                self.tr("Alleen begeleiders en het stagebureau hebben een agenda.")
            )
            self.message.show()
        else:
            try:
                self.agenda = agenda.mentor_agenda(
                    self.office.sessions, self.office.actor, self.mentor_id(), today=self._today()
                )
            except StageDeskError as exc:
                self.message.setText(error_message(exc))
                self.message.show()
        self._show()

    def _show(self) -> None:
        self.tree.clear()
        found = self.agenda
        self.export_button.setEnabled(self.mentor_id() is not None)
        if found is None:
            self.summary.setText("")
            return
        bold = QFont(self.font())
        bold.setBold(True)
        red = QBrush(QColor(visit_labels.OVERDUE_COLOUR))
        for week in found.weeks:
            head = QTreeWidgetItem([self._week_title(week)])
            head.setFirstColumnSpanned(True)
            head.setFont(0, bold)
            if week.overdue:
                head.setForeground(0, red)
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            for visit in week.visits:
                item = QTreeWidgetItem(self._cells(visit))
                item.setData(0, _KEY, visit.student_id.hex)
                if visit.overdue:
                    for column in range(item.columnCount()):
                        item.setForeground(column, red)
                head.addChild(item)
            head.setExpanded(True)
        for column in range(self.tree.columnCount() - 1):
            self.tree.resizeColumnToContents(column)
        self.summary.setText(
            fill(
                self.tr("%1 geplande bezoeken tot en met %2, waarvan %3 te laat"),
                count(len(found.visits)),
                format_date(found.until),
                count(found.overdue),
            )
        )

    def _week_title(self, week: agenda.AgendaWeek) -> str:
        sunday = week.monday + timedelta(days=6)
        text = fill(
            self.tr("Week %1 (%2 t/m %3)"),
            week.week,
            format_date(week.monday),
            format_date(sunday),
        )
        if week.overdue:
            text = fill(self.tr("%1 — %2 te laat"), text, count(week.overdue))
        return text

    def _cells(self, visit: VisitView) -> list[str]:
        day = visit.planned_on
        when = visit_labels.when(visit)
        if day is not None:
            # The language's own short day name ("wo", "Wed"): QLocale's default follows it.
            weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            when = fill(self.tr("%1 %2"), weekday, when)
        return [
            when,
            visit.student_name,
            visit.company_name,
            visit.company_address or "",
            company_labels.visit_type(visit.visit_type),
            visit_labels.visit_mode(visit.mode),
            visit.mentor_name or "",
            visit_labels.status(visit),
        ]

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, _KEY)
        if key:
            self.open_case_requested.emit(key)

    # --- .ics ------------------------------------------------------------------------------------

    def ask_export(self) -> None:
        mentor = self.mentor_id()
        if mentor is None:
            return
        name = self.mentor.currentText().lower().replace(" ", "-")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Bezoeken exporteren naar agenda"),
            str(documents_dir() / f"bezoeken-{name}.ics"), self.tr("iCalendar-bestand (*.ics)"),
        )  # fmt: skip
        if path:
            self.export(with_suffix(path, ".ics"))

    def export(self, out: Path) -> bool:
        """Write the chosen mentor's planned visits from today on; the reason if refused."""
        mentor = self.mentor_id()
        if mentor is None:
            return False
        try:
            data = ics.mentor_ics(
                self.office.sessions, self.office.actor, mentor, today=self._today()
            )
            out.write_bytes(data)
        except StageDeskError as exc:
            self.message.setText(error_message(exc))
            self.message.show()
            return False
        except OSError as exc:
            self.message.setText(
                fill(self.tr("Het bestand kan niet worden geschreven: %1"), exc.strerror or exc)
            )
            self.message.show()
            return False
        self.message.hide()
        self.summary.setText(fill(self.tr("Geëxporteerd naar %1"), str(out)))
        return True
