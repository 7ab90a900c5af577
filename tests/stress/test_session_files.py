"""A whole session through the app and the command line leaves every file it made private, nothing
on the computer outside the journal, the settings folder and the paths the person chose, and an
empty clipboard (issue 12, "Done when").

Both run through the real entry point (ui.launcher.main, which hardens the process); the app's
`run_app` is replaced by the same start-up followed by the person's session. On a private X
server when Xvfb is there: the clipboard and the X11 selection are then the X server's, read back
by another program after the lock while the app still runs (once it quits, X11 forgets what it
owned anyway, unless a clipboard manager took it). Offscreen otherwise. HOME, the XDG folders
and TMPDIR are fresh folders of the test's own, listed before and after.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .common import PW, REPO, record

APP = """
import select, sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
import ui.app
from journal import paths
from ui import launcher


def run_app(data, minimized=False):
    # What ui.app.run_app does, then the person's session; reached through ui.launcher.main,
    # so the process is hardened exactly as the real app is.
    from ui.crash import CrashHandler
    from ui.main_window import MainWindow
    from ui.theme import UiSettings, apply_theme

    chosen, passphrase = Path(sys.argv[1]), sys.argv[2]
    app = ui.app.make_application(["recovery-journal"])
    settings = UiSettings(paths.settings_dir(data))
    apply_theme(app, settings.theme, settings.text_scale)
    crash = CrashHandler(paths.settings_dir(data))
    crash.install()
    window = MainWindow(data, ui_settings=settings, crash=crash)
    window.show()

    def wait(condition):
        while not condition():
            app.processEvents()

    QTest.keyClicks(window.unlock_screen.passphrase, passphrase)
    QTest.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    wait(lambda: window.is_unlocked)
    note = window.shell.go("Today").checkin.note
    note.setFocus()
    QTest.keyClicks(note, "a note typed in the app")
    QTest.keyClick(note, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # the X11 selection
    QTest.keyClick(note, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # and the clipboard
    vault = window.session.runner.vault
    wait(lambda: window.session.runner.pending == 0 and vault.count("checkin") == 2)
    wait(lambda: list(paths.auto_dir(data).glob("daily-*.db")))  # the day's automatic backup
    page = window.shell.go("Settings")
    page.export_to(chosen / "app-export.json")
    page.backup(None)
    wait(lambda: window.session.runner.pending == 0)
    summary = window.shell.go("Summary")
    wait(lambda: summary.content is not None)
    assert summary.save_pdf(chosen / "app-summary.pdf")
    del vault
    window.lock()
    print("locked", flush=True)
    while not select.select([sys.stdin], [], [], 0.01)[0]:  # serve the clipboard while it is read
        app.processEvents()
    window.close()
    crash.uninstall()
    print("done", flush=True)
    return 0


ui.app.run_app = run_app
sys.exit(launcher.main(["--data-dir", sys.argv[3]]))
"""

READ_CLIPBOARD = """
import json
from PySide6.QtGui import QClipboard, QGuiApplication
app = QGuiApplication(["other"])
board = app.clipboard()
print(json.dumps([board.text(QClipboard.Mode.Clipboard), board.text(QClipboard.Mode.Selection)]))
"""


@pytest.fixture
def display() -> Iterator[str | None]:
    """A private X server if Xvfb is installed (make system-deps), else None (offscreen)."""
    binary = shutil.which("Xvfb")
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Xvfb is missing (build/system-deps.sh installs it)")
        yield None
        return
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen([binary, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24",
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


def listing(*folders: Path) -> set[Path]:
    return {path for folder in folders for path in folder.rglob("*")}


def not_private(paths: set[Path]) -> dict[str, str]:
    """Files not 0600 and folders not 0700, among `paths`."""
    wrong = {}
    for path in sorted(paths):
        mode = stat.S_IMODE(path.lstat().st_mode)
        expected = 0o700 if path.is_dir() else 0o600
        if mode != expected:
            wrong[str(path)] = oct(mode)
    return wrong


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="modes and folders as Linux has them")
def test_a_whole_session_leaves_only_private_files_where_they_belong(
    tmp_path: Path, display: str | None
) -> None:
    pytest.importorskip("PySide6.QtWidgets")
    home, tmp, data, chosen = (tmp_path / name for name in ("home", "tmp", "data", "chosen"))
    xdg = {"XDG_CONFIG_HOME": home / ".config", "XDG_CACHE_HOME": home / ".cache",
           "XDG_DATA_HOME": home / ".local" / "share", "XDG_STATE_HOME": home / ".local" / "state"}
    for folder in (home, tmp, chosen, *xdg.values()):
        folder.mkdir(parents=True, exist_ok=True)
    (tmp / "runtime").mkdir(mode=0o700)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "TMPDIR": str(tmp),
           "XDG_RUNTIME_DIR": str(tmp / "runtime"), "LANG": "C.UTF-8", "PYTHONPATH": str(REPO),
           "PYTHONDONTWRITEBYTECODE": "1", **{name: str(path) for name, path in xdg.items()}}
    if display:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    else:
        env.update(QT_QPA_PLATFORM="offscreen")
    before = listing(home, tmp)

    def rj(*args: str, stdin: str = PW + "\n") -> None:
        command = [sys.executable, "-m", "ui.launcher", "--data-dir", str(data), "--passphrase-stdin", *args]
        done = subprocess.run(command, input=stdin, capture_output=True, text=True, env=env, cwd=tmp,
                              timeout=300)
        assert done.returncode == 0, (args, done.stderr)

    rj("init")
    rj("checkin", "--mood", "6", "--hope", "7", "--note", "a note from the command line")
    app = subprocess.Popen([sys.executable, "-c", APP, str(chosen), PW, str(data)], stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp)
    assert app.stdin is not None and app.stdout is not None and app.stderr is not None
    try:
        assert app.stdout.readline().strip() == "locked", app.stderr.read()[-3000:]
        # Read while the app still runs (once it quits, X11 forgets what it owned anyway).
        clipboard = ["(offscreen: inside the app)", ""]
        if display:
            read = subprocess.run([sys.executable, "-c", READ_CLIPBOARD], capture_output=True, text=True,
                                  env=env, timeout=60)
            assert read.returncode == 0, read.stderr
            clipboard = json.loads(read.stdout)
        app.stdin.write("quit\n")
        app.stdin.flush()
        assert app.stdout.readline().strip() == "done"
        assert app.wait(timeout=60) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(timeout=30)
    rj("export", "--out", str(chosen / "cli-export.json"))
    rj("summary", "--out", str(chosen / "cli-summary.pdf"), "--days", "30")
    rj("backup", "--out", str(chosen / "stick" / "cli-backup.db"))

    settings = xdg["XDG_CONFIG_HOME"] / "RecoveryJournal"
    new_on_the_computer = sorted(str(p) for p in listing(home, tmp) - before
                                 if not p.is_relative_to(settings) and p != settings)
    made = listing(data) | {data} | listing(settings) | {settings} | listing(chosen)
    made -= {chosen}
    wrong = not_private(made)
    record("session-files", x11=bool(display), files_made=len([p for p in made if p.is_file()]),
           folders_made=len([p for p in made if p.is_dir()]), not_private=wrong,
           new_outside=new_on_the_computer, settings_folder=sorted(p.name for p in settings.iterdir()),
           clipboard_after_lock=clipboard)
    assert wrong == {}
    assert new_on_the_computer == []
    assert sorted(p.name for p in settings.iterdir()) == ["ui.ini"]  # no QtProject.conf, no crash.log
    if display:
        assert clipboard == ["", ""]
