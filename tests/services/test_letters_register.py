"""The letter register's order: rows committed before a file is moved into place, and what an
interrupted run left behind finished (or cleared) by the next print into the folder."""

from __future__ import annotations

import os
import time
from datetime import date

import pytest
from sqlalchemy import select

from stagedesk.domain.errors import StoreError
from stagedesk.services import letters_register
from stagedesk.services.letters import print_letters
from stagedesk.services.letters_register import finish_interrupted, sha256_of
from stagedesk.store.office import LetterRecord
from tests.factories import TODAY

ADULT = date(2000, 1, 1)


def _checksums(world) -> list[str]:
    with world.sessions() as s:
        return list(s.execute(select(LetterRecord.sha256)).scalars())


def _batch(world, students, **where):
    return print_letters(
        world.sessions, world.coordinator, "bbl-31-december", students, today=TODAY, **where
    )


def _interrupt_moves(monkeypatch) -> None:
    """Make the run stop where a crash after the commit would: no file moved into place."""

    def crash(temp, final) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(letters_register, "_move_into_place", crash)


def test_rows_are_committed_before_the_file_is_moved_into_place(world, tmp_path, monkeypatch):
    students = [world.student(born=ADULT, surname=f"Berg{n}") for n in range(2)]
    out = tmp_path / "brieven.pdf"
    seen: list[list[str]] = []

    def move(temp, final) -> None:
        seen.append(_checksums(world))  # what another desk reads at the moment of the move
        os.replace(temp, final)

    monkeypatch.setattr(letters_register, "_move_into_place", move)
    result = _batch(world, students, out=out)
    assert seen == [[sha256_of(out)] * 2]
    assert result.files[0].sha256 == sha256_of(out)


def test_an_interrupted_run_leaves_registered_bytes_that_the_next_run_moves_into_place(
    world, tmp_path, monkeypatch
):
    students = [world.student(born=ADULT, surname=f"Berg{n}") for n in range(3)]
    folder = tmp_path / "split"
    with monkeypatch.context() as patch:
        _interrupt_moves(patch)
        with pytest.raises(KeyboardInterrupt):
            _batch(world, students, split_dir=folder)
    # Rows without files in place: each row's bytes wait under a hidden temporary name.
    parts = sorted(folder.glob(".*.part"))
    assert len(parts) == 3 and not list(folder.glob("*.pdf"))
    assert sorted(_checksums(world)) == sorted(sha256_of(p) for p in parts)

    result = _batch(world, students[:1], split_dir=tmp_path / "split")
    assert len(result.recovered) == 3
    assert not list(folder.glob(".*.part"))
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 3  # the first student's file was printed anew over its recovered one
    registered = set(_checksums(world))
    assert all(sha256_of(f) in registered for f in files)


def test_a_recovered_file_whose_name_was_taken_lands_beside_it(world, tmp_path, monkeypatch):
    student = world.student(born=ADULT)
    out = tmp_path / "brief.pdf"
    with monkeypatch.context() as patch:
        _interrupt_moves(patch)
        with pytest.raises(KeyboardInterrupt):
            _batch(world, [student], out=out)
    out.write_bytes(b"%PDF- something else the office put there")
    done = finish_interrupted(world.sessions, tmp_path)
    (moved,) = done.moved
    assert moved.name.startswith("brief-") and sha256_of(moved) in _checksums(world)
    assert out.read_bytes().startswith(b"%PDF- something else")


def test_stray_temporary_files_of_unfinished_runs_are_removed_once_old(world, tmp_path):
    young = tmp_path / ".brief.pdf.0123abcd.part"
    old = tmp_path / ".andere.pdf.89abcdef.part"
    mine = tmp_path / ".notities.txt"  # not ours: left alone whatever its age
    for path in (young, old, mine):
        path.write_bytes(b"half a letter")
    long_ago = time.time() - letters_register.STRAY_AFTER_SECONDS - 60
    os.utime(old, (long_ago, long_ago))
    os.utime(mine, (long_ago, long_ago))
    done = finish_interrupted(world.sessions, tmp_path)
    assert done.removed == (old,) and done.moved == ()
    assert young.exists() and mine.exists() and not old.exists()


def test_a_move_that_fails_after_the_commit_names_the_file_left_behind(
    world, tmp_path, monkeypatch
):
    student = world.student(born=ADULT)

    def refuse(temp, final) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(letters_register, "_move_into_place", refuse)
    with pytest.raises(StoreError, match=r"in the register, but .*\.part could not be moved"):
        _batch(world, [student], out=tmp_path / "brief.pdf")
    assert len(_checksums(world)) == 1 and len(list(tmp_path.glob(".*.part"))) == 1


def test_a_move_finds_its_file_already_moved_by_another_runs_recovery(tmp_path):
    temp, final = tmp_path / ".brief.pdf.0123abcd.part", tmp_path / "brief.pdf"
    final.write_bytes(b"%PDF- moved by finish_interrupted in another run")
    letters_register._move_into_place(temp, final)  # no error: the letter is in place
    final.unlink()
    with pytest.raises(FileNotFoundError):
        letters_register._move_into_place(temp, final)
