"""The meldpunt tab's two tables: the meldingen, and the companies meldingen were made about.

Small lists (a college has tens to hundreds of meldingen), so plain item models filled from
the services' rows; each melding row carries its id under ``ID_ROLE``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from stagedesk.domain.dates import format_date
from stagedesk.services.meldpunt import CompanySignals, MeldingRow
from stagedesk.ui.dialogs.melding_dialog import ground_label, status_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def make_table(name: str, model: QStandardItemModel) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill_meldingen(model: QStandardItemModel, rows: list[MeldingRow], anonymous: str) -> None:
    model.removeRows(0, model.rowCount())
    for melding in rows:
        who = anonymous if melding.anonymous else (melding.student_name or "—")
        cells = [
            format_date(melding.received_on),
            status_label(melding.status),
            ground_label(melding.ground),
            who,
            melding.company_name or "—",
        ]
        items = [QStandardItem(text) for text in cells]
        items[0].setData(melding.id, ID_ROLE)
        model.appendRow(items)


def fill_signals(model: QStandardItemModel, companies: list[CompanySignals]) -> None:
    model.removeRows(0, model.rowCount())
    for company in companies:
        days = ", ".join(format_date(day) for day in company.received)
        cells = [company.company_name, str(company.count), days]
        model.appendRow([QStandardItem(text) for text in cells])
