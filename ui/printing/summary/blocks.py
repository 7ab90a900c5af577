"""What every section of the page is made of: a block that draws itself at a given tightness, and
the few shapes the sections share (a heading, a bulleted list that ends with "+ N more", a
label-and-figure row).

A block is drawn by one function, `draw(page, x, y, width, level) -> height`: with a measuring
page it only measures, so the planner (planner.py) can try a block at each level and the page is
then drawn with exactly the heights it was planned with. Level 0 is the most generous; each
further level shows less (fewer items, shorter lists, a smaller chart) and the last level is the
least a section may shrink to: its heading and one line that says what it holds, with "+ N more"
for the rest. Nothing is ever dropped without saying so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QRectF

from .page import ACCENT, BODY_PT, FAINT, HEADING_PT, INDENT, ISOLATE, MUTED, Page, more_text

# Where a block goes: across the page, in one of the two columns, or (the notes) in what is left.
FULL: Final = "full"
COLUMN: Final = "column"
FILL: Final = "fill"

Draw = Callable[[Page, float, float, float, int], float]


@dataclass(frozen=True)
class Block:
    """One section of the page: its key, where it goes, how many levels it can shrink through.

    Levels from `kept_until` on are taken only when no other block can give any more room: the
    entries a person ticked keep at least one entry shown while anything else can shrink.
    """

    key: str
    place: str
    levels: int
    draw: Draw
    kept_until: int | None = None


def heading(page: Page, x: float, y: float, width: float, title: str) -> float:
    height = page.text(x, y, width, title, HEADING_PT, bold=True, colour=ACCENT)
    page.rule(x, y + height - 1.0, width, FAINT, 0.5)
    return height + 4.0


def heading_height(page: Page) -> float:
    return page.line_height(HEADING_PT) + 4.0


def quiet(page: Page, x: float, y: float, width: float, words: str, max_lines: int = 2) -> float:
    """A muted sentence (what a section holds, or that it holds nothing yet)."""
    return page.paragraph(x, y, width, words, BODY_PT, max_lines, colour=MUTED)


def empty(page: Page, x: float, y: float, width: float, words: str) -> float:
    return page.paragraph(x, y, width, words, BODY_PT, 2, italic=True, colour=MUTED)


def label_value_rows(page: Page, x: float, y: float, width: float,
                     rows: Sequence[tuple[str, str]], value_width: float = 44.0) -> float:
    height = 0.0
    for label, value in rows:
        page.text(x, y + height, width - value_width, label, BODY_PT, colour=MUTED)
        height += page.text(x + width - value_width, y + height, value_width, value, BODY_PT,
                            bold=True, align_right=True)
    return height


def bullets(page: Page, x: float, y: float, width: float, items: Sequence[str], hidden: int,
            max_lines: int, *, box: bool = False, item_lines: int = 1, own: bool = False) -> float:
    """A list, one item a line (or up to `item_lines`), ending with '+ N more' when cut.
    `own`: the items are the person's own words (Page.text).

    The last line is kept for '+ N more' whenever anything would be left out, so the reader
    always knows the list goes on; with no room for even one item, the line alone says how many.
    """
    line_h = page.line_height(BODY_PT)
    height = 0.0
    total = len(items) + hidden
    used = shown = 0
    for index, item in enumerate(items):
        lines_left = max_lines - used - (1 if total - index - 1 else 0)
        if lines_left <= 0:
            break
        wrapped = page.lines(item, BODY_PT, width - INDENT, min(item_lines, lines_left))
        if page.painter is not None:
            if box:  # an empty box to tick in the session
                side = 6.4
                page.box(QRectF(x + 0.5, y + height + (line_h - side) / 2 - 0.4, side, side),
                         line=MUTED, radius=1.0, weight=0.7)
            else:
                page.box(QRectF(x + 2.0, y + height + line_h / 2 - 1.9, 3.0, 3.0),
                         fill=FAINT.darker(130), radius=1.5)
        for line in wrapped:
            height += page.text(x + INDENT, y + height, width - INDENT, line, BODY_PT, own=own)
        used += max(1, len(wrapped))
        shown += 1
    more = total - shown
    if more:
        height += page.text(x + INDENT, y + height, width - INDENT, more_text(more), BODY_PT,
                            colour=MUTED)
    return height


def two_line_items(page: Page, x: float, y: float, width: float,
                   items: Sequence[tuple[str, str]], hidden: int, max_items: int,
                   detail_lines: bool = True) -> float:
    """Items of a title and a muted detail ("Get back into college" / "2 of 5 steps done ·
    next: …"), at most `max_items`, then '+ N more'. Without `detail_lines` the detail follows
    the title on the same line. The titles are the person's own words (Page.text)."""
    height = 0.0
    total = len(items) + hidden
    shown = 0
    line_h = page.line_height(BODY_PT)
    for title, detail in items[:max_items]:
        if page.painter is not None:
            page.box(QRectF(x + 2.0, y + height + line_h / 2 - 1.9, 3.0, 3.0),
                     fill=FAINT.darker(130), radius=1.5)
        if detail_lines:
            height += page.text(x + INDENT, y + height, width - INDENT, title, BODY_PT, own=True)
            if detail:
                height += page.text(x + INDENT, y + height, width - INDENT, detail, BODY_PT, colour=MUTED)
        else:
            joined = f"{ISOLATE.format(title)} — {detail}" if detail else title
            height += page.text(x + INDENT, y + height, width - INDENT, joined, BODY_PT, own=not detail)
        shown += 1
    if total > shown:
        height += page.text(x + INDENT, y + height, width - INDENT, more_text(total - shown), BODY_PT,
                            colour=MUTED)
    return height
