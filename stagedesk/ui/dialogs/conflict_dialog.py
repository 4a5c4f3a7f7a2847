"""A save that found someone else's save first: both versions, field by field, and a choice.

The services refuse an edit based on an outdated read with ``Conflict``; where the actor may
read the record, the conflict carries the store's current values and version
(``casework.check_version``). ``settle`` shows them beside the user's own, differences
highlighted, with "saved by <who> at <when>" from the audit trail, and returns the choice:

* ``THEIRS``: take the saved version (the caller reloads); the user's version is put on the
  clipboard, so nothing typed is lost;
* ``MINE``: save the user's values again over the saved version (the caller calls the service
  with ``conflict.version``: a new save, in the audit trail like any other, never silent);
* ``EDIT``: back to the edit dialog, the user's values still in it.

A conflict without values (a role that may not read the record, or a service that does not
fill them) is not settled here: the caller shows its message as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import TypeVar

from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stagedesk.domain.dates import format_date
from stagedesk.domain.errors import Conflict
from stagedesk.ui.text import fill

T = TypeVar("T")
DIFFERS = QColor(255, 236, 179)  # a soft amber behind both cells of a field that differs


class ConflictChoice(Enum):
    THEIRS = "theirs"
    MINE = "mine"
    EDIT = "edit"


@dataclass(frozen=True)
class ConflictField:
    """One field as the user has it (``mine``) and as the store has it (``theirs``), as text."""

    label: str
    mine: str
    theirs: str

    @property
    def differs(self) -> bool:
        return self.mine != self.theirs


def saved_when(moment: datetime | None) -> str:
    """A saved-at moment in local time ('26-11-2026 09:14'); SQLite hands back naive UTC."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"


def mine_as_text(what: str, fields: Sequence[ConflictField]) -> str:
    """The user's version as plain lines, for the clipboard."""
    return "\n".join([what, *(f"{field.label}: {field.mine}" for field in fields)])


class ConflictDialog(QDialog):
    """Both versions of ``what`` side by side; ``choice`` after it closed."""

    def __init__(
        self,
        conflict: Conflict,
        what: str,
        fields: Sequence[ConflictField],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Tegelijk gewijzigd"))
        self.choice = ConflictChoice.EDIT
        self._what, self._fields = what, list(fields)
        who = conflict.saved_by or self.tr("iemand anders")
        when = saved_when(conflict.saved_at)
        if when:
            text = self.tr(
                "%1 is opgeslagen door %2 op %3, terwijl u het aan het wijzigen was. "
                "Vergelijk beide versies; de verschillen zijn gemarkeerd."
            )
            intro = fill(text, what, who, when)
        else:
            text = self.tr(
                "%1 is opgeslagen door %2, terwijl u het aan het wijzigen was. "
                "Vergelijk beide versies; de verschillen zijn gemarkeerd."
            )
            intro = fill(text, what, who)
        self.intro = QLabel(intro)
        self.intro.setObjectName("conflictIntro")
        self.intro.setWordWrap(True)

        self.table = QTableWidget(len(self._fields), 3, self)
        self.table.setObjectName("conflictTable")
        saved_header = fill(self.tr("Opgeslagen door %1"), who)
        if when:  # two lines: a narrow column must not cut the moment off
            saved_header = fill(self.tr("Opgeslagen door %1\nop %2"), who, when)
        self.table.setHorizontalHeaderLabels([self.tr("Veld"), self.tr("Uw versie"), saved_header])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        bold = QFont(self.font())
        bold.setBold(True)
        for row, field in enumerate(self._fields):
            for column, text in enumerate((field.label, field.mine, field.theirs)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if field.differs:
                    item.setBackground(DIFFERS)
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

        differing = sum(1 for field in self._fields if field.differs)
        self.summary = QLabel(
            fill(self.tr("%1 van de %2 velden verschillen."), differing, len(self._fields))
        )
        self.summary.setObjectName("conflictSummary")

        buttons = QDialogButtonBox(self)
        self.take_theirs = self._button(
            buttons, "takeTheirs", self.tr("&Opgeslagen versie nemen"), ConflictChoice.THEIRS
        )
        self.take_theirs.setToolTip(
            self.tr("Laat uw wijziging vallen; uw versie komt op het klembord om te kopiëren.")
        )
        self.save_mine = self._button(
            buttons, "saveMine", self.tr("&Mijn versie eroverheen opslaan"), ConflictChoice.MINE
        )
        self.save_mine.setToolTip(
            fill(
                self.tr("Slaat uw versie op over die van %1 heen; het logboek houdt het bij."),
                who,
            )
        )
        self.copy_mine = QPushButton(self.tr("Uw versie &kopiëren"))
        self.copy_mine.setObjectName("copyMine")
        self.copy_mine.clicked.connect(self.copy_to_clipboard)
        buttons.addButton(self.copy_mine, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_editing = self._button(
            buttons, "keepEditing", self.tr("&Verder bewerken"), ConflictChoice.EDIT
        )
        self.keep_editing.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        rows = sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        header_height = self.table.horizontalHeader().sizeHint().height()
        self.resize(760, min(720, 170 + header_height + rows))

    def _button(
        self, box: QDialogButtonBox, name: str, text: str, choice: ConflictChoice
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._choose(choice))
        box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        return button

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        if choice is ConflictChoice.EDIT:
            self.reject()
        else:
            self.accept()

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(mine_as_text(self._what, self._fields))

    def differing_rows(self) -> list[int]:
        """Rows whose two versions differ (for tests and screenshots)."""
        return [row for row, field in enumerate(self._fields) if field.differs]


def ask_choice(
    parent: QWidget | None, conflict: Conflict, what: str, fields: Sequence[ConflictField]
) -> ConflictChoice:
    dialog = ConflictDialog(conflict, what, fields, parent)
    try:
        dialog.exec()
        return dialog.choice
    finally:
        dialog.deleteLater()


# Tests replace this with a function that answers without a modal dialog.
ask: Callable[[QWidget | None, Conflict, str, Sequence[ConflictField]], ConflictChoice] = ask_choice


def save_or_settle(
    parent: QWidget | None,
    what: str,
    fields_of: Callable[[Conflict], Sequence[ConflictField]],
    save: Callable[[int | None], T],
    version: int | None,
) -> T | None:
    """``save(version)``; after a conflict, the user's choice: the saved version (None: the
    caller's dialog closes and reloads), mine (``save`` again on the saved version), or keep
    editing (the conflict is raised again, for the caller's dialog to show)."""
    try:
        return save(version)
    except Conflict as conflict:
        choice = settle(parent, conflict, what, fields_of(conflict))
        if choice is ConflictChoice.EDIT or conflict.version is None:
            raise
        if choice is ConflictChoice.THEIRS:
            return None
        return save(conflict.version)


def settle(
    parent: QWidget | None, conflict: Conflict, what: str, fields: Sequence[ConflictField]
) -> ConflictChoice:
    """The user's choice about ``conflict`` (EDIT when it carries no values to compare)."""
    if conflict.current is None or conflict.version is None:
        return ConflictChoice.EDIT
    choice = ask(parent, conflict, what, fields)
    if choice is ConflictChoice.THEIRS:
        QGuiApplication.clipboard().setText(mine_as_text(what, fields))
    return choice
