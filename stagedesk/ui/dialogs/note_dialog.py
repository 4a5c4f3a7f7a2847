"""Write a dated note in a case, or change one's own note."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from stagedesk.services.cases import NOTE_MAX_CHARS, NoteView
from stagedesk.ui.dialogs.case_form import CaseDialog, DateField, in_future
from stagedesk.ui.dialogs.form import FieldMessage
from stagedesk.ui.text import count, fill


class NoteDialog(CaseDialog):
    """``save(body, written_on)`` stores the note (may raise)."""

    def __init__(
        self,
        note: NoteView | None,
        today: date,
        save: Callable[[str, date], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(self.tr("Notitie wijzigen") if note else self.tr("Notitie toevoegen"))
        self._save = save
        self.written_on = DateField(
            note.written_on if note else today, maximum=today, too_late=in_future(today)
        )
        self.written_on.setObjectName("noteDate")
        self.body = QPlainTextEdit()
        self.body.setObjectName("noteBody")
        self.body.setTabChangesFocus(True)
        if note is not None:
            self.body.setPlainText(note.body)
        self.body_message = FieldMessage()
        self.form.addRow(self.tr("&Datum"), self.written_on.boxed())
        self.form.addRow(self.tr("&Notitie"), self.body)
        self.form.addRow("", self.body_message)
        self.body.textChanged.connect(lambda: self.body_message.show_message(""))
        self.setMinimumSize(520, 320)
        self.body.setFocus()

    def submit(self) -> None:
        if not self.dates_ok(self.written_on):
            return
        text = self.body.toPlainText().strip()
        if not text:
            self.body_message.show_message(self.tr("Schrijf eerst iets op."))
            self.body.setFocus()
            return
        if len(text) > NOTE_MAX_CHARS:
            self.body_message.show_message(
                fill(
                    self.tr("Een notitie is hoogstens %1 tekens lang (nu %2)."),
                    count(NOTE_MAX_CHARS),
                    count(len(text)),
                )
            )
            return
        written_on = self.written_on.value()
        self.attempt(lambda: self._save(text, written_on))
