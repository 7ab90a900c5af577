"""Draw the recovery key's one-page sheet: a PDF, a printer, or a picture for the screen.

`journal.recovery_sheet.build_sheet` decides what the sheet says; this module decides how it looks,
with the summary's page set-up, fonts and colours (summary_pdf.py), so the two pages are alike.
The key is drawn as one line of real text (`Recovery key: …`, selectable, read back by pdftotext
in the tests) with each group's number under it, because a typo is reported by its group.
The layout fits inside both A4 and Letter, whichever the page is.

In a right-to-left language the sheet is mirrored as the summary is (summary/page.py): lines
start at the right edge, the line to write on follows its label leftwards; the key keeps its
letters in order (Qt's bidirectional layout) and each number sits under its group wherever the
layout put the group.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from journal import files, localformat
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.recovery_sheet import RecoverySheet

from .summary.page import (
    ACCENT,
    FAINT,
    FAMILIES,
    INK,
    MUTED,
    PDF_CREATOR,
    PDF_DPI,
    TINT,
    begin,
    ensure_gui,
    layout_direction,
    page_layout,
)

# The title a PDF viewer shows in its title bar (and a printer's job list); never the key itself.
PDF_TITLE: Final = QT_TRANSLATE_NOOP("recovery_sheet", "Recovery Journal recovery key")
KEY_PT: Final = 15.0
KEY_MIN_PT: Final = 9.0
TITLE_PT: Final = 20.0
HEADING_PT: Final = 11.5
BODY_PT: Final = 10.5
SMALL_PT: Final = 8.5
# The page is laid out within the smaller of A4 and Letter (A4's width, Letter's height), so the
# same sheet fits either paper however a printer chooses.
MAX_WIDTH_PT: Final = 595.0 - 2 * 45.0
MAX_HEIGHT_PT: Final = 792.0 - 2 * 40.0


class _Sheet:
    """Drawing in points (1/72 inch) on any device; with no painter it only measures.

    x is measured from the start edge of the `width` drawn on: from the right, right to left."""

    def __init__(self, painter: QPainter | None, device: QPaintDevice, width: float) -> None:
        self.painter = painter
        self.device = device
        self.scale = device.logicalDpiY() / 72.0
        self.width = width
        self.direction = layout_direction()
        self.mirrored = self.direction == Qt.LayoutDirection.RightToLeft
        if painter is not None:
            painter.setLayoutDirection(self.direction)

    def visual_x(self, x: float, width: float = 0.0) -> float:
        """The left edge, from the left, of the span from `x` to `x + width` (see class)."""
        return self.width - x - width if self.mirrored else x

    def font(self, size: float, bold: bool = False) -> tuple[QFont, QFontMetricsF]:
        font = QFont()
        font.setFamilies(FAMILIES)
        font.setPointSizeF(size)
        font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font, QFontMetricsF(font, self.device)

    def line(self, x: float, y: float, text: str, size: float, *, bold: bool = False,
             colour: QColor = INK) -> float:
        """One line of text, top at `y`, starting at `x`; returns its height."""
        font, metrics = self.font(size, bold)
        if self.painter is not None:
            left = self.visual_x(x, metrics.horizontalAdvance(text) / self.scale)
            self.painter.setFont(font)
            self.painter.setPen(colour)
            self.painter.drawText(QPointF(left * self.scale, y * self.scale + metrics.ascent()), text)
        return metrics.height() / self.scale

    def spans(self, text: str, size: float, bold: bool, pieces: list[tuple[int, int]]) -> list[float]:
        """The middle of each piece (start, length) of `text` drawn as one line by `line`, in points
        from the start edge: where Qt's layout put its letters, in either direction."""
        font, metrics = self.font(size, bold)
        layout = QTextLayout(text, font, self.device)
        option = QTextOption()
        option.setTextDirection(self.direction)
        layout.setTextOption(option)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        advance = metrics.horizontalAdvance(text)
        middles = []
        for start, length in pieces:
            runs = [run.boundingRect() for run in layout.glyphRuns(start, length)]
            left, right = min(r.left() for r in runs), max(r.right() for r in runs)
            middle = (left + right) / 2  # from the line's left end
            middles.append((advance - middle if self.mirrored else middle) / self.scale)
        return middles

    def advance(self, text: str, size: float, bold: bool = False) -> float:
        return self.font(size, bold)[1].horizontalAdvance(text) / self.scale

    def paragraph(self, x: float, y: float, width: float, text: str, size: float = BODY_PT,
                  *, colour: QColor = INK) -> float:
        """Wrapped text; returns its height."""
        font, metrics = self.font(size)
        # AlignLeft is the start edge: Qt sets it against the right in the painter's right-to-left
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        s = self.scale
        box = metrics.boundingRect(QRectF(0, 0, width * s, 10_000 * s), flags, text)
        if self.painter is not None:
            self.painter.setFont(font)
            self.painter.setPen(colour)
            left = self.visual_x(x, width)
            self.painter.drawText(QRectF(left * s, y * s, width * s, box.height()), flags, text)
        return box.height() / s

    def rule(self, x: float, y: float, width: float, colour: QColor, weight: float = 0.7) -> None:
        if self.painter is not None:
            s = self.scale
            left = self.visual_x(x, width)
            self.painter.setPen(QPen(colour, weight * s))
            self.painter.drawLine(QPointF(left * s, y * s), QPointF((left + width) * s, y * s))

    def box(self, rect: QRectF, fill: QColor, line: QColor) -> None:
        if self.painter is not None:
            s = self.scale
            self.painter.setPen(QPen(line, 0.8 * s))
            self.painter.setBrush(QBrush(fill))
            left = self.visual_x(rect.x(), rect.width())
            self.painter.drawRoundedRect(
                QRectF(left * s, rect.y() * s, rect.width() * s, rect.height() * s), 6 * s, 6 * s
            )


def _key_size(page: _Sheet, sheet: RecoverySheet, width: float) -> float:
    """The largest size (up to KEY_PT) at which the key's line fits on one line."""
    size = KEY_PT
    while size > KEY_MIN_PT and page.advance(sheet.key_line, size, bold=True) > width:
        size -= 0.5
    return size


def _draw(page: _Sheet, sheet: RecoverySheet, width: float) -> float:
    """The whole sheet from the top; returns the height it took."""
    y = 0.0
    y += page.line(0, y, sheet.title, TITLE_PT, bold=True, colour=ACCENT)
    y += 6
    y += page.paragraph(0, y, width, sheet.intro)
    y += 14

    # The key, on one line, in a tinted box, with each group's number under it.
    pad = 12.0
    inner = width - 2 * pad
    size = _key_size(page, sheet, inner)
    key_height = page.font(size, True)[1].height() / page.scale
    number_height = page.font(SMALL_PT)[1].height() / page.scale
    box_height = pad + key_height + 2 + number_height + pad
    page.box(QRectF(0, y, width, box_height), TINT, ACCENT)
    page.line(pad, y + pad, sheet.key_line, size, bold=True)
    start = len(sheet.key_line) - len("-".join(sheet.groups))
    pieces = []
    for group in sheet.groups:
        pieces.append((start, len(group)))
        start += len(group) + 1
    # Measured along the whole line as Qt lays it out, so kerning and direction count as drawn.
    middles = page.spans(sheet.key_line, size, True, pieces)
    for number, middle in enumerate(middles, start=1):
        label = localformat.format_number(number)
        page.line(pad + middle - page.advance(label, SMALL_PT) / 2,
                  y + pad + key_height + 2, label, SMALL_PT, colour=MUTED)
    y += box_height + 6
    y += page.paragraph(0, y, width, sheet.made, SMALL_PT + 0.5, colour=MUTED)
    y += 12

    for heading, text in sheet.sections:
        y += page.line(0, y, heading, HEADING_PT, bold=True, colour=ACCENT)
        y += 2
        y += page.paragraph(0, y, width, text)
        y += 11

    y += 6
    label_height = page.line(0, y, sheet.where_kept, BODY_PT, bold=True)
    line_x = page.advance(sheet.where_kept, BODY_PT, bold=True) + 8
    page.rule(line_x, y + label_height - 2, width - line_x, MUTED)
    y += label_height + 26
    page.rule(0, y, width, MUTED)
    y += 22
    page.rule(0, y, width, FAINT, 0.5)
    y += 6
    y += page.paragraph(0, y, width, sheet.footer, SMALL_PT, colour=MUTED)
    return y


def render_sheet(sheet: RecoverySheet, target: QPagedPaintDevice) -> float:
    """Draw the sheet on the target's current page (never more than one); returns the height used
    in points. The target's page layout is used as it is (a printer may have chosen its paper)."""
    dpi = target.logicalDpiY()
    paint = target.pageLayout().paintRectPixels(dpi)
    return _render(sheet, target, QRectF(0, 0, paint.width(), paint.height()), dpi)


def _render(sheet: RecoverySheet, device: QPaintDevice, area: QRectF, dpi: float) -> float:
    ensure_gui()
    scale = dpi / 72.0
    width = min(area.width() / scale, MAX_WIDTH_PT)
    left = (area.width() / scale - width) / 2  # centred on the wider page
    painter = QPainter()
    begin(painter, device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.translate(area.topLeft() + QPointF(left * scale, 0))
        return _draw(_Sheet(painter, device, width), sheet, width)
    finally:
        painter.end()


def pdf_title() -> str:
    """The PDF's title and the print job's name, in the language the sheet is printed in."""
    return translate("recovery_sheet", PDF_TITLE)


def sheet_pdf_bytes(sheet: RecoverySheet) -> bytes:
    """The sheet as a one-page PDF, in memory (the caller writes it where the person chose).

    The metadata names no person: a fixed title and creator, no author.
    """
    ensure_gui()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(sheet.page))
    writer.setTitle(pdf_title())
    writer.setCreator(PDF_CREATOR)
    render_sheet(sheet, writer)
    del writer  # the writer goes before the buffer it writes to
    pdf = bytes(buffer.data().data())
    buffer.close()
    return pdf


def write_sheet_pdf(sheet: RecoverySheet, path: Path | str) -> None:
    """The PDF at `path` and nowhere else: whole or not at all, readable by the person alone."""
    files.write_atomically(Path(path), sheet_pdf_bytes(sheet))


def sheet_image(sheet: RecoverySheet, width_px: int) -> QImage:
    """The page as a picture `width_px` wide (tests and a look on screen use the same layout)."""
    layout = page_layout(sheet.page)
    full, paint = layout.fullRectPoints(), layout.paintRectPoints()
    dpi = width_px / (full.width() / 72.0)
    image = QImage(width_px, round(full.height() / 72.0 * dpi), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    dpi = image.logicalDpiY()
    scale = dpi / 72.0
    _render(sheet, image, QRectF(paint.x() * scale, paint.y() * scale, paint.width() * scale,
                                 paint.height() * scale), dpi)
    return image
