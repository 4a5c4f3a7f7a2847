"""The dashboard's figures as widgets: an indicator tile (a big number with what it means,
the number and the rest clickable) and the table of students without a place in one cut."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from stagedesk.domain.enums import Sector
from stagedesk.services.dashboard import Count, Cut, Drill
from stagedesk.ui import labels
from stagedesk.ui.text import fill

AnyIndex = QModelIndex | QPersistentModelIndex


def sector_label(sector: Sector) -> str:
    """SBB's sector chambers, as the office names them."""
    names = {
        Sector.TECHNIEK: QCoreApplication.translate("labels", "Techniek en gebouwde omgeving"),
        Sector.MOBILITEIT: QCoreApplication.translate(
            "labels", "Mobiliteit, transport, logistiek en maritiem"
        ),
        Sector.ZORG: QCoreApplication.translate("labels", "Zorg, welzijn en sport"),
        Sector.HANDEL: QCoreApplication.translate("labels", "Handel"),
        Sector.SPECIALISTISCH: QCoreApplication.translate("labels", "Specialistisch vakmanschap"),
        Sector.ICT: QCoreApplication.translate("labels", "ICT en creatieve industrie"),
        Sector.VOEDSEL: QCoreApplication.translate("labels", "Voedsel, groen en gastvrijheid"),
        Sector.ZAKELIJK: QCoreApplication.translate(
            "labels", "Zakelijke dienstverlening en veiligheid"
        ),
    }
    return names[sector]


def cut_label(cut: Cut, figure: Count) -> str:
    """What a row of the cut table is about, in words."""
    if cut is Cut.SECTOR:
        return sector_label(Sector(figure.key))
    if cut is Cut.NIVEAU:
        return fill(QCoreApplication.translate("labels", "niveau %1"), figure.key)
    if cut is Cut.REGION and not figure.key:
        return QCoreApplication.translate("labels", "onbekend")
    if cut is Cut.PROGRAMME and figure.leerweg is not None:
        return fill(
            QCoreApplication.translate("labels", "%1 (%2, niveau %3, %4)"),
            figure.label,
            figure.crebo,
            figure.niveau,
            labels.leerweg(figure.leerweg),
        )
    return figure.label


class FigureTile(QFrame):
    """A headline figure. ``drill_requested`` carries the Drill of what was clicked: the
    number (the part) or the line under it (the rest). A tile without drills is plain text."""

    drill_requested = Signal(object, str)  # Drill, caption for the list's window

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(190)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.value = QPushButton()
        self.value.setObjectName(f"{name}Value")
        self.value.setFlat(True)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        self.value.setFont(big)
        self.value.setStyleSheet("text-align: left; padding: 0;")
        # A link in a label rather than a button: it wraps, so a long line is never cut off.
        self.rest = QLabel()
        self.rest.setObjectName(f"{name}Rest")
        self.rest.setWordWrap(True)
        self.rest.setTextFormat(Qt.TextFormat.RichText)
        self.rest.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.rest)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._drills: tuple[Drill | None, Drill | None] = (None, None)
        self._captions = ("", "")
        self.value.clicked.connect(lambda: self._clicked(0))
        self.rest.linkActivated.connect(lambda _link: self._clicked(1))

    def show_figure(
        self,
        caption: str,
        value: str,
        *,
        drill: Drill | None = None,
        drill_caption: str = "",
        rest: str = "",
        rest_drill: Drill | None = None,
        rest_caption: str = "",
        note: str = "",
    ) -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.value.setCursor(
            Qt.CursorShape.PointingHandCursor if drill else Qt.CursorShape.ArrowCursor
        )
        self.value.setToolTip(self.tr("Klik voor de studenten") if drill else "")
        shown = html.escape(rest)
        self.rest.setText(f"<a href='rest'>{shown}</a>" if rest_drill is not None else shown)
        self.rest.setVisible(bool(rest))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self._drills = (drill, rest_drill)
        self._captions = (drill_caption, rest_caption)

    def _clicked(self, which: int) -> None:
        drill = self._drills[which]
        if drill is not None:
            self.drill_requested.emit(drill, self._captions[which])


class CutTableModel(QAbstractTableModel):
    """Students without a place per programme, sector, niveau, leerweg or region."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cut = Cut.PROGRAMME
        self._counts: tuple[Count, ...] = ()
        self._total = 0

    def set_counts(self, cut: Cut, counts: tuple[Count, ...], total: int) -> None:
        self.beginResetModel()
        self._cut, self._counts, self._total = cut, counts, total
        self.endResetModel()

    def figure(self, row: int) -> Count | None:
        return self._counts[row] if 0 <= row < len(self._counts) else None

    @property
    def cut(self) -> Cut:
        return self._cut

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._counts)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {
            Cut.PROGRAMME: QCoreApplication.translate("CutTableModel", "Opleiding"),
            Cut.SECTOR: QCoreApplication.translate("CutTableModel", "Sector"),
            Cut.NIVEAU: QCoreApplication.translate("CutTableModel", "Niveau"),
            Cut.LEERWEG: QCoreApplication.translate("CutTableModel", "Leerweg"),
            Cut.REGION: QCoreApplication.translate("CutTableModel", "Regio"),
        }
        headers = [
            names[self._cut],
            QCoreApplication.translate("CutTableModel", "Zonder plaats"),
            QCoreApplication.translate("CutTableModel", "Aandeel"),
        ]
        return headers[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        figure = self.figure(index.row())
        if figure is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Dubbelklik voor de studenten")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return cut_label(self._cut, figure)
        if column == 1:
            return figure.count
        return percent(figure.count / self._total if self._total else 0.0)


def percent(fraction: float) -> str:
    """A share as the current language writes it: "12,5%" or "12.5%"."""
    return f"{QLocale().toString(100 * fraction, 'f', 1)}%"
