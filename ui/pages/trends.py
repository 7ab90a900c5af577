"""Trends: hope, mood and craving over time, triggers by kind and outcome, and connection.

Figures come from `vault.stats` through the task runner (never on the UI thread); an answer for a
period the person has already moved away from is dropped. Hope comes first, in words as well as a
chart.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal import stats as jstats
from journal.stats import PeriodStats

from .. import operations
from ..context import Context, Page
from ..editors.trigger import CATEGORY_WORDS
from ..widgets import InlineMessage, fill_with_scrolling, label, named

PERIODS: Final = (7, 28, 90, 365)
COLORS: Final = {"hope": "#2f9e83", "mood": "#4a78c2", "craving": "#c58b2a"}
OUTCOME_LABELS: Final = {"resisted": "Got through it", "partly": "Partly", "used": "Used"}


def connection_sentence(s: PeriodStats) -> str:
    """The plain sentence about time with others in recovery and hope."""
    if s.days_with_checkins == 0:
        return "Check in on a few days and you will see how time with others in recovery goes with your hope."
    if s.peer_days == 0:
        return (
            "You haven't noted time with someone in recovery in this period. "
            "Many people find a meeting or a call lifts their hope."
        )
    days = f"{s.peer_days} day{'s' if s.peer_days != 1 else ''}"
    if s.hope_on_other_days is None:
        return (
            f"You spent time with someone in recovery on {days}, and your hope averaged "
            f"{jstats.one_decimal(s.hope_on_peer_days)} on those days."
        )
    return (
        f"On the {days} you spent time with someone in recovery, your hope averaged "
        f"{jstats.one_decimal(s.hope_on_peer_days)}, against {jstats.one_decimal(s.hope_on_other_days)} "
        "on other days."
    )


def averages_sentence(s: PeriodStats) -> str:
    if s.current.checkins == 0:
        return "No check-ins in this period yet. A check-in takes a few seconds on the Today page."
    parts = []
    for measure, word in (("hope", "Hope"), ("mood", "mood"), ("craving", "craving")):
        value = getattr(s.current, measure)
        if value is None:
            continue
        tail = ""
        difference = s.change(measure)
        if difference is not None:
            text = jstats.one_decimal(abs(difference))
            if text == "0.0":
                tail = f" (the same as the {s.days} days before)"
            else:
                direction = "up" if difference > 0 else "down"
                tail = f" ({direction} {text} on the {s.days} days before)"
        parts.append(f"{word} averaged {jstats.one_decimal(value)}{tail}")
    count = s.current.checkins
    return "; ".join(parts) + f". From {count:,} check-in{'s' if count != 1 else ''}."


def triggers_sentence(s: PeriodStats) -> str:
    if s.triggers == 0:
        return "No triggers logged in this period."
    outcomes = dict(s.outcomes)
    through = outcomes.get("resisted", 0)
    text = f"{s.triggers:,} trigger{'s' if s.triggers != 1 else ''} logged"
    if s.trigger_categories:
        text += f", most often {CATEGORY_WORDS[s.trigger_categories[0][0]].lower()}"
    text += f". You got through {through:,} of them without using."
    if s.responses_that_worked:
        text += " What helped most: " + ", ".join(r for r, _n in s.responses_that_worked[:3]) + "."
    return text


def _chart_view(name: str) -> QChartView:
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    view.setAccessibleName(name)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the picture is not a control
    return view


class TrendsPage(Page):
    title = "Trends"

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._generation = 0
        self.days = 28
        self.group = QButtonGroup(self)
        buttons = QHBoxLayout()
        for days in PERIODS:
            button = QPushButton("Last year" if days == 365 else f"{days} days")
            button.setCheckable(True)
            named(button, f"Show the last {days} days")
            self.group.addButton(button, days)
            buttons.addWidget(button)
            if days == self.days:
                button.setChecked(True)
        buttons.addStretch(1)
        self.group.idClicked.connect(self.show_period)
        self.averages = label("", None)
        self.connection = label("", None)
        self.triggers = label("", None)
        self.message = InlineMessage()
        self.line_view = _chart_view("Hope, mood and craving, day by day")
        self.category_view = _chart_view("Triggers by kind")
        self.outcome_view = _chart_view("How triggers went")
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(label("Trends", "title"))
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.averages)
        layout.addWidget(self.line_view, 2)
        layout.addWidget(label("Connection", "subtitle"))
        layout.addWidget(self.connection)
        layout.addWidget(label("Triggers", "subtitle"))
        layout.addWidget(self.triggers)
        grid = QGridLayout()
        grid.addWidget(self.category_view, 0, 0)
        grid.addWidget(self.outcome_view, 0, 1)
        layout.addLayout(grid, 1)
        fill_with_scrolling(self, content)
        context.changed.connect(lambda _k, _s: self._reload_if_visible())

    def _reload_if_visible(self) -> None:
        if self.isVisible():
            self.show_period(self.days)

    def activate(self, request: object = None) -> None:
        self.show_period(self.days)

    def show_period(self, days: int) -> None:
        self.days = days
        self._generation += 1
        generation = self._generation
        start, end = jstats.last_days(days)

        def done(result: PeriodStats) -> None:
            if generation == self._generation:
                self._show(result)

        self.run(operations.load_trends(start, end), done, lambda e: self.message.show_message(e.message))

    # ---- drawing -----------------------------------------------------------------------------

    def _text_color(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def _style_chart(self, chart: QChart) -> None:
        color = self._text_color()
        chart.legend().setLabelColor(color)
        chart.setTitleBrush(color)
        for axis in chart.axes():
            axis.setLabelsColor(color)
            grid = QColor(color)
            grid.setAlpha(40)
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)

    def _show(self, s: PeriodStats) -> None:
        self.averages.setText(averages_sentence(s))
        self.connection.setText(connection_sentence(s))
        self.triggers.setText(triggers_sentence(s))
        self._draw_lines(s)
        self._draw_categories(s)
        self._draw_outcomes(s)

    def _draw_lines(self, s: PeriodStats) -> None:
        chart = self.line_view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d MMM" if s.days <= 90 else "MMM yy")
        x_axis.setTickCount(8 if s.days > 7 else 7)
        y_axis = QValueAxis()
        y_axis.setRange(0, 10)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for measure, name in (("hope", "Hope"), ("mood", "Mood"), ("craving", "Craving")):
            series = QLineSeries()
            series.setName(name)
            pen = QPen(QColor(COLORS[measure]))
            pen.setWidthF(3.0 if measure == "hope" else 2.0)
            series.setPen(pen)
            series.setPointsVisible(s.days <= 28)
            for point in s.series:
                value = getattr(point, measure)
                if value is None:
                    continue
                day = dt.date.fromisoformat(point.day)
                moment = QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))
                series.append(float(moment.toMSecsSinceEpoch()), float(value))
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        start = QDateTime(QDate.fromString(s.start_day, "yyyy-MM-dd"), QTime(0, 0))
        end = QDateTime(QDate.fromString(s.end_day, "yyyy-MM-dd"), QTime(23, 59))
        x_axis.setRange(start, end)
        self._style_chart(chart)

    def _bar_chart(self, view: QChartView, title: str, names: list[str], values: list[int]) -> None:
        chart = view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        chart.legend().hide()
        bar_set = QBarSet(title)
        bar_set.setColor(QColor(COLORS["mood"]))
        bar_set.setBorderColor(QColor(COLORS["mood"]))
        for value in values:
            bar_set.append(float(value))
        series = QHorizontalBarSeries()
        series.append(bar_set)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        names_axis = QBarCategoryAxis()
        names_axis.append(names or ["None yet"])
        count_axis = QValueAxis()
        count_axis.setRange(0, max([*values, 1]))
        count_axis.setLabelFormat("%d")
        count_axis.setTickCount(min(6, max([*values, 1]) + 1))
        chart.addAxis(names_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(count_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names_axis)
        series.attachAxis(count_axis)
        bar_set.setLabelColor(self._text_color())
        self._style_chart(chart)

    def _draw_categories(self, s: PeriodStats) -> None:
        pairs = list(reversed(s.trigger_categories))
        self._bar_chart(
            self.category_view, "Triggers by kind",
            [CATEGORY_WORDS[c] for c, _ in pairs], [n for _, n in pairs],
        )

    def _draw_outcomes(self, s: PeriodStats) -> None:
        pairs = list(reversed(s.outcomes))
        self._bar_chart(
            self.outcome_view, "How they went",
            [OUTCOME_LABELS[o] for o, _ in pairs], [n for _, n in pairs],
        )
