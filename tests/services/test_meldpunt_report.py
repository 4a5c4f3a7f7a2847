"""The SBB report: only what the student agreed to share reaches the PDF, for the meldpunt only,
and making it is in the audit trail."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from stagedesk.domain.enums import DiscriminationGround, StaffRole
from stagedesk.domain.errors import PermissionDenied, ValidationError
from stagedesk.domain.meldingen import FollowUp, SbbShare
from stagedesk.services import meldpunt
from stagedesk.services.actor import Actor
from stagedesk.services.meldpunt_report import reference, sbb_report
from stagedesk.store.office import AuditEntry
from tests.factories import TODAY, World
from tests.pdf.pdfcheck import page_texts, qpdf_ok

DESCRIPTION = "Bij de kennismaking vroeg de manager naar het geloof van de student."
WISHES = "Dat SBB het bedrijf hierop aanspreekt."
PLACE = "Kantoor aan de Vaartweg"


def _melding(world: World, follow_up: FollowUp, shared: list[SbbShare]) -> meldpunt.MeldingView:
    m = meldpunt.create_melding(
        world.sessions,
        world.meldpunt,
        received_on=date(2026, 11, 2),
        ground=DiscriminationGround.RELIGION,
        student_id=world.student(),
        company_id=world.company,
        incident_on=date(2026, 10, 28),
        incident_place=PLACE,
        description=DESCRIPTION,
        student_wishes=WISHES,
        today=TODAY,
    )
    changes = {"follow_up": follow_up, "shared_with_sbb": shared}
    return meldpunt.intake(
        world.sessions, world.meldpunt, m.id, m.version, date(2026, 11, 4), changes, today=TODAY
    )


def _text(path: Path) -> str:
    qpdf_ok(path)
    return " ".join(" ".join(page_texts(path)).split())


def test_only_the_consented_facts_are_in_the_pdf(world: World, tmp_path: Path) -> None:
    m = _melding(world, FollowUp.FORMAL_SBB, [SbbShare.COMPANY, SbbShare.GROUND])
    target = tmp_path / "sbb.pdf"
    report = sbb_report(world.sessions, world.meldpunt, m.id, target, today=TODAY)
    assert report.company == "Zorggroep Óost" and report.description is None
    text = _text(target)
    assert "Formele melding stagediscriminatie" in text and reference(m.id) in text
    assert "Zorggroep Óost" in text and "godsdienst of levensovertuiging" in text
    assert "Mila Meldpunt" in text  # the contact at the meldpunt
    for absent in ("Zoë", "Berg", m.student_number or "?", DESCRIPTION[:30], WISHES[:20]):
        assert absent not in text
    for absent in (PLACE, "28-10-2026", "Wat er gebeurde", "Wat de student wil"):
        assert absent not in text


def test_everything_consented_is_all_in_the_pdf(world: World, tmp_path: Path) -> None:
    m = _melding(world, FollowUp.FORMAL_SBB, list(SbbShare))
    target = tmp_path / "sbb.pdf"
    sbb_report(world.sessions, world.meldpunt, m.id, target, today=TODAY)
    text = _text(target)
    for present in ("Zoë van der Berg", "Zorggroep Óost", PLACE, "28-10-2026", WISHES):
        assert present in text
    assert " ".join(DESCRIPTION.split()) in text


def test_an_anonymous_signal_with_nothing_shared_says_so(world: World, tmp_path: Path) -> None:
    m = _melding(world, FollowUp.SIGNAL_SBB, [])
    target = tmp_path / "sbb.pdf"
    sbb_report(world.sessions, world.meldpunt, m.id, target, today=TODAY)
    text = _text(target)
    assert "Anoniem signaal stagediscriminatie" in text
    assert "geen toestemming" in text and "Zorggroep" not in text and "Zoë" not in text


def test_making_it_is_recorded_with_what_was_shared(world: World, tmp_path: Path) -> None:
    m = _melding(world, FollowUp.FORMAL_SBB, [SbbShare.DESCRIPTION])
    sbb_report(world.sessions, world.meldpunt, m.id, tmp_path / "sbb.pdf", today=TODAY)
    with world.sessions() as s:
        last = s.execute(select(AuditEntry).order_by(AuditEntry.seq.desc())).scalars().first()
    assert last is not None and (last.action, last.entity_id) == ("export", m.id)
    assert last.after == {"to": "sbb", "shared_with_sbb": ["description"]}


def test_no_report_when_the_student_did_not_choose_sbb(world: World, tmp_path: Path) -> None:
    m = _melding(world, FollowUp.TALK_WITH_COMPANY, [SbbShare.COMPANY])
    with pytest.raises(ValidationError, match="did not choose"):
        sbb_report(world.sessions, world.meldpunt, m.id, tmp_path / "sbb.pdf", today=TODAY)
    assert not (tmp_path / "sbb.pdf").exists()


def test_only_the_meldpunt_role_makes_the_report(world: World, tmp_path: Path) -> None:
    m = _melding(world, FollowUp.FORMAL_SBB, [SbbShare.COMPANY])
    admin = Actor(None, "Bea Beheer", frozenset({StaffRole.ADMIN}))
    for actor in (world.coordinator, world.mentor, admin):
        with pytest.raises(PermissionDenied):
            sbb_report(world.sessions, actor, m.id, tmp_path / "sbb.pdf", today=TODAY)
    assert not (tmp_path / "sbb.pdf").exists()
