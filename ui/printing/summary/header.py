"""The top and bottom of the summary: the title with "Shared by choice", who and when, and the
footer that says what the figures are.

The words come from the core (journal.summary) or through journal.i18n.translate: the same
drawing runs in the app and on the command line, where only the core's translator is loaded.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF

from journal.i18n import translate
from journal.summary import SummaryContent

from .page import ACCENT, BODY_PT, FAINT, MUTED, SMALL_PT, TINT, TITLE_PT, Page


def draw_header(page: Page, content: SummaryContent, x: float, y: float, width: float) -> float:
    header = content.header
    if not content.show_header:  # a plain title line keeps the figures tied to their period
        title = translate("summary_pdf", "{title} · {period}").format(
            title=header.title, period=header.period_text)
        height = page.text(x, y, width, title, BODY_PT, bold=True)
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

    fields = [
        ("name", translate("summary_pdf", "Name"), header.name),
        ("keyworker", translate("summary_pdf", "Keyworker"), header.keyworker),
        ("period", translate("summary_pdf", "Period"), header.period_text),
        ("printed", translate("summary_pdf", "Printed"), header.printed_text),
    ]
    fields = [(key, label, value) for key, label, value in fields if value]
    gap = 18.0
    # each field as wide as its label or value; "Printed" sits at the right edge
    widths = {
        key: max(page.advance(label.upper(), SMALL_PT - 0.5, True), page.advance(value, BODY_PT + 0.5)) + 2.0
        for key, label, value in fields
    }
    over = sum(widths.values()) + gap * (len(fields) - 1) - width
    names: list[str] = [key for key in ("name", "keyworker") if key in widths]
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
        for key in names:
            widths[key] = min(widths[key], max(cap, 60.0))
        over = sum(widths.values()) + gap * (len(fields) - 1) - width
    if over > 0 and "period" in widths:  # then the period (elided, rarely needed)
        widths["period"] = max(60.0, widths["period"] - over)
    if "printed" in widths and len(fields) > 1:
        spare = width - sum(widths.values()) - gap * (len(fields) - 1)
        widths[fields[-2][0]] += max(0.0, spare)
    column_x = x
    label_h = page.line_height(SMALL_PT - 0.5)
    value_h = page.line_height(BODY_PT + 0.5)
    for key, label, value in fields:
        w = widths[key]
        page.text(column_x, y0, w, label.upper(), SMALL_PT - 0.5, bold=True, colour=MUTED)
        page.text(column_x, y0 + label_h, w, value, BODY_PT + 0.5, own=key in ("name", "keyworker"))
        column_x += w + gap
    bottom = y0 + (label_h + value_h if fields else 0.0) + 4.0
    page.rule(x, bottom, width, ACCENT, 0.9)
    return bottom + 2.0 - y


def footer_words() -> str:
    return translate(
        "summary_pdf",
        "Made with Recovery Journal on my own computer. Averages are over the check-ins that answered "
        "each scale; changes compare the printed figures with the period of the same length just before.",
    )


def draw_footer(page: Page, x: float, bottom: float, width: float) -> float:
    """The footer's height; drawn so its last line ends at `bottom`."""
    size = SMALL_PT - 0.5
    lines = page.lines(footer_words(), size, width, 2)
    h = page.line_height(size) * len(lines)
    top = bottom - h
    page.rule(x, top - 4.0, width, FAINT, 0.5)
    for line in lines:
        top += page.text(x, top, width, line, size, colour=MUTED)
    return h + 6.0
