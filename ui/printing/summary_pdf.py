"""Draw the one-page keyworker summary onto a page: a PDF file, a printer or a print preview.

`journal.summary.build_summary` decides what the page says; this module decides how it looks.
The app's print preview, its "Save as PDF…" and the command line's `summary` all call
`render_summary`, so every route prints the same page.

Why QPainter by hand rather than HTML in a QTextDocument: the page must be exactly one page
whatever the journal holds, so every block is measured before it is drawn and every list is cut
to the space left, ending with "+ N more". Text is drawn as text (selectable, readable by
pdftotext) and the chart as vector paths. Layout is worked out in points (1/72 inch) and scaled to
the device, so A4, Letter, a 1200 dpi PDF and a screen-resolution preview give the same page.

Long because it is one page (~900 lines). Each block (header, scores, chart, triggers, support,
agenda, excerpts) is measured and drawn by the same few functions, and `_plan` fits them together
into exactly one page; split apart, the measuring and the drawing of a block would drift.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from journal import files
from journal.stats import DayPoint
from journal.summary import (
    Agenda,
    Connection,
    Excerpt,
    Gratitude,
    Scores,
    SummaryContent,
    Support,
    Triggers,
    plural,
    short_date,
)

from ..resources import FONT_FAMILY, SYMBOL_FAMILY, load_fonts

PDF_TITLE: Final = "Recovery Journal summary"
PDF_CREATOR: Final = "Recovery Journal"
MARGINS_MM: Final = QMarginsF(16, 14, 16, 12)  # left, top, right, bottom
PDF_DPI: Final = 1200

# The shipped families first; the others only supply letters they lack (Arabic, Hebrew, CJK, emoji
# in a person's own words), before Qt's own per-script fallback.
FAMILIES: Final = [FONT_FAMILY, SYMBOL_FAMILY, "Segoe UI", "Helvetica Neue", "Arial", "DejaVu Sans"]

INK: Final = QColor("#1c2a32")
MUTED: Final = QColor("#5d6a72")
FAINT: Final = QColor("#c5ced3")
GRID: Final = QColor("#e4e9ec")
ACCENT: Final = QColor("#1d6b66")
TINT: Final = QColor("#e7f2f0")
SERIES_COLOURS: Final = {"hope": QColor("#1d7a73"), "mood": QColor("#3b6aa0"),
                         "craving": QColor("#b5792a")}

# Sizes in points.
TITLE_PT: Final = 16.0
HEADING_PT: Final = 10.5
BODY_PT: Final = 9.0
SMALL_PT: Final = 7.5
LEADING: Final = 1.16  # line height as a multiple of the font's height
SECTION_GAP: Final = 13.0
COLUMN_GAP: Final = 20.0
CHART_HEIGHT: Final = 112.0
CHART_POINTS: Final = 92  # longer periods are drawn as weekly or 30-day means
EXCERPT_GAP: Final = 4.0
NOTES_MIN: Final = 64.0
NOTES_SPACING: Final = 20.0
EXCERPT_LINES: Final = 7  # at most, per ticked entry


@dataclass(frozen=True)
class RenderReport:
    """What the layout did, for tests: the page is one page and nothing spilled off it."""

    page_height: float
    used_height: float
    overflowed: bool


def page_size(page: str) -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.Letter if page == "letter" else QPageSize.PageSizeId.A4)


def page_layout(page: str) -> QPageLayout:
    """The page the summary is designed for: A4 or Letter, portrait, with its margins."""
    return QPageLayout(
        page_size(page), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
    )


_app: QGuiApplication | None = None


def ensure_gui() -> None:
    """Fonts and painting need a QGuiApplication; the command line has none (offscreen is fine).

    The page's own fonts (Noto Sans, shipped in resources/fonts/) are registered here, the first
    time a page is drawn, so the page lays out the same whatever fonts the computer has.
    """
    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication([])
    load_fonts()


# ---- text helpers -----------------------------------------------------------------------------


class _Page:
    """Drawing in points on any device, with measuring that matches what is drawn.

    With no painter it only measures: the same code lays the page out and then draws it.
    """

    def __init__(self, painter: QPainter | None, device: QPaintDevice) -> None:
        self.painter = painter
        self.device = device
        self.scale = device.logicalDpiY() / 72.0
        self._fonts: dict[tuple[float, bool, bool], tuple[QFont, QFontMetricsF]] = {}

    def font(self, size: float, bold: bool = False, italic: bool = False) -> tuple[QFont, QFontMetricsF]:
        key = (size, bold, italic)
        if key not in self._fonts:
            font = QFont()
            font.setFamilies(FAMILIES)
            font.setPointSizeF(size)
            # Bold, not DemiBold: the shipped family has no semi-bold, and a computer with one
            # installed would otherwise set the headings in narrower letters than everyone else.
            font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
            font.setItalic(italic)
            font.setKerning(True)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            self._fonts[key] = (font, QFontMetricsF(font, self.device))
        return self._fonts[key]

    def line_height(self, size: float) -> float:
        return self.font(size)[1].height() / self.scale * LEADING

    def ascent(self, size: float, bold: bool = False) -> float:
        return self.font(size, bold)[1].ascent() / self.scale

    def advance(self, text: str, size: float, bold: bool = False) -> float:
        return self.font(size, bold)[1].horizontalAdvance(text) / self.scale

    def elide(self, text: str, size: float, width: float, bold: bool = False) -> str:
        metrics = self.font(size, bold)[1]
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width) * self.scale)

    def text(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        size: float = BODY_PT,
        *,
        bold: bool = False,
        italic: bool = False,
        colour: QColor = INK,
        align_right: bool = False,
    ) -> float:
        """One line, elided to `width`, top at `y`; returns the line height."""
        font, metrics = self.font(size, bold, italic)
        line = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width) * self.scale)
        if self.painter is not None and line:
            left = x
            if align_right:
                left = x + width - metrics.horizontalAdvance(line) / self.scale
            self.painter.setFont(font)
            self.painter.setPen(colour)
            self.painter.drawText(QPointF(left * self.scale, y * self.scale + metrics.ascent()), line)
        return self.line_height(size)

    def lines(self, text: str, size: float, width: float, max_lines: int, bold: bool = False) -> list[str]:
        """`text` wrapped to `width`, at most `max_lines` lines, the last one elided if cut."""
        if max_lines <= 0 or not text:
            return []
        font, metrics = self.font(size, bold)
        layout = QTextLayout(text, font, self.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        units = text.encode("utf-16-le")  # QTextLayout counts UTF-16 code units, not characters

        def piece(start: int, end: int | None = None) -> str:
            chunk = units[start * 2 :] if end is None else units[start * 2 : end * 2]
            return chunk.decode("utf-16-le", errors="ignore")

        out: list[str] = []
        layout.beginLayout()
        try:
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width * self.scale)
                start, length = line.textStart(), line.textLength()
                if len(out) == max_lines - 1:
                    rest = piece(start).strip()
                    out.append(
                        metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width * self.scale)
                    )
                    break
                out.append(piece(start, start + length).strip())
        finally:
            layout.endLayout()
        return out

    def paragraph(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        size: float = BODY_PT,
        max_lines: int = 3,
        *,
        bold: bool = False,
        colour: QColor = INK,
    ) -> float:
        """Wrapped text; returns its height."""
        height = 0.0
        for line in self.lines(text, size, width, max_lines, bold):
            height += self.text(x, y + height, width, line, size, bold=bold, colour=colour)
        return height

    def fit_list(self, items: Sequence[str], hidden: int, size: float, width: float,
                 separator: str = " · ") -> str:
        """As many items as fit on one line, then '+ N more' for the rest (and `hidden` others).

        Each item is a Unicode isolate, so an Arabic or Hebrew name cannot pull its neighbours
        and the separators into its right-to-left run.
        """
        items = [f"\u2068{item}\u2069" for item in items]
        total = len(items) + hidden
        shown: list[str] = []
        for item in items:
            candidate = [*shown, item]
            more = total - len(candidate)
            line = separator.join(candidate) + (f"{separator}+ {more:,} more" if more else "")
            if self.advance(line, size) <= width:
                shown = candidate
                continue
            if not shown:  # not even one fits whole: elide the first and count the rest
                more = total - 1
                tail = f"{separator}+ {more:,} more" if more else ""
                inner = self.elide(item[1:-1], size, width - self.advance(tail, size) - 1.0)
                return f"\u2068{inner}\u2069{tail}"
            break
        more = total - len(shown)
        return separator.join(shown) + (f"{separator}+ {more:,} more" if more else "")

    # ---- shapes (all in points) ---------------------------------------------------------------

    def rect(self, rect: QRectF) -> QRectF:
        s = self.scale
        return QRectF(rect.x() * s, rect.y() * s, rect.width() * s, rect.height() * s)

    def rule(self, x: float, y: float, width: float, colour: QColor = FAINT, weight: float = 0.6) -> None:
        if self.painter is None:
            return
        self.painter.setPen(QPen(colour, weight * self.scale))
        self.painter.drawLine(QPointF(x * self.scale, y * self.scale),
                              QPointF((x + width) * self.scale, y * self.scale))

    def box(self, rect: QRectF, *, fill: QColor | None = None, line: QColor | None = None,
            radius: float = 0.0, weight: float = 0.6) -> None:
        if self.painter is None:
            return
        self.painter.setPen(QPen(line, weight * self.scale) if line else Qt.PenStyle.NoPen)
        self.painter.setBrush(QBrush(fill) if fill else Qt.BrushStyle.NoBrush)
        if radius:
            self.painter.drawRoundedRect(self.rect(rect), radius * self.scale, radius * self.scale)
        else:
            self.painter.drawRect(self.rect(rect))


# ---- sections: each draws at (x, y) within `width` and returns the height it took -------------
# Called twice: with no painter to measure, then with one to draw, so the plan always matches.


def _heading(page: _Page, x: float, y: float, width: float, title: str) -> float:
    height = page.text(x, y, width, title, HEADING_PT, bold=True, colour=ACCENT)
    page.rule(x, y + height - 1.0, width, FAINT, 0.5)
    return height + 4.0


def _empty(page: _Page, x: float, y: float, width: float, words: str) -> float:
    return page.text(x, y, width, words, BODY_PT, italic=True, colour=MUTED)


def _label_value_rows(page: _Page, x: float, y: float, width: float,
                      rows: Sequence[tuple[str, str]], value_width: float = 44.0) -> float:
    height = 0.0
    for label, value in rows:
        page.text(x, y + height, width - value_width, label, BODY_PT, colour=MUTED)
        height += page.text(x + width - value_width, y + height, value_width, value, BODY_PT,
                            bold=True, align_right=True)
    return height


def _draw_header(page: _Page, content: SummaryContent, x: float, y: float, width: float) -> float:
    header = content.header
    if not content.show_header:  # a plain title line keeps the figures tied to their period
        height = page.text(x, y, width, f"{header.title} · {header.period_text}", BODY_PT,
                           bold=True)
        page.rule(x, y + height + 2.0, width, ACCENT, 0.8)
        return height + 8.0
    pill_text = header.shared_text
    pill_w = page.advance(pill_text, SMALL_PT, True) + 14.0
    title_h = page.text(x, y, width - pill_w - 12.0, header.title, TITLE_PT, bold=True)
    pill_h = page.line_height(SMALL_PT) + 3.0
    pill = QRectF(x + width - pill_w, y + (title_h - pill_h) / 2 - 1.0, pill_w, pill_h)
    page.box(pill, fill=TINT, radius=pill_h / 2)
    # centred in the pill, with room to spare: small text at screen resolution runs wider
    text_w = page.advance(pill_text, SMALL_PT, True)
    page.text(pill.center().x() - text_w / 2 - 3.0, pill.y() + 2.1, text_w + 6.0, pill_text,
              SMALL_PT, bold=True, colour=ACCENT)
    y0 = y + title_h + 4.0

    fields = [("Name", header.name), ("Keyworker", header.keyworker),
              ("Period", header.period_text), ("Printed", header.printed_text)]
    fields = [(label, value) for label, value in fields if value]
    gap = 18.0
    # each field as wide as its label or value; "Printed" sits at the right edge
    widths = {
        label: max(page.advance(label.upper(), SMALL_PT - 0.5, True),
                   page.advance(value, BODY_PT + 0.5)) + 2.0
        for label, value in fields
    }
    over = sum(widths.values()) + gap * (len(fields) - 1) - width
    names = [label for label in ("Name", "Keyworker") if label in widths]
    if over > 0 and names:  # the longest name gives way first (water-filling to a cap)
        remaining = sum(widths[n] for n in names) - over
        cap = max(widths[n] for n in names)
        ordered = sorted(widths[n] for n in names)
        for index, need in enumerate(ordered):
            if need * (len(ordered) - index) <= remaining:
                remaining -= need
                continue
            cap = remaining / (len(ordered) - index)
            break
        for name_label in names:
            widths[name_label] = min(widths[name_label], max(cap, 60.0))
        over = sum(widths.values()) + gap * (len(fields) - 1) - width
    if over > 0 and "Period" in widths:  # then the period (elided, rarely needed)
        widths["Period"] = max(60.0, widths["Period"] - over)
    if "Printed" in widths and len(fields) > 1:
        spare = width - sum(widths.values()) - gap * (len(fields) - 1)
        widths[fields[-2][0]] += max(0.0, spare)
    column_x = x
    label_h = page.line_height(SMALL_PT - 0.5)
    value_h = page.line_height(BODY_PT + 0.5)
    for label, value in fields:
        w = widths[label]
        page.text(column_x, y0, w, label.upper(), SMALL_PT - 0.5, bold=True, colour=MUTED)
        page.text(column_x, y0 + label_h, w, value, BODY_PT + 0.5)
        column_x += w + gap
    bottom = y0 + (label_h + value_h if fields else 0.0) + 4.0
    page.rule(x, bottom, width, ACCENT, 0.9)
    return bottom + 2.0 - y


def _buckets(series: Sequence[DayPoint]) -> tuple[list[tuple[str, dict[str, float | None]]], str]:
    """Points for the chart: each day, or weekly/monthly means of a long period's check-ins."""
    if len(series) <= CHART_POINTS:
        return [(p.day, {"hope": p.hope, "mood": p.mood, "craving": p.craving}) for p in series], \
            "Daily averages"
    size = 7 if len(series) <= CHART_POINTS * 7 else 30
    words = "Weekly averages" if size == 7 else "Averages per 30 days"
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


def _draw_chart(page: _Page, scores: Scores, rect: QRectF) -> None:
    painter = page.painter
    if painter is None:
        return
    s = page.scale
    axis_w = 14.0
    plot = QRectF(rect.x() + axis_w, rect.y() + 4.0, rect.width() - axis_w - 4.0,
                  rect.height() - 4.0 - page.line_height(SMALL_PT) - 3.0)
    # scale lines at 0, 5 and 10 with their numbers
    for value in (0, 5, 10):
        gy = plot.bottom() - plot.height() * value / 10
        page.rule(plot.x(), gy, plot.width(), FAINT if value == 0 else GRID, 0.5)
        number_h = page.line_height(SMALL_PT) / LEADING
        page.text(rect.x(), gy - number_h / 2 - 0.8, axis_w - 4.0, str(value), SMALL_PT,
                  colour=MUTED, align_right=True)
    points, words = _buckets(scores.series)
    if not points:
        return
    count = len(points)
    step = plot.width() / count
    # the days along the bottom: first, last and a few between
    label_y = plot.bottom() + 3.0
    first = dt.date.fromisoformat(points[0][0])
    last = dt.date.fromisoformat(scores.series[-1].day)
    if count > 1:
        years = first.year != last.year
        page.text(plot.x(), label_y, plot.width() / 2,
                  short_date(first) + (f" {first.year}" if years else ""), SMALL_PT, colour=MUTED)
        page.text(plot.x() + plot.width() / 2, label_y, plot.width() / 2,
                  short_date(last) + (f" {last.year}" if years else ""), SMALL_PT, colour=MUTED,
                  align_right=True)
    middle = words if count > 1 else f"{short_date(last)} {last.year}"
    middle_w = page.advance(middle, SMALL_PT) + 2.0
    page.text(plot.center().x() - middle_w / 2, label_y, middle_w, middle, SMALL_PT, colour=MUTED)
    if count <= 62:  # a small tick under each day
        for index in range(count):
            tx = plot.x() + step * (index + 0.5)
            page.rule(tx - 0.0, plot.bottom(), 0.0, FAINT)
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
            point = QPointF((plot.x() + step * (index + 0.5)) * s,
                            (plot.bottom() - plot.height() * score / 10) * s)
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


def _draw_scores(page: _Page, scores: Scores, x: float, y: float, width: float) -> float:
    height = _heading(page, x, y, width, "Hope, mood and craving")
    top = y + height
    table_w = min(208.0, width * 0.42)
    chart_w = width - table_w - COLUMN_GAP
    chart = QRectF(x, top + 2.0, chart_w, CHART_HEIGHT)
    if scores.checkins:
        _draw_chart(page, scores, chart)
    else:
        page.box(QRectF(x, top + 2.0, chart_w, CHART_HEIGHT - 6.0), fill=QColor("#f4f7f8"),
                 radius=4.0)
        words = "No check-ins in this period yet."
        words_w = page.advance(words, BODY_PT) + 2
        page.text(x + (chart_w - words_w) / 2, top + CHART_HEIGHT / 2 - 6.0, words_w, words,
                  BODY_PT, italic=True, colour=MUTED)

    tx = x + chart_w + COLUMN_GAP
    columns = (("Average", 46.0), ("Before", 42.0), ("Change", 54.0))
    name_w = table_w - sum(w for _, w in columns)
    row_y = top + 2.0
    cx = tx + name_w
    for title, w in columns:
        page.text(cx, row_y, w, title.upper(), SMALL_PT - 0.5, bold=True, colour=MUTED,
                  align_right=True)
        cx += w
    row_y += page.line_height(SMALL_PT) + 2.0
    page.rule(tx, row_y, table_w, FAINT, 0.5)
    row_y += 3.0
    for measure in scores.measures:
        row_h = page.line_height(BODY_PT + 2)
        swatch_y = row_y + row_h / 2 - 1.0
        if page.painter is not None:
            pen = QPen(SERIES_COLOURS[measure.key], (2.2 if measure.key == "hope" else 1.6)
                       * page.scale)
            if measure.key == "craving":
                pen.setDashPattern([2.0, 1.5])
            page.painter.setPen(pen)
            page.painter.drawLine(QPointF(tx * page.scale, swatch_y * page.scale),
                                  QPointF((tx + 11.0) * page.scale, swatch_y * page.scale))
        label_dy = (page.line_height(BODY_PT + 2) - page.line_height(BODY_PT)) / 2 + 0.6
        page.text(tx + 16.0, row_y + label_dy, name_w - 16.0, measure.label, BODY_PT,
                  bold=measure.key == "hope")
        cx = tx + name_w
        values = (measure.average, measure.previous, measure.change)
        for (_, w), value in zip(columns, values, strict=True):
            big = value is measure.average
            page.text(cx, row_y + (0.0 if big else label_dy), w, value,
                      BODY_PT + 2 if big else BODY_PT, bold=big,
                      colour=INK if big or value != "–" else MUTED, align_right=True)
            cx += w
        row_y += row_h + 1.0
        page.rule(tx, row_y - 0.5, table_w, GRID, 0.4)
    row_y += 4.0
    note = (
        f"{plural(scores.checkins, 'check-in')} on {scores.days_with_checkins:,} of"
        f" {plural(scores.days, 'day')}, each scored 0 to 10. " if scores.checkins else ""
    ) + f"“Before” is the previous period of the same length: {scores.previous_period_text}."
    row_y += page.paragraph(tx, row_y, table_w, note, SMALL_PT, 4, colour=MUTED)
    return max(top + 2.0 + CHART_HEIGHT, row_y) - y


def _draw_connection(page: _Page, c: Connection, x: float, y: float, width: float) -> float:
    height = _heading(page, x, y, width, "Time with others in recovery")
    if not c.days_with_checkins:
        return height + _empty(page, x, y + height, width, "No check-ins in this period yet.")
    big = f"{c.peer_days:,}"
    big_w = page.advance(big, TITLE_PT, True) + 5.0
    page.text(x, y + height - 1.0, big_w, big, TITLE_PT, bold=True, colour=ACCENT)
    words = f"of {plural(c.days, 'day')} I spent time with someone in recovery"
    # the words sit on the big number's baseline
    drop = page.ascent(TITLE_PT, True) - page.ascent(BODY_PT)
    text_h = page.paragraph(x + big_w, y + height - 1.0 + drop, width - big_w, words, BODY_PT, 2)
    height += max(page.line_height(TITLE_PT), drop + text_h) + 1.0
    if 0 < len(c.day_marks) <= 62:  # one square per day, filled on connection days
        size = min(7.0, (width + 2.0) / len(c.day_marks) - 2.0)
        for index, mark in enumerate(c.day_marks):
            square = QRectF(x + index * (size + 2.0), y + height, size, size)
            page.box(square, fill=ACCENT if mark else None, line=None if mark else FAINT,
                     radius=1.2, weight=0.6)
        height += size + 6.0
    height += _label_value_rows(page, x, y + height, width, (
        ("Average hope on those days", c.hope_on_peer_days),
        ("Average hope on the other days", c.hope_on_other_days),
    ))
    return height


def _draw_triggers(page: _Page, t: Triggers, x: float, y: float, width: float,
                   max_lines: int = 4) -> float:
    height = _heading(page, x, y, width, "Triggers")
    if not t.count:
        return height + _empty(page, x, y + height, width, "No triggers noted in this period.")
    height += _label_value_rows(page, x, y + height, width, (
        ("Triggers noted", f"{t.count:,}"),
        ("Average craving intensity (0–10)", t.average_intensity),
    ))
    height += 2.0
    label_w = max(page.advance(label, BODY_PT) for label in ("Most often", "Outcomes")) + 8.0
    rows = (("Most often", [f"{name} {n:,}" for name, n in t.categories]),
            ("Outcomes", [f"{name} {n:,}" for name, n in t.outcomes]))
    for label, items in rows:
        page.text(x, y + height, label_w, label, BODY_PT, colour=MUTED)
        height += page.text(x + label_w, y + height, width - label_w,
                            page.fit_list(items, 0, BODY_PT, width - label_w), BODY_PT)
    if t.responses:
        height += 2.0
        height += page.text(x, y + height, width, "What helped when I got through it",
                            BODY_PT, colour=MUTED)
        height += _bullets(page, x, y + height, width,
                           [f"{r} ({n:,})" for r, n in t.responses], t.more_responses, max_lines)
    return height


def _bullets(page: _Page, x: float, y: float, width: float, items: Sequence[str], hidden: int,
             max_lines: int, *, box: bool = False, item_lines: int = 1) -> float:
    """A list, one item a line (or up to `item_lines`), ending with '+ N more' when cut.

    The last line is kept for '+ N more' whenever anything would be left out, so the reader
    always knows the list goes on.
    """
    line_h = page.line_height(BODY_PT)
    indent = 11.0
    height = 0.0
    total = len(items) + hidden
    used = shown = 0
    for index, item in enumerate(items):
        lines_left = max_lines - used - (1 if total - index - 1 else 0)
        if lines_left <= 0:
            break
        wrapped = page.lines(item, BODY_PT, width - indent, min(item_lines, lines_left))
        if page.painter is not None:
            if box:  # an empty box to tick in the session
                side = 6.4
                page.box(QRectF(x + 0.5, y + height + (line_h - side) / 2 - 0.4, side, side),
                         line=MUTED, radius=1.0, weight=0.7)
            else:
                page.box(QRectF(x + 2.0, y + height + line_h / 2 - 1.9, 3.0, 3.0),
                         fill=FAINT.darker(130), radius=1.5)
        for line in wrapped:
            height += page.text(x + indent, y + height, width - indent, line, BODY_PT)
        used += max(1, len(wrapped))
        shown += 1
    more = total - shown
    if more:
        height += page.text(x + indent, y + height, width - indent, f"+ {more:,} more", BODY_PT,
                            colour=MUTED)
    return height


def _draw_gratitude(page: _Page, g: Gratitude, x: float, y: float, width: float,
                    max_lines: int = 5) -> float:
    height = _heading(page, x, y, width, "Gratitude")
    if not g.items:
        return height + _empty(page, x, y + height, width, "No gratitude lists in this period yet.")
    height += page.text(x, y + height, width,
                        f"{plural(g.lists, 'gratitude list')} in this period. The most recent:",
                        BODY_PT, colour=MUTED)
    return height + _bullets(page, x, y + height, width, [text for _, text in g.items],
                             g.more_items, max_lines)


def _draw_support(page: _Page, s: Support, x: float, y: float, width: float) -> float:
    height = _heading(page, x, y, width, "Support network")
    if not s.total:
        return height + _empty(page, x, y + height, width, "No support contacts added yet.")
    height += page.text(x, y + height, width,
                        f"{plural(s.total, 'person', 'people')} in my support network",
                        BODY_PT, colour=MUTED)
    if s.names_shown:
        label_w = max(page.advance(f"{g.label} {g.count:,}", BODY_PT) for g in s.roles) + 8.0
        label_w = min(label_w, width * 0.45)
        for group in s.roles:
            page.text(x, y + height, label_w, f"{group.label} {group.count:,}", BODY_PT, bold=True)
            names = page.fit_list(list(group.names[:60]), max(0, len(group.names) - 60), BODY_PT,
                                  width - label_w, ", ")
            height += page.text(x + label_w, y + height, width - label_w, names, BODY_PT)
        return height
    half = (width - 12.0) / 2
    rows = (len(s.roles) + 1) // 2
    for index, group in enumerate(s.roles):
        column, row = divmod(index, rows)
        cx = x + column * (half + 12.0)
        cy = y + height + row * page.line_height(BODY_PT)
        page.text(cx, cy, half - 28.0, group.label, BODY_PT)
        page.text(cx + half - 28.0, cy, 28.0, f"{group.count:,}", BODY_PT, bold=True,
                  align_right=True)
    return height + rows * page.line_height(BODY_PT)


def _draw_agenda(page: _Page, a: Agenda, x: float, y: float, width: float, max_lines: int) -> float:
    height = _heading(page, x, y, width, "What I want to talk about")
    if not a.items:
        height += _empty(page, x, y + height, width, "Nothing added yet.")
        return height
    return height + _bullets(page, x, y + height, width, a.items, a.more_items,
                             max(1, max_lines), box=True, item_lines=2)


def _excerpt_fit(page: _Page, shown_max: int, total: int, room: float) -> tuple[int, int]:
    """(entries shown, lines of text each) for the room left: fewer entries, never unreadable."""
    line_h = page.line_height(BODY_PT)
    head_h = page.line_height(SMALL_PT) + EXCERPT_GAP
    for shown in range(shown_max, 0, -1):
        more_h = line_h if total > shown else 0.0
        each = int(((room - more_h) / shown - head_h) // line_h)
        if each >= 2 or (shown == 1 and each >= 1):
            return shown, min(each, EXCERPT_LINES)
    return 0, 0


def _draw_excerpts(page: _Page, excerpts: Sequence[Excerpt], hidden: int, x: float, y: float,
                   width: float, available: float) -> float:
    height = _heading(page, x, y, width, "From my journal, chosen to share")
    total = len(excerpts) + hidden
    shown, each = _excerpt_fit(page, len(excerpts), total, available - height)
    for excerpt in excerpts[:shown]:
        height += page.text(x, y + height, width, excerpt.heading, SMALL_PT, bold=True,
                            colour=MUTED)
        height += page.paragraph(x, y + height, width, excerpt.text or "(no words written)",
                                 BODY_PT, each) + EXCERPT_GAP
    if total > shown:
        height += page.text(x, y + height, width, f"+ {total - shown:,} more chosen entries", BODY_PT,
                            colour=MUTED)
    return height


def _excerpts_minimum(page: _Page, count: int) -> float:
    """Room for the heading, one entry with two lines and '+ N more'."""
    if not count:
        return 0.0
    return (page.line_height(HEADING_PT) + 4.0 + page.line_height(SMALL_PT) + EXCERPT_GAP
            + 3 * page.line_height(BODY_PT))


def _footer(page: _Page, x: float, bottom: float, width: float) -> float:
    words = ("Made with Recovery Journal on my own computer. Averages are over every check-in in"
             " the period; changes compare with the period of the same length just before.")
    lines = page.lines(words, SMALL_PT - 0.5, width, 2)
    h = page.line_height(SMALL_PT - 0.5) * len(lines)
    top = bottom - h
    page.rule(x, top - 4.0, width, FAINT, 0.5)
    for line in lines:
        top += page.text(x, top, width, line, SMALL_PT - 0.5, colour=MUTED)
    return h + 6.0


# ---- the page -----------------------------------------------------------------------------------


def _draw_notes(page: _Page, x: float, y: float, width: float, bottom: float) -> None:
    """Spare room becomes ruled lines for the session, so the page never looks unfinished."""
    height = _heading(page, x, y, width, "Notes from our session")
    line_y = y + height + NOTES_SPACING
    while line_y <= bottom - 2.0:
        page.rule(x, line_y, width, GRID, 0.6)
        line_y += NOTES_SPACING


@dataclass(frozen=True)
class _Fit:
    """How many lines the shorter lists may take; tried from generous to tight until all fits."""

    responses: int
    gratitude: int


FITS: Final = (_Fit(6, 8), _Fit(4, 5), _Fit(3, 3), _Fit(2, 2))


def _plan(page: _Page, content: SummaryContent, width: float, height: float,
          fit: _Fit) -> RenderReport:
    """Lay the page out top to bottom; with no painter this only measures."""
    x, y = 0.0, 0.0
    bottom = height - _footer(page, x, height, width) - 6.0
    y += _draw_header(page, content, x, y, width) + SECTION_GAP - 2.0
    if content.scores is not None:
        y += _draw_scores(page, content.scores, x, y, width) + SECTION_GAP

    column_w = (width - COLUMN_GAP) / 2
    Block = Callable[[float, float], float]  # (left, top) -> height
    left: list[Block] = []
    right: list[Block] = []
    if content.connection is not None:
        connection = content.connection
        left.append(lambda bx, top: _draw_connection(page, connection, bx, top, column_w))
    if content.triggers is not None:
        triggers = content.triggers
        left.append(lambda bx, top: _draw_triggers(page, triggers, bx, top, column_w,
                                                   fit.responses))
    if content.gratitude is not None:
        gratitude = content.gratitude
        right.append(lambda bx, top: _draw_gratitude(page, gratitude, bx, top, column_w,
                                                     fit.gratitude))
    if content.support is not None:
        support = content.support
        right.append(lambda bx, top: _draw_support(page, support, bx, top, column_w))
    if not right and len(left) == 2:  # keep two columns when one side is switched off
        right = [left.pop()]
    elif not left and len(right) == 2:
        left = [right.pop(0)]
    column_bottom = y
    for column, cx in ((left, x), (right, x + column_w + COLUMN_GAP)):
        cy = y
        for index, block in enumerate(column):
            cy += block(cx, cy) + (SECTION_GAP if index + 1 < len(column) else 0.0)
        column_bottom = max(column_bottom, cy)
    if left or right:
        y = column_bottom + SECTION_GAP

    line_h = page.line_height(BODY_PT)
    excerpts = content.excerpts or ()
    ticked = len(excerpts) + content.more_excerpts
    reserve = _excerpts_minimum(page, ticked)
    overflowed = False
    if content.agenda is not None:
        heading_h = page.line_height(HEADING_PT) + 4.0
        room = bottom - y - (reserve + SECTION_GAP if ticked else 0.0)
        if ticked:  # share the space: the agenda takes up to half when entries are ticked
            room = max(min(room, (bottom - y) * 0.5), heading_h + 2 * line_h)
        lines = int((room - heading_h) // line_h)
        wanted = 3 if content.agenda.items else 1
        overflowed = lines < min(wanted, len(content.agenda.items) or 1)
        y += _draw_agenda(page, content.agenda, x, y, width, lines)
        if ticked:
            y += SECTION_GAP
    if ticked:
        overflowed = overflowed or bottom - y < reserve
        y += _draw_excerpts(page, excerpts, content.more_excerpts, x, y, width, bottom - y)
    overflowed = overflowed or y > bottom + 0.5
    if not overflowed and bottom - y - SECTION_GAP >= NOTES_MIN:
        _draw_notes(page, x, y + SECTION_GAP, width, bottom)
    return RenderReport(page_height=height, used_height=y, overflowed=overflowed)


def render_summary(content: SummaryContent, target: QPagedPaintDevice) -> RenderReport:
    """Draw the summary on the target's current page (it never adds a page).

    The target's page layout is used as it is: `write_summary_pdf` and the print preview set A4 or
    Letter with `page_layout` first, and a printer may have chosen its own paper.
    """
    dpi = target.logicalDpiY()
    paint = target.pageLayout().paintRectPixels(dpi)
    return _render(content, target, QRectF(0, 0, paint.width(), paint.height()), dpi)


def render_summary_image(content: SummaryContent, width_px: int) -> QImage:
    """The page as a picture `width_px` wide, for the in-app preview (same layout as the PDF)."""
    layout = page_layout(content.page)
    full = layout.fullRectPoints()
    paint = layout.paintRectPoints()
    dpi = width_px / (full.width() / 72.0)
    image = QImage(width_px, round(full.height() / 72.0 * dpi), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    dpi = image.logicalDpiY()  # what the fonts will use, rounded as Qt rounds it
    scale = dpi / 72.0
    area = QRectF(paint.x() * scale, paint.y() * scale, paint.width() * scale,
                  paint.height() * scale)
    _render(content, image, area, dpi)
    return image


def _render(content: SummaryContent, device: QPaintDevice, area: QRectF, dpi: float) -> RenderReport:
    """Measure with ever tighter lists until everything fits, then draw once into `area`."""
    ensure_gui()
    scale = dpi / 72.0
    width, height = area.width() / scale, area.height() / scale
    measure = _Page(None, device)
    fit = FITS[-1]
    report = RenderReport(page_height=height, used_height=0.0, overflowed=True)
    for fit in FITS:  # the most generous lists that leave the agenda and excerpts their room
        report = _plan(measure, content, width, height, fit)
        if not report.overflowed:
            break
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("The page could not be started (is the file or printer available?).")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.translate(area.topLeft())
        painter.setClipRect(QRectF(0, 0, area.width(), area.height()))
        _plan(_Page(painter, device), content, width, height, fit)
    finally:
        painter.end()
    return report


def summary_pdf_bytes(content: SummaryContent) -> tuple[bytes, RenderReport]:
    """The PDF in memory: nothing touches the disk until the person's chosen file is written.

    The metadata names no person: a fixed title and creator, and no author.
    """
    ensure_gui()
    buffer = QBuffer()  # owns its bytes, so nothing outlives what it points at
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(content.page))
    writer.setTitle(PDF_TITLE)
    writer.setCreator(PDF_CREATOR)
    report = render_summary(content, writer)  # the painter's end() completes the file
    del writer  # the writer goes before the buffer it writes to
    pdf = bytes(buffer.data().data())
    buffer.close()
    return pdf, report


def write_summary_pdf(content: SummaryContent, path: Path | str) -> RenderReport:
    """Write the one-page PDF to `path` and nowhere else: whole or not at all, readable by the
    person alone (journal.files; its temporary name sits beside `path`, never in another folder)."""
    pdf, report = summary_pdf_bytes(content)
    files.write_atomically(Path(path), pdf)
    return report
