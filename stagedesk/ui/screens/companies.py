"""The Bedrijven tab: the company register (leerbedrijven) with search, sector filter and the
selected company's view, and the dialogs that change it.

Mentors read the register; coordinators and admins also edit it. The screen calls the
register's services with the window's actor and never touches the store itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.companies import CompanyInput
from stagedesk.domain.enums import Sector
from stagedesk.domain.errors import PermissionDenied, StageDeskError, ValidationError
from stagedesk.services import companies
from stagedesk.services.office import Office
from stagedesk.ui import company_labels
from stagedesk.ui.dialogs.company_dialog import CompanyDialog
from stagedesk.ui.dialogs.contact_dialog import ContactDialog
from stagedesk.ui.dialogs.form import MESSAGE_STYLE, error_message
from stagedesk.ui.dialogs.recognition_dialog import RecognitionDialog, RevokeDialog
from stagedesk.ui.models.company_table import CompanyColumn, CompanyTableModel
from stagedesk.ui.table_export import ExportButton
from stagedesk.ui.text import count, fill
from stagedesk.ui.widgets.case_progress_labels import flagged_companies
from stagedesk.ui.widgets.company_detail import CompanyDetailPane
from stagedesk.ui.widgets.company_table_view import CompanyTableView


class CompaniesScreen(QWidget):
    """Implements screens.base.Screen; ``open_case_requested`` carries a student's key."""

    open_case_requested = Signal(str)

    def __init__(
        self,
        office: Office,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("companiesScreen")
        self.office = office
        self._today = today
        self.register = companies.CompanyRegister(office.sessions)
        self._selected: uuid.UUID | None = None
        self._view_fresh = False  # the company view was read since the last refresh
        self.dialog: QDialog | None = None  # the open dialog, if any (tests reach it here)

        self.search = QLineEdit()
        self.search.setObjectName("companySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.sector = QComboBox()
        self.sector.setObjectName("sectorFilter")
        self.sector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = QLabel()
        self.count_label.setObjectName("companyCount")
        self.new_button = QPushButton()
        self.new_button.setObjectName("newCompany")
        self.message = QLabel()
        self.message.setObjectName("companiesMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.hide()

        self.model = CompanyTableModel(self)
        self.table = CompanyTableView(self.model)
        self.detail = CompanyDetailPane()

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.sector, 1)
        bar.addWidget(self.count_label)
        self.export_list = ExportButton(lambda: self.table, self.title, self)
        bar.addWidget(self.export_list)
        bar.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.table, 1)
        # The list above the company view: both get the window's full width, which the list's
        # nine columns and the view's six tabs need (side by side, both were cut off).
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.search.textChanged.connect(lambda _text: self.apply_filter())
        self.sector.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.new_button.clicked.connect(self.new_company)
        self.detail.edit_button.clicked.connect(self.edit_company)
        self.detail.add_contact.clicked.connect(self.add_contact)
        self.detail.edit_contact.clicked.connect(self.edit_contact)
        self.detail.remove_contact.clicked.connect(self.remove_contact)
        self.detail.add_recognition.clicked.connect(self.add_recognition)
        self.detail.revoke_recognition.clicked.connect(self.revoke_recognition)
        self.detail.open_case_requested.connect(self.open_case_requested)
        self.search.installEventFilter(self)

        self.retranslate()
        # Read when first shown: counting a college's applications per company takes a few
        # hundred milliseconds the window's start should not wait for.
        self._stale = True
        self._fitted = False

    # --- the Screen protocol ---------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Bedrijven")

    def set_office(self, office: Office) -> None:
        self.office = office
        self.register = companies.CompanyRegister(office.sessions)
        self._selected = None
        self.refresh()

    def refresh(self) -> None:
        """Read the register again (with the actor's rights) and show it filtered as before;
        while the tab is hidden, only note that it must be read when shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        can_edit = companies.can_edit(self.office.actor)
        self.new_button.setVisible(can_edit)
        self.detail.set_can_edit(can_edit)
        self._view_fresh = False
        try:
            self.register.reload(self.office.actor, self._today())
        except PermissionDenied:
            self.model.set_rows([])
            self.detail.show_view(None)
            self._show_message(self.tr("Uw rol geeft geen toegang tot het bedrijvenregister."))
            self.count_label.setText("")
            return
        self._show_message("")
        self.detail.set_breakoffs(flagged_companies(self.office, self._today()))
        self.apply_filter()
        if not self._fitted and self.model.rowCount():
            self.table.fit_columns()
            self._fitted = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- the list --------------------------------------------------------------------------------

    def apply_filter(self) -> None:
        """Show the companies that match the search text and sector, keeping the selection."""
        wanted = self.sector.currentData()
        rows = self.register.search(self.search.text(), Sector(wanted) if wanted else None)
        self.model.set_rows(rows)
        self._update_count()
        row = self.model.row_of(self._selected) if self._selected else None
        if row is None and self.model.rowCount():
            row = 0
        if row is None:
            self._selected = None
            self.detail.show_view(None)
            return
        self.select_row(row)
        if not self._view_fresh:
            self._load_view()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.register.total
        if shown == total:
            self.count_label.setText(fill(self.tr("%1 bedrijven"), count(shown)))
        else:
            self.count_label.setText(
                fill(self.tr("%1 van %2 bedrijven"), count(shown), count(total))
            )

    def select_row(self, row: int) -> None:
        index = self.model.index(row, CompanyColumn.NAME)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def select_company(self, company_id: uuid.UUID) -> bool:
        """Read the register again and select a company, clearing the filters when they hide
        it; False if it is gone."""
        self._selected = company_id
        self.refresh()
        if self.model.row_of(company_id) is None:
            for widget in (self.search, self.sector):
                widget.blockSignals(True)
            self.search.clear()
            self.sector.setCurrentIndex(0)
            for widget in (self.search, self.sector):
                widget.blockSignals(False)
            self._selected = company_id
            self.apply_filter()
        return self.model.row_of(company_id) is not None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self._selected = row.id if row else None
        shown = self.detail.view.details.id if self.detail.view else None
        if self._selected != shown:
            self._load_view()

    def _load_view(self) -> None:
        self._view_fresh = True
        if self._selected is None:
            self.detail.show_view(None)
            return
        try:
            view = companies.company_view(
                self.office.sessions, self.office.actor, self._selected, self._today()
            )
        except StageDeskError as exc:
            self.detail.show_view(None)
            self._show_message(error_message(exc))
            return
        self.detail.show_view(view)

    def _show_message(self, text: str) -> None:
        """The one place on the screen where a refusal of the services is shown."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- edits -----------------------------------------------------------------------------------

    def _kvk_owner(self, kvk: str, except_id: uuid.UUID | None) -> str | None:
        try:
            return companies.kvk_registered_for(
                self.office.sessions, self.office.actor, kvk, except_id
            )
        except (ValidationError, PermissionDenied):
            return None  # the field's own check and the service report these

    def _open(self, dialog: QDialog, after: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(after)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def new_company(self) -> None:
        self._company_dialog(None)

    def edit_company(self) -> None:
        if self.detail.view is not None:
            self._company_dialog(self.detail.view.details)

    def _company_dialog(self, details: companies.CompanyDetails | None) -> None:
        sessions, actor = self.office.sessions, self.office.actor

        def save(data: CompanyInput) -> companies.CompanyDetails:
            if details is None:
                return companies.create_company(sessions, actor, data)
            return companies.update_company(sessions, actor, details.id, details.version, data)

        own = details.id if details else None
        dialog = CompanyDialog(save, lambda kvk: self._kvk_owner(kvk, own), details, self)
        self._open(dialog, lambda: self._saved(dialog))

    def _saved(self, dialog: CompanyDialog) -> None:
        if dialog.saved is not None:
            self.select_company(dialog.saved.id)

    def add_contact(self) -> None:
        if self._selected is None:
            return
        company_id, sessions, actor = self._selected, self.office.sessions, self.office.actor
        dialog = ContactDialog(
            lambda data: companies.add_contact(sessions, actor, company_id, data), parent=self
        )
        self._open(dialog, self.refresh)

    def edit_contact(self) -> None:
        contact = self.detail.selected_contact()
        if contact is None:
            return
        sessions, actor = self.office.sessions, self.office.actor
        dialog = ContactDialog(
            lambda data: companies.update_contact(
                sessions, actor, contact.id, contact.version, data
            ),
            contact,
            parent=self,
        )
        self._open(dialog, self.refresh)

    def remove_contact(self) -> None:
        contact = self.detail.selected_contact()
        if contact is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Contactpersoon verwijderen"),
            fill(self.tr("%1 verwijderen uit dit bedrijf?"), contact.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            companies.remove_contact(
                self.office.sessions, self.office.actor, contact.id, contact.version
            )
        except StageDeskError as exc:
            self._show_message(error_message(exc))
            return
        self.refresh()

    def add_recognition(self) -> None:
        if self._selected is None:
            return
        company_id, sessions, actor = self._selected, self.office.sessions, self.office.actor
        today = self._today()
        dialog = RecognitionDialog(
            lambda crebo, since, revoked: companies.add_recognition(
                sessions, actor, company_id, crebo, since, revoked, today=today
            ),
            companies.crebo_names(sessions, actor),
            today,
            parent=self,
        )
        self._open(dialog, self.refresh)

    def revoke_recognition(self) -> None:
        recognition = self.detail.selected_recognition()
        if recognition is None:
            return
        sessions, actor, today = self.office.sessions, self.office.actor, self._today()
        dialog = RevokeDialog(
            lambda revoked_on: companies.revoke_recognition(
                sessions, actor, recognition.id, recognition.version, revoked_on, today=today
            ),
            recognition,
            today,
            parent=self,
        )
        self._open(dialog, self.refresh)

    # --- language and keys -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Zoek op naam, plaats, KvK-nummer of SBB-id"))
        self.new_button.setText(self.tr("Nieuw bedrijf…"))
        current = self.sector.currentData()
        self.sector.blockSignals(True)
        self.sector.clear()
        self.sector.addItem(self.tr("Alle sectoren"), None)
        for value in Sector:
            self.sector.addItem(company_labels.sector(value), value.value)
        self.sector.setCurrentIndex(max(0, self.sector.findData(current)))
        self.sector.blockSignals(False)
        self.model.retranslate()
        if self.register.total:
            self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Down arrow in the search field moves into the list, as on the student list.
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)
