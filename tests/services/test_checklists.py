"""The checklists in force for a store: shipped files, the store's own copies (setting rows,
as a visit pack carries them), who may change them, and the versions visits answered."""

from __future__ import annotations

import pytest

from stagedesk.domain.checklists import ChecklistError
from stagedesk.domain.enums import VisitType
from stagedesk.domain.errors import PermissionDenied
from stagedesk.services.checklists import (
    ARCHIVE_PREFIX,
    answered_checklist,
    archive_checklist,
    checklists_in_force,
    read_checklists,
    set_checklist,
    shipped_texts,
)
from stagedesk.store.office import Setting


def _edited_start(version: int = 2, question: str = "De student is goed ingewerkt.") -> str:
    text = shipped_texts()["start.toml"]
    text = text.replace("version = 1", f"version = {version}", 1)
    old = "De student is ingewerkt: rondleiding gehad, collega's ontmoet, huisregels bekend."
    assert old in text
    return text.replace(old, question)


def _settings(world) -> dict[str, object]:
    with world.sessions() as s:
        return {row.key: row.value for row in s.query(Setting)}


def test_without_store_copies_the_shipped_files_are_in_force(world) -> None:
    checklists = checklists_in_force(world.sessions, world.mentor)
    assert [c.visit_type for c in checklists.checklists] == list(VisitType)
    assert [c.source_name for c in checklists.checklists] == [
        "start.toml",
        "midterm.toml",
        "final.toml",
        "extra.toml",
    ]


def test_a_setting_row_replaces_the_shipped_file(world) -> None:
    with world.sessions.begin() as s:  # as a visit pack writes it
        s.add(Setting(key="checklist:start.toml", value=_edited_start()))
    start = checklists_in_force(world.sessions, world.coordinator).for_type(VisitType.START)
    assert start.version == 2
    assert start.item("ingewerkt").text == "De student is goed ingewerkt."
    assert start.source_name == "start.toml"


def test_a_malformed_store_copy_is_named_with_its_setting_and_item(world) -> None:
    broken = _edited_start().replace('concern = "no_supervision"', 'concern = "geen"', 1)
    with world.sessions.begin() as s:
        s.add(Setting(key="checklist:start.toml", value=broken))
    with pytest.raises(ChecklistError) as caught:
        checklists_in_force(world.sessions, world.coordinator)
    message = str(caught.value)
    assert message.startswith(
        "start.toml (setting 'checklist:start.toml'), section 4 'begeleiding', "
        "item 1 'vaste-praktijkopleider': concern: must be one of"
    )


def test_a_store_copy_that_is_no_text_is_refused(world) -> None:
    with world.sessions.begin() as s:
        s.add(Setting(key="checklist:final.toml", value={"id": "eindbezoek"}))
    with pytest.raises(ChecklistError, match=r"^final\.toml \(setting .*\): must be the file"):
        checklists_in_force(world.sessions, world.coordinator)


def test_a_coordinator_changes_and_resets_a_checklist(world) -> None:
    changed = set_checklist(world.sessions, world.coordinator, "start.toml", _edited_start())
    assert changed.for_type(VisitType.START).version == 2
    assert _settings(world)["checklist:start.toml"] == _edited_start()
    reset = set_checklist(world.sessions, world.coordinator, "start.toml", None)
    assert reset.for_type(VisitType.START).version == 1
    assert "checklist:start.toml" not in _settings(world)


def test_a_new_file_for_a_visit_type_that_has_one_is_refused_and_not_kept(world) -> None:
    second = _edited_start().replace('id = "startbezoek"', 'id = "kennismaking"')
    with pytest.raises(ChecklistError, match="keep one file per visit type"):
        set_checklist(world.sessions, world.coordinator, "kennismaking.toml", second)
    assert _settings(world) == {}


@pytest.mark.parametrize(
    ("file_name", "text", "message"),
    [
        ("start.toml", "version = ", r"^start\.toml \(setting .*\), line 1: is not valid TOML"),
        ("start.txt", "", r"^start\.txt: a checklist's file name ends in \.toml$"),
        ("../start.toml", "", r"file name ends in \.toml$"),
    ],
)
def test_a_malformed_change_is_refused_and_nothing_is_stored(world, file_name, text, message):
    with pytest.raises(ChecklistError, match=message):
        set_checklist(world.sessions, world.coordinator, file_name, text)
    assert _settings(world) == {}


@pytest.mark.parametrize("who", ["mentor", "meldpunt"])
def test_only_coordinators_change_checklists(world, who) -> None:
    with pytest.raises(PermissionDenied, match="change the visit checklists"):
        set_checklist(world.sessions, getattr(world, who), "start.toml", _edited_start())


def test_the_meldpunt_officer_does_not_read_checklists(world) -> None:
    with pytest.raises(PermissionDenied, match="read the visit checklists"):
        checklists_in_force(world.sessions, world.meldpunt)


def test_an_archived_version_reads_after_the_file_changed_without_a_new_version(world) -> None:
    with world.sessions.begin() as s:
        answered = read_checklists(s).for_type(VisitType.START)
        archive_checklist(s, answered)
        archive_checklist(s, answered)  # once per text
    set_checklist(world.sessions, world.coordinator, "start.toml", _edited_start(version=1))
    with world.sessions() as s:
        found = answered_checklist(s, answered.id, answered.version, answered.digest)
        assert found is not None and found.exact
        assert found.checklist.item("ingewerkt").text.startswith("De student is ingewerkt:")
        assert [k for k in _settings(world) if k.startswith(ARCHIVE_PREFIX)] == [
            ARCHIVE_PREFIX + answered.digest
        ]


def test_without_an_archive_the_checklist_in_force_reads_if_it_fits(world) -> None:
    with world.sessions() as s:
        start = read_checklists(s).for_type(VisitType.START)
        same = answered_checklist(s, start.id, 1, start.digest)
        assert same is not None and same.exact and same.checklist == start
        edited_same_version = answered_checklist(s, start.id, 1, "0" * 64)
        assert edited_same_version is not None and not edited_same_version.exact
        assert answered_checklist(s, start.id, 7, "0" * 64) is None
        assert answered_checklist(s, "no-such-checklist", 1, None) is None
