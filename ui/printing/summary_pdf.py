"""The summary's drawing, by its older name: everything lives in the ui/printing/summary/ package.

Kept so the pages, the launcher and older tests that import `ui.printing.summary_pdf` go on
working while they move to the package.
"""

from __future__ import annotations

from .summary import (
    PDF_CREATOR,
    PDF_TITLE,
    RenderReport,
    ensure_gui,
    page_layout,
    pdf_title,
    plan_pdf_bytes,
    render_plan,
    render_summary,
    render_summary_image,
    render_wallet,
    summary_pdf_bytes,
    write_plan_pdf,
    write_summary_pdf,
)

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
