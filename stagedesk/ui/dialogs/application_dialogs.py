"""Add an application in a few keystrokes, and move one on through the domain's state machine.

Adding: type a few letters of the company, Enter picks the best match (or the one chosen in
the list), Enter again saves with the usual channel, "sent" and today. Changing the status
offers only the moves ``domain.applications`` allows, and asks the reason of a rejection.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain import applications as machine
from stagedesk.domain.dates import format_date
from stagedesk.domain.enums import ApplicationChannel, ApplicationStatus, RejectionReason
from stagedesk.services.application_views import ApplicationView
from stagedesk.services.company_search import CompanyChoice
from stagedesk.ui import labels
from stagedesk.ui.dialogs.case_form import CaseDialog, DateField, in_future
from stagedesk.ui.dialogs.form import FieldMessage
from stagedesk.ui.text import fill

_S = ApplicationStatus
# The order the targets are offered in: along the pipeline, then the two other outcomes.
TARGET_ORDER = (*machine.PIPELINE, _S.REJECTED, _S.WITHDRAWN)


@dataclass(frozen=True)
class NewApplication:
    company: CompanyChoice
    channel: ApplicationChannel
    status: ApplicationStatus  # DRAFT or SENT
    sent_on: date | None


class AddApplicationDialog(CaseDialog):
    """``choices(text)`` feeds the completer; ``save(new)`` records it (may raise)."""

    def __init__(
        self,
        choices: Callable[[str], list[CompanyChoice]],
        save: Callable[[NewApplication], object],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addApplicationDialog")
        self.setWindowTitle(self.tr("Sollicitatie toevoegen"))
        self._choices, self._save = choices, save
        self._found: dict[str, CompanyChoice] = {}
        self._order: list[str] = []
        self.chosen: CompanyChoice | None = None

        self.company = QLineEdit()
        self.company.setObjectName("applicationCompany")
        self.company.setPlaceholderText(self.tr("Typ een deel van de naam, plaats of KvK-nummer"))
        self.company_model = QStringListModel(self)
        self.completer = QCompleter(self.company_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.company.setCompleter(self.completer)
        self.company_message = FieldMessage()
        company_box = QWidget()
        box = QVBoxLayout(company_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.company)
        box.addWidget(self.company_message)

        self.channel = QComboBox()
        self.channel.setObjectName("applicationChannel")
        for channel in ApplicationChannel:
            self.channel.addItem(labels.application_channel(channel), channel.value)
        self.status = QComboBox()
        self.status.setObjectName("applicationStatus")
        for status in (_S.SENT, _S.DRAFT):
            self.status.addItem(labels.application_status(status), status.value)
        self.sent_on = DateField(today, maximum=today, too_late=in_future(today))
        self.sent_on.setObjectName("applicationSentOn")
        self.form.addRow(self.tr("&Bedrijf"), company_box)
        self.form.addRow(self.tr("&Kanaal"), self.channel)
        self.form.addRow(self.tr("&Status"), self.status)
        self.form.addRow(self.tr("&Verstuurd op"), self.sent_on.boxed())

        self.company.textEdited.connect(self._search)
        self.company.returnPressed.connect(self._pick_typed)
        # activated is overloaded (text, index): the text one.
        cast(Any, self.completer.activated)[str].connect(self._pick)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.company.installEventFilter(self)
        self.setMinimumWidth(600)  # the completer's list is as wide as the field
        self.company.setFocus()

    # --- the company field -----------------------------------------------------------------------

    def _search(self, text: str) -> None:
        self.chosen = None
        self.company_message.show_message("")
        found = self._choices(text) if text.strip() else []
        self._found = {self._display(choice): choice for choice in found}
        self._order = list(self._found)
        self.company_model.setStringList(self._order)

    def _display(self, choice: CompanyChoice) -> str:
        text = fill(self.tr("%1 (%2)"), choice.name, choice.city) if choice.city else choice.name
        if choice.recognised is False:
            text = fill(self.tr("%1 — niet erkend"), text)
        return text

    def _pick(self, text: str) -> None:
        choice = self._found.get(text)
        if choice is not None:
            self.chosen = choice
            self.company.setText(choice.name)
            self.company_message.show_message("")

    def _pick_typed(self) -> None:
        """Enter in the company field: the company chosen in the list, else the best match."""
        if self.chosen is not None and self.company.text() == self.chosen.name:
            return
        if not self._order and self.company.text().strip():
            self._search(self.company.text())
        if self._order:
            self._pick(self._order[0])
            popup = self.completer.popup()
            if popup is not None:
                popup.hide()
        else:
            self.company_message.show_message(self.tr("Geen bedrijf gevonden met deze tekst."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # The first Enter in the company field picks the company; only once one is picked does
        # Enter reach the dialog and save.
        if (
            watched is self.company
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and (self.chosen is None or self.company.text() != self.chosen.name)
        ):
            self._pick_typed()
            return True
        return super().eventFilter(watched, event)

    def _status_changed(self) -> None:
        self.sent_on.setEnabled(self.status.currentData() == _S.SENT.value)

    # --- saving ----------------------------------------------------------------------------------

    def submit(self) -> None:
        if self.chosen is None or self.company.text() != self.chosen.name:
            self.company_message.show_message(
                self.tr("Kies een bedrijf: typ een deel van de naam en druk op Enter.")
            )
            self.company.setFocus()
            return
        if not self.dates_ok(self.sent_on):
            return
        status = ApplicationStatus(self.status.currentData())
        new = NewApplication(
            company=self.chosen,
            channel=ApplicationChannel(self.channel.currentData()),
            status=status,
            sent_on=self.sent_on.value() if status is _S.SENT else None,
        )
        self.attempt(lambda: self._save(new))


class StatusDialog(CaseDialog):
    """``save(target, on, reason)`` moves ``application`` on (may raise)."""

    def __init__(
        self,
        application: ApplicationView,
        save: Callable[[ApplicationStatus, date, RejectionReason | None], object],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statusDialog")
        self.setWindowTitle(
            fill(self.tr("Sollicitatie bij %1: status wijzigen"), application.company_name)
        )
        self._application, self._save = application, save
        self.current = fill(
            self.tr("%1 sinds %2"),
            labels.application_status(application.status),
            format_date(application.status_changed_on),
        )
        self.target = QComboBox()
        self.target.setObjectName("statusTarget")
        for status in TARGET_ORDER:
            if machine.can_transition(application.status, status):
                self.target.addItem(labels.application_status(status), status.value)
        last = min(application.status_changed_on, today)
        self.on = DateField(
            today,
            minimum=last,
            maximum=today,
            too_early=fill(
                self.tr("Deze datum ligt vóór de vorige statuswijziging (%1)."), format_date(last)
            ),
            too_late=in_future(today),
        )
        self.on.setObjectName("statusDate")
        self.reason = QComboBox()
        self.reason.setObjectName("rejectionReason")
        self.reason.addItem(self.tr("— kies een reden —"), None)
        for reason in RejectionReason:
            self.reason.addItem(labels.rejection_reason(reason), reason.value)
        self.reason_message = FieldMessage()
        reason_box = QWidget()
        box = QVBoxLayout(reason_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.reason)
        box.addWidget(self.reason_message)
        now = QLabel(self.current)
        now.setObjectName("statusNow")
        self.form.addRow(self.tr("Nu"), now)
        self.form.addRow(self.tr("&Nieuwe status"), self.target)
        self.form.addRow(self.tr("&Datum"), self.on.boxed())
        self._reason_box = reason_box
        self.form.addRow(self.tr("&Reden van afwijzing"), reason_box)
        self.target.currentIndexChanged.connect(self._target_changed)
        self.reason.currentIndexChanged.connect(lambda _i: self.reason_message.show_message(""))
        self._target_changed()
        self.setMinimumWidth(460)

    def chosen_target(self) -> ApplicationStatus | None:
        value = self.target.currentData()
        return ApplicationStatus(value) if value else None

    def select_target(self, status: ApplicationStatus) -> bool:
        index = self.target.findData(status.value)
        if index >= 0:
            self.target.setCurrentIndex(index)
        return index >= 0

    def _target_changed(self) -> None:
        rejected = self.chosen_target() is _S.REJECTED
        self.reason.setEnabled(rejected)
        self.form.setRowVisible(self._reason_box, rejected)
        self.reason_message.show_message("")

    def submit(self) -> None:
        target = self.chosen_target()
        if target is None:
            self.problem.show_message(self.tr("Deze sollicitatie heeft haar uitkomst al."))
            return
        reason_value = self.reason.currentData()
        if target is _S.REJECTED and reason_value is None:
            self.reason_message.show_message(self.tr("Kies de reden van de afwijzing."))
            self.reason.setFocus()
            return
        if not self.dates_ok(self.on):
            return
        reason = RejectionReason(reason_value) if target is _S.REJECTED else None
        on = self.on.value()
        self.attempt(lambda: self._save(target, on, reason))
