"""The passphrase dialog: asks the key of an encrypted store, or a new one typed twice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from stagedesk.domain.errors import StoreError
from stagedesk.store import cipher
from stagedesk.store.opening import open_store
from stagedesk.ui.dialogs import passphrase_dialog
from stagedesk.ui.dialogs.passphrase_dialog import PassphraseDialog

PASSPHRASE = "geheim wachtwoord"


@pytest.fixture(autouse=True)
def restore_source(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("STAGEDESK_PASSPHRASE", raising=False)
    previous = cipher.set_passphrase_source(None)
    yield
    cipher.set_passphrase_source(previous)
    cipher._known.clear()


def test_a_new_passphrase_must_be_long_enough_and_typed_twice_alike(qtbot) -> None:
    dialog = PassphraseDialog("pakket.sqlite", new=True)
    qtbot.addWidget(dialog)
    dialog.field.setText("kort")
    dialog.submit()
    assert "minstens 8" in dialog.message.text()
    dialog.field.setText(PASSPHRASE)
    dialog.again.setText(PASSPHRASE + "!")
    dialog.submit()
    assert "verschillen" in dialog.message.text()
    assert dialog.result() == 0
    dialog.again.setText(PASSPHRASE)
    dialog.submit()
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert dialog.passphrase() == PASSPHRASE


def _answer(text: str | None) -> None:
    """Fill and close the dialog that is about to open (exec blocks the test)."""

    def respond() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, PassphraseDialog) and widget.isVisible():
                if text is None:
                    widget.reject()
                else:
                    widget.field.setText(text)
                    widget.submit()
                return
        QTimer.singleShot(10, respond)

    QTimer.singleShot(0, respond)


def test_the_window_asks_the_passphrase_of_an_encrypted_store(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "versleuteld.sqlite"
    open_store(cipher.cipher_url(path, PASSPHRASE), daily_backup=False).close()
    cipher._known.clear()
    passphrase_dialog.install()

    _answer(None)
    with pytest.raises(StoreError, match="give the passphrase"):
        open_store(path, create=False)

    _answer("verkeerd wachtwoord")
    with pytest.raises(StoreError, match="wrong passphrase"):
        open_store(path, create=False)

    _answer(PASSPHRASE)
    open_store(path, create=False).close()
