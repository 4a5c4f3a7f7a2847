"""The dashboard's two charts (QtCharts): students per search status and placements recorded
per week. Light theme, titled axes and value labels, so a printout reads without colour; a
click on a bar asks for the students behind it (``bar_clicked`` with the bar's Drill).
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from stagedesk.domain.enums import SearchStatus
from stagedesk.services.dashboard import Dashboard, Drill
from stagedesk.ui import labels
from stagedesk.ui.text import fill

BAR_COLOUR = QColor("#3b6ea5")  # dark enough to print as a solid grey
WEEK_COLOUR = QColor("#5b8c5a")


def _nice_max(value: int) -> int:
    """An axis end a little above ``value`` on a round number (never 0)."""
    if value <= 5:
        return 5
    step = 10 ** (len(str(value)) - 1)
    return ((value * 11 // 10) // step + 1) * step


class DashboardChart(QChartView):
    """One bar chart; ``bar_clicked`` carries the Drill of the bar clicked."""

    bar_clicked = Signal(object)

    def __init__(self, name: str, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._colour = colour
        self._drills: list[Drill] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        chart = QChart()
        chart.setTheme(QChart.ChartTheme.ChartThemeLight)
        chart.setBackgroundBrush(Qt.GlobalColor.white)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        title = QFont(self.font())
        title.setBold(True)
        chart.setTitleFont(title)
        self.setChart(chart)

    @property
    def categories(self) -> list[str]:
        for axis in self.chart().axes():
            if isinstance(axis, QBarCategoryAxis):
                return list(axis.categories())
        return []

    @property
    def values(self) -> list[float]:
        series = self.chart().series()
        if not series:
            return []
        bar_set = series[0].barSets()[0]  # type: ignore[attr-defined]
        return [bar_set.at(i) for i in range(bar_set.count())]

    def show_bars(
        self,
        title: str,
        categories: list[str],
        values: list[int],
        drills: list[Drill],
        *,
        axis_title: str,
        value_title: str,
        value_labels: bool,
        horizontal: bool = False,
        upright_categories: bool = False,
    ) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        self._drills = drills
        bars = QBarSet(value_title)
        bars.append([float(v) for v in values])
        bars.setColor(self._colour)
        bars.setBorderColor(self._colour.darker(130))
        bars.setLabelColor(Qt.GlobalColor.black)
        bars.clicked.connect(self._clicked)
        # Horizontal bars give long category names the room of the left axis.
        series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        series.setLabelsVisible(value_labels)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        bars.setLabelFont(small)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(categories)
        x_axis.setTitleText(axis_title)
        # Narrow bars: QtCharts would shorten "31" to "...", which says nothing in print.
        x_axis.setTruncateLabels(False)
        if upright_categories:
            x_axis.setLabelsAngle(-90)
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%d")
        y_axis.setRange(0, _nice_max(max(values, default=0)))
        y_axis.setTickCount(6)
        y_axis.setTitleText(value_title)
        if horizontal:
            categories_at, values_at = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom
        else:
            categories_at, values_at = Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft
        chart.addAxis(x_axis, categories_at)
        chart.addAxis(y_axis, values_at)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        for axis in (x_axis, y_axis):
            axis.setLabelsColor(Qt.GlobalColor.black)
            axis.setTitleBrush(Qt.GlobalColor.black)

    def _clicked(self, index: int) -> None:
        if 0 <= index < len(self._drills):
            self.bar_clicked.emit(self._drills[index])


def show_status_chart(chart: DashboardChart, board: Dashboard) -> None:
    # Horizontal bars are drawn bottom up: reversed, the first status is at the top.
    figures = list(reversed(board.per_status))
    chart.show_bars(
        QCoreApplication.translate("DashboardChart", "Studenten per zoekstatus"),
        [labels.search_status(SearchStatus(count.key)) for count in figures],
        [count.count for count in figures],
        [count.drill for count in figures],
        axis_title=QCoreApplication.translate("DashboardChart", "zoekstatus"),
        value_title=QCoreApplication.translate("DashboardChart", "studenten"),
        value_labels=True,
        horizontal=True,
    )


def show_week_chart(chart: DashboardChart, board: Dashboard) -> None:
    chart.show_bars(
        fill(
            QCoreApplication.translate(
                "DashboardChart", "Plaatsingen geregistreerd per week, schooljaar %1"
            ),
            board.school_year,
        ),
        [str(week.week.week) for week in board.weeks],
        [week.placements for week in board.weeks],
        [week.drill for week in board.weeks],
        axis_title=QCoreApplication.translate("DashboardChart", "week (ISO)"),
        value_title=QCoreApplication.translate("DashboardChart", "plaatsingen"),
        value_labels=len(board.weeks) <= 20,
        upright_categories=len(board.weeks) > 12,
    )
