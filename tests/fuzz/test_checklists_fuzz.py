"""Checklist files (TOML) the office edits, generated: never a crash, always a clear refusal.

``parse_checklist`` either reads a checklist or raises a ChecklistError naming the file and
the place (line, or section and item). ``set_checklist`` (how a store gets its own copy, and
how a pack carries it) refuses the same texts with the store unchanged to the last row; a
text it takes prints as a blank form. Files in a checklists folder may hold any bytes.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from stagedesk.config import RESOURCES_DIR
from stagedesk.domain.checklists import ChecklistError, load_checklists, parse_checklist
from stagedesk.domain.errors import StageDeskError
from stagedesk.services.checklists import set_checklist
from stagedesk.services.letters_checklists import print_blank_checklist
from tests.fuzz.fuzz_helpers import (
    assert_clear,
    edited,
    fuzz_settings,
    store_checksum,
    tally,
    text_edits,
)

SHIPPED = {
    path.name: path.read_text("utf-8") for path in (RESOURCES_DIR / "checklists").glob("*.toml")
}
NAMES = sorted(SHIPPED)
POOL = [
    "[[sections]]", "[[sections.items]]", "[sections]", "[[sections.items.x]]", 'id = "a"',
    'id = "start"', "id = 1", 'id = "Met spatie"', 'id = ""', 'visit_type = "start"',
    'visit_type = "final"', 'visit_type = "nope"', "version = 0", "version = -1",
    "version = 1.5", "version = true", 'version = "2"', "version = 99999999999999999999",
    'title = ""', 'title = "   "', "title = []", 'text = "Vraag?"', 'text = ""', "text = 5",
    'hint = 3', 'concern = "other"', 'concern = "unsafe_situation"', 'concern = "x"',
    'extra = "onbekend"', "sections = []", "items = []", "sections = 1", 'title = """',
    '"""', "id = \"a\" # commentaar", "[", "=", "\x00", "\ufeff", 'title = "\\u0000"',
    'text = "' + "x" * 5000 + '"', "key = { a = 1 }", "id.sub = 1",
]  # fmt: skip


def _check(name: str, text: str, entry: str) -> object | None:
    try:
        checklist = parse_checklist(name, text)
    except ChecklistError as exc:
        assert_clear(exc, name)
        assert exc.where or exc.line is None
        tally(entry, "refused")
        return None
    tally(entry, "read")
    return checklist


@fuzz_settings(150)
@given(name=st.sampled_from(NAMES), edits=text_edits(POOL))
@example(name="start.toml", edits=[("insert", 40, 'title = "\\u0000"')])
def test_an_edited_checklist_is_read_or_refused_clearly(name, edits):
    _check(name, edited(SHIPPED[name], edits), "checklist parse: edited shipped file")


@fuzz_settings(60)
@given(text=st.text(max_size=400))
def test_any_text_is_read_or_refused_clearly(text):
    _check("mijn.toml", text, "checklist parse: random text")


@fuzz_settings(40)
@given(
    name=st.sampled_from(NAMES),
    edits=text_edits(POOL),
    file_name=st.one_of(
        st.sampled_from(NAMES),
        st.text(max_size=12).map(lambda n: n + ".toml"),
        st.text(max_size=12),
    ),
)
def test_set_checklist_refuses_clearly_and_leaves_the_store(world, case_dir, name, edits,
                                                            file_name):  # fmt: skip
    text = edited(SHIPPED[name], edits)
    before = store_checksum(world.sessions)
    try:
        checklists = set_checklist(world.sessions, world.coordinator, file_name, text)
    except StageDeskError as exc:
        assert_clear(exc, file_name or "toml")
        assert store_checksum(world.sessions) == before
        tally("checklist set_checklist", "refused")
        return
    tally("checklist set_checklist", "stored")
    try:
        for checklist in checklists.checklists:
            print_blank_checklist(checklist.visit_type, case_dir() / "form.pdf",
                                  sessions=world.sessions, actor=world.coordinator)  # fmt: skip
        tally("checklist blank form (pdf)", "printed")
    finally:
        set_checklist(world.sessions, world.coordinator, file_name, None)


@fuzz_settings(40)
@given(
    data=st.one_of(
        st.binary(max_size=600),
        st.sampled_from(NAMES)
        .map(lambda n: SHIPPED[n].encode("utf-8"))
        .flatmap(lambda b: st.integers(0, len(b)).map(lambda cut: b[:cut] + b"\xff\xfe" + b[cut:])),
    )
)
def test_a_checklists_folder_with_any_bytes_is_read_or_refused_clearly(case_dir, data):
    folder = case_dir()
    for name, text in SHIPPED.items():
        (folder / name).write_text(text, "utf-8")
    (folder / "start.toml").write_bytes(data)
    try:
        load_checklists(folder)
    except ChecklistError as exc:
        assert_clear(exc, "start.toml", str(folder))
        tally("checklist folder: any bytes", "refused")
        return
    tally("checklist folder: any bytes", "read")
