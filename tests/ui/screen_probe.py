"""Open the app on a journal, unlock it and visit every page; print where the window was.

Run in its own process by tests/ui/test_window_size.py, because the screen's size is fixed when Qt
starts: `QT_QPA_PLATFORM=offscreen:configfile=screen.json python -m tests.ui.screen_probe FOLDER
SETTINGS`. Prints one JSON object: the screen's available area and, for the locked screen and each
page, the window's frame and the smallest size its layout allows.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtTest import QTest

from journal import kdf
from tests.conftest import PASSPHRASE
from ui.app import make_application
from ui.main_window import MainWindow
from ui.pages.shell import PAGES
from ui.theme import UiSettings, apply_theme


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _wait(condition: object, timeout_ms: int = 8000) -> None:
    waited = 0
    while not condition() and waited < timeout_ms:  # type: ignore[operator]
        QTest.qWait(20)
        waited += 20


def main(folder: str, settings: str, text_scale: str = "1.0") -> int:
    app = make_application(["screen-probe"])
    ui_settings = UiSettings(Path(settings))
    apply_theme(app, "light", float(text_scale))
    window = MainWindow(Path(folder), ui_settings=ui_settings, profile=kdf.TEST_PROFILE)
    window.show()
    QTest.qWaitForWindowExposed(window)
    screen = window.screen()
    shown: dict[str, object] = {"available": _rect(screen.availableGeometry()), "pages": {}}
    pages: dict[str, object] = {"locked": [_rect(window.frameGeometry()), window.minimumSizeHint().toTuple()]}
    window.session.unlock(PASSPHRASE)
    _wait(lambda: window.is_unlocked)
    for name, *_ in PAGES:
        assert window.shell is not None
        window.shell.go(name)
        _wait(lambda: window.session.runner.pending == 0)
        QTest.qWait(30)
        pages[name] = [_rect(window.frameGeometry()), window.minimumSizeHint().toTuple()]
    shown["pages"] = pages
    shown["maximised"] = window.isMaximized()
    window.lock()
    window.close()
    print(json.dumps(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
