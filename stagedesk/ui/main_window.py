"""The main window: the filterable student list, the selected student's summary, and the menus."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.errors import StageDeskError
from stagedesk.services.directory import StudentKey
from stagedesk.services.office import Office
from stagedesk.ui.case_tabs import CaseTabs
from stagedesk.ui.dialogs.actor_dialog import describe, sign_in, switch_user
from stagedesk.ui.dialogs.pack_opened import opened_pack, pack_banner
from stagedesk.ui.i18n import Translations
from stagedesk.ui.menus import WindowMenus
from stagedesk.ui.models.student_table import Column, StudentTableModel
from stagedesk.ui.screens.base import Screen
from stagedesk.ui.screens.catalog import screen_factories
from stagedesk.ui.screens.student_summary import StudentSummaryPanel
from stagedesk.ui.stores import (
    COLUMNS_KEY,
    GEOMETRY_KEY,
    LANGUAGE_KEY,
    SPLITTER_KEY,
    STATE_KEY,
    app_version,
    open_office,
    remember_store,
)
from stagedesk.ui.text import fill
from stagedesk.ui.widgets.filter_bar import FilterBar
from stagedesk.ui.widgets.student_table_view import StudentTableView

SUMMARY_DELAY_MS = 120
PACK_BANNER_STYLE = (
    "QLabel { background: #e3f2fd; color: #0d3c61; border-bottom: 1px solid #90caf9;"
    " padding: 6px 10px; font-weight: bold; }"
)


class MainWindow(QMainWindow):
    """Owns the open ``Office``: the window shows one store at a time."""

    def __init__(
        self,
        office: Office,
        *,
        translations: Translations | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.office = office
        if office.directory.total == 0:
            # Not read yet (Office.open does not read it; open_office does), or an empty store:
            # either way reading it costs next to nothing.
            office.directory.reload()
        self.translations = translations or Translations()
        self.today = today
        self._selected: StudentKey | None = None
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(SUMMARY_DELAY_MS)
        self._summary_timer.timeout.connect(self._load_summary)

        self.filter_bar = FilterBar()
        self.model = StudentTableModel(office.directory, today=today, parent=self)
        self.table = StudentTableView(self.model)
        # Several students at once for letters (Ctrl/Shift+click); the summary follows the
        # current row.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.summary = StudentSummaryPanel(today=today)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.summary)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, "")
        self.screens: list[QWidget] = []
        for factory in screen_factories():
            self.add_screen(factory(office, today))
        # Over the tabs, when the store is a mentor's visit pack: say so plainly.
        self.pack_banner = QLabel()
        self.pack_banner.setObjectName("packBanner")
        self.pack_banner.setStyleSheet(PACK_BANNER_STYLE)
        self.pack_banner.hide()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.pack_banner)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        # Whoever logged in is office.actor; the program (ui.app) sets this, so that opening
        # another store asks for a login there too. Tests build windows without it.
        self.login_required = False
        self.pack = opened_pack(office)
        self.cases = CaseTabs(self, today)
        self.actor_label = QLabel()
        self.statusBar().addPermanentWidget(self.actor_label)

        self.menus = WindowMenus(self)
        m = self.menus
        # The actions tests and the benchmark reach on the window itself.
        self.open_action, self.quit_action = m.open_action, m.quit_action
        self.refresh_action, self.find_action = m.refresh_action, m.find_action
        self.logout_action, self.language_actions = m.logout_action, m.language_actions
        self.file_menu, self.edit_menu, self.language_menu = (
            m.file_menu,
            m.edit_menu,
            m.language_menu,
        )
        self.filter_bar.filter_changed.connect(self.apply_filter)
        self.filter_bar.search.installEventFilter(self)
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.filter_bar.set_programmes(office.directory.programmes())

        self.retranslate()
        self._restore_state()
        self._after_reset()

    # --- building --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("StageDesk — %1"), self.office.location))
        if self.pack is not None:
            banner = pack_banner(self.pack)
            self.setWindowTitle(fill(self.tr("StageDesk — %1 — %2"), banner, self.office.location))
            self.pack_banner.setText(banner)
        self.pack_banner.setVisible(self.pack is not None)
        self.menus.retranslate()
        self.actor_label.setText(fill(self.tr("Werkt als: %1"), describe(self.office.actor)))
        self.tabs.setTabText(0, self.tr("Studenten"))
        for screen in self.screens:
            self.tabs.setTabText(self.tabs.indexOf(screen), cast(Screen, screen).title())
        self.cases.retranslate()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the list --------------------------------------------------------------------------------

    def apply_filter(self) -> None:
        self.model.set_filter(self.filter_bar.current_filter())

    def _after_reset(self) -> None:
        """After every refilter: update the count and keep (or make) a selection."""
        self.filter_bar.set_count(self.model.rowCount(), self.office.directory.total)
        if self.model.rowCount() == 0:
            self.summary.show_summary(None, no_students=True)
            return
        row = self.model.row_of(self._selected) if self._selected else None
        self.select_row(0 if row is None else row)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, Column.NAME)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        self._show_student(self.model.student_id(row))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_student(self.model.student_id(current.row()))

    def _show_student(self, student_id: StudentKey | None) -> None:
        if student_id is None:
            self._summary_timer.stop()
            self.summary.show_summary(None)
            return
        shown = self.summary.summary
        if shown is not None and shown.row.id.hex == student_id and self._selected == student_id:
            return
        self._selected = student_id
        # The list follows every keystroke at once; the summary, one query more, follows when
        # the selection has stood still for a moment, so typing never waits for it.
        self._summary_timer.start()

    def _load_summary(self) -> None:
        if self._selected is not None:
            self.summary.show_summary(self.office.directory.summary(self._selected))

    def selected_student(self) -> StudentKey | None:
        return self._selected

    @property
    def filter_edit(self) -> QLineEdit:
        """The search field (what the benchmark types into)."""
        return self.filter_bar.search

    # --- actions ---------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def reload(self) -> None:
        """Read the store again (F5): someone else may have changed it."""
        self.office.directory.reload()
        self.filter_bar.set_programmes(self.office.directory.programmes())
        self.summary.show_summary(None)  # so the selected student's summary is read again
        self.model.refresh()
        for screen in self.screens:
            cast(Screen, screen).refresh()
        self.cases.refresh()

    def add_screen(self, screen: QWidget) -> None:
        """Show ``screen`` (see screens.base.Screen) as a tab after the student list."""
        self.screens.append(screen)
        self.tabs.addTab(screen, cast(Screen, screen).title())
        signal = getattr(screen, "open_case_requested", None)
        if signal is not None:
            signal.connect(self.open_case)

    def open_case(self, key: StudentKey) -> None:
        """Open the student's case file as a tab (see case_tabs); the list selects them too."""
        row = self.model.row_of(key)
        if row is not None and key != self._selected:
            self.select_row(row)
        self.cases.open_case(key)

    def show_student(self, key: StudentKey) -> None:
        """Bring the student list forward with this student selected (filters cleared when
        they hide the student)."""
        self.tabs.setCurrentIndex(0)
        row = self.model.row_of(key)
        if row is None:
            self.filter_bar.clear()
            row = self.model.row_of(key)
        if row is not None:
            self.select_row(row)

    def open_store_dialog(self) -> None:
        current = Path(self.office.location)
        start = str(current.parent) if current.parent.is_dir() else str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Store openen"), start, self.tr("StageDesk-store (*.sqlite)")
        )
        if path:
            self.open_store(path)

    def open_store(self, location: str) -> bool:
        """Switch to the store at ``location``; on failure say why and keep the current one."""
        try:
            office = open_office(location, create=False)
        except StageDeskError as exc:
            QMessageBox.critical(
                self,
                self.tr("Store openen"),
                fill(self.tr("De store kan niet worden geopend:\n%1"), exc),
            )
            return False
        if self.login_required and not sign_in(office, self):
            office.close()
            return False
        self.cases.close_all()
        old, self.office = self.office, office
        self._selected = None
        self.filter_bar.set_programmes(office.directory.programmes())
        self.model.set_directory(office.directory)
        self.pack = opened_pack(office)
        for screen in self.screens:
            cast(Screen, screen).set_office(office)
        old.close()
        remember_store(location)
        self.retranslate()
        return True

    def log_out(self) -> None:
        """Afmelden / andere gebruiker: the login dialog, then the window as the new actor."""
        switch_user(self)

    def set_language(self, language: str) -> None:
        language = self.translations.set_language(language)
        QSettings().setValue(LANGUAGE_KEY, language)
        self.language_actions[language].setChecked(True)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Over StageDesk"),
            fill(
                self.tr(
                    "<h3>StageDesk %1</h3><p>Voor het stagebureau: studenten, sollicitaties "
                    "en bpv-plaatsingen op één plek.</p><p>Store: %2</p>"
                ),
                app_version(),
                self.office.location,
            ),
        )

    # --- window state ----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_size()
        state = settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        splitter = settings.value(SPLITTER_KEY)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        columns = settings.value(COLUMNS_KEY)
        # Restoring the header also restores its sort indicator, which sorts the model to match.
        if columns is not None and self.table.horizontalHeader().restoreState(columns):
            self.table.mark_fitted()

    def _default_size(self) -> None:
        """Most of the screen at first start: eleven columns and the summary need the room."""
        screen = self.screen().availableGeometry()
        width = max(1024, min(1800, screen.width() * 95 // 100))
        height = max(700, min(1000, screen.height() * 92 // 100))
        self.resize(min(width, screen.width()), min(height, screen.height()))
        self.splitter.setSizes([width - 320, 320])

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        settings.setValue(COLUMNS_KEY, self.table.horizontalHeader().saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Down arrow in the search field moves into the list, as in a mail program.
        if (
            watched is self.filter_bar.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)
