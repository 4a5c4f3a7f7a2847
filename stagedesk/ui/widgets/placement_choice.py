"""The case's placements as a choice, for the side panels that show one placement at a time
(the visits, the progress): the choice is kept when the case is read again."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from stagedesk.domain.dates import format_date
from stagedesk.services.placement_views import PlacementView
from stagedesk.ui.text import fill


class PlacementChoice(QComboBox):
    def __init__(self, *, early_end: bool, parent: QWidget | None = None) -> None:
        """``early_end``: a broken-off placement shows the day it ended, not its planned end."""
        super().__init__(parent)
        self._early_end = early_end
        self._placements: list[PlacementView] = []

    def set_placements(
        self, placements: Sequence[PlacementView], fallback: PlacementView | None, label: str
    ) -> None:
        """List ``placements`` (``label``: "%1 (%2 t/m %3)", translated by the panel), keeping
        the one chosen if it is still there, else ``fallback``; no change signal; shown only
        when there is a choice."""
        chosen = self.current()
        wanted = chosen.id if chosen else None
        if wanted is None or all(p.id != wanted for p in placements):
            wanted = fallback.id if fallback else None
        self._placements = list(placements)
        self.blockSignals(True)
        self.clear()
        for p in self._placements:
            end = (p.ended_early_on or p.end) if self._early_end else p.end
            self.addItem(
                fill(label, p.company_name, format_date(p.start), format_date(end)), p.id.hex
            )
        found = self.findData(wanted.hex) if wanted else -1
        self.setCurrentIndex(max(found, 0))
        self.blockSignals(False)
        self.setVisible(len(self._placements) > 1)

    def current(self) -> PlacementView | None:
        wanted = self.currentData()
        return next((p for p in self._placements if p.id.hex == wanted), None)
