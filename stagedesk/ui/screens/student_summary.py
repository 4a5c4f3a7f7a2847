"""The read-only panel beside the student list: who the selected student is and where they stand."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from stagedesk.domain.dates import age_on, format_date, is_minor
from stagedesk.domain.names import display_name
from stagedesk.store.queries import ApplicationBrief, PlacementBrief, StudentSummary
from stagedesk.ui import labels
from stagedesk.ui.text import fill


class StudentSummaryPanel(QWidget):
    """Shows one ``StudentSummary``, or a hint when no student is selected.

    The details are one rich-text document in a read-only browser rather than a form of labels:
    a document wraps long programme and company names reliably at any panel width (a form of
    word-wrapping labels cuts wrapped lines off), and the user can select and copy from it.
    """

    def __init__(
        self, *, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("studentSummary")
        self._today = today
        self._summary: StudentSummary | None = None
        self._no_students = False
        self._heading: list[str] = []
        self._fields: list[tuple[str, str]] = []

        self._empty = QLabel()
        self._empty.setObjectName("summaryEmpty")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setMargin(16)

        self._details = QTextBrowser()
        self._details.setObjectName("summaryDetails")
        self._details.setOpenLinks(False)
        self._details.setFrameShape(QFrame.Shape.NoFrame)
        palette = self._details.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self._details.setPalette(palette)

        self._stack = QStackedWidget()
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self.setMinimumWidth(280)
        self._render()

    # --- public ----------------------------------------------------------------------------------

    @property
    def summary(self) -> StudentSummary | None:
        return self._summary

    def show_summary(self, summary: StudentSummary | None, *, no_students: bool = False) -> None:
        """Show ``summary``; ``None`` shows the hint (``no_students``: the list is empty)."""
        self._summary = summary
        self._no_students = no_students
        self._render()

    def is_empty(self) -> bool:
        return self._summary is None

    def text(self) -> str:
        """Everything the panel shows, one line per field (what a user reads; for tests)."""
        if self._summary is None:
            return self._empty.text()
        lines = [*self._heading, *(f"{caption} {value}" for caption, value in self._fields)]
        return "\n".join(lines)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    # --- rendering -------------------------------------------------------------------------------

    def _render(self) -> None:
        summary = self._summary
        if summary is None:
            self._empty.setText(
                self.tr("Geen studenten gevonden.")
                if self._no_students
                else self.tr("Selecteer een student in de lijst om de gegevens te zien.")
            )
            self._stack.setCurrentIndex(0)
            return
        today = self._today()
        row = summary.row
        self._heading = [
            display_name(row.given_name, row.tussenvoegsel, row.surname),
            fill(self.tr("Studentnummer %1"), row.student_number),
        ]
        self._fields = []
        self._add(
            self.tr("Opleiding"),
            fill(self.tr("%1 (niveau %2, %3)"), row.programme, row.niveau, row.leerweg.value),
        )
        self._add(
            self.tr("Cohort"),
            fill(self.tr("%1, klas %2"), row.cohort, row.class_group)
            if row.class_group
            else str(row.cohort),
        )
        self._add(self.tr("Mentor"), row.mentor or self.tr("geen mentor"))
        self._add(self.tr("Geboortedatum"), self._birth(summary.date_of_birth, today))
        self._add(
            self.tr("Extra ondersteuning"),
            self.tr("ja") if summary.extra_support else self.tr("nee"),
        )
        self._add(
            self.tr("Status"),
            "\n".join([labels.search_status(row.status), self._since(row.status_since, today)]),
        )
        self._add(
            self.tr("Sollicitaties"),
            self._applications(summary.application_count, summary.rejection_count),
        )
        if summary.latest_application is not None:
            self._add(
                self.tr("Laatste sollicitatie"), self._application(summary.latest_application)
            )
        self._add(self.tr("Plaatsing"), self._placement(summary.placement))
        self._details.setHtml(self._html())
        self._stack.setCurrentIndex(1)

    def _add(self, caption: str, value: str) -> None:
        self._fields.append((caption, value))

    def _html(self) -> str:
        def lines(text: str) -> str:
            return "<br>".join(html.escape(line) for line in text.split("\n"))

        name, number = self._heading
        rows = "".join(
            f'<tr><td valign="top" style="padding: 3px 14px 3px 0">{lines(caption)}</td>'
            f'<td valign="top" style="padding: 3px 0">{lines(value)}</td></tr>'
            for caption, value in self._fields
        )
        return (
            f'<h2 style="margin: 0">{html.escape(name)}</h2>'
            f'<p style="margin: 2px 0 10px 0">{html.escape(number)}</p>'
            f'<table cellspacing="0" cellpadding="0">{rows}</table>'
        )

    def _birth(self, dob: date, today: date) -> str:
        if dob > today:
            return format_date(dob)
        if is_minor(dob, today):
            return fill(self.tr("%1 (%2 jaar, minderjarig)"), format_date(dob), age_on(dob, today))
        return fill(self.tr("%1 (%2 jaar)"), format_date(dob), age_on(dob, today))

    def _since(self, since: date, today: date) -> str:
        days = (today - since).days
        if days == 0:
            return fill(self.tr("sinds %1 (vandaag)"), format_date(since))
        if days == 1:
            return fill(self.tr("sinds %1 (1 dag)"), format_date(since))
        return fill(self.tr("sinds %1 (%2 dagen)"), format_date(since), days)

    def _applications(self, total: int, rejected: int) -> str:
        if total == 0:
            return self.tr("nog geen")
        if rejected == 0:
            return str(total)
        return fill(self.tr("%1, waarvan %2 afgewezen"), total, rejected)

    def _application(self, application: ApplicationBrief) -> str:
        lines = [
            application.company,
            fill(
                self.tr("%1 op %2"),
                labels.application_status(application.status),
                format_date(application.changed_on),
            ),
        ]
        if application.rejection_reason is not None:
            lines.append(
                fill(self.tr("reden: %1"), labels.rejection_reason(application.rejection_reason))
            )
        return "\n".join(lines)

    def _placement(self, placement: PlacementBrief | None) -> str:
        if placement is None:
            return self.tr("nog geen plaatsing")
        lines = [
            placement.company,
            fill(
                self.tr("%1 t/m %2"),
                format_date(placement.start_date),
                format_date(placement.end_date),
            ),
            fill(self.tr("%1 uur per week"), placement.hours_per_week),
            fill(self.tr("POK: %1"), labels.pok_status(placement.pok_status)),
        ]
        if placement.ended_early_on is not None:
            lines.append(
                fill(self.tr("voortijdig beëindigd op %1"), format_date(placement.ended_early_on))
            )
        return "\n".join(lines)
