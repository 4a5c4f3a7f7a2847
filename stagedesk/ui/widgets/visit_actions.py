"""The agreed actions of a visit (actiepunten): rows of text, owner, due date and done, which
the user adds and removes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.visits import ACTION_MAX_LENGTH, ActionOwner, AgreedAction
from stagedesk.ui.dialogs.case_form import DateField
from stagedesk.ui.dialogs.form import FieldMessage
from stagedesk.ui.widgets import visit_labels

DEFAULT_DUE = timedelta(weeks=2)


class ActionRow(QWidget):
    def __init__(self, action: AgreedAction | None, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("actionRow")
        self.text = QLineEdit(action.text if action else "")
        self.text.setObjectName("actionText")
        self.text.setPlaceholderText(self.tr("Wat is er afgesproken?"))
        self.text.setMaxLength(ACTION_MAX_LENGTH)
        self.owner = QComboBox()
        self.owner.setObjectName("actionOwner")
        for who in ActionOwner:
            self.owner.addItem(visit_labels.owner(who), who)
        self.owner.setCurrentIndex(
            self.owner.findData(action.owner if action else ActionOwner.STUDENT)
        )
        self.has_due = QCheckBox(self.tr("vóór"))
        self.has_due.setObjectName("actionHasDue")
        self.due = DateField(action.due_on if action and action.due_on else today + DEFAULT_DUE)
        self.due.setObjectName("actionDue")
        self.has_due.setChecked(action is None or action.due_on is not None)
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        self.done = QCheckBox(self.tr("gedaan"))
        self.done.setObjectName("actionDone")
        self.done.setChecked(bool(action and action.done))
        self.remove = QPushButton(self.tr("Verwijderen"))
        self.remove.setObjectName("removeAction")
        self.message = FieldMessage()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 0, 0)
        layout.addWidget(self.owner, 0, 1)
        layout.addWidget(self.has_due, 0, 2)
        layout.addWidget(self.due, 0, 3)
        layout.addWidget(self.done, 0, 4)
        layout.addWidget(self.remove, 0, 5)
        layout.addWidget(self.message, 1, 0, 1, 6)
        layout.setColumnStretch(0, 1)
        self.text.textEdited.connect(lambda _t: self.message.show_message(""))
        self.setFocusProxy(self.text)

    def value(self) -> AgreedAction:
        return AgreedAction(
            self.text.text().strip(),
            ActionOwner(self.owner.currentData()),
            self.due.value() if self.has_due.isChecked() else None,
            self.done.isChecked(),
        )


class ActionsEditor(QWidget):
    """``rows`` in the order shown; "Actiepunt toevoegen" adds an empty row at the end."""

    def __init__(
        self, actions: Sequence[AgreedAction], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionsEditor")
        self._today = today
        self.rows: list[ActionRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Actiepunt &toevoegen"))
        self.add_button.setObjectName("addAction")
        self.add_button.clicked.connect(lambda: self.add_row().text.setFocus())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        for action in actions:
            self.add_row(action)

    def add_row(self, action: AgreedAction | None = None) -> ActionRow:
        row = ActionRow(action, self._today)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        return row

    def remove_row(self, row: ActionRow) -> None:
        self.rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.deleteLater()
        self.add_button.setFocus()

    def actions(self) -> list[AgreedAction]:
        """The rows with text (an empty row added by mistake is left out)."""
        return [row.value() for row in self.rows if row.text.text().strip()]

    def row_for(self, number: int) -> ActionRow | None:
        """The row the service calls ``agreed_actions.<number>`` (counting rows with text)."""
        filled = [row for row in self.rows if row.text.text().strip()]
        return filled[number - 1] if 0 < number <= len(filled) else None

    def dates_ok(self) -> bool:
        return all(row.due.check() for row in self.rows)
