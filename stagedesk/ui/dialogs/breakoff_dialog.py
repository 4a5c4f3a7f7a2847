"""Break a placement off (stage afbreken): date, reason, who decided and the conversation held;
and recording that conversation later.

The dialog checks the dates' bounds; ``save`` calls ``services.breakoff`` and what it refuses
is shown at the field it names or above the buttons. After an unsafe situation or
discrimination the student leaves first, so the conversation may be recorded later; a
discrimination reason points to the meldpunt (reports are the meldpunt's, never made here).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPlainTextEdit, QWidget

from stagedesk.domain.breakoff import LEAVE_FIRST, SUMMARY_MAX, BreakoffParty, BreakoffReason
from stagedesk.domain.dates import format_date
from stagedesk.domain.errors import StageDeskError
from stagedesk.services.placement_views import PlacementView
from stagedesk.ui.case_texts import case_error
from stagedesk.ui.dialogs.case_form import CaseDialog, DateField, column, in_future
from stagedesk.ui.dialogs.form import FieldMessage
from stagedesk.ui.dialogs.visit_dialog import field_messages
from stagedesk.ui.text import count, fill
from stagedesk.ui.widgets import case_progress_labels as words

_HINT_STYLE = (
    "QLabel { background: #e8f0fe; color: #0b3d91; border: 1px solid #aecbfa;"
    " border-radius: 4px; padding: 6px 8px; }"
)


@dataclass(frozen=True)
class Conversation:
    held_on: date
    summary: str


@dataclass(frozen=True)
class Breakoff:
    ended_on: date
    reason: BreakoffReason
    decided_by: BreakoffParty
    conversation: Conversation | None


class ConversationFields:
    """The conversation's date and summary, with their messages (shared by both dialogs)."""

    def __init__(self, held_on: date, summary: str, today: date) -> None:
        self.held_on = DateField(held_on, maximum=today, too_late=in_future(today))
        self.held_on.setObjectName("conversationOn")
        self.summary = QPlainTextEdit(summary)
        self.summary.setObjectName("conversationSummary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(90)
        self.summary_message = FieldMessage()
        self.summary.textChanged.connect(lambda: self.summary_message.show_message(""))

    def check_summary(self) -> str | None:
        """The summary, or None (with the message shown) when it is empty or too long."""
        text = self.summary.toPlainText().strip()
        if not text:
            self.summary_message.show_message(
                QCoreApplication.translate("BreakoffDialog", "Schrijf kort op wat er is besproken.")
            )
            return None
        if len(text) > SUMMARY_MAX:
            self.summary_message.show_message(
                fill(
                    QCoreApplication.translate("BreakoffDialog", "Hoogstens %1 tekens (nu %2)."),
                    count(SUMMARY_MAX),
                    count(len(text)),
                )
            )
            return None
        return text


class BreakoffDialog(CaseDialog):
    """``save(Breakoff)`` breaks ``placement`` off (may raise)."""

    def __init__(
        self,
        placement: PlacementView,
        today: date,
        save: Callable[[Breakoff], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breakoffDialog")
        self.setWindowTitle(fill(self.tr("Stage afbreken bij %1"), placement.company_name))
        self._save = save
        self.intro = QLabel(
            fill(
                self.tr("Bpv bij %1, %2 t/m %3. Na het afbreken zoekt de student weer een plaats."),
                placement.company_name,
                format_date(placement.start),
                format_date(placement.end),
            )
        )
        self.intro.setWordWrap(True)
        self.ended_on = DateField(
            min(max(today, placement.start), placement.end),
            minimum=placement.start,
            maximum=today,
            too_early=fill(
                self.tr("De bpv begon op %1; kies die dag of later."), format_date(placement.start)
            ),
            too_late=in_future(today),
        )
        self.ended_on.setObjectName("breakoffEndedOn")
        self.reason = QComboBox()
        self.reason.setObjectName("breakoffReason")
        for reason in BreakoffReason:
            self.reason.addItem(words.breakoff_reason(reason), reason.value)
        self.decided_by = QComboBox()
        self.decided_by.setObjectName("breakoffDecidedBy")
        for party in BreakoffParty:
            self.decided_by.addItem(words.breakoff_party(party), party.value)
        self.hint = QLabel()
        self.hint.setObjectName("breakoffHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(_HINT_STYLE)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.held = QCheckBox(self.tr("Het gesprek over het afbreken is gevoerd"))
        self.held.setObjectName("conversationHeld")
        self.held.setChecked(True)
        self.conversation = ConversationFields(today, "", today)
        self.form.addRow(self.intro)
        self.form.addRow(self.tr("&Afgebroken op"), self.ended_on.boxed())
        self.form.addRow(self.tr("&Reden"), self.reason)
        self.form.addRow(self.tr("&Besloten door"), self.decided_by)
        self.form.addRow(self.hint)
        self.form.addRow(self.held)
        self.form.addRow(self.tr("&Gesprek op"), self.conversation.held_on.boxed())
        self.form.addRow(
            self.tr("&Verslag"),
            column(self.conversation.summary, self.conversation.summary_message),
        )
        self.reason.currentIndexChanged.connect(lambda _i: self._reason_changed())
        self.held.toggled.connect(self._held_changed)
        self._reason_changed()
        self.setMinimumWidth(520)

    def current_reason(self) -> BreakoffReason:
        return BreakoffReason(self.reason.currentData())

    def _reason_changed(self) -> None:
        reason = self.current_reason()
        if reason is BreakoffReason.DISCRIMINATION:
            text = self.tr(
                "Wijs de student op het meldpunt stagediscriminatie: daar kan de student een "
                "melding doen. Een melding legt het meldpunt vast, niet dit dossier. Het gesprek "
                "mag later worden vastgelegd."
            )
        elif reason is BreakoffReason.UNSAFE:
            text = self.tr(
                "Bij een onveilige situatie vertrekt de student meteen; het gesprek mag later "
                "worden vastgelegd."
            )
        else:
            text = self.tr("Het protocol vraagt om een gesprek over het afbreken: leg het vast.")
        self.hint.setText(text)
        self.held.setEnabled(reason in LEAVE_FIRST)
        if reason not in LEAVE_FIRST:
            self.held.setChecked(True)

    def _held_changed(self, held: bool) -> None:
        self.conversation.held_on.setEnabled(held)
        self.conversation.summary.setEnabled(held)
        if not held:
            self.conversation.summary_message.show_message("")

    def value(self) -> Breakoff:
        conversation = None
        if self.held.isChecked():
            text = self.conversation.summary.toPlainText().strip()
            conversation = Conversation(self.conversation.held_on.value(), text)
        return Breakoff(
            self.ended_on.value(),
            self.current_reason(),
            BreakoffParty(self.decided_by.currentData()),
            conversation,
        )

    def submit(self) -> None:
        fields = [self.ended_on]
        if self.held.isChecked():
            fields.append(self.conversation.held_on)
        if not self.dates_ok(*fields):
            return
        if self.held.isChecked() and self.conversation.check_summary() is None:
            self.conversation.summary.setFocus()
            return
        breakoff = self.value()
        messages = {
            "ended_on": self.ended_on.message,
            "conversation_on": self.conversation.held_on.message,
            "conversation_summary": self.conversation.summary_message,
        }

        def explain(error: StageDeskError) -> str:
            return "" if field_messages(error, messages) else case_error(error)

        self.attempt(lambda: self._save(breakoff), explain)


class ConversationDialog(CaseDialog):
    """Record (or correct) the conversation about a break-off: ``save(Conversation)``."""

    def __init__(
        self,
        company_name: str,
        held_on: date | None,
        summary: str | None,
        today: date,
        save: Callable[[Conversation], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conversationDialog")
        self.setWindowTitle(fill(self.tr("Gesprek over het afbreken bij %1"), company_name))
        self._save = save
        self.conversation = ConversationFields(held_on or today, summary or "", today)
        self.form.addRow(self.tr("&Gesprek op"), self.conversation.held_on.boxed())
        self.form.addRow(
            self.tr("&Verslag"),
            column(self.conversation.summary, self.conversation.summary_message),
        )
        self.setMinimumWidth(480)

    def submit(self) -> None:
        if not self.dates_ok(self.conversation.held_on):
            return
        text = self.conversation.check_summary()
        if text is None:
            self.conversation.summary.setFocus()
            return
        conversation = Conversation(self.conversation.held_on.value(), text)
        messages = {
            "conversation_on": self.conversation.held_on.message,
            "conversation_summary": self.conversation.summary_message,
        }

        def explain(error: StageDeskError) -> str:
            return "" if field_messages(error, messages) else case_error(error)

        self.attempt(lambda: self._save(conversation), explain)
