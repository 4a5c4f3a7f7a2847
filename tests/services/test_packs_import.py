"""Importing a visit pack: the round trip, idempotence, conflicts and their resolutions, roles."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from stagedesk.domain.enums import VisitStatus, VisitType
from stagedesk.domain.errors import Conflict, PermissionDenied, StoreError, ValidationError
from stagedesk.services.packs import apply_import, preview_import
from stagedesk.store.companies import Company
from stagedesk.store.office import Setting
from stagedesk.store.placements import Placement
from stagedesk.store.students import Student
from stagedesk.store.visits import Visit
from tests.services.packs_helpers import (
    PackOffice,
    in_pack,
    opened_pack_office,
    sha256,
    visit,
)


@pytest.fixture
def office(tmp_path):
    yield from opened_pack_office(tmp_path)


def _preview(office: PackOffice):
    return preview_import(office.sessions, office.world.coordinator, office.pack)


def _import(office: PackOffice, resolutions=None):
    plan = _preview(office)
    return plan, apply_import(office.sessions, office.world.coordinator, plan, resolutions)


def _hold_in_pack(office: PackOffice, visit_id, notes: str = "Gehouden op locatie") -> None:
    with in_pack(office.pack) as s:
        held = s.get_one(Visit, visit_id)
        held.status, held.held_on, held.notes = VisitStatus.HELD, date(2026, 12, 1), notes


def _change_in_office(office: PackOffice, visit_id, notes: str) -> None:
    with office.sessions.begin() as s:
        s.get_one(Visit, visit_id).notes = notes


def test_round_trip_brings_new_and_changed_visits_into_the_office(office: PackOffice):
    office.export()
    _hold_in_pack(office, office.planned)
    with in_pack(office.pack) as s:
        placement = s.execute(select(Placement.id).where(Placement.student_id == office.mine))
        new = visit(
            placement.scalar_one(),
            office.world.mentor.staff_id,
            visit_type=VisitType.MIDTERM,
            planned_on=date(2027, 1, 12),
            answers={"veilig": "yes"},
        )
        s.add(new)
        s.flush()
        new_id = new.id
    plan, result = _import(office)
    assert [v.id for v in plan.new] == [new_id]
    assert [c.visit.id for c in plan.changed] == [office.planned]
    assert set(plan.changed[0].changed_fields) == {"status", "held_on", "notes"}
    assert plan.changed[0].visit.student_name == "Zoë van der Berg"
    assert plan.changed[0].visit.company_name == "Zorggroep Óost"
    assert plan.unchanged == 2 and plan.conflicts == () and plan.warnings == ()
    assert (result.added, result.updated, result.unchanged) == (1, 1, 2)
    visits = office.office_visits()
    version, held = visits[office.planned]
    assert (version, held["status"], held["notes"]) == (2, VisitStatus.HELD, "Gehouden op locatie")
    version, added = visits[new_id]
    assert version == 1 and added["answers"] == {"veilig": "yes"}
    assert added["visit_type"] is VisitType.MIDTERM


def test_importing_the_same_pack_twice_changes_nothing_the_second_time(office: PackOffice):
    office.export()
    _hold_in_pack(office, office.planned)
    with in_pack(office.pack) as s:
        s.add(visit(s.get_one(Visit, office.planned).placement_id, office.world.mentor.staff_id))
    _import(office)
    visits, settings = office.office_visits(), office.office_settings()
    plan, result = _import(office)
    assert not plan.has_changes and plan.unchanged == 4
    assert (result.added, result.updated) == (0, 0)
    assert office.office_visits() == visits
    assert office.office_settings() == settings


def test_more_work_in_the_same_pack_imports_as_a_change_not_a_conflict(office: PackOffice):
    office.export()
    _hold_in_pack(office, office.planned, "eerste versie")
    _import(office)
    _hold_in_pack(office, office.planned, "aangevuld")
    plan, result = _import(office)
    assert plan.conflicts == () and result.updated == 1
    version, row = office.office_visits()[office.planned]
    assert (version, row["notes"]) == (3, "aangevuld")


def test_an_office_change_alone_stays(office: PackOffice):
    office.export()
    _change_in_office(office, office.planned, "verzet door bureau")
    plan, _ = _import(office)
    assert not plan.has_changes
    assert office.office_visits()[office.planned][1]["notes"] == "verzet door bureau"


def test_a_visit_changed_in_both_places_is_a_conflict_with_both_versions(office: PackOffice):
    office.export()
    _hold_in_pack(office, office.planned, "uit de pack")
    _change_in_office(office, office.planned, "uit het bureau")
    plan = _preview(office)
    assert plan.new == () and plan.changed == ()
    (conflict,) = plan.conflicts
    assert conflict.visit.id == office.planned
    assert conflict.office is not None
    assert conflict.office["notes"] == "uit het bureau"
    assert conflict.visit.fields["notes"] == "uit de pack"
    assert set(conflict.differing) == {"status", "held_on", "notes"}
    before = office.office_visits()
    with pytest.raises(Conflict, match="changed both in the office and in the pack"):
        apply_import(office.sessions, office.world.coordinator, plan, {})
    assert office.office_visits() == before


def test_a_conflict_resolved_for_the_pack_takes_the_packs_visit(office: PackOffice):
    office.export()
    _hold_in_pack(office, office.planned, "uit de pack")
    _change_in_office(office, office.planned, "uit het bureau")
    plan, result = _import(office, {office.planned: "pack"})
    assert (result.took_pack, result.kept_office) == (1, 0)
    version, row = office.office_visits()[office.planned]
    assert (version, row["notes"], row["status"]) == (3, "uit de pack", VisitStatus.HELD)
    assert not _preview(office).has_changes


def test_a_conflict_resolved_for_the_office_keeps_the_office_visit(office: PackOffice):
    office.export()
    _hold_in_pack(office, office.planned, "uit de pack")
    _change_in_office(office, office.planned, "uit het bureau")
    before = office.office_visits()[office.planned]
    plan, result = _import(office, {office.planned: "office"})
    assert (result.took_pack, result.kept_office) == (0, 1)
    assert office.office_visits()[office.planned] == before
    assert not _preview(office).has_changes  # resolved once is resolved


def test_a_visit_deleted_in_the_office_and_changed_in_the_pack_is_a_conflict(office: PackOffice):
    office.export()
    _hold_in_pack(office, office.planned)
    with office.sessions.begin() as s:
        s.delete(s.get_one(Visit, office.planned))
    (conflict,) = _preview(office).conflicts
    assert conflict.office is None and conflict.office_version is None
    _import(office, {office.planned: "pack"})
    assert office.office_visits()[office.planned][1]["status"] is VisitStatus.HELD


def test_the_same_change_on_both_sides_is_no_conflict(office: PackOffice):
    office.export()
    _hold_in_pack(office, office.planned, "zelfde")
    with office.sessions.begin() as s:
        row = s.get_one(Visit, office.planned)
        row.status, row.held_on, row.notes = VisitStatus.HELD, date(2026, 12, 1), "zelfde"
    plan = _preview(office)
    assert not plan.has_changes and plan.unchanged == 3


def test_resolutions_must_name_conflicts_and_a_side(office: PackOffice):
    office.export()
    _hold_in_pack(office, office.planned)
    _change_in_office(office, office.planned, "bureau")
    plan = _preview(office)
    with pytest.raises(ValidationError, match="'office' or 'pack'"):
        apply_import(office.sessions, office.world.coordinator, plan, {office.planned: "both"})
    with pytest.raises(ValidationError, match="not conflicts"):
        apply_import(
            office.sessions,
            office.world.coordinator,
            plan,
            {office.planned: "pack", office.held: "pack"},
        )


def test_an_office_change_between_preview_and_apply_refuses_the_whole_import(office: PackOffice):
    office.export()
    _hold_in_pack(office, office.planned)
    with in_pack(office.pack) as s:
        s.add(visit(s.get_one(Visit, office.planned).placement_id, office.world.mentor.staff_id))
    plan = _preview(office)
    _change_in_office(office, office.planned, "tussendoor")
    before = office.office_visits()
    with pytest.raises(Conflict, match="preview the import again"):
        apply_import(office.sessions, office.world.coordinator, plan, {})
    assert office.office_visits() == before  # the new visit was not added either


def test_changes_to_anything_but_visits_are_reported_and_not_merged(office: PackOffice):
    office.export()
    with in_pack(office.pack) as s:
        s.get_one(Company, office.world.company).name = "Hernoemd"
        s.get_one(Visit, office.held).notes = "aangepast"
    with in_pack(office.pack) as s:
        s.delete(s.get_one(Visit, office.planned_too))
    plan, _ = _import(office)
    assert any(line.startswith("company: 1 changed") for line in plan.not_merged)
    assert any("visit: 1 deleted" in line for line in plan.not_merged)
    with office.sessions() as s:
        assert s.get_one(Company, office.world.company).name == "Zorggroep Óost"
    assert office.planned_too in office.office_visits()


def test_a_student_with_another_mentor_now_is_a_warning_not_a_refusal(office: PackOffice):
    office.export()
    _hold_in_pack(office, office.planned)
    with office.sessions.begin() as s:
        s.get_one(Student, office.mine).mentor_id = office.world.other_mentor.staff_id
    plan, result = _import(office)
    assert plan.warnings == (
        "Zoë van der Berg is now mentored by Joost de Wit; the visits Fatima el Amrani "
        "logged are imported all the same",
    )
    assert result.updated == 1


def test_a_new_visit_for_a_placement_the_office_deleted_refuses_the_import(office: PackOffice):
    office.export()
    with in_pack(office.pack) as s:
        s.add(
            visit(s.get_one(Visit, office.planned_too).placement_id, office.world.mentor.staff_id)
        )
    with office.sessions.begin() as s:
        s.delete(s.get_one(Placement, s.get_one(Visit, office.planned_too).placement_id))
    with pytest.raises(StoreError, match="placement the office no longer has"):
        _preview(office)


def test_checklist_texts_visits_answered_in_the_pack_come_back(office: PackOffice):
    from stagedesk.domain.checklists import digest_of

    office.export()
    text = 'id = "nieuw"\n'
    key = "checklist-archive:" + digest_of(text)
    with in_pack(office.pack) as s:
        s.add(Setting(key=key, value={"source": "start.toml", "text": text}))
        s.add(Setting(key="checklist-archive:" + "0" * 64, value={"source": "x", "text": "vals"}))
    plan, _ = _import(office)
    assert list(plan.checklist_archives) == [key]
    settings = office.office_settings()
    assert settings[key]["text"] == text and "checklist-archive:" + "0" * 64 not in settings
    assert not _preview(office).has_changes


def test_the_users_pack_file_is_never_changed_by_importing(office: PackOffice):
    office.export()
    _hold_in_pack(office, office.planned)
    before = sha256(office.pack)
    _import(office)
    assert sha256(office.pack) == before


def test_visits_still_in_the_laptops_wal_file_are_imported(office: PackOffice):
    import sqlcipher3

    from tests.services.packs_helpers import PASSPHRASE

    office.export()
    conn = sqlcipher3.connect(office.pack)
    try:
        conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(
            "UPDATE visit SET notes = 'in de wal', version = version + 1 WHERE id = ?",
            (office.planned.hex,),
        )
        conn.commit()
        assert (office.tmp / "pack.sqlite-wal").stat().st_size > 0
        plan = _preview(office)
    finally:
        conn.close()
    assert [c.visit.fields["notes"] for c in plan.changed] == ["in de wal"]


@pytest.mark.parametrize("who", ["mentor", "other_mentor", "meldpunt"])
def test_only_coordinators_and_admins_import(office: PackOffice, who: str):
    office.export()
    with pytest.raises(PermissionDenied, match="import visit packs"):
        preview_import(office.sessions, getattr(office.world, who), office.pack)
    plan = _preview(office)
    with pytest.raises(PermissionDenied):
        apply_import(office.sessions, getattr(office.world, who), plan, {})


def test_a_visit_logged_with_the_visit_service_in_the_pack_comes_home(office: PackOffice):
    """The laptop's window logs through services.visits as the mentor; the office gets the
    held visit, the next visit it planned and the checklist text it answered."""
    from stagedesk.domain.checklists import Answer
    from stagedesk.domain.visits import ItemAnswer
    from stagedesk.services.actor import actor_for
    from stagedesk.services.checklists import read_checklists
    from stagedesk.services.packs import pack_info
    from stagedesk.services.visits import NextVisit, log_visit
    from stagedesk.store.opening import open_store

    office.export()
    store = open_store(office.pack, create=False, daily_backup=False)
    try:
        info = pack_info(store.sessions)
        assert info is not None
        mentor = actor_for(store.sessions, info.mentor_id)
        with store.sessions() as s:
            checklist = read_checklists(s).for_type(VisitType.START)
        assert checklist is not None
        answers = {item.id: ItemAnswer(Answer.YES) for item in checklist.items}
        log_visit(
            store.sessions,
            mentor,
            office.planned,
            1,
            date(2026, 12, 1),
            answers=answers,
            notes="Loopt goed",
            next_visit=NextVisit(VisitType.MIDTERM, date(2027, 1, 12)),
            today=date(2026, 12, 1),
        )
    finally:
        store.close()
    plan, result = _import(office)
    assert (result.added, result.updated, len(plan.checklist_archives)) == (1, 1, 1)
    visits = office.office_visits()
    assert visits[office.planned][1]["notes"] == "Loopt goed"
    (new,) = [row for vid, (_, row) in visits.items() if vid == plan.new[0].id]
    assert (new["visit_type"], new["planned_on"]) == (VisitType.MIDTERM, date(2027, 1, 12))
    assert "checklist-archive:" + checklist.digest in office.office_settings()


def test_round_trip_with_the_office_on_each_backend(tmp_path, store_location):
    """The office may be PostgreSQL (timestamps with a zone); the pack is always SQLite."""
    from tests.services.packs_helpers import build_pack_office

    office = build_pack_office(tmp_path, store_location)
    try:
        office.export()
        _hold_in_pack(office, office.planned, "op de laptop")
        plan, result = _import(office)
        assert (result.updated, plan.unchanged, plan.conflicts) == (1, 2, ())
        assert office.office_visits()[office.planned][1]["notes"] == "op de laptop"
        assert not _preview(office).has_changes
        _change_in_office(office, office.planned, "bureau")
        _hold_in_pack(office, office.planned, "laptop weer")
        (conflict,) = _preview(office).conflicts
        assert "notes" in conflict.differing
    finally:
        office.world.office.close()


def test_a_column_the_pack_file_did_not_have_keeps_the_office_value(
    office: PackOffice, monkeypatch
):
    """A pack from before a migration is upgraded on its copy; the column the migration
    added was never seen on the laptop, so its default must not overwrite the office."""
    from stagedesk.services import packs_file

    office.export()
    _hold_in_pack(office, office.planned, "niet meegenomen")
    seen = packs_file._visit_columns

    def without_notes(path, passphrase):
        return seen(path, passphrase) - {"notes"}

    monkeypatch.setattr(packs_file, "_visit_columns", without_notes)
    plan, result = _import(office)
    assert set(plan.changed[0].changed_fields) == {"status", "held_on"}
    version, row = office.office_visits()[office.planned]
    assert (row["status"], row["notes"]) == (VisitStatus.HELD, None)


def test_a_plan_applied_twice_refuses_the_second_time(office: PackOffice):
    """Two coordinators previewing the same pack: the second apply changes nothing."""
    office.export()
    _hold_in_pack(office, office.planned)
    with in_pack(office.pack) as s:
        s.add(visit(s.get_one(Visit, office.planned).placement_id, office.world.mentor.staff_id))
    plan = _preview(office)
    apply_import(office.sessions, office.world.coordinator, plan, {})
    after_first = office.office_visits(), office.office_settings()
    with pytest.raises(Conflict, match="preview the import again"):
        apply_import(office.sessions, office.world.coordinator, plan, {})
    assert (office.office_visits(), office.office_settings()) == after_first


def test_a_wrong_passphrase_is_refused_and_nothing_changes(office: PackOffice):
    from stagedesk.services.packs import preview_import

    office.export()
    before = office.office_visits()
    with pytest.raises(StoreError, match="wrong passphrase for this visit pack"):
        preview_import(
            office.sessions, office.world.coordinator, office.pack, passphrase="verkeerd!!"
        )
    assert office.office_visits() == before
