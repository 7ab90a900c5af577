"""The app, on a real X server and accessibility bus, visiting every screen, page and dialog;
at each one `walker.py` (another process, the system's Python) reads the whole tree over AT-SPI.

Run by tests/ui/test_accessibility_bus.py inside a private D-Bus session, with DISPLAY set:

    python -m tests.ui.a11y_bus.drive FOLDER REPORT WALKER_PYTHON SECRET

It drives the app as the other ui tests do (the real MainWindow, a real vault in FOLDER), writes
the secret sentence into a check-in note, and locks at the end. REPORT gets one JSON object:
{"stations": [{"label", "mode", "objects": [...]}], "problems": [...]}; the test asserts on it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from journal import kdf
from ui.app import make_application
from ui.crash import CrashHandler
from ui.i18n import app_language
from ui.i18n import install as install_language
from ui.main_window import MainWindow
from ui.theme import UiSettings, apply_theme

PASSPHRASE = "correct horse battery staple"
WALKER = Path(__file__).with_name("walker.py")


class Driver:
    def __init__(self, folder: Path, walker_python: str) -> None:
        self.folder = folder
        self.walker_python = walker_python
        self.app = make_application()
        install_language(self.app, app_language())  # English, dates as the app formats them
        apply_theme(self.app, "light", 1.0)
        self.window = MainWindow(
            folder / "journal", ui_settings=UiSettings(folder / "ui-settings"), profile=kdf.TEST_PROFILE
        )
        self.window.resize(1180, 780)
        self.window.show()
        folder.mkdir(parents=True, exist_ok=True)
        self.stations: list[dict[str, Any]] = []
        self.problems: list[str] = []
        self.heard: list[dict[str, Any]] = []
        self.listener: subprocess.Popen[bytes] | None = None
        self.heard_file = folder / "announcements.jsonl"

    # ---- waiting without blocking the app (the walker's questions are answered meanwhile) ------

    def wait_until(self, condition: Callable[[], object], what: str, timeout: float = 20.0) -> None:
        """Run the event loop (never sleep: the app answers the bus only from its loop) until
        `condition` holds."""
        if condition():
            return
        deadline = time.monotonic() + timeout
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(20)
        poll.timeout.connect(lambda: loop.quit() if condition() or time.monotonic() > deadline else None)
        poll.start()
        loop.exec()
        poll.stop()
        if not condition():
            raise TimeoutError(f"waited {timeout:.0f} s for {what}")

    def settle(self) -> None:
        runner = self.window.session.runner
        self.wait_until(lambda: runner.pending == 0, "the vault operations to finish")
        for _ in range(5):
            self.app.processEvents()

    def walk(self, label: str, mode: str = "showing") -> None:
        """Ask the walker for the tree as it is now; the app keeps answering it meanwhile."""
        self.settle()
        started = time.monotonic()
        with tempfile.TemporaryFile("w+", encoding="utf-8") as out, \
                tempfile.TemporaryFile("w+", encoding="utf-8") as err:
            walker = subprocess.Popen(
                [self.walker_python, str(WALKER), str(os.getpid()), mode], stdout=out, stderr=err
            )
            try:
                self.wait_until(lambda: walker.poll() is not None, f"the walker at {label}", 120)
            finally:
                if walker.poll() is None:
                    walker.kill()
                    walker.wait()
            out.seek(0)
            err.seek(0)
            objects = [json.loads(line) for line in out if line.strip()]
            if walker.returncode != 0:
                self.problems.append(f"{label}: the walker failed: {err.read()[-2000:]}")
        self.stations.append({"label": label, "mode": mode, "objects": objects,
                              "seconds": round(time.monotonic() - started, 1)})

    def start_listening(self) -> None:
        """A second walker that prints every announcement the app makes from now on."""
        with self.heard_file.open("w", encoding="utf-8") as out:
            self.listener = subprocess.Popen(
                [self.walker_python, str(WALKER), str(os.getpid()), "listen"],
                stdout=out, stderr=subprocess.DEVNULL,
            )
        self.wait_until(lambda: '"ready"' in self.heard_file.read_text(encoding="utf-8"),
                        "the announcement listener")

    def stop_listening(self) -> None:
        end = time.monotonic() + 2
        self.wait_until(lambda: time.monotonic() > end, "the last announcements", 5)
        if self.listener is not None:
            self.listener.terminate()
            self.listener.wait()
        for line in self.heard_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                event = json.loads(line)
                if "ready" not in event:
                    self.heard.append(event)

    def with_dialog(self, label: str, opener: Callable[[], object]) -> None:
        """Open a dialog (with open() or exec()), walk it, close it."""
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        finished: list[bool] = []

        def new_dialog() -> QDialog | None:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible() and id(widget) not in before:
                    return widget
            return None

        def inside() -> None:
            try:
                self.wait_until(lambda: new_dialog() is not None, f"the dialog {label}")
                dialog = new_dialog()
                assert dialog is not None
                QTest.qWaitForWindowExposed(dialog)
                self.walk(label)
                dialog.reject()
            except Exception:
                self.problems.append(f"{label}: {traceback.format_exc()}")
            finally:
                finished.append(True)

        QTimer.singleShot(0, inside)
        opener()
        self.wait_until(lambda: finished, f"the dialog {label} to close", 180)

    # ---- the visit ----------------------------------------------------------------------------

    def run(self, secret: str) -> None:
        window = self.window
        QTest.qWaitForWindowExposed(window)
        welcome = window.welcome
        self.walk("first-run welcome")
        window.show_locked_crisis()
        self.walk("crisis page before unlocking")
        window.show_start()
        QTest.keyClicks(welcome.passphrase, PASSPHRASE)
        QTest.keyClicks(welcome.repeat, PASSPHRASE)

        def first_unlock() -> None:
            QTest.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
            self.wait_until(lambda: window.is_unlocked, "the new journal to open")

        self.with_dialog("recovery key dialog, first journal", first_unlock)
        shell = window.shell
        assert shell is not None
        today = shell.go("Today")
        self.start_listening()
        for scale in (today.checkin.mood, today.checkin.hope):  # type: ignore[attr-defined]
            QTest.keyClick(scale.slider, Qt.Key.Key_Right)  # a key answers the scale: 6,
            QTest.keyClick(scale.slider, Qt.Key.Key_Left)  # then back to the middle, 5
        QTest.keyClicks(today.checkin.note, secret)  # type: ignore[attr-defined]
        self.wait_until(lambda: "Saved" in today.checkin_status.text(), "the check-in to save")  # type: ignore[attr-defined]
        from ui.pages.shell import PAGES

        for name, *_ in PAGES:
            page = shell.go(name)
            self.settle()
            if name == "Journal":
                view = page.view  # type: ignore[attr-defined]
                self.wait_until(lambda v=view: v.model().rowCount() > 0, "the journal's entries")
                view.setCurrentIndex(view.model().index(0, 0))
                view.setFocus()
            new_button = getattr(page, "new_button", None)
            if name != "Journal" and new_button is not None and new_button.isVisible():
                new_button.click()  # the page's editor, open on a new entry
                self.settle()
            self.walk(f"page {name}")
            if name == "Trends":  # the same figures as tables, as a screen reader user may ask
                page.lines.toggle.click()  # type: ignore[attr-defined]
                page.outcomes.toggle.click()  # type: ignore[attr-defined]
                self.settle()
                self.walk("page Trends as tables")
            if name == "Settings":
                self.with_dialog("recovery key dialog from Settings", page.recovery_box.open_dialog)  # type: ignore[attr-defined]
                self.with_dialog("export file dialog", page.export_button.click)  # type: ignore[attr-defined]
            if name == "My plan":
                self.with_dialog("print preview of the plan", page.print_button.click)  # type: ignore[attr-defined]
            if name == "Summary":
                self.wait_until(lambda p=page: p.content is not None, "the summary")  # type: ignore[attr-defined]
                self.with_dialog("print preview of the summary", page.open_print_preview)  # type: ignore[attr-defined]
        self.with_dialog("keyboard shortcuts", window.shortcuts_action.trigger)
        shell.open_hard_time()
        self.walk("I'm having a hard time")
        shell.close_hard_time()
        window.lock()
        self.wait_until(lambda: not window.is_unlocked and window.shell is None, "the lock")
        for _ in range(20):
            self.app.processEvents()
        self.walk("locked", mode="all")
        unlock = window.unlock_screen  # an error, said where it happens: a wrong passphrase
        QTest.keyClicks(unlock.passphrase, "not my passphrase")
        QTest.keyClick(unlock.passphrase, Qt.Key.Key_Return)
        self.wait_until(lambda: unlock.message.isVisible() and unlock.unlock_button.isEnabled(),
                        "the wrong passphrase's message")
        self.stop_listening()
        # The two message boxes: putting back a backup (offered when the journal file is damaged)
        # and the one every unexpected error shows.
        self.with_dialog("restore a backup?", lambda: window.unlock_screen.restore_requested.emit(
            self.folder / "journal" / "backups" / "journal-backup.db"))
        crash = CrashHandler(self.folder / "logs")
        crash.window = window

        def fail() -> None:
            try:
                raise RuntimeError("a bug, for the test")
            except RuntimeError as exc:
                crash.handle(type(exc), exc, exc.__traceback__)

        self.with_dialog("something went wrong", fail)
        window.show_forgot()
        self.walk("forgot passphrase")

    def report(self, path: Path) -> None:
        path.write_text(json.dumps({"stations": self.stations, "problems": self.problems,
                                    "announcements": self.heard}), encoding="utf-8")


def main() -> int:
    folder, report, walker_python, secret = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
    driver = Driver(folder, walker_python)
    try:
        driver.run(secret)
    except Exception:
        driver.problems.append(traceback.format_exc())
    driver.report(report)
    if driver.window.is_unlocked:
        driver.window.lock()
    driver.window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
