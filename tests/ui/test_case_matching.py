"""The case's "Voorstellen" tab: ranked companies with reasons, the profile text, sending an
anonymised profile (a PDF that names nobody) and one by name, recording the company's answer,
and the named profile printed only once the anonymised one was chosen."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from stagedesk.services import profile_proposals as pp
from stagedesk.ui.dialogs.profile_dialog import ProfileDialog, ProposalDialog
from stagedesk.ui.screens.case_file import CaseFileScreen
from tests.ui.case_helpers import click, dialog_of, make_case_window, open_from_list, save

case_window_fixture = pytest.fixture(make_case_window, name="case_window")
ZOE = "100001"  # Zoë van der Berg, no place yet, BOL Verzorgende-IG


def matching_tab(qtbot, window) -> CaseFileScreen:
    screen = open_from_list(qtbot, window, ZOE)
    screen.side.setCurrentWidget(screen.matching)
    qtbot.waitUntil(lambda: screen.matching.companies.topLevelItemCount() > 0)
    return screen


def _pdf_text(path) -> str:
    return " ".join(
        " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages).split()
    )


def write_profile(qtbot, screen, skills: str, motivation: str) -> None:
    click(qtbot, screen.matching.edit_profile)
    dialog = dialog_of(qtbot, screen, ProfileDialog)
    dialog.skills.setPlainText(skills)
    dialog.motivation.setPlainText(motivation)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_tab_ranks_companies_with_their_reasons(qtbot, case_window):
    screen = matching_tab(qtbot, case_window)
    panel = screen.matching
    assert screen.side.tabText(screen.side.indexOf(panel)) == "Voorstellen"
    names = [panel.companies.topLevelItem(i).text(1)
             for i in range(panel.companies.topLevelItemCount())]  # fmt: skip
    assert set(names) == {"Zorggroep Óost", "Bytes & Co"}  # not the unrecognised bakery
    reasons = panel.reasons.text()
    assert "Erkend door SBB voor crebo" in reasons and "plaatsen vrij" in reasons
    # No profile yet: nothing can be sent.
    assert "Nog geen profiel" in panel.profile_text.text()
    assert not panel.send_anonymous.isEnabled() and not panel.send_named.isEnabled()


def test_sending_an_anonymised_profile_and_revealing_it_once_chosen(qtbot, case_window, tmp_path):
    screen = matching_tab(qtbot, case_window)
    panel = screen.matching
    write_profile(qtbot, screen, "Ik werk nauwkeurig en rustig.",
                  "Ik wil graag in de ouderenzorg leren werken.")  # fmt: skip
    assert "nauwkeurig" in panel.profile_text.text()
    company = panel.selected_company()
    click(qtbot, panel.send_anonymous)
    dialog = dialog_of(qtbot, screen, ProposalDialog)
    assert not dialog.confirm.isVisible()  # the text raised no hint
    out = tmp_path / "anoniem.pdf"
    dialog.path.setText(str(out))
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    text = _pdf_text(out)
    assert "ouderenzorg" in text
    for value in ("Zoë", "Zoe", "Berg", ZOE):
        assert value not in text
    assert panel.proposal_list.topLevelItemCount() == 1
    row = panel.proposal_list.topLevelItem(0)
    assert (row.text(1), row.text(2), row.text(4)) == (company.name, "anoniem", "open")
    assert row.text(3) in text
    # The company that has the profile now is ranked last, with why.
    last = panel.companies.topLevelItem(panel.companies.topLevelItemCount() - 1)
    assert last.text(1) == company.name and "nog geen antwoord" in last.toolTip(1)

    panel.proposal_list.setCurrentItem(row)
    assert not panel.reveal.isEnabled()
    assert not panel.print_named(tmp_path / "te-vroeg.pdf")  # refused by the service too
    assert not (tmp_path / "te-vroeg.pdf").exists()
    click(qtbot, panel.chosen)
    row = panel.proposal_list.topLevelItem(0)
    assert row.text(4) == "gekozen"
    panel.proposal_list.setCurrentItem(row)
    assert panel.reveal.isEnabled()
    named = tmp_path / "op-naam.pdf"
    assert panel.print_named(named)
    assert "Zoë van der Berg" in _pdf_text(named)
    assert panel.proposal_list.topLevelItem(0).text(5) != ""


def test_a_profile_that_names_the_student_needs_confirming(qtbot, case_window, tmp_path):
    screen = matching_tab(qtbot, case_window)
    panel = screen.matching
    write_profile(qtbot, screen, "Zoë is sociaal.", "Ik ben 17 jaar en wil in de zorg werken.")
    assert "herkenbaar" in panel.profile_text.text()
    click(qtbot, panel.send_anonymous)
    dialog = dialog_of(qtbot, screen, ProposalDialog)
    assert dialog.confirm.isVisible() and "naam" in dialog.hints.text()
    dialog.path.setText(str(tmp_path / "p.pdf"))
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.problem.isVisible()  # not confirmed: stays open
    dialog.confirm.setChecked(True)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert (tmp_path / "p.pdf").exists()


def test_a_proposal_by_name_and_its_outcome(qtbot, case_window, tmp_path):
    screen = matching_tab(qtbot, case_window)
    panel = screen.matching
    write_profile(qtbot, screen, "Handig.", "Ik hou van mensen.")
    click(qtbot, panel.send_named)
    dialog = dialog_of(qtbot, screen, ProposalDialog)
    dialog.path.setText(str(tmp_path / "naam"))  # .pdf is added
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Zoë van der Berg" in _pdf_text(tmp_path / "naam.pdf")
    row = panel.proposal_list.topLevelItem(0)
    assert row.text(2) == "op naam" and row.text(5) != ""
    panel.proposal_list.setCurrentItem(row)
    click(qtbot, panel.declined)
    assert panel.proposal_list.topLevelItem(0).text(4) == "afgewezen"
    ctx = screen.context
    (view,) = pp.student_proposals(ctx.sessions, ctx.actor, ctx.student_id)
    assert view.outcome is not None and view.outcome.value == "declined"


def test_the_students_mentor_reads_that_proposals_are_for_the_office(qtbot, case_window):
    from sqlalchemy import select

    from stagedesk.services.actor import actor_for
    from stagedesk.store.staff import StaffMember
    from tests.ui.case_store import MENTOR

    office = case_window.office
    with office.sessions() as s:
        mentor_id = s.scalars(select(StaffMember.id).where(StaffMember.name == MENTOR)).one()
    office.actor = actor_for(office.sessions, mentor_id)
    screen = open_from_list(qtbot, case_window, ZOE)
    screen.side.setCurrentWidget(screen.matching)
    panel = screen.matching
    qtbot.waitUntil(lambda: panel.notice.isVisible())
    assert "coördinatoren" in panel.notice.text()
    assert not panel.companies_box.isVisible() and not panel.proposals_box.isVisible()


def test_the_profile_period_cannot_end_before_it_starts(qtbot, case_window):
    from datetime import date

    screen = matching_tab(qtbot, case_window)
    click(qtbot, screen.matching.edit_profile)
    dialog = dialog_of(qtbot, screen, ProfileDialog)
    dialog.skills.setPlainText("Precies.")
    dialog.has_period.setChecked(True)
    dialog.period_from.set_value(date(2027, 2, 1))
    dialog.period_until.set_value(date(2027, 1, 1))
    save(qtbot, dialog)
    assert dialog.isVisible() and "vóór" in dialog.period_until.message.text()
    dialog.period_until.set_value(date(2027, 6, 30))
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    ctx = screen.context
    view = pp.read_profile(ctx.sessions, ctx.actor, ctx.student_id)
    assert (view.period_from, view.period_until) == (date(2027, 2, 1), date(2027, 6, 30))
    assert "Precies." in screen.matching.profile_text.text()


def test_the_postcode_the_student_searches_from_sets_the_distance_bands(qtbot, case_window):
    screen = matching_tab(qtbot, case_window)
    panel = screen.matching
    assert "onbekend" in panel.summary.text()
    panel.area.setText("3584cs")
    click(qtbot, panel.area_button)
    assert "Zoekt vanuit Utrecht (Utrecht)" in panel.summary.text()
    assert panel.area.text() == "3584 CS"
    panel.area.setText("0123 AB")
    click(qtbot, panel.area_button)
    assert screen.message.isVisible() and "0" in screen.message.text()
    assert "Utrecht" in panel.summary.text()  # the stored postcode is kept
