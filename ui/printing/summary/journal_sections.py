"""The sections about what the person recorded: time with others in recovery (and who with),
triggers, gratitude, the support network, the agenda, the entries they ticked, and the space
for notes from the session.

Each `draw_*` is a block's draw function (blocks.py): `level` 0 shows the most, the last level
the least, and every cut list ends with "+ N more". A ticked journal entry is never cut to a
letter or two: it keeps at least two lines, and a cut entry ends "… continues in the journal".
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QRectF

from journal import localformat
from journal.i18n import translate
from journal.summary import Agenda, Connection, Excerpt, Gratitude, Support, Triggers

from .blocks import bullets, empty, heading, heading_height, label_value_rows, quiet
from .page import ACCENT, BODY_PT, FAINT, GRID, ISOLATE, MUTED, SMALL_PT, TITLE_PT, Page


def _pick(levels: tuple[int, ...], level: int) -> int:
    return levels[min(level, len(levels) - 1)]


def _number(value: int) -> str:
    return localformat.format_number(value)


# ---- connection -----------------------------------------------------------------------------------

CONNECTION_LEVELS: Final = 5
COMPANION_LINES: Final = (5, 3, 2, 1, 1)


def _companion_items(c: Connection) -> list[str]:
    """'AA Tuesday group (4 meetings)', 'Sponsor (3 days)'. The name is isolated (ISOLATE): a
    name in English cannot take the count into its run in an Arabic sentence, nor the reverse."""
    return [
        (translate("summary_pdf", "{name} (%Ln meetings)", None, line.days) if line.group
         else translate("summary_pdf", "{name} (%Ln days)", None, line.days)).format(
            name=ISOLATE.format(line.label))
        for line in c.companions
    ]


def draw_connection(page: Page, c: Connection, x: float, y: float, width: float, level: int) -> float:
    height = heading(page, x, y, width, translate("summary", "Time with others in recovery"))
    if not c.days_with_checkins:
        words = translate("summary_pdf", "No check-ins in this period yet.")
        return height + empty(page, x, y + height, width, words)
    if level >= CONNECTION_LEVELS - 1:  # two lines: the figures, then who with
        figures = translate(
            "summary_pdf",
            "{count} of %Ln days with someone in recovery · average hope {peer} on those days, "
            "{other} on the others",
            None, c.days,
        ).format(count=_number(c.peer_days), peer=c.hope_on_peer_days, other=c.hope_on_other_days)
        height += page.paragraph(x, y + height, width, figures, BODY_PT, 2)
        if c.companions:
            items = _companion_items(c)
            line = page.fit_list(items, c.more_companions, BODY_PT, width, ", ")
            height += page.text(x, y + height, width, line, BODY_PT)
        return height
    big = _number(c.peer_days)
    big_w = page.advance(big, TITLE_PT, True) + 5.0
    page.text(x, y + height - 1.0, big_w, big, TITLE_PT, bold=True, colour=ACCENT)
    words = translate("summary_pdf", "of %Ln days I spent time with someone in recovery", None, c.days)
    drop = page.ascent(TITLE_PT, True) - page.ascent(BODY_PT)  # the words sit on the number's baseline
    text_h = page.paragraph(x + big_w, y + height - 1.0 + drop, width - big_w, words, BODY_PT, 2)
    height += max(page.line_height(TITLE_PT), drop + text_h) + 1.0
    if 0 < len(c.day_marks) <= 62 and level < CONNECTION_LEVELS - 2:  # one square per day
        size = min(7.0, (width + 2.0) / len(c.day_marks) - 2.0)
        for index, mark in enumerate(c.day_marks):
            square = QRectF(x + index * (size + 2.0), y + height, size, size)
            page.box(square, fill=ACCENT if mark else None, line=None if mark else FAINT, radius=1.2,
                     weight=0.6)
        height += size + 6.0
    height += label_value_rows(page, x, y + height, width, (
        (translate("summary_pdf", "Average hope on those days"), c.hope_on_peer_days),
        (translate("summary_pdf", "Average hope on the other days"), c.hope_on_other_days),
    ))
    if c.companions or c.more_companions:
        height += 2.0
        if c.meetings:
            sentence = translate("summary_pdf", "Who I was with (%Ln group meetings):", None, c.meetings)
        else:
            sentence = translate("summary_pdf", "Who I was with:")
        height += page.text(x, y + height, width, sentence, BODY_PT, colour=MUTED)
        items = _companion_items(c)
        lines = _pick(COMPANION_LINES, level)
        if lines == 1:
            height += page.text(x, y + height, width,
                                page.fit_list(items, c.more_companions, BODY_PT, width, ", "), BODY_PT)
        else:
            height += bullets(page, x, y + height, width, items, c.more_companions, lines)
    return height


# ---- triggers -------------------------------------------------------------------------------------

TRIGGER_LEVELS: Final = 6
RESPONSE_LINES: Final = (6, 4, 3, 2, 1, 0)  # 0: the responses on one line


def draw_triggers(page: Page, t: Triggers, x: float, y: float, width: float, level: int) -> float:
    height = heading(page, x, y, width, translate("summary", "Triggers"))
    if not t.count:
        words = translate("summary_pdf", "No triggers noted in this period.")
        return height + empty(page, x, y + height, width, words)
    noted = translate("summary_pdf", "Triggers noted")
    # the word the trigger form uses for its scale: strength (issue 11)
    strength = translate("summary_pdf", "Average trigger strength (0–10)")
    if level >= TRIGGER_LEVELS - 1:
        line = translate("summary_pdf", "{noted}: {count} · {strength}: {average}").format(
            noted=noted, count=_number(t.count), strength=strength, average=t.average_intensity)
        height += page.text(x, y + height, width, line, BODY_PT)
    else:
        height += label_value_rows(page, x, y + height, width, (
            (noted, _number(t.count)), (strength, t.average_intensity),
        ))
    height += 2.0
    often, outcomes = translate("summary_pdf", "Most often"), translate("summary_pdf", "Outcomes")
    label_w = max(page.advance(often), page.advance(outcomes)) + 8.0
    rows = ((often, [f"{name} {_number(n)}" for name, n in t.categories]),
            (outcomes, [f"{name} {_number(n)}" for name, n in t.outcomes]))
    for label, items in rows:
        page.text(x, y + height, label_w, label, BODY_PT, colour=MUTED)
        height += page.text(x + label_w, y + height, width - label_w,
                            page.fit_list(items, 0, BODY_PT, width - label_w), BODY_PT)
    if t.responses:
        lines = _pick(RESPONSE_LINES, level)
        height += 2.0
        helped = translate("summary_pdf", "What helped when I got through it")
        height += page.text(x, y + height, width, helped, BODY_PT, colour=MUTED)
        items = [f"{ISOLATE.format(r)} ({_number(n)})" for r, n in t.responses]
        if lines == 0:
            height += page.text(x, y + height, width, page.fit_list(items, t.more_responses, BODY_PT, width),
                                BODY_PT)
        else:
            height += bullets(page, x, y + height, width, items, t.more_responses, lines + 1)
    return height


# ---- gratitude and support --------------------------------------------------------------------------

GRATITUDE_LEVELS: Final = 5
GRATITUDE_LINES: Final = (8, 5, 3, 2, 1)  # 1: the items on one line


def draw_gratitude(page: Page, g: Gratitude, x: float, y: float, width: float, level: int) -> float:
    height = heading(page, x, y, width, translate("summary", "Gratitude"))
    if not g.items:
        words = translate("summary_pdf", "No gratitude lists in this period yet.")
        return height + empty(page, x, y + height, width, words)
    lines = _pick(GRATITUDE_LINES, level)
    items = [text for _, text in g.items]
    if level >= GRATITUDE_LEVELS - 1:
        lists = translate("summary_pdf", "%Ln lists:", None, g.lists)
        line = page.fit_list(items, g.more_items, BODY_PT, width, lead=lists)
        return height + page.text(x, y + height, width, line, BODY_PT)
    height += quiet(page, x, y + height, width, translate(
        "summary_pdf", "%Ln gratitude lists in this period. The most recent:", None, g.lists), 1)
    if lines == 1:
        return height + page.text(x, y + height, width, page.fit_list(items, g.more_items, BODY_PT, width),
                                  BODY_PT)
    return height + bullets(page, x, y + height, width, items, g.more_items, lines, own=True)


SUPPORT_LEVELS: Final = 3


def draw_support(page: Page, s: Support, x: float, y: float, width: float, level: int) -> float:
    height = heading(page, x, y, width, translate("summary", "Support network"))
    if not s.total:
        words = translate("summary_pdf", "No support contacts added yet.")
        return height + empty(page, x, y + height, width, words)
    everyone = translate("summary_pdf", "%Ln people and groups in my support network", None, s.total)
    if level >= SUPPORT_LEVELS - 1:  # the roles on one line
        items = [f"{g.label} {_number(g.count)}" for g in s.roles]
        line = page.fit_list(items, 0, BODY_PT, width, lead=_number(s.total) + ":")
        return height + page.text(x, y + height, width, line, BODY_PT)
    height += quiet(page, x, y + height, width, everyone, 1)
    if s.names_shown:
        label_w = min(max(page.advance(f"{g.label} {_number(g.count)}") for g in s.roles) + 8.0, width * 0.45)
        for group in s.roles:
            page.text(x, y + height, label_w, f"{group.label} {_number(group.count)}", BODY_PT, bold=True)
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
        page.text(cx + half - 28.0, cy, 28.0, _number(group.count), BODY_PT, bold=True, align_right=True)
    return height + rows * page.line_height(BODY_PT)


# ---- the agenda ----------------------------------------------------------------------------------

AGENDA_LINES: Final = (24, 14, 9, 6, 4, 3, 2)  # then: the items on one line


def draw_agenda(page: Page, a: Agenda, x: float, y: float, width: float, level: int) -> float:
    height = heading(page, x, y, width, translate("summary", "What I want to talk about"))
    if not a.items:
        words = translate("summary_pdf", "Nothing added yet.")
        return height + empty(page, x, y + height, width, words)
    if level >= len(AGENDA_LINES):
        line = page.fit_list(a.items, a.more_items, BODY_PT, width)
        return height + page.text(x, y + height, width, line, BODY_PT)
    return height + bullets(page, x, y + height, width, a.items, a.more_items, _pick(AGENDA_LINES, level),
                            box=True, item_lines=2, own=True)


# ---- the entries the person ticked ------------------------------------------------------------------

# (entries shown at most, lines of text each at most); a shown entry keeps at least two lines,
# and at the last level the line alone says how many were chosen
EXCERPT_LEVELS: Final = ((20, 7), (10, 6), (6, 5), (4, 4), (3, 3), (2, 2), (1, 2), (0, 2))
EXCERPT_GAP: Final = 4.0


def continues() -> str:
    return translate("summary_pdf", " … continues in the journal")


def draw_excerpts(page: Page, excerpts: tuple[Excerpt, ...], hidden: int, x: float, y: float,
                  width: float, level: int) -> float:
    height = heading(page, x, y, width, translate("summary_pdf", "From my journal, chosen to share"))
    most, lines = EXCERPT_LEVELS[min(level, len(EXCERPT_LEVELS) - 1)]
    total = len(excerpts) + hidden
    if not total:
        words = translate(
            "summary_pdf", "No entries ticked. Tick check-ins or triggers on the Summary page to share them.")
        return height + empty(page, x, y + height, width, words)
    shown = excerpts[:most]
    if not shown:
        words = translate(
            "summary_pdf",
            "%Ln entries chosen to share: there is no room for them on this page with the other "
            "sections; they are in the journal.",
            None, total,
        )
        return height + page.paragraph(x, y + height, width, words, BODY_PT, 2, colour=MUTED)
    for excerpt in shown:
        height += page.text(x, y + height, width, excerpt.heading, SMALL_PT, bold=True, colour=MUTED)
        text = excerpt.text or translate("summary_pdf", "(no words written)")
        height += page.paragraph(x, y + height, width, text, BODY_PT, lines, cut_suffix=continues(),
                                 own=bool(excerpt.text))
        height += EXCERPT_GAP
    if total > len(shown):
        # Said in full: a bare "+ 47 more" under an entry reads as more of that entry.
        rest = translate("summary_pdf", "+ %Ln more chosen entries, in the journal", None, total - len(shown))
        height += page.text(x, y + height, width, rest, BODY_PT, colour=MUTED)
    return height


# ---- notes from the session -------------------------------------------------------------------------

NOTES_SPACING: Final = 20.0
NOTES_LINES: Final = (6, 4, 3, 2)  # lines to write on the notes ask for, at each level


def notes_minimum(page: Page, level: int) -> float:
    """The room the notes ask for at `level`: their heading and lines to write on (at least two)."""
    return heading_height(page) + NOTES_SPACING * NOTES_LINES[min(level, len(NOTES_LINES) - 1)] + 4.0


def draw_notes(page: Page, x: float, y: float, width: float, bottom: float) -> float:
    """Ruled lines for the session, down to `bottom`."""
    height = heading(page, x, y, width, translate("summary_pdf", "Notes from our session"))
    line_y = y + height + NOTES_SPACING
    while line_y <= bottom - 2.0:
        page.rule(x, line_y, width, GRID, 0.6)
        line_y += NOTES_SPACING
    return bottom - y

