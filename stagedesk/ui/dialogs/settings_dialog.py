"""Instellingen…: the school's settings in one dialog with tabs (school, signals,
prerequisites, bpv hours, backups).

Everyone who works with cases may look; only an admin may change them (the services refuse
anyone else, and the dialog then shows the fields read-only). Opslaan first checks every tab
(the message at the field, the tab with the first problem in front), then saves what changed
through the services of each setting; a refusal shows at its field. The prerequisites list
saves each of its changes at once (see settings_dialog_rules).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.errors import StageDeskError, ValidationError
from stagedesk.services import backups, breakoff, hours, prerequisites
from stagedesk.services.casework import CASE_READERS
from stagedesk.services.dashboard_settings import save_dashboard_settings
from stagedesk.services.office import Office
from stagedesk.services.settings import save_settings
from stagedesk.services.settings_overview import SettingsOverview, read_settings_overview
from stagedesk.store.backup import BackupPolicy
from stagedesk.ui.dialogs.form import FieldMessage, error_message
from stagedesk.ui.dialogs.settings_dialog_hours import HoursTab
from stagedesk.ui.dialogs.settings_dialog_rules import PrerequisitesTab
from stagedesk.ui.dialogs.settings_dialog_school import (
    SchoolTab,
    SettingsTab,
    SignalsTab,
    muted_note,
    spin_box,
)


class BackupsTab(SettingsTab):
    """How many automatic backups rotation keeps next to the store."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.daily = spin_box(1, 365, self.tr(" dagen"))
        self.weekly = spin_box(0, 520, self.tr(" weken"))
        self._field("daily", self.daily)
        self._field("weekly", self.weekly)
        form = QFormLayout()
        form.addRow(self.tr("&Dagelijkse back-ups bewaren:"), self.fields["daily"])
        form.addRow(self.tr("&Wekelijkse back-ups bewaren:"), self.fields["weekly"])
        note = muted_note(
            self.tr(
                "StageDesk maakt bij de eerste keer openen op een dag een back-up naast de "
                "store, en vóór elke schema-update. Van de laatste dagen en weken blijft "
                "telkens de nieuwste bewaard; die van vandaag altijd."
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)

    def load(self, policy: BackupPolicy) -> None:
        self.daily.setValue(policy.daily)
        self.weekly.setValue(policy.weekly)

    def collect(self) -> BackupPolicy:
        return BackupPolicy(self.daily.value(), self.weekly.value())


def _same(field: str) -> str:
    return field


@dataclass(frozen=True)
class _Write:
    """One service call of a save, the tabs that hold its fields, and how a field named in
    its ValidationError is called there."""

    call: Callable[[], object]
    tabs: tuple[SettingsTab, ...]
    field: Callable[[str], str] = _same


class SettingsDialog(QDialog):
    """``saved`` tells the window that settings changed (lists read with them are stale)."""

    saved = Signal()

    def __init__(self, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Instellingen"))
        self.office = office
        self.overview: SettingsOverview = read_settings_overview(office.sessions, office.actor)

        self.school = SchoolTab()
        self.signals = SignalsTab()
        self.prerequisites = PrerequisitesTab(office)
        self.hours = HoursTab()
        self.backups = BackupsTab()
        self.tabs = QTabWidget()
        for tab, title in (
            (self.school, self.tr("&School")),
            (self.signals, self.tr("Si&gnalen")),
            (self.prerequisites, self.tr("&Voorwaarden")),
            (self.hours, self.tr("Bpv-&uren")),
            (self.backups, self.tr("&Back-ups")),
        ):
            self.tabs.addTab(tab, title)
        self.read_only_note = QLabel(
            self.tr("Alleen een beheerder kan de instellingen wijzigen; u kunt ze hier bekijken.")
        )
        self.read_only_note.setObjectName("settingsReadOnly")
        self.read_only_note.setWordWrap(True)
        self.message = FieldMessage(wrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.load()
        self.resize(max(self.sizeHint().width(), 780), max(self.sizeHint().height(), 620))

    def load(self) -> None:
        seen = self.overview
        self.school.load(seen.school)
        self.signals.load(seen.school, seen.breakoff, seen.dashboard)
        self.prerequisites.load(seen.prerequisite_mode, seen.programmes)
        self.hours.load(seen.programmes, seen.requirements)
        self.backups.load(seen.backups)
        editable = seen.may_change
        for tab in self._tabs():
            tab.set_editable(editable)
        self.read_only_note.setVisible(not editable)
        self.save_button.setEnabled(editable)

    def _tabs(self) -> tuple[SettingsTab, ...]:
        return (self.school, self.signals, self.prerequisites, self.hours, self.backups)

    # --- saving ----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Check every tab, then save what changed; True when all of it was saved."""
        self.message.show_message("")
        for tab in self._tabs():
            tab.clear_messages()
        if not self.school.check():
            self.tabs.setCurrentWidget(self.school)
            return False
        writes = self._writes()
        for done, write in enumerate(writes):
            try:
                write.call()
            except StageDeskError as error:
                self._refused(write, error)
                if done:
                    self.saved.emit()  # what was saved before the refusal counts already
                return False
        if writes:
            self.saved.emit()
        self.accept()
        return True

    def _refused(self, write: _Write, error: StageDeskError) -> None:
        """Show why a save was refused: at its field when it names one this dialog has."""
        text = error_message(error)
        if isinstance(error, ValidationError):
            field = write.field(error.field)
            tab = next((t for t in write.tabs if t.show_error(field, text)), None)
            if tab is not None:
                self.tabs.setCurrentWidget(tab)
                return
        self.message.show_message(text)

    def _writes(self) -> list[_Write]:
        """The service calls for what differs from what was read, in tab order."""
        seen, office = self.overview, self.office
        sessions, actor = office.sessions, office.actor
        school = self.school.collect(seen.school)
        school, threshold, dashboard = self.signals.collect(school)
        policy = self.backups.collect()
        mode = self.prerequisites.mode()
        writes: list[_Write] = []
        if school != seen.school:
            writes.append(
                _Write(lambda: save_settings(sessions, actor, school), (self.school, self.signals))
            )
        if threshold != seen.breakoff:
            writes.append(
                _Write(
                    lambda: breakoff.save_breakoff_threshold(sessions, actor, threshold),
                    (self.signals,),
                    lambda field: f"breakoff.{field}",
                )
            )
        if dashboard != seen.dashboard:
            writes.append(
                _Write(lambda: save_dashboard_settings(sessions, actor, dashboard), (self.signals,))
            )
        if mode is not seen.prerequisite_mode:
            writes.append(
                _Write(
                    lambda: prerequisites.save_prerequisite_mode(sessions, actor, mode),
                    (self.prerequisites,),
                )
            )
        for (crebo, year), required in self.hours.changes().items():
            writes.append(
                _Write(
                    lambda c=crebo, y=year, r=required: hours.save_required_hours(
                        sessions, actor, c, r, year=y
                    ),
                    (self.hours,),
                    lambda _field, c=crebo, y=year: HoursTab.field(c, y),
                )
            )
        if policy != seen.backups:
            writes.append(
                _Write(lambda: backups.save_backup_policy(sessions, actor, policy), (self.backups,))
            )
        return writes


def may_see_settings(office: Office) -> bool:
    """Whether the window offers the dialog: to whoever works with cases (read-only unless
    an admin), not to the meldpunt alone."""
    return office.actor.has(*CASE_READERS)


def show_settings_dialog(office: Office, parent: QWidget) -> SettingsDialog | None:
    """Open the dialog window-modal (it does not block the caller); None when the settings
    cannot be read (the reason is shown)."""
    try:
        dialog = SettingsDialog(office, parent)
    except StageDeskError as error:
        title = QCoreApplication.translate("SettingsDialog", "Instellingen")
        QMessageBox.warning(parent, title, error_message(error))
        return None
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
