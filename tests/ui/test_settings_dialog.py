"""Instellingen dialog: an admin saves every tab through its widgets (read back through the
services); a problem shows at its field and saves nothing; others see the settings read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt

from stagedesk.domain.breakoff import BreakoffThreshold
from stagedesk.domain.enums import Sector, StaffRole
from stagedesk.domain.prerequisites import PrerequisiteMode
from stagedesk.services import backups, breakoff, prerequisites
from stagedesk.services.actor import Actor
from stagedesk.services.dashboard_settings import load_dashboard_settings
from stagedesk.services.settings import SchoolSettings, load_settings
from stagedesk.services.settings_overview import read_settings_overview
from stagedesk.store.backup import BackupPolicy
from stagedesk.ui.dialogs.settings_dialog import SettingsDialog


def _dialog(qtbot, office) -> SettingsDialog:
    dialog = SettingsDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _save(qtbot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_an_admin_saves_every_tab_and_the_services_read_it_back(qtbot, office):
    dialog = _dialog(qtbot, office)
    assert not dialog.read_only_note.isVisible()
    school = dialog.school
    _type(qtbot, school.lines["school_name"], "ROC Midden")
    _type(qtbot, school.lines["signatory_name"], "J. de Boer")
    _type(qtbot, school.lines["school_email"], "bpv@roc-midden.example")
    school.address.setPlainText("Postbus 9\n3500 AA Utrecht")
    signals = dialog.signals
    signals.searching_weeks.setValue(6)
    signals.norm.setValue(425.5)
    signals.refuse_unrecognised.setChecked(False)
    signals.breakoff_count.setValue(3)
    signals.breakoff_years.setValue(1)
    signals.weeks_per_visit.setValue(8)
    dialog.prerequisites.warn.setChecked(True)
    crebo = next(iter(dialog.hours.spins))
    dialog.hours.spins[crebo].setValue(800)
    dialog.backups.daily.setValue(10)
    dialog.backups.weekly.setValue(0)
    saved: list[bool] = []
    dialog.saved.connect(lambda: saved.append(True))

    _save(qtbot, dialog)

    assert saved and dialog.result() == SettingsDialog.DialogCode.Accepted
    stored = load_settings(office.sessions)
    assert (stored.school_name, stored.signatory_name) == ("ROC Midden", "J. de Boer")
    assert stored.school_email == "bpv@roc-midden.example"
    assert stored.school_address == "Postbus 9\n3500 AA Utrecht"
    assert (stored.searching_weeks, stored.allowance_norm_cents) == (6, 42_550)
    assert stored.refuse_unrecognised is False
    assert stored.rejections == SchoolSettings().rejections  # untouched fields stay
    assert breakoff.breakoff_threshold(office.sessions) == BreakoffThreshold(3, 1)
    assert load_dashboard_settings(office.sessions).weeks_per_visit == 8
    assert prerequisites.prerequisite_mode(office.sessions) is PrerequisiteMode.WARN
    assert backups.backup_policy(office.sessions) == BackupPolicy(10, 0)
    overview = read_settings_overview(office.sessions, office.actor)
    assert overview.required_hours == {crebo: 800}


def test_hours_set_back_to_none_remove_the_programmes_setting(qtbot, office):
    dialog = _dialog(qtbot, office)
    crebo = next(iter(dialog.hours.spins))
    dialog.hours.spins[crebo].setValue(640)
    _save(qtbot, dialog)
    again = _dialog(qtbot, office)
    assert again.hours.spins[crebo].value() == 640
    again.hours.spins[crebo].setValue(0)  # "uren van de plaatsing"
    _save(qtbot, again)
    assert read_settings_overview(office.sessions, office.actor).required_hours == {}


def test_an_empty_or_wrong_field_shows_its_message_and_nothing_is_saved(qtbot, office):
    dialog = _dialog(qtbot, office)
    dialog.tabs.setCurrentWidget(dialog.backups)
    _type(qtbot, dialog.school.lines["school_name"], "   ")
    _type(qtbot, dialog.school.lines["school_email"], "bpv@")
    _type(qtbot, dialog.school.lines["logo_path"], "/nergens/logo.gif")
    dialog.signals.searching_weeks.setValue(3)

    _save(qtbot, dialog)

    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.school
    fields = dialog.school.fields
    assert fields["school_name"].message.text() == "Vul dit veld in."
    assert fields["school_email"].message.isVisibleTo(dialog)
    assert fields["logo_path"].message.text() == "Kies een PNG- of JPEG-bestand."
    assert not fields["school_phone"].message.isVisibleTo(dialog)
    assert load_settings(office.sessions) == SchoolSettings()


def test_a_coordinator_sees_the_settings_but_cannot_change_them(qtbot, office):
    office.actor = Actor(None, "Carla", frozenset({StaffRole.COORDINATOR}))
    dialog = _dialog(qtbot, office)
    assert dialog.read_only_note.isVisible()
    assert not dialog.save_button.isEnabled()
    assert dialog.school.lines["school_name"].isReadOnly()
    assert not dialog.signals.searching_weeks.isEnabled()
    assert not dialog.prerequisites.add_button.isEnabled()
    assert dialog.school.lines["school_name"].text() == SchoolSettings().school_name


def test_prerequisites_are_added_changed_and_removed_at_once(qtbot, office):
    dialog = _dialog(qtbot, office)
    tab = dialog.prerequisites
    dialog.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.fields["name"].message.text() == "Vul de naam van de voorwaarde in."

    tab.scope.setCurrentIndex(tab.scope.findData("sector"))
    tab.sector.setCurrentIndex(tab.sector.findData(Sector.ZORG.value))
    _type(qtbot, tab.name, "VOG")
    tab.validity.setValue(12)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    [vog] = prerequisites.requirements(office.sessions, office.actor)
    assert (vog.name, vog.sector, vog.validity_months) == ("VOG", Sector.ZORG, 12)
    assert tab.table.rowCount() == 1 and tab.table.item(0, 0).text() == "VOG"

    tab.table.selectRow(0)
    assert not tab.add_button.isEnabled() and tab.name.text() == "VOG"
    _type(qtbot, tab.name, "VOG (zorg)")
    tab.validity.setValue(0)  # onbeperkt
    qtbot.mouseClick(tab.change_button, Qt.MouseButton.LeftButton)
    [changed] = prerequisites.requirements(office.sessions, office.actor)
    assert (changed.name, changed.validity_months) == ("VOG (zorg)", None)

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert prerequisites.requirements(office.sessions, office.actor) == []
    assert tab.table.rowCount() == 0


def test_the_settings_menu_opens_the_dialog_and_a_save_reloads_the_window(qtbot, window):
    window.menus.school_settings_action.trigger()
    dialog = window.menus.dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    reloads: list[bool] = []
    dialog.saved.connect(lambda: reloads.append(True))  # after the window's own reload
    _type(qtbot, dialog.school.lines["letter_place"], "Amersfoort")
    _save(qtbot, dialog)
    assert load_settings(window.office.sessions).letter_place == "Amersfoort"
    assert reloads  # the dialog closes itself (and is deleted)


def test_the_menu_offers_the_settings_to_case_workers_not_to_the_meldpunt_alone(window):
    action, menu = window.menus.school_settings_action, window.menus.settings_menu
    menu.aboutToShow.emit()
    assert action.isVisible()  # the system user: an admin
    window.office.actor = Actor(None, "Mila", frozenset({StaffRole.MELDPUNT}))
    menu.aboutToShow.emit()
    assert not action.isVisible()


def test_a_refusal_by_the_service_shows_at_its_field_or_under_the_tabs(qtbot, office, monkeypatch):
    from stagedesk.domain.errors import ValidationError
    from stagedesk.ui.dialogs import settings_dialog

    def refuse(*_args):
        raise ValidationError("weeks_per_visit", "must be between 1 and 52 weeks")

    monkeypatch.setattr(settings_dialog, "save_dashboard_settings", refuse)
    dialog = _dialog(qtbot, office)
    dialog.signals.weeks_per_visit.setValue(12)
    _save(qtbot, dialog)
    assert dialog.tabs.currentWidget() is dialog.signals
    message = dialog.signals.fields["weeks_per_visit"].message
    assert message.isVisibleTo(dialog) and "between 1 and 52" in message.text()

    office.actor = Actor(None, "Carla", frozenset({StaffRole.COORDINATOR}))  # no longer admin
    _type(qtbot, dialog.school.lines["letter_place"], "Zeist")
    _save(qtbot, dialog)
    assert dialog.message.text() == "Uw rol staat deze wijziging niet toe."
    assert dialog.isVisible()
    assert load_settings(office.sessions).letter_place == SchoolSettings().letter_place


def test_hours_per_leerjaar_are_saved_and_read_back(qtbot, office):
    from stagedesk.domain.hours import ProgrammeHours

    dialog = _dialog(qtbot, office)
    dialog.tabs.setCurrentWidget(dialog.hours)
    crebo = next(iter(dialog.hours.spins))
    assert dialog.hours.table.columnCount() == 8  # programme, crebo, niveau, all, 1..4
    dialog.hours.spins[crebo].setValue(800)
    dialog.hours.year_spins[(crebo, 2)].setValue(640)
    dialog.hours.year_spins[(crebo, 4)].setValue(960)
    _save(qtbot, dialog)
    overview = read_settings_overview(office.sessions, office.actor)
    assert overview.requirements == {crebo: ProgrammeHours(800, {2: 640, 4: 960})}
    assert overview.required_hours == {crebo: 800}

    again = _dialog(qtbot, office)
    assert again.hours.year_spins[(crebo, 2)].value() == 640
    assert again.hours.year_spins[(crebo, 1)].value() == 0  # "als alle leerjaren"
    again.hours.spins[crebo].setValue(0)
    again.hours.year_spins[(crebo, 4)].setValue(0)
    assert again.hours.changes() == {(crebo, None): None, (crebo, 4): None}
    _save(qtbot, again)
    overview = read_settings_overview(office.sessions, office.actor)
    assert overview.requirements == {crebo: ProgrammeHours(None, {2: 640})}


def test_a_refused_years_hours_show_at_their_box(qtbot, office):
    dialog = _dialog(qtbot, office)
    crebo = next(iter(dialog.hours.spins))
    spin = dialog.hours.year_spins[(crebo, 3)]
    assert dialog.hours.show_error(dialog.hours.field(crebo, 3), "must be 1 to 10000 hours")
    assert spin.toolTip() == "must be 1 to 10000 hours"
    dialog.hours.clear_messages()
    assert spin.toolTip() == ""
    assert not dialog.hours.show_error("required:00000:1", "x")
