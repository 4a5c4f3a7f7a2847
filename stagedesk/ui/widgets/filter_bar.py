"""The row above the student list: search text, status and programme filters, and the count."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from stagedesk.domain.enums import SearchStatus
from stagedesk.services.directory import ListFilter
from stagedesk.store.queries import ProgrammeChoice
from stagedesk.ui import labels
from stagedesk.ui.text import count, fill


class FilterBar(QWidget):
    """Emits ``filter_changed`` on every keystroke and choice; the window filters synchronously."""

    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._programmes: list[ProgrammeChoice] = []
        self._shown = self._total = 0

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.programme = QComboBox()
        self.programme.setObjectName("programmeFilter")
        self.programme.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.programme.setMinimumContentsLength(24)
        self.count_label = QLabel()
        self.count_label.setObjectName("studentCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.status)
        layout.addWidget(self.programme, 2)
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self.filter_changed)
        self.status.currentIndexChanged.connect(self.filter_changed)
        self.programme.currentIndexChanged.connect(self.filter_changed)
        self.retranslate()

    def current_filter(self) -> ListFilter:
        status_value = self.status.currentData()
        programme_value = self.programme.currentData()
        return ListFilter(
            text=self.search.text(),
            status=SearchStatus(status_value) if status_value else None,
            programme_id=uuid.UUID(programme_value) if programme_value else None,
        )

    def clear(self) -> None:
        """Show everyone: empty text, all statuses, all programmes (one refilter)."""
        for widget in (self.search, self.status, self.programme):
            widget.blockSignals(True)
        self.search.clear()
        self.status.setCurrentIndex(0)
        self.programme.setCurrentIndex(0)
        for widget in (self.search, self.status, self.programme):
            widget.blockSignals(False)
        self.filter_changed.emit()

    def set_programmes(self, programmes: Sequence[ProgrammeChoice]) -> None:
        """Offer these programmes; keeps the chosen one if it is still among them."""
        self._programmes = list(programmes)
        self._fill_programmes()

    def set_count(self, shown: int, total: int) -> None:
        self._shown, self._total = shown, total
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Zoek op naam, studentnummer, opleiding of bedrijf"))
        self.search.setToolTip(self.tr("Ctrl+F: naar het zoekveld"))
        self.status.setToolTip(self.tr("Alleen studenten met deze status"))
        self.programme.setToolTip(self.tr("Alleen studenten van deze opleiding"))
        self._fill_statuses()
        self._fill_programmes()
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(
            fill(self.tr("%1 van %2 studenten"), count(self._shown), count(self._total))
        )

    def _fill_statuses(self) -> None:
        chosen = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("Alle statussen"), "")
        for status in SearchStatus:
            self.status.addItem(labels.search_status(status), status.value)
        self.status.setCurrentIndex(max(0, self.status.findData(chosen or "")))
        self.status.blockSignals(False)

    def _fill_programmes(self) -> None:
        chosen = self.programme.currentData()
        self.programme.blockSignals(True)
        self.programme.clear()
        self.programme.addItem(self.tr("Alle opleidingen"), "")
        for p in self._programmes:
            text = fill(self.tr("%1 (niveau %2, %3)"), p.name, p.niveau, labels.leerweg(p.leerweg))
            self.programme.addItem(text, str(p.id))
        index = self.programme.findData(chosen or "")
        self.programme.setCurrentIndex(max(0, index))
        self.programme.blockSignals(False)
        if chosen and index < 0:  # the chosen programme is gone (another store): show all
            self.filter_changed.emit()
