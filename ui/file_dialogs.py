"""Qt's file dialogs without the trail they leave on the computer.

A QFileDialog saves its history, the last folder visited and its sidebar to Qt's own settings
file (`QSettings(UserScope, "QtProject")`, on Linux `~/.config/QtProject.conf`), in portable mode
too: after "Open another journal folder…" the host computer held `history=file:///…/Janes-rehab-
journal`. Two things stop that:

- `keep_qt_settings_beside(folder)`: Qt's user-scope settings go to the app's own settings folder
  (on the USB stick in portable mode) instead of the host's. Called once the window knows it.
- `forget_dialog_history()`: after each dialog (when it is destroyed, which is when Qt writes),
  Qt's file-dialog section is removed, so no folder or file name stays on disk at all. The app
  opens every file dialog through `private_dialog` (or calls `forget_dialog_history` after a
  static one), and the session forgets again at start and at quit.

Windows and macOS keep Qt's user settings in the registry and in preferences, which `setPath`
does not move; forgetting after each dialog still removes the names there.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Final

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

QT_ORGANISATION: Final = "QtProject"
FILE_DIALOG_GROUP: Final = "FileDialog"


def keep_qt_settings_beside(folder: Path) -> None:
    """Qt's own user settings (file dialogs, and any other Qt part that keeps some) in `folder`."""
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    forget_dialog_history()


def forget_dialog_history() -> None:
    """Remove what Qt's file dialogs saved (history, last folder, sidebar, view), and Qt's
    settings file with it when nothing else is in it."""
    settings = QSettings(QSettings.Scope.UserScope, QT_ORGANISATION)
    settings.remove(FILE_DIALOG_GROUP)
    settings.sync()
    path = Path(settings.fileName())
    if not settings.allKeys() and path.is_file():
        with contextlib.suppress(OSError):
            path.unlink()
    elif path.is_file() and os.name == "posix":
        with contextlib.suppress(OSError):
            path.chmod(0o600)


def private_dialog(dialog: QFileDialog) -> QFileDialog:
    """Forget the dialog's history as soon as Qt has written it (when the dialog is destroyed)."""
    dialog.destroyed.connect(lambda _object=None: forget_dialog_history())
    return dialog
