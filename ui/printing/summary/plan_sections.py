"""The recovery plan's sections: goals, if-then plans, recovery capital (BARC-10) and the safety
plan. Their words come ready from journal/summary_plan.py; here they are measured and drawn.

Each `draw_*` is a block's draw function (blocks.py); later levels show fewer items, and a cut
list ends with "+ N more".
"""

from __future__ import annotations

from typing import Final

from journal.i18n import translate
from journal.summary import Capital, Goals, Plans, Safety

from .blocks import bullets, empty, heading, quiet, two_line_items
from .page import ACCENT, BODY_PT, MUTED, SMALL_PT, Page, more_text

# ---- goals ------------------------------------------------------------------------------------

# (goals shown at most, detail on its own line); then: the goals on one line
GOAL_LEVELS: Final = ((8, True), (5, True), (4, False), (3, False), (2, False), (1, False), (0, False))


def draw_goals(page: Page, g: Goals, x: float, y: float, width: float, level: int) -> float:
    height = heading(page, x, y, width, translate("summary", "My goals"))
    if not g.total:
        words = translate("summary_pdf", "No goals written yet.")
        return height + empty(page, x, y + height, width, words)
    height += quiet(page, x, y + height, width, g.summary, 1)
    most, detail_lines = GOAL_LEVELS[min(level, len(GOAL_LEVELS) - 1)]
    if not most:
        line = page.fit_list([goal.text for goal in g.lines], g.more, BODY_PT, width)
        return height + page.text(x, y + height, width, line, BODY_PT) if g.lines else height
    items = [(line.text, line.detail) for line in g.lines]
    return height + two_line_items(page, x, y + height, width, items, g.more, most, detail_lines)


# ---- if-then plans ----------------------------------------------------------------------------------

PLAN_LINES: Final = (8, 5, 3, 2, 0)  # 0: the plans on one line


def draw_plans(page: Page, p: Plans, x: float, y: float, width: float, level: int) -> float:
    height = heading(page, x, y, width, translate("summary", "My if-then plans"))
    if not p.total:
        words = translate("summary_pdf", "No if-then plans written yet.")
        return height + empty(page, x, y + height, width, words)
    lines = PLAN_LINES[min(level, len(PLAN_LINES) - 1)]
    items = [line.text for line in p.lines]
    if not lines:
        return height + page.text(x, y + height, width, page.fit_list(items, p.more, BODY_PT, width), BODY_PT)
    item_lines = 2 if level < 2 else 1
    return height + bullets(page, x, y + height, width, items, p.more, lines, item_lines=item_lines)


# ---- recovery capital -------------------------------------------------------------------------------

STRENGTH_LINES: Final = (3, 2, 1, 0, 0)  # then the strongest on one line; then the score only


def draw_capital(page: Page, c: Capital, x: float, y: float, width: float, level: int) -> float:
    height = heading(page, x, y, width, translate("summary", "Recovery capital (BARC-10)"))
    if c.score is None:
        height += empty(page, x, y + height, width, c.score_text)
        return height + page.text(x, y + height, width, c.credit, SMALL_PT, colour=MUTED)
    last = level >= len(STRENGTH_LINES) - 1
    if last and c.change:  # the score and its change on one line
        line = translate("summary_pdf", "{score} · {change}").format(score=c.score_text, change=c.change)
        height += page.text(x, y + height, width, line, BODY_PT, bold=True, colour=ACCENT)
    else:
        height += page.text(x, y + height, width, c.score_text, BODY_PT + 2, bold=True, colour=ACCENT)
        if c.change:
            height += page.text(x, y + height, width, c.change, BODY_PT, colour=MUTED)
    height += 1.0
    count = STRENGTH_LINES[min(level, len(STRENGTH_LINES) - 1)]
    if c.strengths and count:
        height += page.text(x, y + height, width, c.strengths_text, BODY_PT, colour=MUTED)
        height += bullets(page, x, y + height, width, c.strengths[:count], 0, count,
                          item_lines=2 if level == 0 else 1)
    elif c.strengths and not last:
        line = page.fit_list(c.strengths, 0, BODY_PT, width, lead=c.strengths_text)
        height += page.text(x, y + height, width, line, BODY_PT)
    return height + page.text(x, y + height, width, c.credit, SMALL_PT, colour=MUTED)


# ---- the safety plan ------------------------------------------------------------------------------

# 0: each chosen part with up to 3 lines; 1: each part's lines joined on one line;
# 2: parts named on one line; 3: the statement only.
SAFETY_LEVELS: Final = 4


def draw_safety(page: Page, s: Safety, x: float, y: float, width: float, level: int) -> float:
    height = heading(page, x, y, width, translate("summary", "My safety plan"))
    lines = 1 if level >= SAFETY_LEVELS - 1 else 2
    height += page.paragraph(x, y + height, width, s.statement, BODY_PT, lines)
    height += page.paragraph(x, y + height, width, s.naloxone, BODY_PT, lines, colour=MUTED)
    parts = [p for p in s.parts if not p.empty]
    if not parts or level >= SAFETY_LEVELS - 1:
        if parts:
            height += page.text(x, y + height, width, more_text(len(parts)), BODY_PT, colour=MUTED)
        return height
    if level == SAFETY_LEVELS - 2:
        names = [p.title for p in parts]
        return height + page.text(x, y + height, width, page.fit_list(names, 0, BODY_PT, width), BODY_PT)
    for part in parts:
        values = list(part.items) or [person.name for person in part.people]
        height += 2.0
        height += page.text(x, y + height, width, part.title, SMALL_PT, bold=True, colour=MUTED)
        if level == 0:
            height += bullets(page, x, y + height, width, values, 0, 3, own=True)
        else:
            height += page.text(x, y + height, width, page.fit_list(values, 0, BODY_PT, width), BODY_PT)
    return height
