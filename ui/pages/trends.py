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
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal import localformat
from journal import stats as jstats
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.stats import PeriodStats
from journal.summary_sections import CATEGORY_WORDS, MEASURES

from .. import operations
from ..context import Context, Page
from ..widgets import InlineMessage, fill_with_scrolling, label, named
from .shell import page_words

PERIODS: Final = (7, 28, 90, 365)
COLORS: Final = {"hope": "#2f9e83", "mood": "#4a78c2", "craving": "#c58b2a"}
OUTCOME_LABELS: Final = {
    "resisted": QT_TRANSLATE_NOOP("summary", "Got through it"),
    "partly": QT_TRANSLATE_NOOP("summary", "Partly"),
    "used": QT_TRANSLATE_NOOP("summary", "Used"),
}


def decimal(value: float | None) -> str:
    """An average as the language writes it, rounded as everywhere else (journal.stats)."""
    return "–" if value is None else localformat.format_number(float(jstats.one_decimal(value)), 1)


def connection_sentence(s: PeriodStats) -> str:
    """The plain sentence about time with others in recovery and hope."""
    if s.days_with_checkins == 0:
        return QCoreApplication.translate(
            "trends",
            "Check in on a few days and you will see how time with others in recovery goes with your hope.",
        )
    if s.peer_days == 0:
        return QCoreApplication.translate(
            "trends",
            "You haven't noted time with someone in recovery in this period. "
            "Many people find a meeting or a call lifts their hope.",
        )
    if s.hope_on_other_days is None:
        return QCoreApplication.translate(
            "trends",
            "You spent time with someone in recovery on %n days, and your hope averaged {hope} on those "
                "days.",
            None, s.peer_days,
        ).format(hope=decimal(s.hope_on_peer_days))
    return QCoreApplication.translate(
        "trends",
        "On the %n days you spent time with someone in recovery, your hope averaged {hope}, against "
        "{other} on other days.",
        None, s.peer_days,
    ).format(hope=decimal(s.hope_on_peer_days), other=decimal(s.hope_on_other_days))


def _average_sentence(measure: str, which: int, days: int) -> str:
    """One measure's average: 0 with no earlier period, 1 the same as before, 2 up, 3 down.
    Whole sentences, so a language can make the words agree with the measure's name."""
    if (measure, which) == ("hope", 0):
        return QCoreApplication.translate("trends", "Hope averaged {value}.")
    if (measure, which) == ("hope", 1):
        return QCoreApplication.translate(
            "trends", "Hope averaged {value}, the same as the %n days before.", None, days
        )
    if (measure, which) == ("hope", 2):
        return QCoreApplication.translate(
            "trends", "Hope averaged {value}, up {change} on the %n days before.", None, days
        )
    if (measure, which) == ("hope", 3):
        return QCoreApplication.translate(
            "trends", "Hope averaged {value}, down {change} on the %n days before.", None, days
        )
    if (measure, which) == ("mood", 0):
        return QCoreApplication.translate("trends", "Mood averaged {value}.")
    if (measure, which) == ("mood", 1):
        return QCoreApplication.translate(
            "trends", "Mood averaged {value}, the same as the %n days before.", None, days
        )
    if (measure, which) == ("mood", 2):
        return QCoreApplication.translate(
            "trends", "Mood averaged {value}, up {change} on the %n days before.", None, days
        )
    if (measure, which) == ("mood", 3):
        return QCoreApplication.translate(
            "trends", "Mood averaged {value}, down {change} on the %n days before.", None, days
        )
    if (measure, which) == ("craving", 0):
        return QCoreApplication.translate("trends", "Craving averaged {value}.")
    if (measure, which) == ("craving", 1):
        return QCoreApplication.translate(
            "trends", "Craving averaged {value}, the same as the %n days before.", None, days
        )
    if (measure, which) == ("craving", 2):
        return QCoreApplication.translate(
            "trends", "Craving averaged {value}, up {change} on the %n days before.", None, days
        )
    if (measure, which) == ("craving", 3):
        return QCoreApplication.translate(
            "trends", "Craving averaged {value}, down {change} on the %n days before.", None, days
        )
    raise ValueError(measure)


def averages_sentence(s: PeriodStats) -> str:
    if s.current.checkins == 0:
        return QCoreApplication.translate(
            "trends", "No check-ins in this period yet. A check-in takes a few seconds on the Today page."
        )
    sentences = []
    for measure in ("hope", "mood", "craving"):
        value = getattr(s.current, measure)
        if value is None:
            continue
        difference = s.change(measure)
        if difference is None:
            which = 0
        else:
            text = jstats.one_decimal(abs(difference))
            which = 1 if text == "0.0" else 2 if difference > 0 else 3
        sentence = _average_sentence(measure, which, s.days)
        sentences.append(sentence.format(value=decimal(value), change=decimal(abs(difference or 0))))
    count = s.current.checkins
    sentences.append(QCoreApplication.translate("trends", "From %Ln check-ins.", None, count))
    return " ".join(sentences)


def triggers_sentence(s: PeriodStats) -> str:
    if s.triggers == 0:
        return QCoreApplication.translate("trends", "No triggers logged in this period.")
    outcomes = dict(s.outcomes)
    through = outcomes.get("resisted", 0)
    if s.trigger_categories:
        category = translate("summary", CATEGORY_WORDS[s.trigger_categories[0][0]]).lower()
        sentences = [QCoreApplication.translate(
            "trends", "%Ln triggers logged, most often {category}.", None, s.triggers
        ).format(category=category)]
    else:
        sentences = [QCoreApplication.translate("trends", "%Ln triggers logged.", None, s.triggers)]
    sentences.append(QCoreApplication.translate(
        "trends", "You got through %Ln of them without using.", None, through
    ))
    if s.responses_that_worked:
        helped = ", ".join(r for r, _n in s.responses_that_worked[:3])
        sentences.append(QCoreApplication.translate("trends", "What helped most: "
            "{responses}.").format(responses=helped))
    return " ".join(sentences)


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
            button = QPushButton(self.tr("Last year") if days == 365 else self.tr("%n days", None, days))
            button.setCheckable(True)
            named(button, self.tr("Show the last %n days", None, days))
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
        self.line_view = _chart_view(self.tr("Hope, mood and craving, day by day"))
        self.category_view = _chart_view(self.tr("Triggers by kind"))
        self.outcome_view = _chart_view(self.tr("How triggers went"))
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(label(page_words("Trends"), "title"))
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.averages)
        layout.addWidget(self.line_view, 2)
        layout.addWidget(label(self.tr("Connection"), "subtitle"))
        layout.addWidget(self.connection)
        layout.addWidget(label(self.tr("Triggers"), "subtitle"))
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
        x_axis.setFormat("d MMM" if s.days <= 90 else "MMM yy")  # QLocale() names the months
        x_axis.setTickCount(8 if s.days > 7 else 7)
        y_axis = QValueAxis()
        y_axis.setRange(0, 10)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for measure, name in MEASURES:
            series = QLineSeries()
            series.setName(translate("summary", name))
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
        names_axis.append(names or [self.tr("None yet")])
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
            self.category_view, self.tr("Triggers by kind"),
            [translate("summary", CATEGORY_WORDS[c]) for c, _ in pairs], [n for _, n in pairs],
        )

    def _draw_outcomes(self, s: PeriodStats) -> None:
        pairs = list(reversed(s.outcomes))
        self._bar_chart(
            self.outcome_view, self.tr("How they went"),
            [translate("summary", OUTCOME_LABELS[o]) for o, _ in pairs], [n for _, n in pairs],
        )
