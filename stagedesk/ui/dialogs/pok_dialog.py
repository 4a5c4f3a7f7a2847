"""Send the POK and record who signed it on which day.

One row per party that must sign: student, legal guardian (only while the student is a minor
on the student's signing day: the row follows the student's date), school and company.
Unticking a signature that was recorded removes it (a correction).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from stagedesk.domain import pok
from stagedesk.domain.dates import format_date
from stagedesk.services.placement_views import PlacementView
from stagedesk.ui import labels
from stagedesk.ui.dialogs.case_form import CaseDialog, DateField, in_future
from stagedesk.ui.text import fill


@dataclass(frozen=True)
class PokChanges:
    send_on: date | None  # the POK is sent on this day (it was not yet)
    unsign: tuple[str, ...]  # signatures removed (or moved to another day), PARTIES order
    sign: tuple[tuple[str, date], ...]  # signatures recorded, PARTIES order

    def empty(self) -> bool:
        return self.send_on is None and not self.unsign and not self.sign


class _DatedBox(QWidget):
    """A tick box with a date beside it and a message under both (the date's own message:
    a date after today, or one that does not fit the other dates)."""

    def __init__(self, text: str, day: date | None, today: date) -> None:
        super().__init__()
        self.box = QCheckBox(text)
        latest = max(today, day or today)  # a date recorded earlier stays as it is
        self.day = DateField(
            day or today, maximum=latest, too_late=in_future(today) if latest == today else ""
        )
        self.message = self.day.message
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box)
        row.addWidget(self.day)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.box.setChecked(day is not None)
        self.day.setEnabled(day is not None)
        self.box.toggled.connect(self.day.setEnabled)
        self.box.toggled.connect(lambda _on: self.day.check())

    def value(self) -> date | None:
        return self.day.value() if self.box.isChecked() else None


class PokDialog(CaseDialog):
    """``save(changes)`` carries the changes out (may raise)."""

    def __init__(
        self,
        placement: PlacementView,
        date_of_birth: date,
        today: date,
        save: Callable[[PokChanges], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pokDialog")
        self.setWindowTitle(fill(self.tr("POK voor %1"), placement.company_name))
        self._placement, self._dob, self._today, self._save = (
            placement,
            date_of_birth,
            today,
            save,
        )
        status = QLabel(labels.pok_status(placement.pok.status))
        status.setObjectName("pokStatus")
        self.sent = _DatedBox(self.tr("verstuurd op"), placement.pok.sent_on, today)
        self.sent.setObjectName("pokSent")
        # A sent POK is not "unsent": undo (Ctrl+Z) takes a sending back.
        self.sent.box.setEnabled(placement.pok.sent_on is None)
        self.sent.day.setEnabled(placement.pok.sent_on is None)
        self.form.addRow(self.tr("Status"), status)
        self.form.addRow(self.tr("POK"), self.sent)
        self.parties: dict[str, _DatedBox] = {}
        for party in pok.PARTIES:
            row = _DatedBox(self.tr("getekend op"), placement.pok.signed_on(party), today)
            row.setObjectName(f"pokSign_{party}")
            row.box.setObjectName(f"pokSigned_{party}")
            self.parties[party] = row
            self.form.addRow(labels.pok_party(party).capitalize(), row)
        student = self.parties[pok.STUDENT]
        student.box.toggled.connect(self._guardian_rule)
        student.day.dateChanged.connect(self._guardian_rule)
        self._guardian_rule()
        self.setMinimumWidth(460)

    def guardian_required(self) -> bool:
        """A minor on the student's signing day (today while the student has not signed)."""
        signing_day = self.parties[pok.STUDENT].value() or self._today
        return pok.GUARDIAN in pok.required_parties(self._dob, signing_day)

    def _guardian_rule(self) -> None:
        guardian = self.parties[pok.GUARDIAN]
        shown = self.guardian_required() or self._placement.pok.guardian_signed_on is not None
        self.form.setRowVisible(guardian, shown)
        if not shown:
            guardian.box.setChecked(False)

    def changes(self) -> PokChanges | None:
        """What changes, or None (with the messages shown) when a date does not fit."""
        rows = (self.sent, *self.parties.values())
        if not self.dates_ok(*(row.day for row in rows if row.box.isChecked())):
            return None
        view = self._placement.pok
        sent_on = self.sent.value()
        ok = True
        unsign: list[str] = []
        sign: list[tuple[str, date]] = []
        for party, row in self.parties.items():
            day, before = row.value(), view.signed_on(party)
            if day == before:
                continue
            if before is not None:
                unsign.append(party)
            if day is None:
                continue
            if sent_on is None:
                row.message.show_message(self.tr("Vink eerst aan dat de POK verstuurd is."))
                ok = False
            elif day < sent_on:
                row.message.show_message(
                    fill(self.tr("Vóór de datum van versturen (%1)."), format_date(sent_on))
                )
                ok = False
            else:
                sign.append((party, day))
        if not ok:
            return None
        send_on = sent_on if view.sent_on is None else None
        return PokChanges(send_on, tuple(unsign), tuple(sign))

    def submit(self) -> None:
        changes = self.changes()
        if changes is None:
            return
        if changes.empty():
            self.accept()
            return
        self.attempt(lambda: self._save(changes))
