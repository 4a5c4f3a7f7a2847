"""A visit's checklist as a form: per section its items, per item ja / nee / n.v.t. and a
remark.

The three answers of an item are radio buttons in their own group: Tab reaches the item,
the arrow keys choose within it, and Tab goes on to the remark. ``answers()`` gives what the
mentor filled in, ``show_item_message`` shows the service's refusal under an item.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.checklists import Answer
from stagedesk.domain.visits import REMARK_MAX_LENGTH, ItemAnswer
from stagedesk.services.visit_views import AnsweredItem, AnsweredSection
from stagedesk.ui.dialogs.form import FieldMessage
from stagedesk.ui.widgets import visit_labels

HINT_STYLE = "color: #555;"


class ItemRow(QWidget):
    """One checklist item: its text (and hint), the answer buttons, a remark."""

    changed = Signal()

    def __init__(self, answered: AnsweredItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = answered.item
        self.setObjectName(f"item-{self.item.id}")
        text = QLabel(self.item.text)
        text.setWordWrap(True)
        self.buttons: dict[Answer, QRadioButton] = {}
        self.group = QButtonGroup(self)
        answers = QWidget()  # their own parent: the arrow keys stay within this item
        answers_layout = QHBoxLayout(answers)
        answers_layout.setContentsMargins(0, 0, 0, 0)
        for choice in Answer:
            button = QRadioButton(visit_labels.answer(choice))
            button.setObjectName(f"answer-{choice.value}")
            self.group.addButton(button)
            self.buttons[choice] = button
            answers_layout.addWidget(button)
            button.toggled.connect(lambda on: on and self.changed.emit())
        if answered.answer is not None:
            self.buttons[answered.answer].setChecked(True)
        self.remark = QLineEdit(answered.remark or "")
        self.remark.setObjectName("remark")
        self.remark.setPlaceholderText(self.tr("Opmerking"))
        self.remark.setMaxLength(REMARK_MAX_LENGTH)
        self.message = FieldMessage()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setHorizontalSpacing(16)
        layout.setVerticalSpacing(2)
        layout.addWidget(text, 0, 0)
        layout.addWidget(answers, 0, 1)
        row = 1
        if self.item.hint:
            hint = QLabel(self.item.hint)
            hint.setWordWrap(True)
            hint.setStyleSheet(HINT_STYLE)
            layout.addWidget(hint, row, 0, 1, 2)
            row += 1
        layout.addWidget(self.remark, row, 0, 1, 2)
        layout.addWidget(self.message, row + 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self.setFocusProxy(self.buttons[answered.answer or Answer.YES])
        self.group.buttonToggled.connect(lambda *_: self.message.show_message(""))
        self.remark.textEdited.connect(lambda _t: self.message.show_message(""))

    def answer(self) -> Answer | None:
        return next((a for a, button in self.buttons.items() if button.isChecked()), None)

    def set_answer(self, answer: Answer) -> None:
        self.buttons[answer].setChecked(True)

    def value(self) -> ItemAnswer:
        return ItemAnswer(self.answer(), self.remark.text().strip() or None)


class ChecklistForm(QWidget):
    """The sections of a checklist with their items; ``changed`` after every answer."""

    changed = Signal()

    def __init__(self, sections: Sequence[AnsweredSection], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("checklistForm")
        self.rows: dict[str, ItemRow] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for section in sections:
            box = QGroupBox(section.title or self.tr("Overige antwoorden"))
            box_layout = QVBoxLayout(box)
            for answered in section.items:
                row = ItemRow(answered)
                row.changed.connect(self.changed)
                self.rows[answered.item.id] = row
                box_layout.addWidget(row)
            layout.addWidget(box)

    def answers(self) -> dict[str, ItemAnswer]:
        """Every item with an answer or a remark."""
        given = {item_id: row.value() for item_id, row in self.rows.items()}
        return {k: v for k, v in given.items() if v.answer is not None or v.remark is not None}

    def chosen(self) -> dict[str, Answer | None]:
        return {item_id: row.answer() for item_id, row in self.rows.items()}

    def show_item_message(self, item_id: str, message: str) -> QWidget | None:
        row = self.rows.get(item_id)
        if row is None:
            return None
        row.message.show_message(message)
        return row
