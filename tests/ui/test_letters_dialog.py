"""Brieven afdrukken: the list's selection or its filter, merged or split, on a worker; the
window keeps running its event loop during a batch, Cancel leaves no file, and a template's
problem is shown in Dutch."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from stagedesk.services import letters
from stagedesk.services.cases import open_case
from stagedesk.services.directory import ListFilter
from stagedesk.services.timeline import TimelineEntry, TimelineKind
from stagedesk.ui.dialogs.letters_dialog import LettersDialog
from stagedesk.ui.main_window import MainWindow
from stagedesk.ui.models.student_table import Column
from tests.ui.case_helpers import make_case_window, open_from_list

BBL = "bbl-31-december"


def select_numbers(window: MainWindow, *numbers: str) -> None:
    """Ctrl+click the students with these numbers in the list."""
    model, view = window.model, window.table
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.clearSelection()
    for row in range(model.rowCount()):
        if model.data(model.index(row, Column.NUMBER)) in numbers:
            view.selectionModel().select(model.index(row, Column.NAME), flags)


def open_dialog(window: MainWindow) -> LettersDialog:
    window.menus.letters_action.trigger()
    dialog = window.menus.dialog
    assert isinstance(dialog, LettersDialog) and dialog.isVisible()
    return dialog


def choose_template(dialog: LettersDialog, template_id: str) -> None:
    dialog.template.setCurrentIndex(dialog.template.findData(template_id))


def print_and_wait(qtbot, dialog: LettersDialog) -> None:
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.running is None, timeout=20000)
    assert dialog.problem.isHidden(), dialog.problem.text()
    assert not dialog.outcome.isHidden()


def letters_of(window: MainWindow, number: str) -> list[TimelineEntry]:
    key = next(k for k in window.office.directory.filter(ListFilter(text=number)))
    office = window.office
    case = open_case(office.sessions, office.actor, uuid.UUID(hex=key), today=window.today())
    return [e for e in case.timeline if e.kind is TimelineKind.LETTER]


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_selected_students_get_one_merged_pdf(qtbot, window, tmp_path):
    select_numbers(window, "100001", "100004")
    dialog = open_dialog(window)
    assert dialog.selected.isChecked()
    assert "(2)" in dialog.selected.text()
    choose_template(dialog, BBL)
    out = tmp_path / "bbl.pdf"
    dialog.file.setText(str(out))
    print_and_wait(qtbot, dialog)
    assert dialog.result is not None and dialog.result.letters == 2
    text = pdf_text(out)
    assert "Zoë van der Berg" in text and "Anna Bakker" in text
    assert "Vries" not in text
    assert "2 brieven gemaakt" in dialog.outcome.text()
    assert len(letters_of(window, "100001")) == 1  # on the register, so in the timeline


def test_all_students_of_the_filter_get_one_file_each_in_a_folder(qtbot, window, tmp_path):
    window.filter_bar.search.setText("verzorgende")  # the students of Verzorgende-IG
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    dialog = open_dialog(window)
    dialog.filtered.setChecked(True)
    assert "(2)" in dialog.filtered.text()
    choose_template(dialog, BBL)
    dialog.split.setChecked(True)
    folder = tmp_path / "per-student"
    dialog.folder.setText(str(folder))
    print_and_wait(qtbot, dialog)
    # IJsbrand de Vries is a minor: his letter's file holds the guardian's copy too.
    assert sorted(p.name for p in folder.iterdir()) == [f"100001-{BBL}.pdf", f"100003-{BBL}.pdf"]
    assert len(PdfReader(folder / f"100003-{BBL}.pdf").pages) == 2


def test_a_template_that_cannot_be_filled_is_explained_in_dutch_and_nothing_written(
    qtbot, window, tmp_path
):
    select_numbers(window, "100001")
    dialog = open_dialog(window)
    choose_template(dialog, "bevestiging-plaatsing-student")
    out = tmp_path / "bevestiging.pdf"
    dialog.file.setText(str(out))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.running is None and not dialog.problem.isHidden())
    message = dialog.problem.text()
    assert message.startswith("Het briefsjabloon kan niet worden gebruikt")
    assert "bevestiging-plaatsing-student.txt, regel" in message and "100001" in message
    assert not out.exists() and list(tmp_path.glob("*.part")) == []


def test_the_window_keeps_running_during_a_batch_and_cancel_leaves_no_file(qtbot, window, tmp_path):
    """The batch waits after its first letter until the test has seen the GUI thread's timer
    fire and clicked Cancel: the event loop ran while the work was under way."""
    first_letter_done, may_go_on = threading.Event(), threading.Event()
    worker_threads: list[threading.Thread] = []

    def slow_print(*args, progress=None, **kwargs):
        worker_threads.append(threading.current_thread())

        def report(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            first_letter_done.set()
            may_go_on.wait(10)

        return letters.print_letters(*args, progress=report, **kwargs)

    select_numbers(window, "100001", "100004", "100006")
    dialog = LettersDialog(
        window.office,
        window.menus.letter_students(),
        today=window.today(),
        print_letters=slow_print,
        parent=window,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    choose_template(dialog, BBL)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.file.setText(str(folder / "cancelled.pdf"))
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    try:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        assert first_letter_done.wait(10)
        before = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) >= before + 3)  # the GUI thread is not blocked
        assert dialog.running is not None and not dialog.running.job.is_over()
        progress = dialog.findChild(QProgressDialog, "jobProgress")
        assert progress is not None and progress.isVisible()
        qtbot.waitUntil(lambda: progress.value() >= 1)
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        assert dialog.running.job.is_cancelled()
    finally:
        may_go_on.set()
        timer.stop()
    qtbot.waitUntil(lambda: dialog.running is None)
    assert worker_threads and worker_threads[0] is not threading.main_thread()
    assert dialog.outcome.text() == "Afdrukken geannuleerd: er is niets opgeslagen."
    assert dialog.result is None
    assert list(folder.iterdir()) == []  # no PDF, no temporary file
    assert letters_of(window, "100001") == []


case_window_fixture = pytest.fixture(make_case_window, name="case_window")


def test_a_case_prints_one_letter_for_its_student_and_shows_it_in_the_timeline(
    qtbot, case_window, tmp_path
):
    screen = open_from_list(qtbot, case_window, "vries")
    printing = screen.case_actions.printing
    assert printing.button.isVisible()
    before = len([e for e in screen.case.timeline if e.kind is TimelineKind.LETTER])
    printing.letter_action.trigger()
    dialog = screen.dialog
    assert isinstance(dialog, LettersDialog)
    assert dialog.windowTitle() == "Brief afdrukken voor IJsbrand de Vries"
    assert dialog.split.isHidden()  # one student: one file
    choose_template(dialog, BBL)
    out = tmp_path / "bbl.pdf"
    dialog.file.setText(str(out))
    print_and_wait(qtbot, dialog)
    assert "IJsbrand de Vries" in pdf_text(out)
    letters_now = [e for e in screen.case.timeline if e.kind is TimelineKind.LETTER]
    assert len(letters_now) == before + 2  # a minor: the guardian's copy too


def test_a_case_prints_the_placement_overview_or_says_why_not(
    qtbot, case_window, tmp_path, monkeypatch
):
    out = tmp_path / "overzicht"  # no .pdf typed: it is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    screen = open_from_list(qtbot, case_window, "vries")
    screen.case_actions.printing.overview_action.trigger()
    pdf = tmp_path / "overzicht.pdf"
    assert "Zorggroep Óost" in pdf_text(pdf)
    assert screen.message.isHidden()
    assert "Plaatsingsoverzicht opgeslagen" in case_window.statusBar().currentMessage()

    without = open_from_list(qtbot, case_window, "zoe")
    assert not without.case_actions.printing.overview_action.isEnabled()
    assert not without.case_actions.printing.print_overview(tmp_path / "zoe.pdf")
    assert "geen plaatsing" in without.message.text() or "placement" in without.message.text()
    assert not (tmp_path / "zoe.pdf").exists()
