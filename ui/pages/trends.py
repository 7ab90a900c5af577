"""Trends: hope, mood and craving over time, hope on days with people in recovery and with each kind
of support, recovery capital (BARC-10), the use record, and triggers.

Figures come from one operation per period (ui/operations.load_trends_page), never on the UI
thread; an answer for a period the person has already moved away from is dropped. Hope comes
first, in words as well as a chart; every chart has its sentence (trends_text.py) and a table on
demand (trends_charts.ChartBlock). Averages skip unanswered scales (journal/stats.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal import barc
from journal import stats as jstats
from journal.records import CapitalCheck
from journal.stats import PeriodStats, SupportHope

from .. import operations, words
from ..context import Context, Page
from ..widgets import InlineMessage, fill_with_scrolling, label, named
from . import trends_text as text
from .trends_charts import ChartBlock, averages_by, clear_chart, moment_ms, style_chart, time_axis
from .trends_use import UseCalendarModel

ALL_TIME: Final = 0
PERIODS: Final = (7, 28, 90, 365, ALL_TIME)
COLORS: Final = {"hope": "#2f9e83", "mood": "#4a78c2", "craving": "#c58b2a"}
MEASURES: Final = ("hope", "mood", "craving")
# The use calendar shows this many weeks before it scrolls: all of a 28-day period (five rows when
# it starts mid-week), so the four weeks a keyworker reviews are seen at once.
CALENDAR_WEEKS_SHOWN: Final = 6


class TrendsPage(Page):
    title = "Trends"

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._generation = 0
        self.days = 28
        self.data: operations.TrendsData | None = None
        self.names = {"hope": self.tr("Hope"), "mood": self.tr("Mood"), "craving": self.tr("Craving")}
        self.group = QButtonGroup(self)
        buttons = QHBoxLayout()
        for days in PERIODS:
            if days == ALL_TIME:
                button = QPushButton(self.tr("All time"))
                named(button, self.tr("Show everything since your first entry"))
            elif days == 365:
                button = QPushButton(self.tr("Last year"))
                named(button, self.tr("Show the last year"))
            else:
                button = QPushButton(self.tr("%n days", None, days))
                named(button, self.tr("Show the last %n days", None, days))
            button.setCheckable(True)
            self.group.addButton(button, days)
            buttons.addWidget(button)
            if days == self.days:
                button.setChecked(True)
        buttons.addStretch(1)
        self.group.idClicked.connect(self.show_period)
        self.message = InlineMessage()
        self.lines = ChartBlock(self.tr("Hope, mood and craving"), 260)
        self.connection = label("", None)
        self.support = ChartBlock(self.tr("Hope on days with each kind of support"), 220)
        self.capital = ChartBlock(self.tr("Recovery capital (BARC-10) score"), 200)
        self.capital_credit = label(barc.credit(), "hint")
        self.use_heading = label(self.tr("Use record"), "subtitle")
        self.use_text = label("", None)
        self.use_choice = QComboBox()
        self.use_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # whole names
        named(self.use_choice, self.tr("Which record to show in the calendar"))
        self.use_model = UseCalendarModel(self)
        self.use_view = QTableView()
        self.use_view.setModel(self.use_model)
        self.use_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.use_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        named(self.use_view, self.tr("Use record calendar"),
              self.tr("Each day says whether you used, did not use, or did not answer"))
        self.use_hint = label(self.tr("● used   ○ not used   a date alone: not answered"), "hint")
        self.triggers = label("", None)
        self.categories = ChartBlock(self.tr("Triggers by kind"), 200)
        self.outcomes = ChartBlock(self.tr("How triggers went"), 200)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(label(self.tr("Trends"), "title"))
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.lines, 2)
        layout.addWidget(label(self.tr("Connection"), "subtitle"))
        layout.addWidget(label(self.tr(
            "Meeting people in recovery is what grows hope for many people. Here is how it goes for you."
        ), "hint"))
        layout.addWidget(self.connection)
        layout.addWidget(self.support, 1)
        layout.addWidget(label(self.tr("Recovery capital"), "subtitle"))
        layout.addWidget(self.capital, 1)
        layout.addWidget(self.capital_credit)
        use_row = QHBoxLayout()
        use_row.addWidget(self.use_heading)
        use_row.addStretch(1)
        use_row.addWidget(self.use_choice)
        layout.addLayout(use_row)
        layout.addWidget(self.use_text)
        layout.addWidget(self.use_view)
        layout.addWidget(self.use_hint)
        layout.addWidget(label(self.tr("Triggers"), "subtitle"))
        layout.addWidget(self.triggers)
        grid = QGridLayout()
        grid.addWidget(self.categories, 0, 0)
        grid.addWidget(self.outcomes, 0, 1)
        layout.addLayout(grid, 1)
        fill_with_scrolling(self, content)
        self.use_choice.currentIndexChanged.connect(self._show_use_calendar)
        context.changed.connect(lambda _k, _s: self._reload_if_visible())

    def _reload_if_visible(self) -> None:
        if self.isVisible():
            self.show_period(self.days)

    def activate(self, request: object = None) -> None:
        self.show_period(self.days)

    def show_period(self, days: int) -> None:
        self.days = days
        button = self.group.button(days)
        if button is not None and not button.isChecked():
            button.setChecked(True)
        self._generation += 1
        generation = self._generation
        today = dt.date.today()
        end = today.isoformat()
        start = None if days == ALL_TIME else jstats.last_days(days, today)[0]
        year_ago = jstats.last_days(365, today)[0]

        def done(result: operations.TrendsData) -> None:
            if generation == self._generation:
                self._show(result)

        self.run(
            operations.load_trends_page(start, end, year_ago), done,
            lambda error: self.message.show_message(error.message),
        )

    # ---- drawing -----------------------------------------------------------------------------

    def _show(self, data: operations.TrendsData) -> None:
        self.data = data
        s = data.stats
        self.connection.setText(text.connection_sentence(s))
        self._draw_lines(s)
        self._draw_support(data.support, s)
        self._draw_capital(data.capital, s)
        self._show_use(data)
        self.triggers.setText(text.triggers_sentence(s))
        self._draw_triggers(s)

    def _period(self, s: PeriodStats) -> tuple[dt.date, dt.date]:
        return dt.date.fromisoformat(s.start_day), dt.date.fromisoformat(s.end_day)

    def _value_axis(self, low: int, high: int, ticks: int) -> QValueAxis:
        axis = QValueAxis()
        axis.setRange(low, high)
        axis.setTickCount(ticks)
        axis.setLabelFormat("%d")
        return axis

    def _draw_lines(self, s: PeriodStats) -> None:
        block = self.lines
        chart = block.chart
        clear_chart(chart)
        start, end = self._period(s)
        x_axis = time_axis(start, end)
        y_axis = self._value_axis(0, 10, 6)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        all_time = self.days == ALL_TIME
        daily = not all_time
        averaged = s.days >= 90
        weekly = not all_time or s.days <= 2 * 366
        for measure in MEASURES:
            points = [(p.day, getattr(p, measure)) for p in s.series]
            color = QColor(COLORS[measure])
            if daily:
                series = QLineSeries()
                series.setName(self.names[measure])
                faded = QColor(color)
                if averaged:
                    faded.setAlpha(70)
                pen = QPen(faded)
                pen.setWidthF(3.0 if measure == "hope" and not averaged else 1.5 if averaged else 2.0)
                series.setPen(pen)
                series.setPointsVisible(s.days <= 28)
                for day, value in points:
                    if value is not None:
                        series.append(moment_ms(dt.date.fromisoformat(day)), float(value))
                chart.addSeries(series)
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
                if averaged:
                    for marker in chart.legend().markers(series):
                        marker.setVisible(False)
            if averaged:
                series = QLineSeries()
                series.setName(
                    self.tr("{measure}, weekly average").format(measure=self.names[measure]) if weekly
                    else self.tr("{measure}, monthly average").format(measure=self.names[measure])
                )
                pen = QPen(color)
                pen.setWidthF(3.0 if measure == "hope" else 2.0)
                series.setPen(pen)
                for first, last, mean in averages_by(points, weekly):
                    middle = first + (last - first) / 2
                    series.append(moment_ms(middle), mean)
                chart.addSeries(series)
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
        style_chart(chart, self.palette())
        block.say(text.averages_sentence(s))
        self._lines_table(s, averaged, weekly)

    def _lines_table(self, s: PeriodStats, averaged: bool, weekly: bool) -> None:
        locale = QLocale()
        headers = [self.tr("Day") if not averaged else self.tr("Week of") if weekly else self.tr("Month"),
                   self.names["hope"], self.names["mood"], self.names["craving"]]
        rows: list[list[str]] = []
        if not averaged:
            for point in s.series:
                if point.checkins:
                    day = dt.date.fromisoformat(point.day)
                    rows.append([locale.toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy"),
                                 *(text.decimal(getattr(point, m)) for m in MEASURES)])
        else:
            columns = {
                m: {a[0]: a[2] for a in averages_by(((p.day, getattr(p, m)) for p in s.series), weekly)}
                for m in MEASURES
            }
            for first in sorted(set().union(*columns.values())):
                when = locale.toString(QDate(first.year, first.month, first.day),
                                       "d MMM yyyy" if weekly else "MMMM yyyy")
                rows.append([when, *(text.decimal(columns[m].get(first)) for m in MEASURES)])
        self.lines.set_table(headers, rows)

    def _bars(
        self, block: ChartBlock, names: list[str], values: list[float], high: float, integer: bool
    ) -> None:
        chart = block.chart
        clear_chart(chart)
        chart.legend().hide()
        bar_set = QBarSet(block.name)
        bar_set.setColor(QColor(COLORS["hope" if not integer else "mood"]))
        bar_set.setBorderColor(bar_set.color())
        for value in values:
            bar_set.append(float(value))
        series = QHorizontalBarSeries()
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsPrecision(2)
        chart.addSeries(series)
        names_axis = QBarCategoryAxis()
        names_axis.append(names or [self.tr("None yet")])
        names_axis.setTruncateLabels(False)
        if integer:  # whole numbers on every tick: 0, 2, 4 … not 0, 2.4, 4.8
            step = max(1, -(-int(high) // 5))
            top = step * -(-int(high) // step) if high >= 1 else 1
            count_axis = self._value_axis(0, top, top // step + 1)
        else:
            count_axis = self._value_axis(0, int(high), 6)
        chart.addAxis(names_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(count_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names_axis)
        series.attachAxis(count_axis)
        bar_set.setLabelColor(self.palette().color(self.foregroundRole()))
        style_chart(chart, self.palette())

    def _draw_support(self, rows: list[SupportHope], s: PeriodStats) -> None:
        shown = [row for row in rows if row.hope is not None]
        names = [words.support(row.kind) for row in shown]
        values = [round(row.hope or 0.0, 1) for row in shown]
        other_days = s.days_with_checkins - s.peer_days
        if shown and s.hope_on_other_days is not None and other_days:
            names.append(self.tr("Other days with a check-in"))
            values.append(round(s.hope_on_other_days, 1))
        self._bars(self.support, list(reversed(names)), list(reversed(values)), 10, integer=False)
        self.support.say(text.support_sentence(rows, s))
        table = [[words.support(row.kind), str(row.days), text.decimal(row.hope)] for row in rows]
        if s.hope_on_other_days is not None and other_days:
            table.append([self.tr("Other days with a check-in"), str(other_days),
                          text.decimal(s.hope_on_other_days)])
        self.support.set_table([self.tr("Kind of support"), self.tr("Days"), self.tr("Hope")], table)

    def _draw_capital(self, sheets: list[CapitalCheck], s: PeriodStats) -> None:
        block = self.capital
        chart = block.chart
        clear_chart(chart)
        chart.legend().hide()
        days = [dt.datetime.fromisoformat(sheet.at).date() for sheet in sheets]
        start, end = self._period(s)
        if self.days != ALL_TIME:
            start = min(start, end - dt.timedelta(days=364))
        if days:
            start = min(start, days[0])
        x_axis = time_axis(start, end)
        y_axis = self._value_axis(barc.SCORE_MIN, barc.SCORE_MAX, 6)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series = QLineSeries()
        series.setName(block.name)
        pen = QPen(QColor(COLORS["hope"]))
        pen.setWidthF(2.5)
        series.setPen(pen)
        series.setPointsVisible(True)
        for day, sheet in zip(days, sheets, strict=True):
            series.append(moment_ms(day), float(sheet.score))
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        style_chart(chart, self.palette())
        block.say(text.capital_sentence(sheets))
        locale = QLocale()
        block.set_table(
            [self.tr("Answered on"), self.tr("Score (10 to 60)")],
            [[locale.toString(QDate(d.year, d.month, d.day), "d MMMM yyyy"), str(sheet.score)]
             for d, sheet in zip(days, sheets, strict=True)],
        )

    def _show_use(self, data: operations.TrendsData) -> None:
        names = list(data.tracking.substances) if data.tracking.on else []
        names += sorted({row.substance for row in data.use_days} - set(names))
        shown = bool(names)
        for widget in (self.use_heading, self.use_text, self.use_choice, self.use_view, self.use_hint):
            widget.setVisible(shown)
        if not shown:
            return
        days = data.stats.days
        by_name = {row.substance: row for row in data.use_days}
        sentences = [
            text.use_sentence(by_name[name], days) if name in by_name
            else self.tr("{substance}: not answered in this period.").format(substance=name)
            for name in names
        ]
        self.use_text.setText(" ".join(sentences))
        current = self.use_choice.currentText()
        blocked = self.use_choice.blockSignals(True)
        self.use_choice.clear()
        self.use_choice.addItems(names)
        self.use_choice.setCurrentIndex(max(0, self.use_choice.findText(current)))
        self.use_choice.blockSignals(blocked)
        self.use_choice.setVisible(len(names) > 1)
        self._show_use_calendar()

    def _show_use_calendar(self) -> None:
        if self.data is None or not self.use_choice.count():
            return
        start, end = self._period(self.data.stats)
        self.use_model.show(start, end, self.data.use, self.use_choice.currentText())
        view = self.use_view
        weeks = min(self.use_model.rowCount(), CALENDAR_WEEKS_SHOWN)
        view.setFixedHeight(view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
                            + sum(view.rowHeight(row) for row in range(weeks)))

    def _draw_triggers(self, s: PeriodStats) -> None:
        categories = list(reversed(s.trigger_categories))
        self._bars(self.categories, [words.trigger_kind(c) for c, _ in categories],
                   [n for _, n in categories], max([n for _, n in categories] + [1]), integer=True)
        self.categories.say(text.kinds_sentence(s))
        self.categories.set_table([self.tr("Kind"), self.tr("Triggers")],
                                  [[words.trigger_kind(c), str(n)] for c, n in s.trigger_categories])
        outcomes = list(reversed(s.outcomes))
        self._bars(self.outcomes, [words.outcome(o) for o, _ in outcomes], [n for _, n in outcomes],
                   max([n for _, n in outcomes] + [1]), integer=True)
        self.outcomes.say(text.outcomes_sentence(s))
        self.outcomes.set_table([self.tr("How it went"), self.tr("Triggers")],
                                [[words.outcome(o), str(n)] for o, n in s.outcomes])
