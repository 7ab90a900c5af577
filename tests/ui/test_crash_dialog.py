"""The crash dialog after it has been closed once: a later bug shows it again."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.crash import CrashHandler


def shown_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_bug_after_the_crash_dialog_was_closed_shows_it_again(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Closing the dialog deletes it; the handler used to ask the deleted dialog whether it was
    still up, which raised inside the crash handler itself (and, as the app's excepthook, again
    and again)."""
    handler = CrashHandler(tmp_path / "logs")

    def bug() -> None:
        try:
            raise ValueError("a bug")
        except ValueError as exc:
            handler.handle(type(exc), exc, exc.__traceback__)

    bug()
    qtbot.waitUntil(lambda: len(shown_boxes()) == 1)
    first = shown_boxes()[0]
    first.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))
    bug()
    qtbot.waitUntil(lambda: len(shown_boxes()) == 1)
    assert handler.count == 2
    for box in shown_boxes():
        box.close()
