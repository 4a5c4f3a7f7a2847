"""The Instellingen dialog's per-programme tabs: the prerequisites a placement needs (VOG ...)
with refuse-or-warn, and the bpv hours each programme requires.

The list of prerequisites is a register: adding, changing or removing one is saved at once
(each is a record of its own, with its version); the mode and the hours are saved with the
dialog's Opslaan like the other settings.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.enums import Sector
from stagedesk.domain.errors import StageDeskError, ValidationError
from stagedesk.domain.prerequisites import NAME_MAX, VALIDITY_MAX_MONTHS, PrerequisiteMode
from stagedesk.services import prerequisites
from stagedesk.services.office import Office
from stagedesk.services.prerequisites import RequirementView
from stagedesk.store.queries import ProgrammeChoice
from stagedesk.ui import company_labels, labels
from stagedesk.ui.dialogs.form import FieldMessage, error_message
from stagedesk.ui.dialogs.settings_dialog_school import SettingsTab, buddy, muted_note
from stagedesk.ui.text import fill

_PROGRAMME, _SECTOR = "programme", "sector"


def programme_text(programme: ProgrammeChoice) -> str:
    """'Verzorgende-IG (niveau 3, BOL, crebo 25491)'."""
    return fill(
        QCoreApplication.translate("settings_dialog", "%1 (niveau %2, %3, crebo %4)"),
        programme.name,
        programme.niveau,
        labels.leerweg(programme.leerweg),
        programme.crebo,
    )


def read_only_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def settings_table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class PrerequisitesTab(SettingsTab):
    """What a student needs before a placement may start, per programme or sector."""

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.requirements: list[RequirementView] = []
        self.programmes: dict[uuid.UUID, ProgrammeChoice] = {}
        self._editable = True

        self.refuse = QRadioButton(self.tr("plaatsing &weigeren"))
        self.refuse.setObjectName("prerequisiteRefuse")
        self.warn = QRadioButton(self.tr("alleen w&aarschuwen"))
        self.warn.setObjectName("prerequisiteWarn")
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.refuse)
        self.mode_group.addButton(self.warn)
        mode = QHBoxLayout()
        mode.addWidget(QLabel(self.tr("Ontbreekt een voorwaarde op de startdatum:")))
        mode.addWidget(self.refuse)
        mode.addWidget(self.warn)
        mode.addStretch(1)

        self.table = settings_table(4)
        self.table.setObjectName("requirementTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Voorwaarde"),
                self.tr("Geldt voor"),
                self.tr("Geldig"),
                self.tr("Toelichting"),
            ]
        )
        self.table.itemSelectionChanged.connect(self._selected)

        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("een opleiding"), _PROGRAMME)
        self.scope.addItem(self.tr("een hele sector"), _SECTOR)
        self.scope.currentIndexChanged.connect(self._scope_chosen)
        self.programme = QComboBox()
        self.sector = QComboBox()
        for sector in Sector:
            self.sector.addItem(company_labels.sector(sector), sector.value)
        self.validity = QSpinBox()
        self.validity.setRange(0, VALIDITY_MAX_MONTHS)
        self.validity.setSuffix(self.tr(" maanden"))
        self.validity.setSpecialValueText(self.tr("onbeperkt"))
        self.description = QLineEdit()
        for name, editor in (
            ("name", self.name),
            ("programme_id", self.programme),
            ("sector", self.sector),
            ("validity_months", self.validity),
            ("description", self.description),
        ):
            self._field(name, editor)
        self.name.textEdited.connect(lambda _text: self.fields["name"].message.show_message(""))

        self.add_button = QPushButton(self.tr("&Toevoegen"))
        self.add_button.setObjectName("addRequirement")
        self.add_button.clicked.connect(self.add)
        self.change_button = QPushButton(self.tr("W&ijzigen"))
        self.change_button.setObjectName("changeRequirement")
        self.change_button.clicked.connect(self.change)
        self.remove_button = QPushButton(self.tr("Verwij&deren"))
        self.remove_button.setObjectName("removeRequirement")
        self.remove_button.clicked.connect(self.remove)
        self.new_button = QPushButton(self.tr("Ni&euw"))
        self.new_button.clicked.connect(self.table.clearSelection)
        self.list_message = FieldMessage(wrap=True)

        form = QFormLayout()
        form.addRow(self.tr("&Naam:"), self.fields["name"])
        scope = QHBoxLayout()
        scope.addWidget(self.scope)
        scope.addWidget(self.fields["programme_id"], 1)
        scope.addWidget(self.fields["sector"], 1)
        form.addRow(self.tr("Geldt voo&r:"), scope)
        buddy(form, scope, self.scope)
        form.addRow(self.tr("Geldig&heid:"), self.fields["validity_months"])
        form.addRow(self.tr("Toe&lichting:"), self.fields["description"])
        buttons = QHBoxLayout()
        for button in (self.new_button, self.add_button, self.change_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        note = muted_note(
            self.tr(
                "Een voorwaarde toevoegen, wijzigen of verwijderen wordt meteen opgeslagen; "
                "de keuze weigeren of waarschuwen bij Opslaan."
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(mode)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.list_message)
        layout.addWidget(note)
        self._scope_chosen()
        self._selected()

    # --- loading ---------------------------------------------------------------------------------

    def load(self, mode: PrerequisiteMode, programmes: tuple[ProgrammeChoice, ...]) -> None:
        (self.warn if mode is PrerequisiteMode.WARN else self.refuse).setChecked(True)
        self.programmes = {p.id: p for p in programmes}
        self.programme.clear()
        for programme in programmes:
            self.programme.addItem(programme_text(programme), programme.id.hex)
        self.reload()

    def reload(self) -> None:
        """Read the prerequisites again (after a change here)."""
        try:
            self.requirements = prerequisites.requirements(self.office.sessions, self.office.actor)
        except StageDeskError as error:
            self.requirements = []
            self.list_message.show_message(error_message(error))
        table = self.table
        table.setRowCount(len(self.requirements))
        for row, req in enumerate(self.requirements):
            months = req.validity_months
            validity = (
                self.tr("onbeperkt") if months is None else fill(self.tr("%1 maanden"), months)
            )
            for column, text in enumerate(
                (req.name, self.scope_text(req), validity, req.description or "")
            ):
                table.setItem(row, column, read_only_item(text))
        table.resizeColumnsToContents()
        table.clearSelection()
        self._selected()

    def scope_text(self, req: RequirementView) -> str:
        if req.sector is not None:
            return fill(self.tr("sector %1"), company_labels.sector(req.sector))
        programme = self.programmes.get(req.programme_id) if req.programme_id else None
        return programme_text(programme) if programme else "—"

    def mode(self) -> PrerequisiteMode:
        return PrerequisiteMode.WARN if self.warn.isChecked() else PrerequisiteMode.REFUSE

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self._editable = editable
        for widget in (self.refuse, self.warn, self.scope, self.new_button):
            widget.setEnabled(editable)
        self._selected()

    # --- the form --------------------------------------------------------------------------------

    def selected(self) -> RequirementView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.requirements[rows[0].row()] if rows else None

    def _selected(self) -> None:
        req = self.selected()
        editable = self._editable
        self.clear_messages()
        self.list_message.show_message("")
        if req is None:
            self.name.clear()
            self.validity.setValue(0)
            self.description.clear()
        else:
            self.name.setText(req.name)
            self.validity.setValue(req.validity_months or 0)
            self.description.setText(req.description or "")
            if req.sector is not None:
                self.scope.setCurrentIndex(self.scope.findData(_SECTOR))
                self.sector.setCurrentIndex(self.sector.findData(req.sector.value))
            elif req.programme_id is not None:
                self.scope.setCurrentIndex(self.scope.findData(_PROGRAMME))
                self.programme.setCurrentIndex(self.programme.findData(req.programme_id.hex))
        # The scope of an existing prerequisite stays; remove it and add another instead.
        for widget in (self.scope, self.programme, self.sector):
            widget.setEnabled(editable and req is None)
        self.add_button.setEnabled(editable and req is None)
        self.change_button.setEnabled(editable and req is not None)
        self.remove_button.setEnabled(editable and req is not None)

    def _scope_chosen(self) -> None:
        by_sector = self.scope.currentData() == _SECTOR
        self.fields["sector"].setVisible(by_sector)
        self.fields["programme_id"].setVisible(not by_sector)

    def _validity(self) -> int | None:
        return self.validity.value() or None

    def add(self) -> None:
        by_sector = self.scope.currentData() == _SECTOR
        programme = self.programme.currentData()
        if not by_sector and programme is None:
            self.show_error("programme_id", self.tr("Kies een opleiding."))
            return
        if not self.name.text().strip():
            self.show_error("name", self.tr("Vul de naam van de voorwaarde in."))
            return
        self._apply(
            lambda: prerequisites.add_requirement(
                self.office.sessions,
                self.office.actor,
                self.name.text(),
                programme_id=None if by_sector else uuid.UUID(hex=programme),
                sector=Sector(self.sector.currentData()) if by_sector else None,
                validity_months=self._validity(),
                description=self.description.text(),
            )
        )

    def change(self) -> None:
        req = self.selected()
        if req is None:
            return
        if not self.name.text().strip():
            self.show_error("name", self.tr("Vul de naam van de voorwaarde in."))
            return
        self._apply(
            lambda: prerequisites.edit_requirement(
                self.office.sessions,
                self.office.actor,
                req.id,
                req.version,
                name=self.name.text(),
                validity_months=self._validity(),
                description=self.description.text(),
            )
        )

    def remove(self) -> None:
        req = self.selected()
        if req is not None:
            self._apply(
                lambda: prerequisites.remove_requirement(
                    self.office.sessions, self.office.actor, req.id, req.version
                )
            )

    def _apply(self, call: Callable[[], object]) -> None:
        """Save one change at once; a refusal shows at its field (or under the list)."""
        self.clear_messages()
        try:
            call()
        except ValidationError as error:
            if not self.show_error(error.field, error_message(error)):
                self.list_message.show_message(error_message(error))
            return
        except StageDeskError as error:
            self.list_message.show_message(error_message(error))
            return
        self.reload()
