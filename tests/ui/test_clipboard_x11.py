"""The clipboard and the X11 selection on a real X server (Xvfb), with another program beside the
app (issue 12, point 2): after lock and quit, what the app owned is gone from both; what another
program copied is left alone. The offscreen platform cannot show this: its clipboard is inside
the process and cannot say who owns it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal import kdf
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.stress.common import python_env

NOTE = "a private note copied on X11"

APP = """
import select, sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from journal import kdf
from ui.app import make_application
from ui.main_window import MainWindow
from ui.theme import UiSettings

app = make_application(["recovery-journal"])
window = MainWindow(Path(sys.argv[1]), ui_settings=UiSettings(Path(sys.argv[2])), profile=kdf.TEST_PROFILE)
window.show()

def wait(condition):
    while not condition():
        app.processEvents()

def command():
    while True:  # serve clipboard requests from other programs while waiting
        app.processEvents()
        if select.select([sys.stdin], [], [], 0.01)[0]:
            return sys.stdin.readline().strip()

def unlock():
    QTest.keyClicks(window.unlock_screen.passphrase, sys.argv[3])
    QTest.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    wait(lambda: window.is_unlocked)

while True:
    step = command()
    if step == "copy-note":
        unlock()
        note = window.shell.go("Today").checkin.note
        note.setFocus()
        QTest.keyClicks(note, sys.argv[4])
        QTest.keyClick(note, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # the X11 selection too
        QTest.keyClick(note, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    elif step == "lock":
        window.lock()
    elif step == "unlock-lock":
        unlock()
        window.lock()
    elif step == "quit":
        window.close()
        print("ok", flush=True)
        break
    print("ok", flush=True)
"""

OTHER_PROGRAM = """
import json, select, sys
from PySide6.QtGui import QClipboard, QGuiApplication
app = QGuiApplication(["other"])
board = app.clipboard()
if sys.argv[1] == "read":
    print(json.dumps([board.text(QClipboard.Mode.Clipboard), board.text(QClipboard.Mode.Selection)]))
else:  # own the clipboard and the selection until told to stop
    board.setText("copied by another program", QClipboard.Mode.Clipboard)
    board.setText("selected in another program", QClipboard.Mode.Selection)
    print("owning", flush=True)
    while not select.select([sys.stdin], [], [], 0.01)[0]:
        app.processEvents()
"""


@pytest.fixture
def display() -> Iterator[str]:
    binary = shutil.which("Xvfb")
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Xvfb is missing (build/system-deps.sh installs it)")
        pytest.skip("Xvfb is not installed (make system-deps)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen([binary, "-displayfd", str(write_fd), "-screen", "0", "1024x768x24",
                               "-nolisten", "tcp"], pass_fds=(write_fd,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_lock_and_quit_empty_what_the_app_owns_and_leave_other_programs_alone(
    tmp_path: Path, display: str
) -> None:
    folder = tmp_path / "journal"
    Vault.create(folder, PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    env = python_env(DISPLAY=display, QT_QPA_PLATFORM="xcb")

    def read() -> list[str]:
        done = subprocess.run([sys.executable, "-c", OTHER_PROGRAM, "read"], capture_output=True,
                              text=True, env=env, timeout=60)
        assert done.returncode == 0, done.stderr
        return list(json.loads(done.stdout))

    app = subprocess.Popen([sys.executable, "-c", APP, str(folder), str(tmp_path / "settings"),
                            PASSPHRASE, NOTE], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                           text=True, env=env)
    assert app.stdin is not None and app.stdout is not None

    def tell(step: str) -> None:
        assert app.stdin is not None and app.stdout is not None
        app.stdin.write(step + "\n")
        app.stdin.flush()
        assert app.stdout.readline().strip() == "ok", step

    other = None
    try:
        tell("copy-note")
        assert read() == [NOTE, NOTE]  # on the clipboard, and the selection
        tell("lock")
        assert read() == ["", ""]

        other = subprocess.Popen([sys.executable, "-c", OTHER_PROGRAM, "own"], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True, env=env)
        assert other.stdout is not None and other.stdout.readline().strip() == "owning"
        tell("unlock-lock")
        tell("quit")
        assert app.wait(timeout=60) == 0
        assert read() == ["copied by another program", "selected in another program"]
    finally:
        for process in (app, other):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait(timeout=30)
