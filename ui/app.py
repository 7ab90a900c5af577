"""Starting the desktop app: `run_app(data_dir)` is what the command line calls.

The window is ui/main_window.py; which journal is open, and locking, is ui/session.py.

Start-up is measured from starting the process to the unlock screen on the screen
(bench/unlock_screen.py, next to a bare PySide6 window), so what the unlock screen does not need in
order to be seen waits for its first frame (`after_first_frame`): Python's cyclic garbage
collector, which ui.launcher pauses while the start-up's tens of thousands of long-lived objects
(modules, classes, PySide6's enums) are made, asking the computer whether it prefers dark (the
unlock screen is drawn in the answer remembered from the last start, UiSettings.computer_scheme),
and loading what unlocking needs first.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path
from typing import Final

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from journal import paths

from .collector import UiThreadCollector
from .crash import CrashHandler
from .i18n import app_language
from .i18n import install as install_language
from .main_window import APP_TITLE, MainWindow
from .theme import UiSettings, apply_theme, is_dark

# libdbus's address for "there is no session bus": fail at once, start nothing.
NO_SESSION_BUS: Final = "disabled:"


def no_bus_autolaunch(environ: MutableMapping[str, str] = os.environ, platform: str = sys.platform) -> None:
    """Without a session bus, libdbus starts one through dbus-launch (X11 "autolaunch") the first
    time Qt asks for it, which its accessibility bridge does when a window shows: a dbus-daemon
    left running after the app quits, and ~/.dbus/session-bus/… written on the host, in portable
    mode too (issue 12, point 3's "nothing on the computer"). Where no bus is named and none is at
    $XDG_RUNTIME_DIR/bus, say there is none. A desktop with a screen reader always has a bus."""
    if platform.startswith(("win32", "darwin")) or environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if not (runtime and os.path.exists(os.path.join(runtime, "bus"))):
        environ["DBUS_SESSION_BUS_ADDRESS"] = NO_SESSION_BUS


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    no_bus_autolaunch()
    # Fusion everywhere, so the palettes look as designed; chosen the way Qt's own "-style"
    # option does (Qt 6 already keeps fractional high-DPI scales, so text stays sharp).
    args = argv or sys.argv[:1] or ["recovery-journal"]
    app = QApplication([args[0], "-style", "Fusion", *args[1:]])
    app.setApplicationName("RecoveryJournal")
    app.setApplicationDisplayName(APP_TITLE)
    app.setDesktopFileName("recovery-journal")
    return app


def run_app(data_dir: Path, argv: list[str] | None = None, minimized: bool = False) -> int:
    """Open the desktop app on the journal folder `data_dir`; returns the exit code."""
    app = make_application(argv)
    install_language(app, app_language())  # chosen by journal.cli.main
    ui_settings = UiSettings(paths.settings_dir(Path(data_dir)))
    # Following the computer: drawn as it was last time, asked again after the first frame.
    remembered = ui_settings.computer_scheme if ui_settings.theme == "system" else None
    apply_theme(app, remembered or ui_settings.theme, ui_settings.text_scale)
    crash = CrashHandler(paths.settings_dir(Path(data_dir)))
    crash.install()
    window = MainWindow(Path(data_dir), ui_settings=ui_settings, crash=crash)
    crash.window = window

    def scheme_changed(_scheme: object) -> None:
        if ui_settings.theme == "system":
            apply_theme(app, "system", ui_settings.text_scale)
            ui_settings.remember_computer_scheme(is_dark("system"))

    QGuiApplication.styleHints().colorSchemeChanged.connect(scheme_changed)
    collector = UiThreadCollector(app)
    window.first_frame.connect(lambda: after_first_frame(app, ui_settings, remembered, collector))
    if minimized:
        window.showMinimized()
    else:
        window.show()
    try:
        return int(app.exec())
    finally:
        crash.uninstall()
        collector.stop()


def after_first_frame(
    app: QApplication, ui_settings: UiSettings, drawn_in: str | None, collector: UiThreadCollector
) -> None:
    """The unlock screen is on the screen: collect garbage again, from the UI thread only
    (ui/collector.py); when following the computer, ask it now whether it prefers dark, and
    switch if it changed while the app was closed; load the passphrase check (Argon2's bindings
    and OpenSSL's hashlib, ~5 ms) while the person types, not after Enter."""
    collector.start()
    if ui_settings.theme == "system":
        dark = is_dark("system")
        ui_settings.remember_computer_scheme(dark)
        if drawn_in is not None and dark != (drawn_in == "dark"):
            apply_theme(app, "system", ui_settings.text_scale)
    import journal.cipher  # noqa: F401
