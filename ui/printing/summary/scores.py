"""The scores section: hope, mood and craving as a small chart of the period, and a table of each
average, the period before and the change (the printed average minus the printed before).

Days with no answer for a scale leave a gap in its line (a scale the person did not answer is
never drawn as a number). Long periods are drawn as weekly or 30-day means over check-ins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from journal import localformat
from journal.i18n import translate
from journal.stats import DayPoint
from journal.summary import Scores, short_date

from .blocks import heading
from .page import (
    BODY_PT,
    COLUMN_GAP_PT,
    FAINT,
    GRID,
    INK,
    LEADING,
    MUTED,
    PANEL,
    SERIES_COLOURS,
    SMALL_PT,
    Page,
)

CHART_POINTS: Final = 92  # longer periods are drawn as weekly or 30-day means
# (chart height, lines of the note under the table) at each level
LEVELS: Final = ((112.0, 3), (96.0, 3), (80.0, 2), (64.0, 1), (48.0, 0))


def _buckets(series: Sequence[DayPoint]) -> tuple[list[tuple[str, dict[str, float | None]]], str]:
    """Points for the chart: each day, or weekly/monthly means of a long period's check-ins."""
    if len(series) <= CHART_POINTS:
        return ([(p.day, {"hope": p.hope, "mood": p.mood, "craving": p.craving}) for p in series],
                translate("summary_pdf", "Daily averages"))
    size = 7 if len(series) <= CHART_POINTS * 7 else 30
    words = (translate("summary_pdf", "Weekly averages") if size == 7
             else translate("summary_pdf", "Averages per 30 days"))
    out: list[tuple[str, dict[str, float | None]]] = []
    for start in range(0, len(series), size):
        chunk = series[start : start + size]
        values: dict[str, float | None] = {}
        for key in ("hope", "mood", "craving"):
            # weighted by check-ins, so the bucket mean is a mean over check-ins like the averages
            pairs = [(getattr(p, key), p.checkins) for p in chunk if getattr(p, key) is not None]
            weight = sum(n for _, n in pairs)
            values[key] = sum(v * n for v, n in pairs) / weight if weight else None
        out.append((chunk[0].day, values))
    return out, words


def _day(day: dt.date, year: bool) -> str:
    """'25 Oct', or '25 Oct 2016' when the chart spans more than one year."""
    return localformat.format_date(day, localformat.SHORT_MONTH + " yyyy") if year else short_date(day)


def _draw_chart(page: Page, scores: Scores, rect: QRectF) -> None:
    painter = page.painter
    if painter is None:
        return
    s = page.scale
    page = page.left_to_right(rect)  # time runs left to right in every language
    axis_w = 14.0
    plot = QRectF(rect.x() + axis_w, rect.y() + 4.0, rect.width() - axis_w - 4.0,
                  rect.height() - 4.0 - page.line_height(SMALL_PT) - 3.0)
    for value in (0, 5, 10):  # scale lines at 0, 5 and 10 with their numbers
        gy = plot.bottom() - plot.height() * value / 10
        page.rule(plot.x(), gy, plot.width(), FAINT if value == 0 else GRID, 0.5)
        number_h = page.line_height(SMALL_PT) / LEADING
        page.text(rect.x(), gy - number_h / 2 - 0.8, axis_w - 4.0, localformat.format_number(value), SMALL_PT,
                  colour=MUTED, align_right=True)
    points, words = _buckets(scores.series)
    if not points:
        return
    count = len(points)
    step = plot.width() / count
    label_y = plot.bottom() + 3.0
    first = dt.date.fromisoformat(points[0][0])
    last = dt.date.fromisoformat(scores.series[-1].day)
    if count > 1:  # the days along the bottom: first and last, the kind of average between
        years = first.year != last.year
        page.text(plot.x(), label_y, plot.width() / 2, _day(first, years), SMALL_PT, colour=MUTED)
        page.text(plot.x() + plot.width() / 2, label_y, plot.width() / 2, _day(last, years), SMALL_PT,
                  colour=MUTED, align_right=True)
    middle = words if count > 1 else _day(last, True)
    middle_w = page.advance(middle, SMALL_PT) + 2.0
    page.text(plot.center().x() - middle_w / 2, label_y, middle_w, middle, SMALL_PT, colour=MUTED)
    if count <= 62:  # a small tick under each day
        for index in range(count):
            page.rule(plot.x() + step * (index + 0.5), plot.bottom(), 0.0, FAINT)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for key in ("craving", "mood", "hope"):  # hope drawn last, on top: it matters most
        colour = SERIES_COLOURS[key]
        pen = QPen(colour, (1.7 if key == "hope" else 1.15) * s)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if key == "craving":
            pen.setDashPattern([3.0, 2.0])
        path = QPainterPath()
        dots: list[QPointF] = []
        every: list[QPointF] = []
        previous_ok = False
        for index, (_, values) in enumerate(points):
            score = values[key]
            if score is None:
                previous_ok = False
                continue
            point = page.point(plot.x() + step * (index + 0.5), plot.bottom() - plot.height() * score / 10)
            every.append(point)
            next_ok = index + 1 < count and points[index + 1][1][key] is not None
            if previous_ok:
                path.lineTo(point)
            else:
                path.moveTo(point)
                if not next_ok:
                    dots.append(point)  # a lone day still shows
            previous_ok = True
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        if count <= 31 or dots:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            radius = (1.9 if key == "hope" else 1.5) * (1.5 if count == 1 else 1.0) * s
            for mark in dots if count > 31 else every:
                painter.drawEllipse(mark, radius, radius)
    painter.restore()


def draw_scores(page: Page, scores: Scores, x: float, y: float, width: float, level: int) -> float:
    chart_height, note_lines = LEVELS[min(level, len(LEVELS) - 1)]
    height = heading(page, x, y, width, translate("summary", "Hope, mood and craving"))
    top = y + height
    table_w = min(214.0, width * 0.44)
    chart_w = width - table_w - COLUMN_GAP_PT
    if scores.checkins:
        _draw_chart(page, scores, QRectF(x, top + 2.0, chart_w, chart_height))
    else:
        page.box(QRectF(x, top + 2.0, chart_w, chart_height - 6.0), fill=PANEL, radius=4.0)
        words = translate("summary_pdf", "No check-ins in this period yet.")
        words_w = page.advance(words, BODY_PT) + 2
        page.text(x + (chart_w - words_w) / 2, top + chart_height / 2 - 6.0, words_w, words,
                  BODY_PT, italic=True, colour=MUTED)

    tx = x + chart_w + COLUMN_GAP_PT
    columns = ((translate("summary_pdf", "Average"), 46.0), (translate("summary_pdf", "Before"), 42.0),
               (translate("summary_pdf", "Change"), 56.0))
    name_w = table_w - sum(w for _, w in columns)
    row_y = top + 2.0
    cx = tx + name_w
    for title, w in columns:
        page.text(cx, row_y, w, title.upper(), SMALL_PT - 0.5, bold=True, colour=MUTED, align_right=True)
        cx += w
    row_y += page.line_height(SMALL_PT) + 2.0
    page.rule(tx, row_y, table_w, FAINT, 0.5)
    row_y += 3.0
    tightest = level >= len(LEVELS) - 1
    row_h = page.line_height(BODY_PT + 2) * (0.82 if tightest else 1.0 if level < 2 else 0.92)
    label_dy = (page.line_height(BODY_PT + 2) - page.line_height(BODY_PT)) / 2 + 0.6
    for measure in scores.measures:
        swatch_y = row_y + row_h / 2 - 1.0
        if page.painter is not None:
            pen = QPen(SERIES_COLOURS[measure.key], (2.2 if measure.key == "hope" else 1.6) * page.scale)
            if measure.key == "craving":
                pen.setDashPattern([2.0, 1.5])
            page.painter.setPen(pen)
            page.painter.drawLine(page.point(tx, swatch_y), page.point(tx + 11.0, swatch_y))
        page.text(tx + 16.0, row_y + label_dy, name_w - 16.0, measure.label, BODY_PT,
                  bold=measure.key == "hope")
        cx = tx + name_w
        values = (measure.average, measure.previous, measure.change)
        for index, ((_, w), value) in enumerate(zip(columns, values, strict=True)):
            big = index == 0
            page.text(cx, row_y + (0.0 if big else label_dy), w, value, BODY_PT + 2 if big else BODY_PT,
                      bold=big, colour=INK if big or value != "–" else MUTED, align_right=True)
            cx += w
        row_y += row_h + 1.0
        page.rule(tx, row_y - 0.5, table_w, GRID, 0.4)
    row_y += 1.0 if tightest else 4.0
    before = translate("summary_pdf", "“Before”: {period}").format(period=scores.previous_period_text)
    row_y += page.text(tx, row_y, table_w, before, SMALL_PT, colour=MUTED)
    if note_lines:
        row_y += page.paragraph(tx, row_y, table_w, scores.note, SMALL_PT, note_lines, colour=MUTED)
    return max(top + 2.0 + chart_height, row_y) - y
