"""The conflict dialog: both versions field by field, differences highlighted, who saved
theirs and when, and the three choices; a conflict without values is not shown at all."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from stagedesk.domain.errors import Conflict
from stagedesk.ui.dialogs import conflict_dialog
from stagedesk.ui.dialogs.conflict_dialog import (
    DIFFERS,
    ConflictChoice,
    ConflictDialog,
    ConflictField,
    saved_when,
    settle,
)

SAVED_AT = datetime(2026, 11, 25, 9, 14, tzinfo=UTC)
FIELDS = [
    ConflictField("Begindatum", "14-12-2026", "14-12-2026"),
    ConflictField("Uren per week", "24", "36"),
    ConflictField("Praktijkopleider", "Ria Praktijk", "— nog niet bekend —"),
]


def conflict(**changes) -> Conflict:
    values = dict(
        entity="placement", entity_id=uuid.uuid4(), version=3, current={"hours_per_week": 36},
        saved_by="Bram Bureau", saved_at=SAVED_AT,
    )  # fmt: skip
    values.update(changes)
    return Conflict("the placement was changed by someone else meanwhile", **values)


@pytest.fixture
def dialog(qtbot) -> ConflictDialog:
    made = ConflictDialog(conflict(), "De plaatsing bij Zorggroep Óost", FIELDS)
    qtbot.addWidget(made)
    return made


def test_both_versions_side_by_side_with_the_differences_highlighted(dialog):
    table = dialog.table
    assert [table.horizontalHeaderItem(c).text() for c in range(3)] == [
        "Veld", "Uw versie", f"Opgeslagen door Bram Bureau\nop {saved_when(SAVED_AT)}",
    ]  # fmt: skip
    assert [[table.item(r, c).text() for c in range(3)] for r in range(3)] == [
        ["Begindatum", "14-12-2026", "14-12-2026"],
        ["Uren per week", "24", "36"],
        ["Praktijkopleider", "Ria Praktijk", "— nog niet bekend —"],
    ]
    assert dialog.differing_rows() == [1, 2]
    assert table.item(1, 2).background().color() == DIFFERS and table.item(1, 2).font().bold()
    assert table.item(0, 2).background().style() == Qt.BrushStyle.NoBrush
    assert "opgeslagen door Bram Bureau op" in dialog.intro.text()
    assert dialog.summary.text() == "2 van de 3 velden verschillen."


def test_an_unknown_saver_is_someone_else(qtbot):
    made = ConflictDialog(conflict(saved_by=None, saved_at=None), "De plaatsing", FIELDS)
    qtbot.addWidget(made)
    assert "opgeslagen door iemand anders," in made.intro.text()


@pytest.mark.parametrize(
    ("button", "choice", "accepted"),
    [
        ("take_theirs", ConflictChoice.THEIRS, True),
        ("save_mine", ConflictChoice.MINE, True),
        ("keep_editing", ConflictChoice.EDIT, False),
    ],
)
def test_each_button_is_a_choice(qtbot, dialog, button, choice, accepted):
    dialog.show()
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    assert dialog.choice is choice
    assert (dialog.result() == ConflictDialog.DialogCode.Accepted) is accepted


def test_my_version_can_be_copied(dialog):
    QGuiApplication.clipboard().clear()
    dialog.copy_mine.click()
    assert QGuiApplication.clipboard().text() == (
        "De plaatsing bij Zorggroep Óost\nBegindatum: 14-12-2026\nUren per week: 24\n"
        "Praktijkopleider: Ria Praktijk"
    )


def test_a_conflict_without_values_is_left_to_the_caller(monkeypatch):
    asked = []
    monkeypatch.setattr(conflict_dialog, "ask", lambda *args: asked.append(args))
    plain = Conflict("someone else changed this record meanwhile; reload and try again")
    assert settle(None, plain, "De plaatsing", FIELDS) is ConflictChoice.EDIT
    assert asked == []
