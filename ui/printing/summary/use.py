"""The use record on the page: days used per substance and days answered, and for a 28-day period
a four-week grid laid out like the Treatment Outcomes Profile's (substances down the side, the
four weeks across, days used in each), marked as the person's own record, not the official form.

Neutral on purpose: no colours for "good" or "bad" weeks, the same ink for every number.
"""

from __future__ import annotations

from typing import Final

from journal import localformat
from journal.i18n import translate
from journal.summary import Use

from .blocks import empty, heading
from .page import BODY_PT, FAINT, GRID, INK, ISOLATE, MUTED, SMALL_PT, Page, more_text

# (rows shown at most, the grid drawn) at each level
# Rows shown at most, at each level. A 28-day period always keeps its grid (the contract's four
# weeks); other periods end with every substance on one line (0 rows).
GRID_ROWS: Final = (20, 10, 6, 4, 2, 1)
LINE_ROWS: Final = (20, 10, 6, 4, 2, 0)
LEVELS: Final = len(GRID_ROWS)


def draw_use(page: Page, u: Use, x: float, y: float, width: float, level: int) -> float:
    height = heading(page, x, y, width, translate("summary", "My use record"))
    if not u.lines:
        return height + empty(page, x, y + height, width, u.empty_text)
    level = min(level, LEVELS - 1)
    most = GRID_ROWS[level] if u.grid else LINE_ROWS[level]
    if not most:
        items = [translate("summary_pdf", "{substance}: {sentence}").format(
            substance=ISOLATE.format(each.substance), sentence=each.sentence) for each in u.lines]
        joined = page.fit_list(items, 0, BODY_PT, width, "; ")
        return height + page.text(x, y + height, width, joined, BODY_PT)
    shown = u.lines[:most] if len(u.lines) <= most else u.lines[: max(1, most - 1)]
    hidden = len(u.lines) - len(shown)
    line_h = page.line_height(BODY_PT)
    if u.grid:
        height += page.text(x, y + height, width, u.grid_note, SMALL_PT, colour=MUTED)
        name_w = min(100.0, width * 0.2)
        week_w = 56.0
        total_x = x + name_w + week_w * len(u.week_labels) + 8.0
        total_w = x + width - total_x
        row_h = line_h + 3.0
        top = y + height + 1.0
        # the header row: each week's dates, then the period
        for index, label in enumerate(u.week_labels):
            page.text(x + name_w + week_w * index, top, week_w - 4.0, label, SMALL_PT, bold=True,
                      colour=MUTED, align_right=True)
        page.text(total_x, top, total_w, translate("summary_pdf", "In the 4 weeks"), SMALL_PT, bold=True,
                  colour=MUTED)
        row_y = top + page.line_height(SMALL_PT) + 2.0
        page.rule(x, row_y, width, FAINT, 0.6)
        for line in shown:
            page.text(x, row_y + 1.5, name_w - 6.0, line.substance, BODY_PT, bold=True, own=True)
            for index, (used, answered) in enumerate(line.weeks):
                cell_x = x + name_w + week_w * index
                page.vrule(cell_x, row_y, row_h, GRID, 0.5)
                days = localformat.format_number(used)
                page.text(cell_x, row_y + 1.5, week_w - 22.0, days, BODY_PT, bold=True, colour=INK,
                          align_right=True)
                page.text(cell_x + week_w - 21.0, row_y + 2.5, 19.0,
                          translate("summary_pdf", "of {answered}").format(
                              answered=localformat.format_number(answered)),
                          SMALL_PT, colour=MUTED)
            page.vrule(total_x - 4.0, row_y, row_h, GRID, 0.5)
            page.text(total_x, row_y + 1.5, total_w, line.sentence, BODY_PT)
            row_y += row_h
            page.rule(x, row_y, width, GRID, 0.5)
        height = row_y - y + 1.0
        if level < LEVELS - 1:
            height += page.text(x, y + height, width, translate(
                "summary_pdf", "Each week: days used, of the days answered."), SMALL_PT, colour=MUTED)
    else:
        name_w = min(120.0, width * 0.26)
        for line in shown:
            page.text(x, y + height, name_w - 6.0, line.substance, BODY_PT, bold=True, own=True)
            height += page.text(x + name_w, y + height, width - name_w, line.sentence, BODY_PT)
    if hidden:
        height += page.text(x, y + height, width, more_text(hidden), BODY_PT, colour=MUTED)
    return height
