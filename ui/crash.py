"""The one crash handler: a kind dialog, and a log that can never hold journal text.

Exception *messages* may quote what the person wrote (a failed parse, a bad value), so the log
keeps only the exception's type and, for every frame, the file, line number and function name.
No source lines, no locals, no message. The log lives in the settings folder; nothing is sent.
"""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:  # the dialog and Qt's namespace of enums load only if the dialog is ever shown
    from PySide6.QtWidgets import QMessageBox

LOG_NAME: Final = "crash.log"
MAX_LOG_BYTES: Final = 256 * 1024


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Type plus frames (file:line in function): safe to keep, useful to fix the bug."""
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    lines = [f"{stamp} {exc_type.__module__}.{exc_type.__qualname__}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    return "\n".join(lines) + "\n"


class CrashHandler(QObject):
    """Installed once per app; also receives `TaskRunner.unexpected`."""

    def __init__(self, log_folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_folder / LOG_NAME
        self.window: QWidget | None = None
        self.count = 0
        self._dialog: QMessageBox | None = None
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        self.count += 1
        self.log(describe(exc_type, tb))
        QTimer.singleShot(0, self._show)

    def unexpected(self, error: object) -> None:
        """A bug inside an operation on the task runner (not one of the core's known, worded errors)."""
        if isinstance(error, BaseException):
            self.handle(type(error), error, error.__traceback__)

    def log(self, text: str) -> None:
        """Add `text` to the crash log (0600, never through a link); a failure is ignored."""
        from journal import files

        try:
            files.make_folder(self.log_path.parent)
            if self.log_path.exists() and self.log_path.stat().st_size > MAX_LOG_BYTES:
                self.log_path.unlink()
            files.append_private(self.log_path, text)  # 0600, never through a link
        except OSError:
            pass

    def _show(self) -> None:
        import shiboken6

        # Closing the dialog deletes it: asking a deleted one whether it is up would raise here,
        # inside the crash handler, and come straight back to it.
        if self._dialog is not None and shiboken6.isValid(self._dialog) and self._dialog.isVisible():
            return
        from PySide6.QtCore import QCoreApplication, Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.window)
        box.setWindowTitle(QCoreApplication.translate("MainWindow", "Recovery Journal"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(self.tr("Something went wrong inside the app. Sorry about that."))
        box.setInformativeText(
            self.tr(
                "Everything you saved is safe in your journal. If something looks odd, "
                "close the app and open it again. A short technical note (with none of your writing) "
                "was kept in {file}."
            ).format(file=self.log_path)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog = box
        box.open()
