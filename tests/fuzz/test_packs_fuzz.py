"""Damaged and tampered visit packs, generated: importing one and opening one never crash.

Whatever the file holds, ``preview_import`` either refuses with a StageDeskError whose
message names the pack, and the office store is unchanged to the last row, or gives a plan
that ``apply_import`` carries out (on a copy of the office). Opening the file as a store (as
``stagedesk --db pack.sqlite`` does: the student index, the pack's manifest, who works) either
refuses with a StageDeskError or opens. An encrypted pack that opens can be read to its last
row: a damaged page (its MAC fails) that the window would read only later, in a case file, is
refused at opening. (A plain file can hold damaged values in sound pages; packs are encrypted.)
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy import text

from stagedesk.domain.errors import StageDeskError, StoreError
from stagedesk.services import packs
from stagedesk.services.office import Office
from stagedesk.store import cipher
from stagedesk.ui.dialogs.pack_opened import opened_pack
from stagedesk.ui.stores import ready_office
from tests.fuzz.fuzz_helpers import assert_clear, fuzz_settings, store_checksum, tally
from tests.fuzz.pack_fuzz import (
    Originals,
    apply_edits,
    apply_on_a_copy,
    byte_damage,
    damaged,
    make_originals,
    preview,
    row_edits,
    write_pack,
)
from tests.services.packs_helpers import PASSPHRASE, build_pack_office

# Hypothesis reprs the whole call (fixtures too) for its notes, even when nothing fails.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("packfuzz")
    office = build_pack_office(folder)
    try:
        yield make_originals(office, folder)
    finally:
        office.world.office.close()


def check_import(originals: Originals, pack: Path, folder: Path, entry: str, **kw) -> None:
    office = originals.office
    before = store_checksum(office.sessions)
    try:
        plan = preview(office, pack, **kw)
    except StageDeskError as exc:
        assert_clear(exc, pack.name)
        assert store_checksum(office.sessions) == before
        tally(entry, "refused")
        return
    assert store_checksum(office.sessions) == before
    try:
        apply_on_a_copy(office, plan, folder)
    except StageDeskError as exc:
        assert_clear(exc)
        tally(entry, "previewed, refused on apply")
        return
    tally(entry, "imported")


def check_open(
    pack: Path,
    folder: Path,
    entry: str,
    passphrase: str | None = PASSPHRASE,
    *,
    read_all: bool = False,
) -> None:
    """The pack opened as the window opens a store: refused clearly, or readable."""
    copy = folder / "opened.sqlite"
    shutil.copyfile(pack, copy)
    if passphrase is not None:
        cipher.remember(copy, passphrase)
    office = None
    try:
        office = ready_office(Office.open(copy, create=False, daily_backup=False))
        opened_pack(office)
        assert office.actor is not None  # the window's first reads: the list, who works
        if read_all and packs.pack_info(office.sessions) is not None:
            read_every_row(office)  # what a case file reads later must be readable too
        tally(entry, "opened")
    except StageDeskError as exc:
        assert_clear(exc)
        tally(entry, "refused")
    finally:
        if office is not None:
            office.close()
        cipher.forget(copy)


def read_every_row(office: Office) -> None:
    with office.sessions() as s:
        tables = s.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).all()
        for (table,) in tables:
            s.execute(text(f'SELECT * FROM "{table}"')).all()


@fuzz_settings(8)  # ~0.8 s each: every open of an encrypted pack derives its key
@given(how=byte_damage)
def test_a_damaged_encrypted_pack_is_refused_clearly(originals, case_dir, how):
    folder = case_dir()
    pack = write_pack(folder, damaged(originals.encrypted, how))
    check_import(originals, pack, folder, "pack import: encrypted bytes damaged")
    check_open(pack, folder, "pack open: encrypted bytes damaged", read_all=True)


@fuzz_settings(50)
@given(how=byte_damage)
def test_a_damaged_plain_pack_is_refused_clearly(originals, case_dir, how):
    folder = case_dir()
    pack = write_pack(folder, damaged(originals.plain, how))
    check_import(originals, pack, folder, "pack import: plain bytes damaged")
    check_open(pack, folder, "pack open: plain bytes damaged", passphrase=None)


@fuzz_settings(15)
@given(data=st.binary(max_size=20_000), pages=st.integers(0, 3))
def test_random_bytes_are_not_a_pack(originals, case_dir, data, pages):
    folder = case_dir()
    # Whole pages of random bytes look like an encrypted file; others like nothing.
    pack = write_pack(folder, (data * (1 + 4096 * pages // max(len(data), 1)))[: 4096 * pages]
                      if pages and data else data)  # fmt: skip
    check_import(originals, pack, folder, "pack import: random bytes")
    check_open(pack, folder, "pack open: random bytes")


@fuzz_settings(40)
@given(data=st.data(), encrypt=st.integers(0, 4).map(lambda n: n == 0))
def test_a_tampered_pack_is_refused_or_merged_never_a_crash(originals, case_dir, data, encrypt):
    folder = case_dir()
    edits = data.draw(row_edits(originals), label="edits")
    plain = write_pack(folder, originals.plain, "plain.sqlite")
    apply_edits(plain, edits)
    if encrypt:
        pack = folder / "pack.sqlite"
        cipher.export_encrypted(plain, pack, PASSPHRASE)
        cipher.forget(pack)
    else:
        pack = plain
    check_import(originals, pack, folder, "pack import: rows/manifest tampered")
    check_open(pack, folder, "pack open: rows/manifest tampered",
               passphrase=PASSPHRASE if encrypt else None)  # fmt: skip


@fuzz_settings(6)
@given(passphrase=st.text(max_size=40))
@example(passphrase="")
@example(passphrase="' OR 1; --")
@example(passphrase="x\x00y")
def test_a_wrong_passphrase_is_refused_clearly(originals, case_dir, passphrase):
    if passphrase == PASSPHRASE:
        return
    folder = case_dir()
    pack = write_pack(folder, originals.encrypted)
    office = originals.office
    before = store_checksum(office.sessions)
    # "" means "the one given before, or ask": no source is installed here, so it is refused.
    with pytest.raises(StoreError) as refused:
        preview(office, pack, passphrase=passphrase)
    assert_clear(refused.value, pack.name)
    assert store_checksum(office.sessions) == before
    tally("pack import: wrong passphrase", "refused")
    check_open(pack, folder, "pack open: wrong passphrase", passphrase=passphrase or None)


def test_a_pack_for_another_store_is_refused(originals, tmp_path):
    (tmp_path / "elsewhere").mkdir()
    elsewhere = build_pack_office(tmp_path / "elsewhere")
    try:
        elsewhere.export()
        pack = write_pack(tmp_path, elsewhere.pack.read_bytes(), "elsewhere.sqlite")
        before = store_checksum(originals.office.sessions)
        with pytest.raises(StoreError, match="exported from another store"):
            preview(originals.office, pack)
        assert store_checksum(originals.office.sessions) == before
        tally("pack import: another store's pack", "refused")
    finally:
        elsewhere.world.office.close()
