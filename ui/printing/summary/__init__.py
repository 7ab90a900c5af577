"""The one-page keyworker summary and the printed safety plan, drawn for paper.

`journal.summary.build_summary` decides what the summary says (and `journal.safety_page` what the
plan says); this package decides how they look. The app's print preview, its "Save as PDF…",
and the command line's `summary` and `plan` all call these functions, so every route prints the
same page.

    page.py              drawing and measuring in points (one Page class), fonts, colours;
                         right to left, the page mirrored in one place
    blocks.py            a section as a block that can shrink level by level; shared shapes
    planner.py           the one place that makes the summary exactly one page
    header.py            the title, who and when; the footer
    scores.py            hope, mood and craving: chart and table
    journal_sections.py  connection, triggers, gratitude, support, agenda, entries, notes
    plan_sections.py     goals, if-then plans, recovery capital, the safety plan
    use.py               the use record and its four-week grid
    plan_page.py         the safety plan on one page, and the wallet card

Why QPainter by hand rather than HTML in a QTextDocument: the page must be exactly one page
whatever the journal holds, so every block is measured before it is drawn and every list is cut
to the space left, ending with "+ N more". Words go through journal.i18n.translate (not
QCoreApplication.translate): the command line draws these pages too, with only the core's
translator loaded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtGui import QPdfWriter

from journal import files
from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.summary import SummaryContent

from .page import PDF_CREATOR, ensure_gui, page_layout, pdf_bytes
from .plan_page import plan_pdf_bytes, render_plan, render_wallet, write_plan_pdf
from .planner import RenderReport, render_summary, render_summary_image

# The title a PDF viewer shows in its title bar (and a printer's job list): the page's own title,
# the same words in the same language (journal.summary writes it with the same context).
PDF_TITLE: Final = QT_TRANSLATE_NOOP("summary", "Recovery Journal summary")


def pdf_title() -> str:
    """The PDF's title and the print job's name, in the language the page is printed in."""
    return translate("summary", PDF_TITLE)


def summary_pdf_bytes(content: SummaryContent) -> tuple[bytes, RenderReport]:
    """The PDF in memory: nothing touches the disk until the person's chosen file is written.

    The metadata names no person: a fixed title and creator, and no author.
    """
    reports: list[RenderReport] = []

    def draw(writer: QPdfWriter) -> None:
        reports.append(render_summary(content, writer))

    return pdf_bytes(content.page, pdf_title(), draw), reports[0]


def write_summary_pdf(content: SummaryContent, path: Path | str) -> RenderReport:
    """Write the one-page PDF to `path` and nowhere else: whole or not at all, readable by the
    person alone (journal.files; its temporary name sits beside `path`, never in another folder)."""
    pdf, report = summary_pdf_bytes(content)
    files.write_atomically(Path(path), pdf)
    return report


__all__ = [
    "PDF_CREATOR",
    "PDF_TITLE",
    "RenderReport",
    "ensure_gui",
    "page_layout",
    "pdf_title",
    "plan_pdf_bytes",
    "render_plan",
    "render_summary",
    "render_summary_image",
    "render_wallet",
    "summary_pdf_bytes",
    "write_plan_pdf",
    "write_summary_pdf",
]
