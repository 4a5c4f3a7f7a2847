"""A case file's Afdrukken → AVG-inzage…: asks where to save, writes the PDF and the JSON beside
it on a worker, says where; a mentor is not offered it."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QFileDialog

from stagedesk.domain.enums import StaffRole
from stagedesk.services.actor import Actor
from tests.pdf.pdfcheck import page_texts, qpdf_ok
from tests.ui.case_helpers import make_case_window, open_from_list

case_window_fixture = pytest.fixture(make_case_window, name="case_window")


def test_the_case_writes_the_inzage_as_pdf_and_json_on_a_worker(
    qtbot, case_window, tmp_path, monkeypatch
):
    typed = tmp_path / "inzage-noor"  # no .pdf typed: it is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(typed), ""))
    )
    screen = open_from_list(qtbot, case_window, "noor")
    action = screen.case_actions.subject_access
    assert action.action in screen.case_actions.printing.menu.actions()
    assert action.action.isEnabled()
    with qtbot.waitSignal(action.written, timeout=20_000) as written:
        action.action.trigger()
    files = written.args[0]
    assert files.pdf == tmp_path / "inzage-noor.pdf"
    assert files.json == tmp_path / "inzage-noor.json"
    qpdf_ok(files.pdf)
    text = "\n".join(page_texts(files.pdf))
    assert "Inzage persoonsgegevens: Noor Jansen" in text and "Geboortedatum" in text
    data = json.loads(files.json.read_text(encoding="utf-8"))
    assert data["student"]["given_name"] == "Noor"
    assert "AVG-inzage opgeslagen" in case_window.statusBar().currentMessage()
    assert not list(tmp_path.glob("*.part"))
    qtbot.waitUntil(lambda: action.progress is None and action.action.isEnabled())


def test_the_students_mentor_is_not_offered_the_inzage(qtbot, case_window):
    screen = open_from_list(qtbot, case_window, "noor")
    mentor_id = screen.case.header.mentor_id
    case_window.office.actor = Actor(mentor_id, "Mo Mentor", frozenset({StaffRole.MENTOR}))
    screen.reload()
    assert not screen.case_actions.subject_access.action.isEnabled()
