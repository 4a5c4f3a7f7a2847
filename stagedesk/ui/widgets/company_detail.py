"""The company view beside the company list: details, contacts, recognitions, applications,
placed students and visits, each on its own tab.

Rows that are about a student (an application, a placement, a visit) open that student's
case on double-click or Enter, through ``open_case_requested``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.dates import format_date
from stagedesk.services.breakoff import CompanyBreakoffs
from stagedesk.services.company_rows import (
    CompanyApplicationRow,
    CompanyView,
    CompanyVisitRow,
    ContactRow,
    PlacedStudentRow,
    RecognitionRow,
)
from stagedesk.ui import company_labels, labels
from stagedesk.ui.text import fill
from stagedesk.ui.widgets.case_progress_labels import breakoff_flag

_KEY = Qt.ItemDataRole.UserRole


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setHighlightSections(False)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]], keys: Sequence[str] = ()) -> None:
    """Put ``rows`` in ``table``; ``keys`` (student keys) go with the rows' first cells."""
    table.setRowCount(len(rows))
    for number, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 0 and number < len(keys):
                item.setData(_KEY, keys[number])
            table.setItem(number, column, item)
    table.resizeColumnsToContents()


def _date(on: date | None) -> str:
    return format_date(on) if on else ""


class CompanyDetailPane(QWidget):
    open_case_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companyDetail")
        self.view: CompanyView | None = None

        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.title = QLabel()
        self.title.setObjectName("companyTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.breakoff_flag = QLabel()  # coordinators: placements here keep breaking off
        self.breakoff_flag.setObjectName("companyBreakoffs")
        self.breakoff_flag.setWordWrap(True)
        self.breakoff_flag.setStyleSheet("color: #8a5a00;")
        self.breakoff_flag.hide()
        self.breakoffs: dict[object, CompanyBreakoffs] = {}
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editCompany")

        self.details = QWidget()
        self.details_form = QFormLayout(self.details)
        self.details_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.contacts = _table("contactsTable", 4)
        self.add_contact = QPushButton()
        self.edit_contact = QPushButton()
        self.remove_contact = QPushButton()
        self.recognitions = _table("recognitionsTable", 4)
        self.add_recognition = QPushButton()
        self.add_recognition.setObjectName("addRecognition")
        self.revoke_recognition = QPushButton()
        self.applications = _table("applicationsTable", 4)
        self.placements = _table("placementsTable", 6)
        self.visits = _table("visitsTable", 5)
        for table in (self.applications, self.placements, self.visits):
            table.activated.connect(self._activated)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("companyTabs")
        self.tabs.setUsesScrollButtons(True)
        self.tabs.addTab(self.details, "")
        self.tabs.addTab(
            self._with_buttons(
                self.contacts, self.add_contact, self.edit_contact, self.remove_contact
            ),
            "",
        )
        self.tabs.addTab(
            self._with_buttons(self.recognitions, self.add_recognition, self.revoke_recognition),
            "",
        )
        for table in (self.applications, self.placements, self.visits):
            self.tabs.addTab(table, "")

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        shown = QWidget()
        shown_layout = QVBoxLayout(shown)
        shown_layout.setContentsMargins(0, 0, 0, 0)
        shown_layout.addLayout(header)
        shown_layout.addWidget(self.subtitle)
        shown_layout.addWidget(self.breakoff_flag)
        shown_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        self.stack.addWidget(shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.contacts.itemSelectionChanged.connect(self._update_buttons)
        self.recognitions.itemSelectionChanged.connect(self._update_buttons)
        self.can_edit = True
        self.retranslate()

    def _tables(self) -> tuple[QTableWidget, ...]:
        """The tabs' tables, in tab order after the details."""
        return (self.contacts, self.recognitions, self.applications, self.placements, self.visits)

    @staticmethod
    def _with_buttons(table: QTableWidget, *buttons: QPushButton) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    # --- public ----------------------------------------------------------------------------------

    def show_view(self, view: CompanyView | None) -> None:
        self.view = view
        self._render()

    def set_breakoffs(self, flagged: Sequence[CompanyBreakoffs]) -> None:
        """The companies at or above the school's break-off threshold (services.breakoff)."""
        self.breakoffs = {row.company_id: row for row in flagged}
        self._render()

    def set_can_edit(self, can_edit: bool) -> None:
        self.can_edit = can_edit
        self._update_buttons()

    def selected_contact(self) -> ContactRow | None:
        row = self.contacts.currentRow()
        if self.view is None or not 0 <= row < len(self.view.contacts):
            return None
        return self.view.contacts[row]

    def selected_recognition(self) -> RecognitionRow | None:
        row = self.recognitions.currentRow()
        if self.view is None or not 0 <= row < len(self.view.recognitions):
            return None
        return self.view.recognitions[row]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- rendering -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Kies een bedrijf in de lijst om de gegevens te zien."))
        self.edit_button.setText(self.tr("Wijzigen…"))
        self.add_contact.setText(self.tr("Nieuwe contactpersoon…"))
        self.edit_contact.setText(self.tr("Wijzigen…"))
        self.remove_contact.setText(self.tr("Verwijderen"))
        self.add_recognition.setText(self.tr("Nieuwe erkenning…"))
        self.revoke_recognition.setText(self.tr("Intrekken…"))
        self.contacts.setHorizontalHeaderLabels(
            [self.tr("Naam"), self.tr("Functie"), self.tr("E-mail"), self.tr("Telefoon")]
        )
        self.recognitions.setHorizontalHeaderLabels(
            [self.tr("Crebo"), self.tr("Opleiding"), self.tr("Erkend sinds"), self.tr("Status")]
        )
        self.applications.setHorizontalHeaderLabels(
            [self.tr("Student"), self.tr("Nummer"), self.tr("Status"), self.tr("Sinds")]
        )
        self.placements.setHorizontalHeaderLabels(
            [
                self.tr("Student"),
                self.tr("Nummer"),
                self.tr("Periode"),
                self.tr("POK"),
                self.tr("Bpv"),
                self.tr("Opleiding"),
            ]
        )
        self.visits.setHorizontalHeaderLabels(
            [
                self.tr("Datum"),
                self.tr("Student"),
                self.tr("Soort"),
                self.tr("Status"),
                self.tr("Mentor"),
            ]
        )
        self._render()

    def _render(self) -> None:
        view = self.view
        if view is None:
            self.stack.setCurrentIndex(0)
            for table in self._tables():
                table.setRowCount(0)
            self._tab_titles()
            return
        self.stack.setCurrentIndex(1)
        d = view.details
        self.title.setText(d.name)
        place = ", ".join(part for part in (d.city, d.region) if part)
        if place:
            self.subtitle.setText(fill(self.tr("KvK %1 · %2"), d.kvk_number, place))
        else:
            self.subtitle.setText(fill(self.tr("KvK %1"), d.kvk_number))
        breakoffs = self.breakoffs.get(d.id)
        self.breakoff_flag.setText(breakoff_flag(breakoffs) if breakoffs else "")
        self.breakoff_flag.setVisible(breakoffs is not None)
        self._render_details()
        _fill(self.contacts, [self._contact_cells(c) for c in view.contacts])
        _fill(self.recognitions, [self._recognition_cells(r) for r in view.recognitions])
        _fill(
            self.applications,
            [self._application_cells(a) for a in view.applications],
            [a.student_key for a in view.applications],
        )
        _fill(
            self.placements,
            [self._placement_cells(p) for p in view.placements],
            [p.student_key for p in view.placements],
        )
        _fill(
            self.visits,
            [self._visit_cells(v) for v in view.visits],
            [v.student_key for v in view.visits],
        )
        self._tab_titles()
        self._update_buttons()

    def _application_cells(self, a: CompanyApplicationRow) -> list[str]:
        status = labels.application_status(a.status)
        return [a.student_name, a.student_number, status, _date(a.changed_on)]

    def _placement_cells(self, p: PlacedStudentRow) -> list[str]:
        last_day = p.ended_early_on or p.end_date
        period = fill(self.tr("%1 t/m %2"), _date(p.start_date), _date(last_day))
        pok = labels.pok_status(p.pok_status)
        phase = company_labels.placement_phase(p.phase)
        return [p.student_name, p.student_number, period, pok, phase, p.programme]

    def _visit_cells(self, v: CompanyVisitRow) -> list[str]:
        kind = company_labels.visit_type(v.visit_type)
        status = company_labels.visit_status(v.status)
        return [_date(v.on), v.student_name, kind, status, v.mentor or ""]

    def _contact_cells(self, contact: ContactRow) -> list[str]:
        name = contact.name
        if contact.is_praktijkopleider:
            name = fill(self.tr("%1 (praktijkopleider)"), contact.name)
        return [name, contact.function or "", contact.email or "", contact.phone or ""]

    def _recognition_cells(self, recognition: RecognitionRow) -> list[str]:
        if recognition.revoked_on is not None:
            status = fill(self.tr("ingetrokken op %1"), _date(recognition.revoked_on))
        elif recognition.in_force:
            status = self.tr("geldig")
        else:
            status = self.tr("nog niet geldig")
        return [
            recognition.crebo,
            recognition.programme or self.tr("(geen opleiding van de school)"),
            _date(recognition.recognised_on),
            status,
        ]

    def _render_details(self) -> None:
        assert self.view is not None
        d = self.view.details
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        rows = [
            (self.tr("KvK-nummer"), d.kvk_number),
            (self.tr("SBB-id"), d.sbb_id),
            (self.tr("Adres"), d.address),
            (self.tr("Postcode"), d.postcode),
            (self.tr("Plaats"), d.city),
            (self.tr("Regio"), d.region),
            (self.tr("Provincie"), d.province),
            (self.tr("Sector"), company_labels.sector(d.sector) if d.sector else None),
            (self.tr("Capaciteit"), fill(self.tr("%1 studenten tegelijk"), d.capacity)),
            (self.tr("E-mail"), d.email),
            (self.tr("Telefoon"), d.phone),
        ]
        for caption, value in rows:
            shown = QLabel(value or "—")
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details_form.addRow(caption, shown)

    def _tab_titles(self) -> None:
        counts = [table.rowCount() for table in self._tables()]
        titles = [
            self.tr("Contactpersonen (%1)"),
            self.tr("Erkenningen (%1)"),
            self.tr("Sollicitaties (%1)"),
            self.tr("Geplaatste studenten (%1)"),
            self.tr("Bezoeken (%1)"),
        ]
        self.tabs.setTabText(0, self.tr("Gegevens"))
        for number, (title, n) in enumerate(zip(titles, counts, strict=True), start=1):
            self.tabs.setTabText(number, fill(title, n))

    def _update_buttons(self) -> None:
        editing = self.can_edit and self.view is not None
        self.edit_button.setVisible(self.can_edit)
        for button in (self.add_contact, self.add_recognition):
            button.setEnabled(editing)
        contact = self.selected_contact() is not None
        self.edit_contact.setEnabled(editing and contact)
        self.remove_contact.setEnabled(editing and contact)
        recognition = self.selected_recognition()
        self.revoke_recognition.setEnabled(
            editing and recognition is not None and recognition.revoked_on is None
        )

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        table = self.sender()
        if not isinstance(table, QTableWidget):
            return
        item = table.item(index.row(), 0)
        key = item.data(_KEY) if item is not None else None
        if isinstance(key, str):
            self.open_case_requested.emit(key)
