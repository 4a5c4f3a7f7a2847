"""The visit report PDF: the checklist as answered, remarks, notes, actions and next visit."""

from __future__ import annotations

from datetime import date

import pytest

from stagedesk.domain.checklists import Answer, VisitConcern
from stagedesk.domain.enums import VisitType
from stagedesk.domain.errors import PermissionDenied
from stagedesk.domain.visits import ActionOwner, AgreedAction, ItemAnswer
from stagedesk.services.checklists import checklists_in_force
from stagedesk.services.letters_checklists import print_visit_report
from stagedesk.services.visits import NextVisit, log_visit, plan_visit
from tests.factories import placed
from tests.pdf.pdfcheck import font_names, ink_fraction, page_texts, qpdf_ok

HELD = date(2027, 2, 15)
LATER = date(2027, 3, 1)


@pytest.fixture
def logged(world):
    student = world.student(given="Ülkü", tussenvoegsel=None, surname="Şahin")
    placement = placed(world, student, date(2027, 2, 1), date(2027, 6, 30))
    visit = plan_visit(
        world.sessions, world.coordinator, placement.id, VisitType.START, HELD, today=LATER
    )
    checklist = checklists_in_force(world.sessions, world.coordinator).for_type(VisitType.START)
    items = checklist.items
    answers = {
        items[0].id: ItemAnswer(Answer.YES),
        items[1].id: ItemAnswer(Answer.NO, "Werktijden zijn nog niet afgesproken"),
        items[2].id: ItemAnswer(Answer.NOT_APPLICABLE),
    }
    log_visit(
        world.sessions,
        world.coordinator,
        visit.id,
        visit.version,
        HELD,
        answers=answers,
        notes="Goed gesprek met de praktijkopleider; Ülkü heeft het naar haar zin.",
        agreed_actions=[AgreedAction("Rooster vastleggen", ActionOwner.PRAKTIJKOPLEIDER, LATER)],
        concerns=[VisitConcern.NO_SUPERVISION],
        next_visit=NextVisit(VisitType.MIDTERM, date(2027, 4, 12)),
        today=LATER,
    )
    return visit.id, checklist


def test_the_report_shows_answers_remarks_notes_actions_and_next_visit(world, logged, tmp_path):
    visit_id, checklist = logged
    out = tmp_path / "verslag.pdf"
    print_visit_report(world.sessions, world.coordinator, visit_id, out, today=LATER)
    qpdf_ok(out)
    assert all("+LiberationSans" in font for font in font_names(out))  # every one embedded
    text = " ".join(" ".join(page_texts(out)).split())
    assert f"Bezoekverslag: {checklist.title}" in text
    assert "Ülkü Şahin" in text and "Zorggroep Óost" in text
    assert "15-02-2027, op locatie" in text
    assert "Opmerking: Werktijden zijn nog niet afgesproken" in text
    assert "Goed gesprek met de praktijkopleider; Ülkü heeft het naar haar zin." in text
    assert "Rooster vastleggen praktijkopleider 01-03-2027 nee" in text
    assert "Volgend bezoek: tussentijds bezoek op 12-04-2027" in text
    assert "geen begeleiding" in text
    assert ink_fraction(out, 1, tmp_path) > 0.01


def test_another_mentor_may_not_print_it(world, logged, tmp_path):
    visit_id, _ = logged
    with pytest.raises(PermissionDenied):
        print_visit_report(world.sessions, world.other_mentor, visit_id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_cli_prints_a_visit_report(world, logged, tmp_path, capsys):
    from stagedesk.cli import main

    visit_id, _ = logged
    location = world.office.location
    world.office.close()
    out = tmp_path / "cli.pdf"
    assert (
        main(["print", "visit", "--visit", str(visit_id), "--db", location, "--out", str(out)]) == 0
    )
    qpdf_ok(out)
    assert "visit report" in capsys.readouterr().out
    with pytest.raises(SystemExit) as caught:
        main(["print", "visit", "--visit", "nope", "--db", location, "--out", str(out)])
    assert caught.value.code == 2
