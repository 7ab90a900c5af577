"""The one place that makes the summary exactly one page: which blocks go where, and how much of
each fits.

The page, top to bottom: the header; the scores across the page; the shorter sections in two
columns (connection, triggers, gratitude, support, goals, plans, capital, safety: the first ones
down the left, the rest down the right, split where the taller column is shortest); the use
record, the agenda and the ticked entries across the
page; then the notes, which take what is left (at least their heading and two lines); the
footer at the bottom.

How it fits: every block starts at its most generous level; while the page is too long, the
block whose next level saves the most room (in the taller column, for the columns) gives up a
level; when none can, the gaps between sections close up. The last level of each block is
small (its heading, a line that says what it holds, "+ N more"), so any combination of sections
on any journal fits; `RenderReport.overflowed` says if it ever did not, and the tests look.
Every measurement is the block's own drawing code run without a painter (blocks.py), cached per
level, so the page drawn is the page planned.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPaintDevice, QPainter

from journal.summary import SummaryContent

from . import journal_sections as journal
from . import plan_sections as plan
from .blocks import COLUMN, FILL, FULL, Block
from .header import draw_footer, draw_header
from .page import COLUMN_GAP_PT, SECTION_GAP_PT, Page, begin, ensure_gui, page_layout
from .scores import LEVELS as SCORE_LEVELS
from .scores import draw_scores
from .use import LEVELS as USE_LEVELS
from .use import draw_use

TIGHT_GAP: Final = 8.0  # between sections, when nothing else can give


@dataclass(frozen=True)
class RenderReport:
    """What the layout did, for tests: the page is one page and nothing spilled off it."""

    page_height: float
    used_height: float
    overflowed: bool
    levels: dict[str, int] = field(default_factory=dict)


def blocks_for(content: SummaryContent) -> list[Block]:
    """The page's blocks in page order (sections that are off have none)."""
    c = content
    found: list[Block] = []

    def add(key: str, place: str, levels: int, draw: Callable[..., float], part: object) -> None:
        found.append(Block(key, place, levels,
                           lambda page, x, y, w, level: draw(page, part, x, y, w, level)))

    if c.scores is not None:
        add("scores", FULL, len(SCORE_LEVELS), draw_scores, c.scores)
    if c.connection is not None:
        add("connection", COLUMN, journal.CONNECTION_LEVELS, journal.draw_connection, c.connection)
    if c.triggers is not None:
        add("triggers", COLUMN, journal.TRIGGER_LEVELS, journal.draw_triggers, c.triggers)
    if c.gratitude is not None:
        add("gratitude", COLUMN, journal.GRATITUDE_LEVELS, journal.draw_gratitude, c.gratitude)
    if c.support is not None:
        add("support", COLUMN, journal.SUPPORT_LEVELS, journal.draw_support, c.support)
    if c.goals is not None:
        add("goals", COLUMN, len(plan.GOAL_LEVELS), plan.draw_goals, c.goals)
    if c.plans is not None:
        add("plans", COLUMN, len(plan.PLAN_LINES), plan.draw_plans, c.plans)
    if c.capital is not None:
        add("capital", COLUMN, len(plan.STRENGTH_LINES), plan.draw_capital, c.capital)
    if c.safety is not None:
        add("safety", COLUMN, plan.SAFETY_LEVELS, plan.draw_safety, c.safety)
    if c.use is not None:
        add("use", FULL, USE_LEVELS, draw_use, c.use)
    if c.agenda is not None:
        add("agenda", FULL, len(journal.AGENDA_LINES) + 1, journal.draw_agenda, c.agenda)
    if c.excerpts is not None:
        excerpts, hidden = c.excerpts, c.more_excerpts

        def draw_excerpts(page: Page, x: float, y: float, w: float, level: int) -> float:
            return journal.draw_excerpts(page, excerpts, hidden, x, y, w, level)

        found.append(Block("excerpts", FULL, len(journal.EXCERPT_LEVELS), draw_excerpts,
                           kept_until=len(journal.EXCERPT_LEVELS) - 1))
    if c.show_notes:  # drawn into what is left; measured as the least room it asks for
        found.append(Block("notes", FILL, len(journal.NOTES_LINES),
                           lambda page, x, y, w, level: journal.notes_minimum(page, level)))
    return found


@dataclass
class _Placed:
    block: Block
    x: float
    y: float
    width: float


@dataclass
class _Layout:
    placed: list[_Placed]
    end: float  # where the last block ends
    taller_column: set[str]  # keys of the blocks in the taller column


class _Planner:
    def __init__(self, page: Page, content: SummaryContent, width: float, height: float) -> None:
        self.page, self.content, self.width, self.height = page, content, width, height
        self.blocks = blocks_for(content)
        self.levels = {block.key: 0 for block in self.blocks}
        self.gap = SECTION_GAP_PT
        self._heights: dict[tuple[str, float, int], float] = {}
        self.top = draw_header(page, content, 0.0, 0.0, width) + self.gap - 2.0
        self.bottom = height - draw_footer(page, 0.0, height, width) - 6.0
        self.notes = next((block for block in self.blocks if block.place == FILL), None)

    def measure(self, block: Block, width: float, level: int) -> float:
        key = (block.key, width, level)
        if key not in self._heights:
            self._heights[key] = block.draw(self.page, 0.0, 0.0, width, level)
        return self._heights[key]

    def layout(self) -> _Layout:
        width, gap = self.width, self.gap
        column_w = (width - COLUMN_GAP_PT) / 2
        columns = [b for b in self.blocks if b.place == COLUMN]
        placed: list[_Placed] = []
        y = self.top
        for block in (b for b in self.blocks if b.place == FULL and b.key == "scores"):
            placed.append(_Placed(block, 0.0, y, width))
            y += self.measure(block, width, self.levels[block.key]) + gap
        taller: set[str] = set()
        if len(columns) == 1:  # a lone short section takes the whole width
            block = columns[0]
            placed.append(_Placed(block, 0.0, y, width))
            y += self.measure(block, width, self.levels[block.key]) + gap
            taller = {block.key}
        elif columns:
            # the first blocks down the left column, the rest down the right (reading order),
            # split where the taller column is shortest
            heights = [self.measure(block, column_w, self.levels[block.key]) + gap for block in columns]
            split = min(range(1, len(columns)),
                        key=lambda k: (max(sum(heights[:k]), sum(heights[k:])), abs(len(columns) / 2 - k)))
            bottoms = [y, y]
            for index, block in enumerate(columns):
                side = 0 if index < split else 1
                placed.append(_Placed(block, side * (column_w + COLUMN_GAP_PT), bottoms[side], column_w))
                bottoms[side] += heights[index]
            taller = {b.key for b in (columns[:split] if bottoms[0] >= bottoms[1] else columns[split:])}
            y = max(bottoms)
        for block in (b for b in self.blocks if b.place == FULL and b.key != "scores"):
            placed.append(_Placed(block, 0.0, y, width))
            y += self.measure(block, width, self.levels[block.key]) + gap
        return _Layout(placed, y - gap, taller)

    def needed(self, layout: _Layout) -> float:
        """How far down the page must reach: the blocks, and the room the notes ask for."""
        if self.notes is not None:
            return layout.end + self.gap + self.measure(self.notes, self.width, self.levels["notes"])
        return layout.end

    def fit(self) -> tuple[_Layout, bool]:
        """Tighten until the page fits; the layout, and whether it still overflows."""
        last_resort = False
        while True:
            layout = self.layout()
            if self.needed(layout) <= self.bottom + 0.5:
                return layout, False
            best: tuple[float, str] | None = None
            widths = [(item.block, item.width) for item in layout.placed]
            if self.notes is not None:
                widths.append((self.notes, self.width))
            for block, width in widths:
                level = self.levels[block.key]
                if level + 1 >= block.levels:
                    continue
                if not last_resort and block.kept_until is not None and level + 1 >= block.kept_until:
                    continue
                saving = self.measure(block, width, level) - self.measure(block, width, level + 1)
                if block.place == COLUMN and block.key not in layout.taller_column:
                    saving *= 0.25  # the shorter column's savings move nothing up
                if block.place == FILL:
                    saving *= 0.4  # lines to write on give way after the lists have shortened
                if best is None or saving > best[0]:
                    best = (saving, block.key)
            if best is not None:
                self.levels[best[1]] += 1
                continue
            if self.gap > TIGHT_GAP:
                self.gap = TIGHT_GAP
                continue
            if not last_resort:
                last_resort = True
                continue
            return layout, True

    def relax(self) -> _Layout:
        """Give back what the last tightening steps took beyond need: each block goes back a level
        as long as the page still fits; the entries the person ticked first, then the room for
        notes, then the rest in page order."""
        first = {"excerpts": 0, "notes": 1}
        order = sorted(self.blocks, key=lambda block: first.get(block.key, 2))
        changed = True
        while changed:
            changed = False
            for block in order:
                while self.levels[block.key] > 0:
                    self.levels[block.key] -= 1
                    if self.needed(self.layout()) <= self.bottom + 0.5:
                        changed = True
                        continue
                    self.levels[block.key] += 1
                    break
        return self.layout()

    def draw(self, page: Page, layout: _Layout) -> None:
        draw_header(page, self.content, 0.0, 0.0, self.width)
        for item in layout.placed:
            item.block.draw(page, item.x, item.y, item.width, self.levels[item.block.key])
        if self.notes is not None:
            journal.draw_notes(page, 0.0, layout.end + self.gap, self.width, self.bottom)
        draw_footer(page, 0.0, self.height, self.width)


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
    area = QRectF(paint.x() * scale, paint.y() * scale, paint.width() * scale, paint.height() * scale)
    _render(content, image, area, dpi)
    return image


def _render(content: SummaryContent, device: QPaintDevice, area: QRectF, dpi: float) -> RenderReport:
    """Plan with a measuring page, then draw once into `area`."""
    ensure_gui()
    scale = dpi / 72.0
    width, height = area.width() / scale, area.height() / scale
    planner = _Planner(Page(None, device), content, width, height)
    layout, overflowed = planner.fit()
    if not overflowed:
        layout = planner.relax()
    painter = QPainter()
    begin(painter, device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.translate(area.topLeft())
        painter.setClipRect(QRectF(0, 0, area.width(), area.height()))
        planner.draw(Page(painter, device, width), layout)
    finally:
        painter.end()
    return RenderReport(page_height=height, used_height=planner.needed(layout), overflowed=overflowed,
                        levels=dict(planner.levels))
