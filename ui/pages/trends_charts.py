"""The Trends page's charts (QtCharts) and what they share: a time axis whose labels fall on whole
months (or weeks, or years) and say which, weekly and monthly averages, and a block that gives every
chart a sentence and, on demand, a table with the same figures for a screen reader or anyone who
prefers numbers to lines.

Why a category axis for time: QDateTimeAxis spreads its ticks evenly through the range, so a year
read "Dec 25, Jan 26, Mar 26…" (a day that looked like Christmas, months skipped unevenly).
QCategoryAxis puts each label exactly on the first of a month (or a week, or a year) and the
labels say "Dec 2025, Jan 2026, Feb, Mar…" with the year where it changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Final

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView
from PySide6.QtCore import QDate, QDateTime, QLocale, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..widgets import label, named

DAY_MS: Final = 86_400_000


def moment_ms(day: dt.date, hour: int = 12) -> float:
    """A day on the time axis: midday, in milliseconds since 1970 (local time)."""
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(hour, 0)).toMSecsSinceEpoch())


def _month_starts(start: dt.date, end: dt.date, every: int = 1) -> list[dt.date]:
    first = dt.date(start.year, start.month, 1)
    if first < start:
        first = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    found = []
    day = first
    while day <= end:
        if (day.month - 1) % every == 0:
            found.append(day)
        day = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return found


def time_labels(start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
    """Where the time axis is labelled, and with what, for the period start..end.

    Up to a month: every week (day and month); up to 100 days: the 1st and 15th of each month;
    up to 14 months: every month, the year written on the first label and on each January; longer:
    every quarter or half year with its year, then whole years. Labels are never repeated.
    """
    locale = QLocale()
    days = (end - start).days + 1
    found: list[tuple[dt.date, str]] = []
    if days <= 31:
        step = 1 if days <= 8 else 7
        found = [
            (day, locale.toString(QDate(day.year, day.month, day.day), "ddd d MMM" if step == 1 else "d MMM"))
            for day in (start + dt.timedelta(days=i) for i in range(0, days, step))
        ]
    elif days <= 100:
        for month in _month_starts(start - dt.timedelta(days=31), end):
            for day in (month, month.replace(day=15)):
                if start <= day <= end:
                    found.append((day, locale.toString(QDate(day.year, day.month, day.day), "d MMM")))
    elif days <= 430:
        for index, day in enumerate(_month_starts(start, end)):
            with_year = index == 0 or day.month == 1
            text = locale.toString(QDate(day.year, day.month, 1), "MMM yyyy" if with_year else "MMM")
            found.append((day, text))
    elif days <= 4 * 366:
        every = 3 if days <= 2 * 366 else 6
        found = [
            (day, locale.toString(QDate(day.year, day.month, 1), "MMM yyyy"))
            for day in _month_starts(start, end, every)
        ]
    else:
        years = list(range(start.year + (start > dt.date(start.year, 1, 1)), end.year + 1))
        step = 1 if len(years) <= 12 else 2 if len(years) <= 24 else 5
        found = [(dt.date(year, 1, 1), str(year)) for year in years if year % step == 0]
    seen: set[str] = set()
    unique = []
    for day, text in found:
        if text in seen:  # a second "Dec" would be refused by the axis: say which one
            text = locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
        seen.add(text)
        unique.append((day, text))
    return unique


def time_axis(start: dt.date, end: dt.date) -> QCategoryAxis:
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(moment_ms(start, 0), moment_ms(end, 23) + 3_600_000)
    for day, text in time_labels(start, end):
        axis.append(text, moment_ms(day, 0))
    axis.setStartValue(moment_ms(start, 0) - 1)  # a first label on the first day still shows
    return axis


def averages_by(
    points: Iterable[tuple[str, float | None]], weekly: bool
) -> list[tuple[dt.date, dt.date, float]]:
    """(first day, last day, mean) of each week (Monday to Sunday) or calendar month that has a
    value: the mean of the days' averages, so a day with five check-ins counts once."""
    buckets: dict[dt.date, list[float]] = {}
    for day_text, value in points:
        if value is None:
            continue
        day = dt.date.fromisoformat(day_text)
        key = day - dt.timedelta(days=day.weekday()) if weekly else day.replace(day=1)
        buckets.setdefault(key, []).append(float(value))
    found = []
    for key in sorted(buckets):
        if weekly:
            last = key + dt.timedelta(days=6)
        else:
            last = dt.date(key.year + (key.month == 12), key.month % 12 + 1, 1) - dt.timedelta(days=1)
        values = buckets[key]
        found.append((key, last, sum(values) / len(values)))
    return found


def chart_view(name: str, height: int = 240) -> QChartView:
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(height)
    view.setAccessibleName(name)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the picture is not a control
    return view


def clear_chart(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


def style_chart(chart: QChart, palette: QPalette) -> None:
    """Labels and grid in the theme's text colour (dark mode too)."""
    color = palette.color(QPalette.ColorRole.WindowText)
    chart.legend().setLabelColor(color)
    chart.setTitleBrush(color)
    grid = QColor(color)
    grid.setAlpha(40)
    for axis in chart.axes():
        axis.setLabelsColor(color)
        axis.setGridLineColor(grid)
        axis.setLinePenColor(grid)


class ChartBlock(QWidget):
    """A chart with its sentence, and the same figures as a table on demand ("Show as a table")."""

    def __init__(self, name: str, height: int = 240, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.sentence = label("", None)
        self.view = chart_view(name, height)
        self.table_model = QStandardItemModel(self)
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(180)
        named(self.table, self.tr("{chart}, as a table").format(chart=name))
        self.table.hide()
        self.toggle = QPushButton(self.tr("Show as a table"))
        named(self.toggle, self.tr("Show {chart} as a table").format(chart=name))
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggled)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.sentence, 1)
        top.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.table, 1)

    @property
    def chart(self) -> QChart:
        return self.view.chart()

    def _toggled(self, as_table: bool) -> None:
        self.table.setVisible(as_table)
        self.view.setVisible(not as_table)
        self.toggle.setText(self.tr("Show as a chart") if as_table else self.tr("Show as a table"))

    def say(self, sentence: str) -> None:
        self.sentence.setText(sentence)
        self.view.setAccessibleDescription(sentence)

    def set_table(self, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
        self.table_model.clear()
        self.table_model.setHorizontalHeaderLabels(list(headers))
        for row in rows:
            items = []
            for text in row:
                item = QStandardItem(text)
                item.setEditable(False)
                items.append(item)
            self.table_model.appendRow(items)
