"""Brieven afdrukken names the files an interrupted run left behind and this run put in place."""

from __future__ import annotations

import uuid

import pytest

from stagedesk.services import letters, letters_register
from stagedesk.services.directory import ListFilter
from tests.ui.test_letters_dialog import (
    BBL,
    choose_template,
    open_dialog,
    print_and_wait,
    select_numbers,
)


def test_the_result_message_names_the_recovered_files(qtbot, window, tmp_path, monkeypatch):
    office = window.office
    key = next(k for k in office.directory.filter(ListFilter(text="100001")))
    earlier = tmp_path / "eerder.pdf"

    def crash(temp, final) -> None:  # a crash after the commit, before the move
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(letters_register, "_move_into_place", crash)
        with pytest.raises(KeyboardInterrupt):
            letters.print_letters(office.sessions, office.actor, BBL, [uuid.UUID(hex=key)],
                                  out=earlier, today=window.today())  # fmt: skip
    select_numbers(window, "100004")
    dialog = open_dialog(window)
    choose_template(dialog, BBL)
    dialog.file.setText(str(tmp_path / "bbl.pdf"))
    print_and_wait(qtbot, dialog)
    assert earlier.exists()
    assert (
        "Ook 1 eerder onderbroken bestand(en) alsnog op hun plek gezet: eerder.pdf"
        in dialog.outcome.text()
    )
