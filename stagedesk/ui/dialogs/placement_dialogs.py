"""The placement proposed after an accepted offer, and the allowance of a placement.

The placement dialog opens filled with the proposal (period, hours per week, praktijkopleider,
allowance) and shows the total hours as the period or hours change. The allowance fields are
in euros; the services keep cents.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain import placements as rules
from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import AllowanceKind
from stagedesk.domain.errors import StageDeskError, ValidationError
from stagedesk.domain.placements import RecognitionGap
from stagedesk.services.placement_views import PlacementView
from stagedesk.services.proposals import PlacementProposal
from stagedesk.ui import labels
from stagedesk.ui.case_texts import case_error
from stagedesk.ui.dialogs.case_form import CaseDialog, DateField
from stagedesk.ui.dialogs.form import FieldMessage
from stagedesk.ui.text import fill, money

_HINT_STYLE = "color: #8a5a00;"
MAX_EUROS = 9_999.99


@dataclass(frozen=True)
class Allowance:
    kind: AllowanceKind
    cents: int | None
    paid: bool


@dataclass(frozen=True)
class NewPlacement:
    start: date
    end: date
    hours_per_week: int
    praktijkopleider_id: uuid.UUID | None
    allowance: Allowance


def _column(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for widget in widgets:
        layout.addWidget(widget)
    return box


class AllowanceFields(QWidget):
    """Kind, amount per month in euros and "paid"; flags an amount below the school's norm."""

    def __init__(self, value: Allowance, norm_cents: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._norm = norm_cents
        self.kind = QComboBox()
        self.kind.setObjectName("allowanceKind")
        for kind in AllowanceKind:
            self.kind.addItem(labels.allowance_kind(kind), kind.value)
        self.amount = QDoubleSpinBox()
        self.amount.setObjectName("allowanceAmount")
        self.amount.setPrefix("€ ")
        self.amount.setDecimals(2)
        self.amount.setRange(0, MAX_EUROS)
        self.amount.setSingleStep(10)
        self.amount.setSuffix(self.tr(" per maand"))
        self.paid = QCheckBox(self.tr("wordt betaald"))
        self.paid.setObjectName("allowancePaid")
        self.message = FieldMessage()
        self.hint = QLabel()
        self.hint.setStyleSheet(_HINT_STYLE)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.amount)
        row.addWidget(self.paid)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        self.kind.setCurrentIndex(max(0, self.kind.findData(value.kind.value)))
        self.amount.setValue((value.cents or 0) / 100)
        self.paid.setChecked(value.paid)
        self.kind.currentIndexChanged.connect(self._update)
        self.amount.valueChanged.connect(self._update)
        self._update()

    def chosen_kind(self) -> AllowanceKind:
        return AllowanceKind(self.kind.currentData())

    def cents(self) -> int:
        return round(self.amount.value() * 100)

    def _update(self) -> None:
        kind = self.chosen_kind()
        self.amount.setEnabled(kind is not AllowanceKind.NONE)
        self.paid.setEnabled(kind is not AllowanceKind.NONE)
        if kind is AllowanceKind.NONE:
            self.paid.setChecked(False)
        self.message.show_message("")
        hint = ""
        if kind is AllowanceKind.NONE:
            hint = fill(self.tr("Geen vergoeding: de norm van de school is %1."), money(self._norm))
        elif kind is AllowanceKind.ALLOWANCE and 0 < self.cents() < self._norm:
            hint = fill(self.tr("Onder de norm van de school (%1)."), money(self._norm))
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def value(self) -> Allowance | None:
        """The allowance, or None (with the message shown) when the amount does not fit."""
        kind, cents = self.chosen_kind(), self.cents()
        if kind is AllowanceKind.ALLOWANCE and cents <= 0:
            self.message.show_message(self.tr("Vul het bedrag per maand in (meer dan € 0)."))
            self.amount.setFocus()
            return None
        if kind is AllowanceKind.NONE:
            return Allowance(kind, None, False)
        return Allowance(kind, cents or None, self.paid.isChecked())


class PlacementDialog(CaseDialog):
    """Creates the placement of ``proposal``; ``save(new)`` may raise (a refusal shows)."""

    def __init__(
        self,
        proposal: PlacementProposal,
        crebo: str,
        norm_cents: int,
        save: Callable[[NewPlacement], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("placementDialog")
        self.setWindowTitle(fill(self.tr("Plaatsing bij %1"), proposal.company_name))
        self._proposal, self._crebo, self._save = proposal, crebo, save
        company = QLabel(proposal.company_name)
        company.setObjectName("placementCompany")
        self.recognition = QLabel()
        self.recognition.setObjectName("placementRecognition")
        self.recognition.setWordWrap(True)
        self.recognition.setStyleSheet(_HINT_STYLE)
        self.start = DateField(proposal.start)
        self.start.setObjectName("placementStart")
        self.end = DateField(proposal.end)
        self.end.setObjectName("placementEnd")
        self.end_message = FieldMessage()
        self.hours = QSpinBox()
        self.hours.setObjectName("placementHours")
        self.hours.setRange(rules.HOURS_MIN, rules.HOURS_MAX)
        self.hours.setValue(proposal.hours_per_week)
        self.hours.setSuffix(self.tr(" uur per week"))
        self.total = QLabel()
        self.total.setObjectName("placementTotal")
        self.praktijkopleider = QComboBox()
        self.praktijkopleider.setObjectName("placementPraktijkopleider")
        self.praktijkopleider.addItem(self.tr("— nog niet bekend —"), None)
        for contact in proposal.contacts:
            text = (
                fill(self.tr("%1, %2"), contact.name, contact.function)
                if contact.function
                else contact.name
            )
            self.praktijkopleider.addItem(text, contact.id.hex)
        if proposal.praktijkopleider_id is not None:
            index = self.praktijkopleider.findData(proposal.praktijkopleider_id.hex)
            self.praktijkopleider.setCurrentIndex(max(0, index))
        self.allowance = AllowanceFields(
            Allowance(proposal.allowance_kind, proposal.allowance_cents_per_month, False),
            norm_cents,
        )
        self.form.addRow(self.tr("Bedrijf"), _column(company, self.recognition))
        self.form.addRow(self.tr("&Begin"), self.start)
        self.form.addRow(self.tr("&Einde"), _column(self.end, self.end_message))
        self.form.addRow(self.tr("&Uren"), _column(self.hours, self.total))
        self.form.addRow(self.tr("&Praktijkopleider"), self.praktijkopleider)
        self.form.addRow(self.tr("&Vergoeding"), self.allowance)
        for field in (self.start, self.end):
            field.dateChanged.connect(self._update_total)
        self.hours.valueChanged.connect(self._update_total)
        self._show_recognition()
        self._update_total()
        self.setMinimumWidth(600)

    def _show_recognition(self) -> None:
        gap = self._proposal.recognition_gap
        texts = {
            RecognitionGap.NOT_RECOGNISED: self.tr(
                "Let op: dit bedrijf is niet door SBB erkend voor crebo %1."
            ),
            RecognitionGap.NOT_YET: self.tr(
                "Let op: dit bedrijf is op de voorgestelde begindatum nog niet erkend voor "
                "crebo %1."
            ),
            RecognitionGap.REVOKED: self.tr(
                "Let op: de erkenning van dit bedrijf voor crebo %1 is ingetrokken."
            ),
        }
        text = fill(texts[gap], self._crebo) if gap is not None else ""
        self.recognition.setText(text)
        self.recognition.setVisible(bool(text))

    def _update_total(self) -> None:
        start, end = self.start.value(), self.end.value()
        self.end_message.show_message("")
        if end < start:
            self.total.setText("")
            return
        weeks = ((end - start).days + 1) / 7
        self.total.setText(
            fill(
                self.tr("%1 uur in totaal (%2 weken)"),
                rules.total_hours(start, end, self.hours.value()),
                f"{weeks:.1f}".replace(".", ",") if weeks % 1 else int(weeks),
            )
        )

    def submit(self) -> None:
        start, end = self.start.value(), self.end.value()
        if end < start:
            self.end_message.show_message(
                fill(self.tr("Het einde ligt vóór het begin (%1)."), format_date(start))
            )
            self.end.setFocus()
            return
        allowance = self.allowance.value()
        if allowance is None:
            return
        chosen = self.praktijkopleider.currentData()
        new = NewPlacement(
            start,
            end,
            self.hours.value(),
            uuid.UUID(hex=chosen) if chosen else None,
            allowance,
        )
        self.attempt(lambda: self._save(new), self._explain)

    def _explain(self, error: StageDeskError) -> str:
        if isinstance(error, ValidationError) and error.field == "company_id":
            return fill(
                self.tr(
                    "Plaatsing geweigerd: %1 is op %2 niet door SBB erkend voor de opleiding "
                    "van deze student (crebo %3), en de school staat plaatsingen bij niet-erkende "
                    "leerbedrijven niet toe. Er is niets vastgelegd."
                ),
                self._proposal.company_name,
                format_date(self.start.value()),
                self._crebo,
            )
        return case_error(error)


class AllowanceDialog(CaseDialog):
    """Changes the allowance of ``placement``; ``save(allowance)`` may raise."""

    def __init__(
        self,
        placement: PlacementView,
        norm_cents: int,
        save: Callable[[Allowance], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("allowanceDialog")
        self.setWindowTitle(fill(self.tr("Stagevergoeding bij %1"), placement.company_name))
        self._save = save
        self.fields = AllowanceFields(
            Allowance(
                placement.allowance_kind,
                placement.allowance_cents_per_month,
                placement.allowance_paid,
            ),
            norm_cents,
        )
        self.form.addRow(self.tr("&Vergoeding"), self.fields)
        self.setMinimumWidth(520)

    def submit(self) -> None:
        allowance = self.fields.value()
        if allowance is not None:
            self.attempt(lambda: self._save(allowance))
