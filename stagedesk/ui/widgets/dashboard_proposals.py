"""The dashboard's check on objectief werven en selecteren: proposals sent anonymised against
those sent by name this school year — how many, chosen, declined, no answer, still open, and
the rejection rate (declined or unanswered among the answered; domain.profiles)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from stagedesk.services.profile_rates import KindRate, ProposalRates
from stagedesk.ui.text import count
from stagedesk.ui.widgets.dashboard_tiles import percent


class ProposalRatesBox(QGroupBox):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("dashboardProposals")
        self.table = QTableWidget(2, 6)
        self.table.setObjectName("proposalRates")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        self.rates: ProposalRates | None = None
        self.retranslate()
        self._fit()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Objectief werven: anonieme en benoemde voorstellen"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Voorstellen"), self.tr("Gekozen"), self.tr("Afgewezen"),
             self.tr("Geen antwoord"), self.tr("Open"), self.tr("Afwijzingspercentage")]
        )  # fmt: skip
        self.table.setVerticalHeaderLabels([self.tr("Anoniem"), self.tr("Op naam")])
        self.note.setText(
            self.tr(
                "Dit schooljaar verstuurd. Afwijzingspercentage: afgewezen of geen antwoord, "
                "van de voorstellen met een uitkomst; open voorstellen tellen niet mee."
            )
        )
        self.show_rates(self.rates)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_rates(self, rates: ProposalRates | None) -> None:
        self.rates = rates
        if rates is None:
            return
        for row, kind in enumerate((rates.anonymised, rates.named)):
            for column, text in enumerate(_cells(kind)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self._fit()

    def _fit(self) -> None:
        """As high as its two rows: no empty band under them."""
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(rows + header + 2 * self.table.frameWidth())


def _cells(kind: KindRate) -> list[str]:
    rate = kind.rejection_rate
    return [
        count(kind.proposals),
        count(kind.chosen),
        count(kind.declined),
        count(kind.no_answer),
        count(kind.open),
        "–" if rate is None else percent(rate),
    ]
