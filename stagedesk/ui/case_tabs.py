"""The main window's open case files: one closable tab per student, and Edit → Undo/Redo.

A case opens from the student list (double-click, Enter, or "Dossier openen", Ctrl+Enter) and
from any screen's ``open_case_requested``; opening an open case brings its tab forward. At most
``MAX_OPEN`` cases stay open: opening one more closes the one looked at longest ago. Each case
has its own QUndoStack in one QUndoGroup whose active stack is the current tab's, so Ctrl+Z
and Ctrl+Shift+Z act on the case in front (and on nothing on the other tabs).

After an edit in a case the student's line in the list and the summary beside it are read
again (``StudentDirectory.refresh_student``: one row, not the whole index).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QModelIndex, QObject, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QMenu, QTabBar, QWidget

from stagedesk.services.directory import StudentKey
from stagedesk.ui.screens.base import Screen
from stagedesk.ui.screens.case_file import CaseFileScreen
from stagedesk.ui.text import fill

if TYPE_CHECKING:
    from stagedesk.ui.main_window import MainWindow

MAX_OPEN = 10


class CaseTabs(QObject):
    """Owns the case tabs of ``window`` (its ``tabs``), the undo group and the Edit menu."""

    def __init__(self, window: MainWindow, today: Callable[[], date]) -> None:
        super().__init__(window)
        self.window = window
        self.tabs = window.tabs
        self._today = today
        self.group = QUndoGroup(self)
        self.cases: dict[StudentKey, CaseFileScreen] = {}
        self._recent: list[StudentKey] = []  # looked at longest ago first
        self.tabs.setTabsClosable(True)
        self._strip_close_buttons()
        self.tabs.tabCloseRequested.connect(self._close_index)
        self.tabs.currentChanged.connect(self._current_changed)
        window.table.activated.connect(self._open_row)

        self.menu = QMenu(window)
        self.open_action = QAction(window)
        self.open_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.open_action.triggered.connect(self.open_selected)
        self.close_action = QAction(window)
        self.close_action.setShortcuts(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close_current)
        window.addAction(self.open_action)
        window.addAction(self.close_action)
        self._build_menu()
        self.retranslate()

    # --- opening and closing ---------------------------------------------------------------------

    def open_case(self, key: StudentKey) -> CaseFileScreen | None:
        """Bring the student's case forward, opening it if needed (None if it cannot be read)."""
        screen = self.cases.get(key)
        if screen is None:
            screen = CaseFileScreen(self.window.office, uuid.UUID(hex=key), self._today)
            if screen.case is None:  # refused or gone: say so where the user is
                self.window.statusBar().showMessage(screen.message.text(), 8000)
                screen.deleteLater()
                return None
            self.cases[key] = screen
            self.group.addStack(screen.undo_stack)
            screen.changed.connect(self._case_changed)
            index = self.tabs.addTab(screen, screen.title())
            self.tabs.setTabToolTip(index, screen.header.details.text())
            self._strip_close_buttons()
        self.tabs.setCurrentWidget(screen)
        while len(self.cases) > MAX_OPEN:
            oldest = next(k for k in self._recent if k != key)
            self.close_case(oldest)
        return screen

    def open_selected(self) -> None:
        """Ctrl+Enter on the student list: open the selected student's case."""
        if self.tabs.currentIndex() == 0 and self.window.selected_student() is not None:
            self.open_case(self.window.selected_student() or "")

    def _open_row(self, index: QModelIndex) -> None:
        key = self.window.model.student_id(index.row())
        if key is not None:
            self.open_case(key)

    def close_case(self, key: StudentKey) -> None:
        screen = self.cases.pop(key, None)
        if screen is None:
            return
        if key in self._recent:
            self._recent.remove(key)
        self.group.removeStack(screen.undo_stack)
        self.tabs.removeTab(self.tabs.indexOf(screen))
        screen.deleteLater()

    def close_current(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, CaseFileScreen):
            self.close_case(current.key)

    def close_all(self) -> None:
        """Another store is opened: its cases are other students."""
        for key in list(self.cases):
            self.close_case(key)

    def current(self) -> CaseFileScreen | None:
        current = self.tabs.currentWidget()
        return current if isinstance(current, CaseFileScreen) else None

    def refresh(self) -> None:
        """F5: read every open case again."""
        for screen in self.cases.values():
            screen.reload()
            self.tabs.setTabText(self.tabs.indexOf(screen), screen.title())

    def _close_index(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, CaseFileScreen):
            self.close_case(widget.key)

    def _current_changed(self, _index: int) -> None:
        screen = self.current()
        self.group.setActiveStack(screen.undo_stack if screen else cast(QUndoStack, None))
        if screen is not None:
            if screen.key in self._recent:
                self._recent.remove(screen.key)
            self._recent.append(screen.key)

    def _strip_close_buttons(self) -> None:
        """Only case tabs close: the list and the screens stay."""
        bar = self.tabs.tabBar()
        for index in range(self.tabs.count()):
            if not isinstance(self.tabs.widget(index), CaseFileScreen):
                for side in (QTabBar.ButtonPosition.RightSide, QTabBar.ButtonPosition.LeftSide):
                    button = bar.tabButton(index, side)
                    if button is not None:
                        button.hide()
                        bar.setTabButton(index, side, cast(QWidget, None))

    # --- after an edit ---------------------------------------------------------------------------

    def _case_changed(self, key: StudentKey) -> None:
        window = self.window
        directory = window.office.directory
        if not directory.refresh_student(key):
            directory.reload()
        window.model.refresh()
        if window.selected_student() == key:
            window.summary.show_summary(directory.summary(key))
        for screen in window.screens:
            cast(Screen, screen).refresh()  # hidden screens only note that they are stale

    # --- the Edit menu ---------------------------------------------------------------------------

    def _build_menu(self) -> None:
        group = self.group
        # The texts are ours ("Ongedaan maken: sollicitatie toevoegen"), set after Qt's own.
        # Children of this object, not of the window: they must outlive the group's last
        # signals when the window closes.
        self.undo_action = group.createUndoAction(self)
        self.redo_action = group.createRedoAction(self)
        self.undo_action.setObjectName("undoAction")
        self.redo_action.setObjectName("redoAction")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        group.undoTextChanged.connect(self._name_undo)
        group.redoTextChanged.connect(self._name_redo)
        self.menu.addAction(self.undo_action)
        self.menu.addAction(self.redo_action)
        self.window.addAction(self.undo_action)
        self.window.addAction(self.redo_action)
        self.menu.addSeparator()
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.close_action)

    @Slot(str)  # a real slot: disconnected when this object goes, unlike a plain method
    def _name_undo(self, text: str) -> None:
        if not shiboken6.isValid(self.undo_action):  # the window is being taken down
            return
        self.undo_action.setText(
            fill(self.tr("Ongedaan maken: %1"), text) if text else self.tr("Ongedaan maken")
        )

    @Slot(str)
    def _name_redo(self, text: str) -> None:
        if not shiboken6.isValid(self.redo_action):
            return
        self.redo_action.setText(fill(self.tr("Opnieuw: %1"), text) if text else self.tr("Opnieuw"))

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Be&werken"))
        self._name_undo(self.group.undoText())
        self._name_redo(self.group.redoText())
        self.open_action.setText(self.tr("&Dossier openen"))
        self.close_action.setText(self.tr("Dossier &sluiten"))
