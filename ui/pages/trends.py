"""Trends: hope, mood and craving over time, triggers by kind and outcome, and connection.

Figures come from `vault.stats` through the task runner (never on the UI thread); an answer for a
period the person has already moved away from is dropped. Hope comes first, in words as well as a
chart. Every chart has a text equivalent for a screen reader: the sentence above it is also its
description, and "Show the figures as tables" gives the numbers it draws, day by day.
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
from PySide6.QtCore import QDate, QDateTime, QLocale, QMargins, Qt, QTime, QTimer
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
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


def _cell(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    return item


def _table(model: QStandardItemModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(200)
    named(table, name)
    return table


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
        self.table_button = QPushButton(self.tr("Show the figures as tables"))
        self.table_button.setCheckable(True)
        named(self.table_button, self.tr("Show the figures of the charts as tables"))
        self.table_button.toggled.connect(self._show_tables)
        table_row = QHBoxLayout()
        table_row.addWidget(self.table_button)
        table_row.addStretch(1)
        layout.addLayout(table_row)
        self.day_model = QStandardItemModel(0, 4, self)
        self.trigger_model = QStandardItemModel(0, 2, self)
        self.day_table = _table(self.day_model, self.tr("Hope, mood and craving, day by day"))
        self.trigger_table = _table(self.trigger_model, self.tr("Triggers by kind and how they went"))
        self.tables = QWidget()
        tables = QHBoxLayout(self.tables)
        tables.setContentsMargins(0, 0, 0, 0)
        tables.addWidget(self.day_table, 3)
        tables.addWidget(self.trigger_table, 2)
        self.tables.hide()
        layout.addWidget(self.tables, 1)
        self.scroll_area = fill_with_scrolling(self, content)
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

    def _show_tables(self, shown: bool) -> None:
        self.tables.setVisible(shown)
        self.table_button.setText(
            self.tr("Hide the tables") if shown else self.tr("Show the figures as tables")
        )
        if shown:  # in sight (they open below the charts) and in the keyboard's hands
            self.day_table.setFocus()
            QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(self.tables, 0, 0))

    def _fill_tables(self, s: PeriodStats) -> None:
        """The numbers the charts draw, for a screen reader or anyone who prefers figures."""
        locale = QLocale()

        def number(value: float | None) -> str:
            return "–" if value is None else locale.toString(float(value), "f", 1)

        self.day_model.clear()
        self.day_model.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Hope"), self.tr("Mood"), self.tr("Craving")]
        )
        for point in reversed(s.series):
            if not point.checkins:
                continue
            day = QDate.fromString(point.day, "yyyy-MM-dd")
            self.day_model.appendRow([_cell(locale.toString(day, QLocale.FormatType.ShortFormat)),
                                      _cell(number(point.hope)), _cell(number(point.mood)),
                                      _cell(number(point.craving))])
        self.trigger_model.clear()
        self.trigger_model.setHorizontalHeaderLabels([self.tr("Triggers"), self.tr("How many")])
        for category, count in s.trigger_categories:
            self.trigger_model.appendRow([_cell(CATEGORY_WORDS[category]), _cell(locale.toString(count))])
        for outcome, count in s.outcomes:
            self.trigger_model.appendRow([_cell(OUTCOME_LABELS[outcome]), _cell(locale.toString(count))])

    def _show(self, s: PeriodStats) -> None:
        self.averages.setText(averages_sentence(s))
        self.connection.setText(connection_sentence(s))
        self.triggers.setText(triggers_sentence(s))
        # The charts' text equivalent: what the sentence above each says, read with it.
        self.line_view.setAccessibleDescription(self.averages.text())
        self.category_view.setAccessibleDescription(self.triggers.text())
        self.outcome_view.setAccessibleDescription(self.triggers.text())
        self._fill_tables(s)
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
