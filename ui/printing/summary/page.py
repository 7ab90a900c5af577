"""Drawing in points on any paint device, with measuring that matches what is drawn.

Every section of the summary and the printed safety plan is drawn through `Page`: called with no
painter it only measures, so the planner lays the page out with the very code that then draws it
(a section measured one way and drawn another would drift off the page). Layout is in points
(1/72 inch), scaled to the device, so A4, Letter, a 1200 dpi PDF and a screen preview agree.
Text is drawn as text (selectable, readable by pdftotext), shapes as vector paths.

Right to left (Arabic, Hebrew, Urdu; the ar-XB pseudo-language): the sections are laid out in
reading order from the start edge, as for English, and `Page` mirrors them in one place, where
it draws: `visual_x` turns a span measured from the start edge into one measured from the left.
So the first column is on the right, a label's figure on its left, a bullet right of its item.
The words themselves are set by Qt's bidirectional layout, with the painter's layout direction
(and QTextOption's text direction when wrapping) right to left; a line starts at the right edge.
A chart is drawn as Qt Charts draws one in a right-to-left window, not mirrored: its time runs
left to right with the scale on the left (`left_to_right`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from journal.i18n import translate
from journal.languages import current_language

from ...resources import FONT_FAMILY, SYMBOL_FAMILY, load_fonts

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
PANEL: Final = QColor("#f4f7f8")
SERIES_COLOURS: Final = {"hope": QColor("#1d7a73"), "mood": QColor("#3b6aa0"),
                         "craving": QColor("#b5792a")}

# Sizes in points.
TITLE_PT: Final = 16.0
HEADING_PT: Final = 10.5
BODY_PT: Final = 9.0
SMALL_PT: Final = 7.5
LEADING: Final = 1.16  # line height as a multiple of the font's height
INDENT: Final = 11.0  # of a bulleted item
COLUMN_GAP_PT: Final = 20.0
SECTION_GAP_PT: Final = 13.0

# Each item of a list drawn on one line is a Unicode isolate, so an Arabic or Hebrew name cannot
# pull its neighbours and the separators into its right-to-left run.
ISOLATE: Final = "\u2068{}\u2069"
# A phone number is written left to right in every language: isolated as left-to-right text, a
# right-to-left page cannot set its groups of digits in reverse order ("900870 07700").
LEFT_TO_RIGHT: Final = "\u2066{}\u2069"


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


def begin(painter: QPainter, device: QPaintDevice) -> None:
    """Start painting on `device`, or say in words why the page could not be started."""
    if not painter.begin(device):
        raise OSError(translate(
            "summary_pdf", "The page could not be started (is the file or printer available?)."))


def layout_direction() -> Qt.LayoutDirection:
    """Right to left for a language written that way: the language the page's words are in (the
    core's, so the command line, which installs no Qt translator, agrees with the app)."""
    rtl = current_language().right_to_left
    return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight


def more_text(count: int) -> str:
    """'+ 3 more': how a list that does not fit ends, so nothing is dropped silently."""
    return translate("summary_pdf", "+ %Ln more", None, count)


class Page:
    """Drawing in points on any device. With no painter it only measures.

    `width` is the width of the area drawn on (in points): a right-to-left page mirrors every
    x within it. `direction` is the page's (layout_direction() unless given).
    """

    def __init__(self, painter: QPainter | None, device: QPaintDevice, width: float = 0.0,
                 direction: Qt.LayoutDirection | None = None) -> None:
        self.painter = painter
        self.device = device
        self.scale = device.logicalDpiY() / 72.0
        self.direction = layout_direction() if direction is None else direction
        self.width = width
        self.mirrored = self.direction == Qt.LayoutDirection.RightToLeft
        self.shift = 0.0  # points added to every x drawn (a left-to-right part of a mirrored page)
        self._fonts: dict[tuple[float, bool, bool], tuple[QFont, QFontMetricsF]] = {}
        if painter is not None:
            painter.setLayoutDirection(self.direction)

    def visual_x(self, x: float, width: float = 0.0) -> float:
        """Where the span from `x` to `x + width` (measured from the start edge: the left in
        English, the right in Arabic) is drawn, as its left edge measured from the left."""
        return (self.width - x - width if self.mirrored else x) + self.shift

    def point(self, x: float, y: float) -> QPointF:
        """A point in points from the start edge, as a point on the device."""
        return QPointF(self.visual_x(x) * self.scale, y * self.scale)

    def left_to_right(self, rect: QRectF) -> Page:
        """A page that draws the part in `rect` left to right, in the place the page gives `rect`:
        for a chart, whose time runs left to right in any language (as Qt Charts draws it)."""
        part = Page(self.painter, self.device, direction=self.direction)
        part._fonts = self._fonts
        part.mirrored = False
        part.shift = self.visual_x(rect.x(), rect.width()) - rect.x()
        return part

    @property
    def measuring(self) -> bool:
        return self.painter is None

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
            # No "fi"/"ffi" ligatures: the page's words copy, search and read back (pdftotext,
            # screen readers) as the letters they are. Arabic's required forms are not affected.
            font.setFeature(QFont.Tag("liga"), 0)
            self._fonts[key] = (font, QFontMetricsF(font, self.device))
        return self._fonts[key]

    def line_height(self, size: float = BODY_PT) -> float:
        return self.font(size)[1].height() / self.scale * LEADING

    def ascent(self, size: float, bold: bool = False) -> float:
        return self.font(size, bold)[1].ascent() / self.scale

    def advance(self, text: str, size: float = BODY_PT, bold: bool = False) -> float:
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
        own: bool = False,
    ) -> float:
        """One line, elided to `width`, top at `y`; returns the line height.

        The line starts at the start edge of its span (`align_right`: ends at the end edge), so on
        a right-to-left page it is set against the right edge (`align_right`: the left).
        `own`: the person's own words, which take their direction from their first letter (as
        Qt's text fields do), so a note in English keeps its full stop at its end on an Arabic
        page, and a note in Arabic reads right to left on an English one."""
        font, metrics = self.font(size, bold, italic)
        if self.painter is not None and text:
            line = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width) * self.scale)
            if own:
                line = ISOLATE.format(line)
            left = self.visual_x(x, width)
            if align_right != self.mirrored:
                left += width - metrics.horizontalAdvance(line) / self.scale
            self.painter.setFont(font)
            self.painter.setPen(colour)
            self.painter.drawText(QPointF(left * self.scale, y * self.scale + metrics.ascent()), line)
        return self.line_height(size)

    def lines(self, text: str, size: float, width: float, max_lines: int, bold: bool = False,
              cut_suffix: str = "") -> list[str]:
        """`text` wrapped to `width`, at most `max_lines` lines. When it is cut, the last line is
        elided and, with `cut_suffix`, ends with it (" … continues in the journal")."""
        if max_lines <= 0 or not text:
            return []
        font, metrics = self.font(size, bold)
        layout = QTextLayout(text, font, self.device)
        option = QTextOption()
        option.setTextDirection(self.direction)
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
                    whole = metrics.horizontalAdvance(rest) <= width * self.scale
                    if whole or not cut_suffix:
                        out.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width * self.scale))
                    else:
                        room = width * self.scale - metrics.horizontalAdvance(cut_suffix)
                        kept = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, max(0.0, room))
                        # isolated, so right-to-left words cannot carry the suffix to the line's start
                        out.append(ISOLATE.format(kept.rstrip("…").rstrip()) + cut_suffix)
                    break
                out.append(piece(start, start + length).strip())
        finally:
            layout.endLayout()
        return out

    def line_count(self, text: str, size: float, width: float, limit: int = 200) -> int:
        """How many lines `text` takes at `width` (up to `limit`)."""
        return len(self.lines(text, size, width, limit))

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
        italic: bool = False,
        colour: QColor = INK,
        cut_suffix: str = "",
        own: bool = False,
    ) -> float:
        """Wrapped text; returns its height. `own`: the person's words (see `text`)."""
        height = 0.0
        for line in self.lines(text, size, width, max_lines, bold, cut_suffix):
            height += self.text(x, y + height, width, line, size, bold=bold, italic=italic, colour=colour,
                                own=own)
        return height

    def fit_list(self, items: Sequence[str], hidden: int, size: float, width: float,
                 separator: str = " · ", lead: str = "") -> str:
        """As many items as fit on one line, then '+ N more' for the rest (and `hidden` others).

        `lead` ("28 lists:") starts the line; at least the first item follows it, elided if need be.
        """
        if lead:
            rest = self.fit_list(items, hidden, size, width - self.advance(lead + " ", size), separator)
            return f"{lead} {rest}" if rest else lead
        isolated = [ISOLATE.format(item) for item in items]
        total = len(isolated) + hidden
        shown: list[str] = []
        for item in isolated:
            candidate = [*shown, item]
            more = total - len(candidate)
            line = separator.join(candidate) + (separator + more_text(more) if more else "")
            if self.advance(line, size) <= width:
                shown = candidate
                continue
            if not shown:  # not even one fits whole: elide the first and count the rest
                more = total - 1
                tail = separator + more_text(more) if more else ""
                inner = self.elide(item[1:-1], size, width - self.advance(tail, size) - 1.0)
                return ISOLATE.format(inner) + tail
            break
        more = total - len(shown)
        return separator.join(shown) + (separator + more_text(more) if more else "")

    # ---- shapes (all in points, from the start edge) ------------------------------------------

    def rect(self, rect: QRectF) -> QRectF:
        """`rect` on the device (mirrored on a right-to-left page)."""
        s = self.scale
        left = self.visual_x(rect.x(), rect.width())
        return QRectF(left * s, rect.y() * s, rect.width() * s, rect.height() * s)

    def rule(self, x: float, y: float, width: float, colour: QColor = FAINT, weight: float = 0.6) -> None:
        if self.painter is None:
            return
        self.painter.setPen(QPen(colour, weight * self.scale))
        left = self.visual_x(x, width)
        self.painter.drawLine(QPointF(left * self.scale, y * self.scale),
                              QPointF((left + width) * self.scale, y * self.scale))

    def vrule(self, x: float, y: float, height: float, colour: QColor = FAINT, weight: float = 0.6) -> None:
        if self.painter is None:
            return
        self.painter.setPen(QPen(colour, weight * self.scale))
        self.painter.drawLine(self.point(x, y), self.point(x, y + height))

    def box(self, rect: QRectF, *, fill: QColor | None = None, line: QColor | None = None,
            radius: float = 0.0, weight: float = 0.6, dashed: bool = False) -> None:
        if self.painter is None:
            return
        if line is not None:
            pen = QPen(line, weight * self.scale)
            if dashed:
                pen.setDashPattern([4.0, 3.0])
            self.painter.setPen(pen)
        else:
            self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(QBrush(fill) if fill else Qt.BrushStyle.NoBrush)
        if radius:
            self.painter.drawRoundedRect(self.rect(rect), radius * self.scale, radius * self.scale)
        else:
            self.painter.drawRect(self.rect(rect))


def pdf_bytes(page: str, title: str, draw: Callable[[QPdfWriter], object]) -> bytes:
    """A one-page PDF in memory, drawn by `draw(writer)`; nothing touches the disk until the
    person's chosen file is written. The metadata names no person: a fixed title and creator."""
    ensure_gui()
    buffer = QBuffer()  # owns its bytes, so nothing outlives what it points at
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(page))
    writer.setTitle(title)
    writer.setCreator(PDF_CREATOR)
    draw(writer)  # the painter's end() completes the file
    del writer  # the writer goes before the buffer it writes to
    data = bytes(buffer.data().data())
    buffer.close()
    return data
