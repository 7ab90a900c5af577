"""Starting the desktop app: `run_app(data_dir)` is what the command line calls.

The window is ui/main_window.py; which journal is open, and locking, is ui/session.py.

Start-up is measured from starting the process to the unlock screen on the screen
(bench/unlock_screen.py, next to a bare PySide6 window), so what the unlock screen does not need in
order to be seen waits for its first frame (`after_first_frame`): Python's cyclic garbage
collector, which ui.launcher pauses while the start-up's tens of thousands of long-lived objects
(modules, classes, PySide6's enums) are made, and loading what unlocking needs first.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from journal import paths

from .crash import CrashHandler
from .i18n import app_language
from .i18n import install as install_language
from .main_window import APP_TITLE, MainWindow
from .theme import UiSettings, apply_theme


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fusion everywhere, so the palettes look as designed; chosen the way Qt's own "-style"
    # option does (Qt 6 already keeps fractional high-DPI scales, so text stays sharp).
    args = argv or sys.argv[:1] or ["recovery-journal"]
    app = QApplication([args[0], "-style", "Fusion", *args[1:]])
    app.setApplicationName("RecoveryJournal")
    app.setApplicationDisplayName(APP_TITLE)
    app.setDesktopFileName("recovery-journal")
    return app


def run_app(data_dir: Path, argv: list[str] | None = None) -> int:
    """Open the desktop app on the journal folder `data_dir`; returns the exit code."""
    app = make_application(argv)
    install_language(app, app_language())  # chosen by journal.cli.main
    ui_settings = UiSettings(paths.settings_dir(Path(data_dir)))
    apply_theme(app, ui_settings.theme, ui_settings.text_scale)
    crash = CrashHandler(paths.settings_dir(Path(data_dir)))
    crash.install()
    window = MainWindow(Path(data_dir), ui_settings=ui_settings, crash=crash)
    crash.window = window

    def scheme_changed(_scheme: object) -> None:
        if ui_settings.theme == "system":
            apply_theme(app, "system", ui_settings.text_scale)

    QGuiApplication.styleHints().colorSchemeChanged.connect(scheme_changed)
    window.first_frame.connect(after_first_frame)
    window.show()
    try:
        return int(app.exec())
    finally:
        crash.uninstall()
        gc.enable()


def after_first_frame() -> None:
    """The unlock screen is on the screen: collect garbage again, and load the passphrase check
    (Argon2's bindings and OpenSSL's hashlib, ~5 ms) while the person types, not after Enter."""
    gc.enable()
    import journal.cipher  # noqa: F401
