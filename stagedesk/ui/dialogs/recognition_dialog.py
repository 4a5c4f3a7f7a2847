"""Record an SBB recognition (erkenning) of a company, or its revocation."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.dates import format_date
from stagedesk.domain.errors import StageDeskError
from stagedesk.services.company_rows import RecognitionRow
from stagedesk.ui.dialogs import field_checks
from stagedesk.ui.dialogs.form import CheckedLine, FieldMessage, error_message
from stagedesk.ui.text import fill

SaveRecognition = Callable[[str, date, date | None], RecognitionRow]
SaveRevocation = Callable[[date], RecognitionRow]
DATE_FORMAT = "dd-MM-yyyy"


def date_edit(on: date) -> QDateEdit:
    edit = QDateEdit(QDate(on.year, on.month, on.day))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


def picked(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def _buttons() -> QDialogButtonBox:
    return QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )


class RecognitionDialog(QDialog):
    """A new recognition: crebo (the programme's name shows as it is typed) and dates."""

    def __init__(
        self,
        save: SaveRecognition,
        programmes: Mapping[str, str],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recognitionDialog")
        self.setWindowTitle(self.tr("Nieuwe erkenning"))
        self._save = save
        self._programmes = programmes
        self.saved: RecognitionRow | None = None
        self.crebo = CheckedLine(field_checks.crebo)
        self.crebo.edit.setMaxLength(8)
        self.programme = QLabel()
        self.programme.setWordWrap(True)
        self.recognised_on = date_edit(today)
        self.revoked = QCheckBox(self.tr("Ingetrokken op"))
        self.revoked_on = date_edit(today)
        self.revoked_on.setEnabled(False)
        self.dates_message = FieldMessage()
        self.problem = FieldMessage(wrap=True)
        self.buttons = _buttons()
        form = QFormLayout()
        form.addRow(self.tr("Crebo"), self.crebo)
        form.addRow(self.tr("Opleiding"), self.programme)
        form.addRow(self.tr("Erkend sinds"), self.recognised_on)
        form.addRow(self.revoked, self.revoked_on)
        form.addRow("", self.dates_message)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.crebo.edit.textChanged.connect(self._show_programme)
        self.revoked.toggled.connect(self.revoked_on.setEnabled)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._show_programme()
        self.setMinimumWidth(560)

    def _show_programme(self) -> None:
        code = "".join(self.crebo.text().split())
        name = self._programmes.get(code)
        if name:
            self.programme.setText(name)
        elif len(code) == 5:
            self.programme.setText(self.tr("(geen opleiding van de school)"))
        else:
            self.programme.setText("")

    def submit(self) -> None:
        self.problem.show_message("")
        crebo_ok = self.crebo.validate()
        since = picked(self.recognised_on)
        revoked = picked(self.revoked_on) if self.revoked.isChecked() else None
        dates_problem = (
            fill(
                self.tr("Intrekken kan niet vóór de erkenningsdatum (%1)."),
                format_date(since),
            )
            if revoked is not None and revoked < since
            else ""
        )
        self.dates_message.show_message(dates_problem)
        if not crebo_ok or dates_problem:
            return
        try:
            self.saved = self._save("".join(self.crebo.text().split()), since, revoked)
        except StageDeskError as exc:
            self.problem.show_message(error_message(exc))
            return
        self.accept()


class RevokeDialog(QDialog):
    """SBB revoked a recognition: on which date (not before it was granted)."""

    def __init__(
        self,
        save: SaveRevocation,
        recognition: RecognitionRow,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("revokeDialog")
        self.setWindowTitle(self.tr("Erkenning intrekken"))
        self._save = save
        self._recognition = recognition
        self.saved: RecognitionRow | None = None
        what = recognition.crebo
        if recognition.programme:
            what = fill(self.tr("%1 – %2"), recognition.crebo, recognition.programme)
        intro = QLabel(
            fill(
                self.tr("Erkenning voor %1, erkend sinds %2."),
                what,
                format_date(recognition.recognised_on),
            )
        )
        intro.setWordWrap(True)
        self.revoked_on = date_edit(today)
        self.message = FieldMessage(wrap=True)
        self.buttons = _buttons()
        form = QFormLayout()
        form.addRow(self.tr("Ingetrokken op"), self.revoked_on)
        form.addRow("", self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)

    def submit(self) -> None:
        revoked = picked(self.revoked_on)
        since = self._recognition.recognised_on
        if revoked < since:
            self.message.show_message(
                fill(
                    self.tr("Intrekken kan niet vóór de erkenningsdatum (%1)."),
                    format_date(since),
                )
            )
            return
        try:
            self.saved = self._save(revoked)
        except StageDeskError as exc:
            self.message.show_message(error_message(exc))
            return
        self.accept()
