"""The case timeline shows the student's profile proposals under their own filter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from stagedesk.services import profile_proposals as pp
from stagedesk.services.actor import SYSTEM
from stagedesk.services.timeline import TimelineKind
from stagedesk.store.companies import Company
from stagedesk.store.opening import open_store
from stagedesk.store.students import Student
from stagedesk.ui.main_window import MainWindow
from stagedesk.ui.stores import open_office
from tests.ui.case_helpers import open_from_list
from tests.ui.case_store import build_case_store
from tests.ui.factories import TODAY


def test_an_anonymised_proposal_shows_in_the_timeline(qtbot, tmp_path, translations):
    location = build_case_store(tmp_path / "cases.sqlite")
    store = open_store(location, create=False)
    try:
        with store.sessions() as s:
            zoe = s.scalars(select(Student.id).where(Student.student_number == "100001")).one()
            company = s.scalars(select(Company.id).where(Company.name == "Bytes & Co")).one()
        pp.save_profile(store.sessions, SYSTEM, zoe, skills="Ik werk nauwkeurig.",
                        motivation=None)  # fmt: skip
        sent = pp.send_proposal(store.sessions, SYSTEM, zoe, company, anonymised=True,
                                out=None, sent_on=date(2026, 11, 21), today=TODAY)  # fmt: skip
    finally:
        store.close()
    main = MainWindow(open_office(location, create=False), translations=translations,
                      today=lambda: TODAY)  # fmt: skip
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    try:
        screen = open_from_list(qtbot, main, "zoe")
        line = f"Anoniem profiel {sent.reference} gestuurd naar Bytes & Co"
        assert line in screen.timeline.model.texts()
        qtbot.mouseClick(
            screen.timeline.kind_boxes[TimelineKind.PROPOSAL], Qt.MouseButton.LeftButton
        )
        assert line not in screen.timeline.model.texts()
    finally:
        main.office.close()


def test_a_mentor_has_no_proposal_filter(qtbot, tmp_path, translations):
    from stagedesk.services.actor import actor_for
    from stagedesk.store.staff import StaffMember
    from tests.ui.case_store import MENTOR

    main = MainWindow(open_office(build_case_store(tmp_path / "cases.sqlite"), create=False),
                      translations=translations, today=lambda: TODAY)  # fmt: skip
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    try:
        screen = open_from_list(qtbot, main, "zoe")
        assert screen.timeline.kind_boxes[TimelineKind.PROPOSAL].isVisible()
        office = main.office
        with office.sessions() as s:
            mentor = s.scalars(select(StaffMember.id).where(StaffMember.name == MENTOR)).one()
        office.actor = actor_for(office.sessions, mentor)
        screen = open_from_list(qtbot, main, "noor")
        assert not screen.timeline.kind_boxes[TimelineKind.PROPOSAL].isVisible()
        assert screen.timeline.kind_boxes[TimelineKind.NOTE].isVisible()
    finally:
        main.office.close()
