"""The Instellingen dialog's Bpv-uren tab: the bpv hours each programme (crebo) requires."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSpinBox, QVBoxLayout, QWidget

from stagedesk.store.queries import ProgrammeChoice
from stagedesk.ui.dialogs.settings_dialog_rules import read_only_item, settings_table
from stagedesk.ui.dialogs.settings_dialog_school import SettingsTab, muted_note

MAX_REQUIRED_HOURS = 10_000  # services.hours.save_required_hours accepts 1 to 10000


class HoursTab(SettingsTab):
    """The bpv hours each programme requires; none: a placement's own total counts."""

    COLUMNS = 4  # programme, crebo, niveau, required hours

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = settings_table(self.COLUMNS)
        self.table.setObjectName("requiredHoursTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Opleiding"), self.tr("Crebo"), self.tr("Niveau"), self.tr("Vereiste uren")]
        )
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.spins: dict[str, QSpinBox] = {}  # by crebo
        self._loaded: dict[str, int] = {}
        note = muted_note(
            self.tr(
                "Zonder vereiste uren telt het aantal uren van de plaatsing zelf. De voortgang "
                "en het signaal 'Uren achter' vergelijken de geschreven uren hiermee."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)

    def load(self, programmes: tuple[ProgrammeChoice, ...], required: dict[str, int]) -> None:
        # A crebo may have a BOL and a BBL programme; the setting is per crebo: one row each.
        by_crebo: dict[str, ProgrammeChoice] = {}
        for programme in programmes:
            by_crebo.setdefault(programme.crebo, programme)
        self._loaded = dict(required)
        self.spins.clear()
        table = self.table
        table.setRowCount(len(by_crebo))
        for row, (crebo, programme) in enumerate(by_crebo.items()):
            spin = QSpinBox()
            spin.setRange(0, MAX_REQUIRED_HOURS)
            spin.setSpecialValueText(self.tr("uren van de plaatsing"))
            spin.setSuffix(self.tr(" uur"))
            spin.setValue(required.get(crebo, 0))
            spin.setObjectName(f"hours-{crebo}")
            self.spins[crebo] = spin
            table.setItem(row, 0, read_only_item(programme.name))
            table.setItem(row, 1, read_only_item(crebo))
            table.setItem(row, 2, read_only_item(str(programme.niveau)))
            table.setCellWidget(row, 3, spin)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def changes(self) -> dict[str, int | None]:
        """The crebos whose hours changed: the new hours, or None to use the placement's."""
        out: dict[str, int | None] = {}
        for crebo, spin in self.spins.items():
            value = spin.value() or None
            if value != self._loaded.get(crebo):
                out[crebo] = value
        return out

    def show_error(self, field: str, message: str) -> bool:
        """``field`` is "required:<crebo>": the cell has no room for a message under it, so
        the message is the spin box's tooltip and the box is drawn red."""
        spin = self.spins.get(field.removeprefix("required:"))
        if spin is None:
            return False
        spin.setToolTip(message)
        spin.setStyleSheet("QSpinBox { border: 1px solid #b00020; }")
        spin.setFocus()
        return True

    def clear_messages(self) -> None:
        for spin in self.spins.values():
            spin.setToolTip("")
            spin.setStyleSheet("")

    def set_editable(self, editable: bool) -> None:
        for spin in self.spins.values():
            spin.setEnabled(editable)
