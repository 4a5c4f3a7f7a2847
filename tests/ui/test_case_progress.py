"""The case file's "Voortgang" tab, through the widgets: the prerequisites with their status and
what they block, setting and clearing one (undoable), and the hours of the placement: progress,
behind schedule, entering, changing and deleting a week (undoable)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from stagedesk.domain.hours import AbsenceKind
from stagedesk.domain.prerequisites import PrerequisiteMode, PrerequisiteStatus
from stagedesk.services import hours, placements, prerequisites
from stagedesk.services.actor import SYSTEM, actor_for
from stagedesk.store.companies import Company
from stagedesk.store.programmes import Programme
from stagedesk.store.staff import StaffMember
from stagedesk.store.students import Student
from stagedesk.ui.dialogs.hours_dialog import HoursDialog
from stagedesk.ui.dialogs.prerequisite_dialog import PrerequisiteDialog
from stagedesk.ui.screens.case_file import CaseFileScreen
from tests.ui.case_helpers import click, dialog_of, open_from_list, save
from tests.ui.case_store import MENTOR, NOOR
from tests.ui.factories import TODAY
from tests.ui.lifecycle_store import ANNA, START, make_lifecycle_window

window_fixture = pytest.fixture(make_lifecycle_window, name="lifecycle_window")


def progress_tab(qtbot, window) -> CaseFileScreen:
    screen = open_from_list(qtbot, window, ANNA)
    screen.side.setCurrentWidget(screen.progress)
    qtbot.waitUntil(lambda: screen.progress.prerequisites.list.topLevelItemCount() == 2)
    return screen


def rows(tree) -> list[list[str]]:
    return [
        [tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
        for r in range(tree.topLevelItemCount())
    ]


def select_row(tree, first_cell: str) -> None:
    for r in range(tree.topLevelItemCount()):
        if tree.topLevelItem(r).text(0) == first_cell:
            tree.setCurrentItem(tree.topLevelItem(r))
            return
    raise AssertionError(first_cell)


def stored_prerequisites(screen):
    ctx = screen.context
    return {
        v.name: v
        for v in prerequisites.student_prerequisites(
            ctx.sessions, ctx.actor, ctx.student_id, today=TODAY
        )
    }


def test_the_tab_shows_missing_prerequisites_in_words_and_what_they_block(qtbot, lifecycle_window):
    screen = progress_tab(qtbot, lifecycle_window)
    assert screen.side.tabText(screen.side.indexOf(screen.progress)) == "Voortgang"
    section = screen.progress.prerequisites
    assert rows(section.list) == [
        ["Hygiënecursus", "ontbreekt", "", ""],
        ["VOG", "ontbreekt", "", ""],
    ]
    verdict = section.verdict.text()
    assert "Nu niet in orde voor de lopende bpv bij Bytes &amp; Co:" in verdict
    assert "Hygiënecursus ontbreekt; VOG ontbreekt" in verdict
    assert "#b00020" in verdict  # red


def test_setting_a_prerequisite_shows_its_expiry_and_is_undone(qtbot, lifecycle_window):
    screen = progress_tab(qtbot, lifecycle_window)
    section = screen.progress.prerequisites
    select_row(section.list, "VOG")
    click(qtbot, section.set_button)
    dialog = dialog_of(qtbot, screen, PrerequisiteDialog)
    dialog.status.setCurrentIndex(dialog.status.findData(PrerequisiteStatus.OBTAINED.value))
    dialog.obtained_on.set_value(date(2023, 12, 1))  # 36 months valid: expired 01-12-2026?
    dialog.note.setText("Gezien door CC")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    vog = stored_prerequisites(screen)["VOG"]
    assert vog.status is PrerequisiteStatus.OBTAINED and vog.note == "Gezien door CC"
    assert vog.expires_on == date(2026, 12, 1)
    assert ["VOG", "in bezit", "01-12-2023", "01-12-2026"] in rows(section.list)

    select_row(section.list, "VOG")
    click(qtbot, section.set_button)
    dialog = dialog_of(qtbot, screen, PrerequisiteDialog)
    assert not dialog.expires.isChecked()  # the expiry follows from the validity period
    dialog.obtained_on.set_value(date(2021, 1, 4))
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ["VOG", "verlopen", "04-01-2021", "04-01-2024"] in rows(section.list)
    assert "VOG is verlopen op 04-01-2024" in section.verdict.text()

    screen.undo_stack.undo()
    assert stored_prerequisites(screen)["VOG"].obtained_on == date(2023, 12, 1)
    assert stored_prerequisites(screen)["VOG"].expires_on == date(2026, 12, 1)
    screen.undo_stack.undo()
    assert stored_prerequisites(screen)["VOG"].status is None
    screen.undo_stack.redo()
    assert stored_prerequisites(screen)["VOG"].status is PrerequisiteStatus.OBTAINED

    select_row(section.list, "VOG")
    click(qtbot, section.clear_button)
    assert stored_prerequisites(screen)["VOG"].status is None
    screen.undo_stack.undo()
    assert stored_prerequisites(screen)["VOG"].obtained_on == date(2023, 12, 1)
    assert not screen.message.isVisible()


def test_entering_a_week_moves_the_progress_and_is_undone(qtbot, lifecycle_window):
    screen = progress_tab(qtbot, lifecycle_window)
    section = screen.progress.hours
    assert section.list.topLevelItemCount() == 0
    assert section.behind.isVisible()  # 11 weeks passed, nothing entered
    click(qtbot, section.add_button)
    dialog = dialog_of(qtbot, screen, HoursDialog)
    week = date(2026, 11, 16)
    dialog.week.setCurrentIndex(dialog.week.findData(week.isoformat()))
    dialog.worked.setValue(24.5)
    dialog.absent.setValue(8)
    dialog.kind.setCurrentIndex(dialog.kind.findData(AbsenceKind.SICK.value))
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert rows(section.list) == [["week 47 (16-11-2026)", "24,5", "8", "", ""]]
    assert "24,5 van 663 uur gerealiseerd, 347 uur verwacht" in section.summary.text()

    section.list.setCurrentItem(section.list.topLevelItem(0))
    click(qtbot, section.edit_button)
    dialog = dialog_of(qtbot, screen, HoursDialog)
    dialog.worked.setValue(32)
    dialog.absent.setValue(0)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert rows(section.list) == [["week 47 (16-11-2026)", "32", "", "", ""]]

    section.list.setCurrentItem(section.list.topLevelItem(0))
    click(qtbot, section.delete_button)
    assert section.list.topLevelItemCount() == 0
    screen.undo_stack.undo()  # the delete
    assert rows(section.list) == [["week 47 (16-11-2026)", "32", "", "", ""]]
    screen.undo_stack.undo()  # the change
    assert rows(section.list) == [["week 47 (16-11-2026)", "24,5", "8", "", ""]]
    screen.undo_stack.undo()  # the entry
    assert section.list.topLevelItemCount() == 0
    screen.undo_stack.redo()
    ctx = screen.context
    placement = screen.progress.current_placement()
    overview = hours.placement_hours(ctx.sessions, ctx.actor, placement.id, today=TODAY)
    assert [(w.week_start, w.worked_minutes) for w in overview.weeks] == [(week, 24 * 60 + 30)]
    assert not screen.message.isVisible()


def test_a_student_on_schedule_is_not_behind(qtbot, lifecycle_window):
    screen = open_from_list(qtbot, lifecycle_window, ANNA)
    ctx = screen.context
    placement = screen.current_placement()
    for i in range(12):
        hours.record_week(
            ctx.sessions, ctx.actor, placement.id, START + timedelta(weeks=i), 32 * 60,
            today=TODAY,
        )  # fmt: skip
    screen.side.setCurrentWidget(screen.progress)
    section = screen.progress.hours
    qtbot.waitUntil(lambda: section.list.topLevelItemCount() == 12)
    assert not section.behind.isVisible()
    assert section.bar.value() == 384


def test_importing_an_hours_file_checks_it_first_then_enters_its_weeks(
    qtbot, lifecycle_window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from stagedesk.ui.dialogs.hours_dialog import HoursImportDialog

    screen = progress_tab(qtbot, lifecycle_window)
    section = screen.progress.hours
    bad = tmp_path / "fout.csv"
    bad.write_text("studentnummer;week;uren\n100001;2026-W40;32\n", encoding="utf-8")
    good = tmp_path / "uren.csv"
    good.write_text(
        f"Studentnummer;Week;Uren;Ziek\n{ANNA};2026-W40;32;\n{ANNA};05-10-2026;30;2\n",
        encoding="utf-8",
    )
    chosen = [str(bad)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen[0], ""))

    click(qtbot, section.import_button)
    dialog = dialog_of(qtbot, screen, HoursImportDialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.problems.topLevelItemCount() == 1
    assert "not the student of this case" in dialog.problems.topLevelItem(0).text(2)
    dialog.reject()

    chosen[0] = str(good)
    click(qtbot, section.import_button)
    dialog = dialog_of(qtbot, screen, HoursImportDialog)
    assert "2 weken gelezen, zonder problemen: 2 nieuw" in dialog.summary.text()
    assert section.list.topLevelItemCount() == 0  # checked, not yet entered
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert rows(section.list) == [
        ["week 41 (05-10-2026)", "30", "2", "", ""],
        ["week 40 (28-09-2026)", "32", "", "", ""],
    ]


@pytest.mark.parametrize("mode", [PrerequisiteMode.REFUSE, PrerequisiteMode.WARN])
def test_a_coming_placement_is_blocked_or_warned_about_as_the_school_decided(
    qtbot, lifecycle_window, mode
):
    office = lifecycle_window.office
    sessions, actor = office.sessions, office.actor
    with sessions() as s:
        noor = s.scalars(select(Student).where(Student.student_number == NOOR)).one()
        zorg = s.scalars(select(Company.id).where(Company.name == "Zorggroep Óost")).one()
        noor_id, sector = noor.id, s.get(Programme, noor.programme_id).sector
    placements.create_placement(
        sessions, actor, noor_id, zorg, date(2026, 12, 7), date(2027, 6, 25), 24, today=TODAY
    )
    prerequisites.add_requirement(sessions, actor, "VOG zorg", sector=sector, validity_months=12)
    prerequisites.save_prerequisite_mode(sessions, SYSTEM, mode)
    screen = open_from_list(qtbot, lifecycle_window, NOOR)
    screen.side.setCurrentWidget(screen.progress)
    section = screen.progress.prerequisites
    qtbot.waitUntil(lambda: section.list.topLevelItemCount() == 1)
    head = "Blokkeert" if mode is PrerequisiteMode.REFUSE else "Waarschuwing voor"
    assert (
        f"{head} de plaatsing bij Zorggroep Óost (begin 07-12-2026): VOG zorg ontbreekt."
        in section.verdict.text()
    )


def test_the_students_mentor_enters_hours_but_changes_no_prerequisite_nor_breaks_off(
    qtbot, lifecycle_window
):
    office = lifecycle_window.office
    with office.sessions() as s:
        mentor_id = s.scalars(select(StaffMember.id).where(StaffMember.name == MENTOR)).one()
    office.actor = actor_for(office.sessions, mentor_id)
    screen = progress_tab(qtbot, lifecycle_window)
    assert not screen.case.may_edit
    assert not screen.case_actions.breakoff.break_off.isVisible()
    assert not screen.progress.prerequisites.set_button.isVisible()
    assert not screen.progress.hours.import_button.isVisible()
    section = screen.progress.hours
    click(qtbot, section.add_button)
    dialog = dialog_of(qtbot, screen, HoursDialog)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert rows(section.list) == [["week 48 (23-11-2026)", "32", "", "", ""]]


def test_bestand_uren_importeren_takes_a_file_of_any_student(
    qtbot, lifecycle_window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from stagedesk.ui.dialogs.hours_dialog import HoursImportDialog

    path = tmp_path / "bedrijf.csv"
    path.write_text(f"studentnummer,week,uren\n{ANNA},2026-W45,32\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    menus = lifecycle_window.menus
    assert menus.hours_import_action in menus.file_menu.actions()
    menus.hours_import_action.trigger()
    dialog = menus.dialog
    assert isinstance(dialog, HoursImportDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    screen = progress_tab(qtbot, lifecycle_window)
    assert rows(screen.progress.hours.list) == [["week 45 (02-11-2026)", "32", "", "", ""]]


def test_switching_the_language_keeps_the_tab_filled(qtbot, lifecycle_window, translations):
    screen = progress_tab(qtbot, lifecycle_window)
    translations.set_language("en")
    translations.set_language("nl")
    assert screen.side.tabText(screen.side.indexOf(screen.progress)) == "Voortgang"
    assert screen.progress.prerequisites.list.topLevelItemCount() == 2
    assert screen.progress.hours.add_button.text() == "Week &invoeren…"
