"""The `recovery-journal` command: the core's command line, plus what only the desktop can do.

`journal.cli` parses and runs every command without Qt; this launcher hands it the two desktop
abilities, opening the app and drawing the PDFs (the summary, the safety plan), each loaded only
when it is used. Start-up
is measured (bench/app_launch.py), so this module imports nothing else: the app's own modules
load inside `run_app`, and the unlock screen first.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from journal import cli, messages
from journal.errors import JournalError

if TYPE_CHECKING:
    from journal.recovery_sheet import RecoverySheet
    from journal.safety_page import PlanPage
    from journal.summary import SummaryContent


def run_app(folder: Path, minimized: bool = False) -> int:
    """Open the desktop app on the journal in `folder` (minimised when started at login); its
    exit code."""
    # Until the first frame (ui.app.after_first_frame): start-up makes tens of thousands of objects
    # that live as long as the app, and collecting them again and again costs the unlock screen
    # ~5 ms, measured.
    gc.disable()
    try:
        from .app import run_app as run
    except ImportError as exc:  # installed without PySide6 (or its system libraries)
        gc.enable()
        raise JournalError(messages.NO_DESKTOP_APP) from exc
    return run(folder, minimized=minimized)


def write_summary_pdf(content: SummaryContent, path: Path) -> None:
    """Draw the one-page summary into a PDF file, on a screen or, with none, off screen."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from .printing.summary_pdf import write_summary_pdf as write
    except ImportError as exc:
        raise JournalError(messages.NO_DESKTOP_PDF) from exc
    write(content, path)


def write_plan_pdf(page: PlanPage, path: Path, wallet: bool) -> None:
    """Draw the safety plan on one page (or the wallet card) into a PDF file."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from .printing.summary import write_plan_pdf as write
    except ImportError as exc:
        raise JournalError(messages.NO_DESKTOP_PDF) from exc
    write(page, path, wallet)
def recovery_sheet_pdf(sheet: RecoverySheet) -> bytes:
    """Draw the recovery key's one-page sheet as PDF bytes (the command line writes the file)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from .printing.recovery_sheet import sheet_pdf_bytes
    except ImportError as exc:
        raise JournalError(messages.NO_DESKTOP_PDF) from exc
    return sheet_pdf_bytes(sheet)


def desktop_available() -> bool:
    """Whether PySide6 is installed, asked without loading it."""
    if getattr(sys, "frozen", False):  # the standalone app always carries it
        return True
    from importlib.util import find_spec

    try:
        return find_spec("PySide6") is not None
    except (ImportError, ValueError):
        return False


def main(argv: Sequence[str] | None = None) -> int:
    """The console entry point (`recovery-journal = "ui.launcher:main"`)."""
    from journal.process import harden

    harden()  # no core dumps, no same-user ptrace, private files: before any secret arrives
    desktop = (
        cli.Desktop(run_app, write_summary_pdf, write_plan_pdf, recovery_sheet_pdf)
        if desktop_available() else None
    )
    return cli.main(argv, desktop=desktop)


if __name__ == "__main__":
    sys.exit(main())
