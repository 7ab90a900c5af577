"""Temporary door: the summary renderer now lives in ui/printing/summary_pdf.py.

Only `journal/cli.py` still imports `write_summary_pdf` from here, until the launcher that hands
the command line its PDF writer lands; then this package goes. (A package rather than the old
ui/summary_render.py, so that git still sees that file as moved to ui/printing/summary_pdf.py.)
"""

from __future__ import annotations

from ..printing.summary_pdf import write_summary_pdf

__all__ = ["write_summary_pdf"]
