"""The Instellingen dialog's Bpv-uren tab: the bpv hours each programme (crebo) requires, for
every year and, where a leerjaar differs, for that leerjaar (domain.hours.requirement)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSpinBox, QVBoxLayout, QWidget

from stagedesk.domain.hours import REQUIRED_MAX, YEARS, ProgrammeHours
from stagedesk.store.queries import ProgrammeChoice
from stagedesk.ui.dialogs.settings_dialog_rules import read_only_item, settings_table
from stagedesk.ui.dialogs.settings_dialog_school import SettingsTab, muted_note
from stagedesk.ui.text import fill

MAX_REQUIRED_HOURS = REQUIRED_MAX  # services.hours.save_required_hours accepts 1 to 10000
FIRST_SPIN_COLUMN = 3  # programme, crebo, niveau, then every year and leerjaar 1..4

Key = tuple[str, int | None]  # crebo and leerjaar (None: every year)


class HoursTab(SettingsTab):
    """The bpv hours each programme requires, for every year and per leerjaar; none: a
    leerjaar without its own uses the programme's, a programme without any a placement's own
    total hours."""

    COLUMNS = FIRST_SPIN_COLUMN + 1 + len(YEARS)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = settings_table(self.COLUMNS)
        self.table.setObjectName("requiredHoursTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        headers = [self.tr("Opleiding"), self.tr("Crebo"), self.tr("Niveau")]
        headers.append(self.tr("Alle leerjaren"))
        headers += [fill(self.tr("Leerjaar %1"), str(year)) for year in YEARS]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.spins: dict[str, QSpinBox] = {}  # every year, by crebo
        self.year_spins: dict[Key, QSpinBox] = {}  # by crebo and leerjaar (1..4)
        self._loaded: dict[Key, int] = {}
        note = muted_note(
            self.tr(
                "Een leerjaar zonder eigen uren telt de uren voor alle leerjaren; zonder die "
                "telt het aantal uren van de plaatsing zelf. Het leerjaar is dat van de student "
                "bij de start van de plaatsing (schooljaren beginnen op 1 augustus). De "
                "voortgang en het signaal 'Uren achter' vergelijken de geschreven uren hiermee."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)

    @staticmethod
    def field(crebo: str, year: int | None) -> str:
        """The field name of a value in show_error: "required:<crebo>[:<leerjaar>]"."""
        return f"required:{crebo}" if year is None else f"required:{crebo}:{year}"

    def load(
        self, programmes: tuple[ProgrammeChoice, ...], required: dict[str, ProgrammeHours]
    ) -> None:
        # A crebo may have a BOL and a BBL programme; the setting is per crebo: one row each.
        by_crebo: dict[str, ProgrammeChoice] = {}
        for programme in programmes:
            by_crebo.setdefault(programme.crebo, programme)
        self._loaded = {}
        for crebo, hours in required.items():
            if hours.every_year is not None:
                self._loaded[(crebo, None)] = hours.every_year
            self._loaded.update({(crebo, year): n for year, n in hours.by_year.items()})
        self.spins.clear()
        self.year_spins.clear()
        table = self.table
        table.setRowCount(len(by_crebo))
        for row, (crebo, programme) in enumerate(by_crebo.items()):
            table.setItem(row, 0, read_only_item(programme.name))
            table.setItem(row, 1, read_only_item(crebo))
            table.setItem(row, 2, read_only_item(str(programme.niveau)))
            spin = self._spin(crebo, None, self.tr("uren van de plaatsing"))
            self.spins[crebo] = spin
            table.setCellWidget(row, FIRST_SPIN_COLUMN, spin)
            for column, year in enumerate(YEARS, FIRST_SPIN_COLUMN + 1):
                spin = self._spin(crebo, year, self.tr("als alle leerjaren"))
                self.year_spins[(crebo, year)] = spin
                table.setCellWidget(row, column, spin)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _spin(self, crebo: str, year: int | None, none_text: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, MAX_REQUIRED_HOURS)
        spin.setSpecialValueText(none_text)
        spin.setSuffix(self.tr(" uur"))
        spin.setValue(self._loaded.get((crebo, year), 0))
        spin.setObjectName(self.field(crebo, year).replace("required:", "hours-"))
        return spin

    def _all_spins(self) -> dict[Key, QSpinBox]:
        out: dict[Key, QSpinBox] = {(crebo, None): spin for crebo, spin in self.spins.items()}
        out.update(self.year_spins)
        return out

    def changes(self) -> dict[Key, int | None]:
        """The values that changed, by crebo and leerjaar (None: every year): the new hours, or
        None to remove the value."""
        out: dict[Key, int | None] = {}
        for key, spin in self._all_spins().items():
            value = spin.value() or None
            if value != self._loaded.get(key):
                out[key] = value
        return out

    def show_error(self, field: str, message: str) -> bool:
        """``field`` is HoursTab.field(crebo, year): the cell has no room for a message under
        it, so the message is the spin box's tooltip and the box is drawn red."""
        by_field = {self.field(*key): spin for key, spin in self._all_spins().items()}
        spin = by_field.get(field)
        if spin is None:
            return False
        spin.setToolTip(message)
        spin.setStyleSheet("QSpinBox { border: 1px solid #b00020; }")
        spin.setFocus()
        return True

    def clear_messages(self) -> None:
        for spin in self._all_spins().values():
            spin.setToolTip("")
            spin.setStyleSheet("")

    def set_editable(self, editable: bool) -> None:
        for spin in self._all_spins().values():
            spin.setEnabled(editable)
