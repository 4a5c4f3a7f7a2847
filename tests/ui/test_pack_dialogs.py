"""Visit packs from the window: make a mentor's pack, open it (the window says it is a pack and
acts as its mentor), and read it back with a conflict resolved by the user."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from stagedesk.domain.enums import VisitStatus, VisitType
from stagedesk.domain.visits import ItemAnswer
from stagedesk.services import visits
from stagedesk.services.actor import actor_for, staff_choices
from stagedesk.services.directory import ListFilter
from stagedesk.services.office import Office
from stagedesk.store import cipher
from stagedesk.ui.dialogs.pack_dialogs import ExportPackDialog, ImportPackDialog
from stagedesk.ui.main_window import MainWindow
from stagedesk.ui.stores import open_office
from tests.ui.case_helpers import make_case_window
from tests.ui.factories import TODAY

case_window_fixture = pytest.fixture(make_case_window, name="case_window")
MENTOR = "Fatima el Amrani"
PASSPHRASE = "korenbloem-42"


@pytest.fixture
def out(tmp_path):
    """Where the pack goes; its passphrase, remembered per path, is forgotten afterwards."""
    path = tmp_path / "pakket.sqlite"
    yield path
    cipher.forget(path)


def mentor_id(office: Office):
    return next(c.id for c in staff_choices(office.sessions) if c.name == MENTOR)


def planned_visit(window: MainWindow) -> visits.VisitView:
    """A start visit at IJsbrand de Vries's placement, three days ahead."""
    office = window.office
    key = office.directory.filter(ListFilter(text="ijsbrand"))[0]
    placement = window.cases.open_case(key).current_placement()
    return visits.plan_visit(office.sessions, office.actor, placement.id, VisitType.START,
                             TODAY + timedelta(days=3), today=TODAY)  # fmt: skip


def make_pack(qtbot, window: MainWindow, out) -> ExportPackDialog:
    window.menus.export_pack_action.trigger()
    dialog = window.menus.dialog
    assert isinstance(dialog, ExportPackDialog)
    asked: list[str] = []
    dialog.ask_passphrase = lambda what: asked.append(what) or PASSPHRASE
    dialog.mentor.setCurrentIndex(dialog.mentor.findText(MENTOR))
    dialog.file.setText(str(out))
    dialog.file.setModified(True)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.running is None, timeout=20000)
    assert dialog.problem.isHidden(), dialog.problem.text()
    assert asked == [out.name]  # a new passphrase, asked for this file
    return dialog


def test_making_a_pack_for_a_mentor_writes_a_store_the_window_opens_as_that_pack(
    qtbot, case_window, out, translations
):
    planned_visit(case_window)
    dialog = make_pack(qtbot, case_window, out)
    assert dialog.summary is not None and dialog.summary.mentor_name == MENTOR
    assert out.exists() and "Bezoekpakket voor Fatima el Amrani gemaakt" in dialog.outcome.text()

    assert cipher.is_encrypted(out)  # a pack is always encrypted
    cipher.remember(out, PASSPHRASE)  # as the laptop's passphrase dialog would give it
    pack = open_office(str(out), create=False)
    laptop = MainWindow(pack, translations=translations, today=lambda: TODAY)
    qtbot.addWidget(laptop)
    try:
        assert laptop.pack is not None
        banner = f"Bezoekpakket van {MENTOR}, gemaakt op "
        assert laptop.pack_banner.text().startswith(banner)
        assert not laptop.pack_banner.isHidden()
        assert banner in laptop.windowTitle()
        assert pack.actor.name == MENTOR  # the one working in a pack is its mentor
        assert not laptop.menus.export_pack_action.isEnabled()
        assert not laptop.menus.import_pack_action.isEnabled()
        assert laptop.model.rowCount() == 7  # her students (all in this store)
    finally:
        pack.close()
    assert case_window.pack is None and case_window.pack_banner.isHidden()


def test_reading_a_pack_back_shows_the_conflict_side_by_side_and_takes_the_chosen_version(
    qtbot, case_window, out
):
    visit = planned_visit(case_window)
    make_pack(qtbot, case_window, out)
    # On the laptop the mentor logs the visit ...
    cipher.remember(out, PASSPHRASE)
    laptop = Office.open(out, create=False)
    try:
        mentor = actor_for(laptop.sessions, mentor_id(laptop))
        visits.log_visit(laptop.sessions, mentor, visit.id, visit.version, TODAY,
                         answers={}, notes="Uit het pakket", today=TODAY)  # fmt: skip
    finally:
        laptop.close()
    # ... while the office moves it.
    office = case_window.office
    visits.reschedule_visit(office.sessions, office.actor, visit.id, visit.version,
                            TODAY + timedelta(days=5), today=TODAY)  # fmt: skip

    cipher.forget(out)  # the office is asked for it
    dialog = case_window.menus.open_import_pack_dialog(out, PASSPHRASE)
    assert isinstance(dialog, ImportPackDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.running is None, timeout=20000)
    assert "Bezoekpakket van Fatima el Amrani" in dialog.heading.text()
    assert "conflicten: 1" in dialog.heading.text()
    assert dialog.conflicts is not None
    (box,) = dialog.conflicts.boxes
    table = box.findChild(QTableWidget, "conflictFields")
    rows = {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    assert rows["Status"] == ("gepland", "gehouden")
    assert rows["Notities"] == ("—", "Uit het pakket")
    assert not dialog.apply_button.isEnabled()  # a version must be chosen first
    qtbot.keyClick(box.pack_choice, Qt.Key.Key_Space)  # the keyboard chooses too
    assert box.choice() == "pack" and dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None and dialog.running is None, timeout=20000)
    assert dialog.result.took_pack == 1
    assert "1 met de versie uit het pakket" in dialog.outcome.text()
    assert not dialog.apply_button.isEnabled()  # read in once
    report = visits.read_visit(office.sessions, office.actor, visit.id, today=TODAY)
    assert report.visit.status is VisitStatus.HELD and report.visit.notes == "Uit het pakket"
    assert report.answers == {} or all(isinstance(a, ItemAnswer) for a in report.answers.values())


def test_reading_a_pack_asks_its_passphrase_first_and_stops_without_one(
    qtbot, case_window, out, monkeypatch
):
    from stagedesk.ui.dialogs import pack_dialogs

    planned_visit(case_window)
    make_pack(qtbot, case_window, out)
    cipher.forget(out)
    asked: list[str] = []
    monkeypatch.setattr(
        pack_dialogs, "ask_passphrase", lambda path, parent: asked.append(path.name)
    )
    dialog = case_window.menus.open_import_pack_dialog(out)
    assert asked == ["pakket.sqlite"]
    assert dialog.heading.text() == "Niet ingelezen: het pakket is versleuteld."
    assert dialog.running is None and not dialog.apply_button.isEnabled()
