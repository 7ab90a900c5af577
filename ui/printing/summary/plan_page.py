"""The printed safety plan: the whole plan on one page, or a wallet-sized card to cut out and fold.

`journal.safety_page.build_plan_page` decides what it says; this draws it. The page puts the
person's reasons first, in a tinted box (they are what the hard moment needs most), then the
six steps of the Stanley-Brown plan in order, people with their numbers, then the helplines,
the naloxone line and what to do in an emergency. A part with nothing written shows a gentle
example and lines to write on, so a blank plan is a form to fill in by hand.

One page, always: every part starts with all its lines; while the page is too long each part
shows fewer, ending with "+ N more".
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Final

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPdfWriter

from journal import files
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.safety_page import Part, Person, PlanPage

from .blocks import heading
from .page import (
    ACCENT,
    BODY_PT,
    FAINT,
    GRID,
    HEADING_PT,
    INDENT,
    LEFT_TO_RIGHT,
    MUTED,
    SMALL_PT,
    TINT,
    TITLE_PT,
    Page,
    begin,
    ensure_gui,
    more_text,
    page_layout,
    pdf_bytes,
)

# The titles a PDF viewer shows in its title bar (and a printer's job list); no person's name.
PLAN_PDF_TITLE: Final = QT_TRANSLATE_NOOP("plan_pdf", "Safety plan")
WALLET_PDF_TITLE: Final = QT_TRANSLATE_NOOP("plan_pdf", "Safety plan: wallet card")
ITEM_LINES: Final = (12, 8, 6, 4, 3, 2, 1)  # most lines a part may show, from generous to tight
WRITE_LINES: Final = 2  # lines to write on under an empty part
WRITE_SPACING: Final = 18.0
MM: Final = 72.0 / 25.4
CARD_W: Final = 85.0 * MM  # a bank card's size
CARD_H: Final = 54.0 * MM
# the six steps in the Stanley-Brown order (my reasons come first, in their own box)
STEPS: Final = (
    "warning_signs", "coping", "distractions", "ask_for_help", "professionals", "safer_surroundings",
)


def _person_rows(page: Page, people: Sequence[Person], x: float, y: float, width: float,
                 max_lines: int) -> float:
    height = 0.0
    phone_w = min(120.0, width * 0.4)
    shown = people[: max_lines if len(people) <= max_lines else max(0, max_lines - 1)]
    for person in shown:
        page.text(x + INDENT, y + height, width - INDENT - phone_w, person.name, BODY_PT, own=True)
        height += page.text(x + width - phone_w, y + height, phone_w, LEFT_TO_RIGHT.format(person.phone),
                            BODY_PT + 1, bold=True, align_right=True)
    if len(people) > len(shown):
        height += page.text(x + INDENT, y + height, width, more_text(len(people) - len(shown)), BODY_PT,
                            colour=MUTED)
    return height


def _items(page: Page, items: Sequence[str], x: float, y: float, width: float, max_lines: int,
           size: float = BODY_PT, bold: bool = False) -> float:
    height = 0.0
    shown = items[: max_lines if len(items) <= max_lines else max(0, max_lines - 1)]
    line_h = page.line_height(size)
    for item in shown:
        page.box(QRectF(x + 2.0, y + height + line_h / 2 - 1.9, 3.0, 3.0), fill=FAINT.darker(130), radius=1.5)
        height += page.text(x + INDENT, y + height, width - INDENT, item, size, bold=bold, own=True)
    if len(items) > len(shown):
        height += page.text(x + INDENT, y + height, width, more_text(len(items) - len(shown)), BODY_PT,
                            colour=MUTED)
    return height


def _write_on(page: Page, example: str, x: float, y: float, width: float) -> float:
    height = page.text(x, y, width, example, SMALL_PT, italic=True, colour=MUTED)
    for _ in range(WRITE_LINES):
        height += WRITE_SPACING
        page.rule(x, y + height, width, GRID, 0.6)
    return height + 4.0


def _part(page: Page, number: int, part: Part, x: float, y: float, width: float, lines: int) -> float:
    title = translate("plan_pdf", "{number}. {title}").format(number=number, title=part.title)
    height = page.text(x, y, width, title, HEADING_PT - 0.5, bold=True, colour=ACCENT) + 1.0
    if part.empty:
        return height + _write_on(page, part.example, x, y + height, width)
    if part.people:
        return height + _person_rows(page, part.people, x, y + height, width, lines)
    return height + _items(page, part.items, x, y + height, width, lines)


def _plan(page: Page, plan: PlanPage, width: float, height: float, level: int) -> float:
    """Lay the plan out (or only measure it); returns how far down it reaches."""
    lines = ITEM_LINES[min(level, len(ITEM_LINES) - 1)]
    y = 0.0
    title_h = page.text(0.0, y, width * 0.6, plan.title, TITLE_PT, bold=True)
    if plan.updated_text:
        page.text(width * 0.6, y + 6.0, width * 0.4, plan.updated_text, SMALL_PT, colour=MUTED,
                  align_right=True)
    y += title_h + 6.0
    parts = {part.key: part for part in plan.parts}
    reasons = parts["reasons"]
    # my reasons first, in a tinted box
    inner = width - 16.0
    reasons_title = page.line_height(HEADING_PT) + 2.0
    body = (_write_on(Page(None, page.device), reasons.example, 0, 0, inner) if reasons.empty
            else _items(Page(None, page.device), reasons.items, 0, 0, inner, lines, BODY_PT + 1.5, True))
    box_h = reasons_title + body + 12.0
    page.box(QRectF(0.0, y, width, box_h), fill=TINT, radius=5.0)
    page.text(8.0, y + 6.0, inner, reasons.title, HEADING_PT, bold=True, colour=ACCENT)
    if reasons.empty:
        _write_on(page, reasons.example, 8.0, y + 6.0 + reasons_title, inner)
    else:
        _items(page, reasons.items, 8.0, y + 6.0 + reasons_title, inner, lines, BODY_PT + 1.5, True)
    y += box_h + 10.0
    steps = [parts[key] for key in STEPS]
    column_w = (width - 18.0) / 2
    bottoms = [y, y]
    for number, part in enumerate(steps, start=1):
        side = 0 if number <= 3 else 1  # steps 1-3 down the left, 4-6 down the right
        left = side * (column_w + 18.0)
        bottoms[side] += _part(page, number, part, left, bottoms[side], column_w, lines) + 8.0
    y = max(bottoms) + 2.0
    y += heading(page, 0.0, y, width, translate("plan_pdf", "Helplines"))
    y += _person_rows(page, plan.helplines, 0.0, y, width, max(2, lines))
    y += 6.0
    y += page.paragraph(0.0, y, width, plan.naloxone_text, BODY_PT, 2)
    y += page.paragraph(0.0, y, width, plan.emergency_text, BODY_PT, 3, bold=True)
    if not page.measuring and height - y > 4 * WRITE_SPACING:  # the rest of the page, to write on
        y += 10.0
        y += heading(page, 0.0, y, width, translate("plan_pdf", "Anything else I want to remember"))
        line_y = y + WRITE_SPACING
        while line_y <= height - 2.0:
            page.rule(0.0, line_y, width, GRID, 0.6)
            line_y += WRITE_SPACING
    return y


def render_plan(plan: PlanPage, target: QPagedPaintDevice) -> bool:
    """Draw the plan on the target's page; True if it fitted (it always should)."""
    ensure_gui()
    dpi = target.logicalDpiY()
    paint = target.pageLayout().paintRectPixels(dpi)
    scale = dpi / 72.0
    width, height = paint.width() / scale, paint.height() / scale
    measure = Page(None, target)
    level = 0
    while _plan(measure, plan, width, height, level) > height and level < len(ITEM_LINES) - 1:
        level += 1
    fits = _plan(measure, plan, width, height, level) <= height
    painter = QPainter()
    begin(painter, target)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setClipRect(QRectF(0, 0, paint.width(), paint.height()))
        _plan(Page(painter, target, width), plan, width, height, level)
    finally:
        painter.end()
    return fits


# ---- the wallet card ----------------------------------------------------------------------------


def _card_panel(page: Page, x: float, y: float, title: str, lines: Sequence[tuple[str, str]],
                own: bool) -> None:
    """One side of the card: a title and up to six name-and-number or text lines. A name is the
    person's own words; the text lines are with `own` (Page.text)."""
    page.box(QRectF(x, y, CARD_W, CARD_H), line=MUTED, radius=6.0, weight=0.6, dashed=True)
    inner_x, inner_w = x + 8.0, CARD_W - 16.0
    top = y + 7.0
    top += page.text(inner_x, top, inner_w, title, HEADING_PT, bold=True, colour=ACCENT) + 1.0
    for text, number in lines:
        if top + page.line_height(SMALL_PT + 1) > y + CARD_H - 5.0:
            break
        if number:
            page.text(inner_x, top, inner_w * 0.55, text, SMALL_PT + 0.5, own=True)
            top += page.text(inner_x + inner_w * 0.55, top, inner_w * 0.45, LEFT_TO_RIGHT.format(number),
                             SMALL_PT + 1, bold=True, align_right=True)
        else:
            top += page.paragraph(inner_x, top, inner_w, text, SMALL_PT + 0.5, 2, own=own)


def render_wallet(plan: PlanPage, target: QPagedPaintDevice) -> None:
    """The card: front (my reasons, who to call), back (helplines, 999, naloxone), side by side
    with a fold between, at the top of the page, and a line saying how to cut it out."""
    ensure_gui()
    dpi = target.logicalDpiY()
    painter = QPainter()
    begin(painter, target)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        width = target.pageLayout().paintRectPixels(dpi).width() / (dpi / 72.0)
        page = Page(painter, target, width)
        parts = {part.key: part for part in plan.parts}
        front: list[tuple[str, str]] = [(reason, "") for reason in parts["reasons"].items[:2]]
        for person in (*parts["ask_for_help"].people, *parts["professionals"].people)[:4]:
            front.append((person.name, person.phone))
        back: list[tuple[str, str]] = [(line.name, line.phone) for line in plan.helplines[:3]]
        back += [(plan.emergency_text, ""), (plan.naloxone_text, "")]
        how = translate("plan_pdf", "My safety plan: a card for my wallet. Cut along the dashed line and "
                                    "fold in the middle.")
        page.text(0.0, 0.0, width, how, SMALL_PT, colour=MUTED)
        _card_panel(page, 0.0, 16.0, plan.title, front, own=True)  # my reasons
        _card_panel(page, CARD_W, 16.0, translate("plan_pdf", "Help, day or night"), back, own=False)
    finally:
        painter.end()


def plan_pdf_title(wallet: bool = False) -> str:
    """The PDF's title and the print job's name, in the language the page is printed in."""
    return translate("plan_pdf", WALLET_PDF_TITLE if wallet else PLAN_PDF_TITLE)


def plan_pdf_bytes(plan: PlanPage, wallet: bool = False) -> tuple[bytes, bool]:
    fitted = [True]

    def draw(writer: QPdfWriter) -> None:
        if wallet:
            render_wallet(plan, writer)
        else:
            fitted[0] = render_plan(plan, writer)

    return pdf_bytes(plan.page, plan_pdf_title(wallet), draw), fitted[0]


def write_plan_pdf(plan: PlanPage, path: Path | str, wallet: bool = False) -> bool:
    """Write the plan's PDF to `path` only, whole or not at all, readable by the person alone."""
    data, fitted = plan_pdf_bytes(plan, wallet)
    files.write_atomically(Path(path), data)
    return fitted


__all__ = [
    "page_layout", "plan_pdf_bytes", "plan_pdf_title", "render_plan", "render_wallet", "write_plan_pdf",
]
