"""The case file's "Voortgang" tab: the student's prerequisites for the current or next
placement, and the placement's hours against what it requires.

Read when the tab is looked at (opening a case costs no query for it); after every step of the
case (an edit, an undo, a redo) the screen hands over the case read again and the tab reads
its part again. Changes are undoable steps on the case's stack (``ui.case_progress_commands``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from stagedesk.services.cases import CaseFile
from stagedesk.services.placement_views import PlacementView
from stagedesk.services.timeline import TimelineKind
from stagedesk.ui.case_commands import Step
from stagedesk.ui.widgets.case_progress_commands import Records
from stagedesk.ui.widgets.case_progress_hours import HoursSection
from stagedesk.ui.widgets.case_progress_prereqs import PrerequisiteSection
from stagedesk.ui.widgets.placement_choice import PlacementChoice

if TYPE_CHECKING:
    from stagedesk.ui.screens.case_file import CaseFileScreen


class ProgressPanel(QWidget):
    """The tab; its two sections are built when it is first shown (every case tab has the
    panel, few are looked at: building them cost each case about 10 ms)."""

    prerequisites: PrerequisiteSection
    hours: HoursSection

    def __init__(self, screen: CaseFileScreen) -> None:
        super().__init__()
        self.setObjectName("progressPanel")
        self.screen = screen
        self._stale = False
        self.records = Records()  # what the undo steps of this tab last knew
        self.placement = PlacementChoice(early_end=True)
        self.placement.setObjectName("progressPlacement")
        self._built = False
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.placement)
        self.placement.currentIndexChanged.connect(lambda _i: self.read())

    def _build(self) -> None:
        if self._built:
            return
        self._built = True
        self.prerequisites = PrerequisiteSection(self)
        self.hours = HoursSection(self)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.prerequisites)
        split.addWidget(self.hours)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self._layout.addWidget(split, 1)
        split.show()  # now, not on the next event loop turn (the panel is being shown)
        self.retranslate()

    def retranslate(self) -> None:
        if self._built:
            self.prerequisites.retranslate()
            self.hours.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- showing ---------------------------------------------------------------------------------

    def show_case(self, case: CaseFile) -> None:
        """The case was read (again): list its placements, keep the one chosen."""
        self.placement.set_placements(
            case.placements, self.screen.current_placement(), self.tr("%1 (%2 t/m %3)")
        )
        self._stale = True
        if self.isVisible():
            self.read()

    def current_placement(self) -> PlacementView | None:
        return self.placement.current()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale or not self._built:
            self.read()

    def read(self) -> None:
        self._build()
        self._stale = False
        self.prerequisites.read()
        self.hours.read()

    # --- changing --------------------------------------------------------------------------------

    def push(self, step: Step) -> None:
        """An undoable step (Ctrl+Z): the stack reads the case again and tells the window."""
        placement = self.current_placement()
        if placement is not None:
            self.screen.push([step], TimelineKind.PLACEMENT, placement.id)
        else:
            self.screen.push([step], TimelineKind.NOTE, self.screen.student_id)
