"""Locking when the computer sleeps, its screen locks or the window is minimised (issue 12,
point 4): the idle clock counts time asleep, the desktop's D-Bus signals lock the journal, and
"Lock when the window is minimised" does what it says."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journal import kdf
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.stress.common import python_env
from tests.ui.conftest import unlock
from ui import idle
from ui.pages.settings import SettingsPage
from ui.screen_lock import ScreenLockListener, session_bus_expected, session_path
from ui.theme import LOCK_WHEN_MINIMISED

# ---- the idle clock ---------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(time, "CLOCK_BOOTTIME"), reason="CLOCK_BOOTTIME is Linux's")
def test_time_asleep_counts_towards_auto_lock(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A lid closed 4 minutes into a 5-minute timeout, opened 10 minutes later: locked at once.
    Suspend is played by moving CLOCK_BOOTTIME on, which counts sleep (time.monotonic does not)."""
    asleep = {"seconds": 0.0}
    real = time.clock_gettime

    def clock_gettime(clock: int) -> float:
        return real(clock) + (asleep["seconds"] if clock == time.CLOCK_BOOTTIME else 0.0)

    monkeypatch.setattr(time, "clock_gettime", clock_gettime)
    watcher = idle.IdleWatcher(5 * 60_000)
    watcher.start()
    asleep["seconds"] = 10 * 60
    with qtbot.waitSignal(watcher.idle, timeout=5000):
        pass
    watcher.stop()
    watcher.unwatch()


def test_elsewhere_the_wall_clock_counts_sleep_and_a_clock_set_back_does_not_hide_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = idle.IdleClock()
    monkeypatch.setattr(clock, "_boottime", None)  # as on Windows and macOS
    now = {"monotonic": 100.0, "wall": 1_000_000.0}
    monkeypatch.setattr(time, "monotonic", lambda: now["monotonic"])
    monkeypatch.setattr(time, "time", lambda: now["wall"])
    moment = clock.now()
    now["wall"] += 600  # ten minutes asleep: the monotonic clock did not move
    assert clock.seconds_since(moment) == 600
    now["wall"] -= 3600  # the clock set back an hour; 30 s really passed
    now["monotonic"] += 30
    assert clock.seconds_since(moment) == 30


# ---- minimising -------------------------------------------------------------------------------


def test_minimising_locks_when_the_person_asked_for_it(qtbot, make_window, closed_vault) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(qtbot, window)
    assert window.shell is not None
    settings = window.shell.go("Settings")
    assert isinstance(settings, SettingsPage)
    assert not settings.lock_minimised.isChecked()  # off unless asked for
    window.showMinimized()
    qtbot.wait(100)
    assert window.is_unlocked
    window.showNormal()
    qtbot.mouseClick(settings.lock_minimised, Qt.MouseButton.LeftButton)
    assert str(window.ui_settings.value(LOCK_WHEN_MINIMISED)).lower() == "true"
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=3000)


# ---- the desktop's signals on D-Bus ---------------------------------------------------------------


def test_only_a_screen_lock_or_sleep_locks() -> None:
    listener = ScreenLockListener()
    said: list[str] = []
    listener.locked.connect(lambda: said.append("locked"))
    listener.screen_saver(False)
    listener.sleeping(False)  # waking up
    assert said == []
    listener.screen_saver(True)
    listener.sleeping(True)
    listener.session_locked()
    assert said == ["locked"] * 3


def test_logind_session_paths_are_escaped_as_sd_bus_does() -> None:
    assert session_path("c2") == "/org/freedesktop/login1/session/c2"
    assert session_path("2") == "/org/freedesktop/login1/session/_32"
    assert session_path("12") == "/org/freedesktop/login1/session/_312"


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
        select.select([], [], [], 0.005)

for _ in range(3):
    QTest.keyClicks(window.unlock_screen.passphrase, sys.argv[3])
    QTest.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    wait(lambda: window.is_unlocked and window.session.screen_lock is not None)
    print("unlocked", " ".join(window.session.screen_lock.listening), flush=True)
    wait(lambda: not window.is_unlocked)
    print("locked", flush=True)
"""

DESKTOP = """
import os, sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusMessage
app = QCoreApplication(["desktop"])
service, path, interface, name, argument = sys.argv[1:6]
bus = QDBusConnection.connectToBus(os.environ["DBUS_SESSION_BUS_ADDRESS"], "desktop")
assert bus.registerService(service), bus.lastError().message()
signal = QDBusMessage.createSignal(path, interface, name)
if argument != "-":
    signal.setArguments([argument == "true"])
assert bus.send(signal)
bus.unregisterService(service)
"""


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A D-Bus daemon of our own, standing in for both the session and the system bus."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        if os.environ.get("CI") == "true":
            pytest.fail("dbus-daemon is missing (build/system-deps.sh installs it)")
        pytest.skip("dbus-daemon is not installed (make system-deps)")
    started = subprocess.Popen([daemon, "--session", "--nofork", "--print-address"], stdout=subprocess.PIPE,
                               text=True)
    assert started.stdout is not None
    address = started.stdout.readline().strip()
    try:
        yield address
    finally:
        started.terminate()
        started.wait(timeout=10)


def test_the_desktops_sleep_and_lock_signals_lock_the_journal(tmp_path: Path, private_bus: str) -> None:
    folder = tmp_path / "journal"
    Vault.create(folder, PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    env = python_env(DBUS_SESSION_BUS_ADDRESS=private_bus, DBUS_SYSTEM_BUS_ADDRESS=private_bus,
                     XDG_SESSION_ID="2", QT_QPA_PLATFORM="offscreen")
    app = subprocess.Popen([sys.executable, "-c", APP, str(folder), str(tmp_path / "settings"), PASSPHRASE],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert app.stdout is not None
    signals = [
        ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
         "ActiveChanged", "true"),
        ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
         "PrepareForSleep", "true"),
        ("org.freedesktop.login1", "/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session",
         "Lock", "-"),
    ]
    try:
        for service, path, interface, name, argument in signals:
            line = app.stdout.readline().split()
            assert line[:1] == ["unlocked"], line
            assert f"{interface}.{name}" in line
            sent = subprocess.run([sys.executable, "-c", DESKTOP, service, path, interface, name, argument],
                                  capture_output=True, text=True, env=env, timeout=60)
            assert sent.returncode == 0, sent.stderr
            assert app.stdout.readline().strip() == "locked", name
        assert app.wait(timeout=60) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(timeout=30)


def test_without_a_session_bus_none_is_started(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """libdbus would start one through dbus-launch (leaving ~/.dbus and a daemon behind) when Qt
    first asks for it; the app says there is none instead, and then does not listen for one."""
    from ui.app import no_bus_autolaunch

    alone: dict[str, str] = {"XDG_RUNTIME_DIR": str(tmp_path)}
    no_bus_autolaunch(alone, "linux")
    assert alone["DBUS_SESSION_BUS_ADDRESS"] == "disabled:"
    (tmp_path / "bus").touch()  # systemd's per-user bus, or one named: left as it is
    with_bus: dict[str, str] = {"XDG_RUNTIME_DIR": str(tmp_path)}
    no_bus_autolaunch(with_bus, "linux")
    named = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
    no_bus_autolaunch(named, "linux")
    windows: dict[str, str] = {}
    no_bus_autolaunch(windows, "win32")
    assert "DBUS_SESSION_BUS_ADDRESS" not in with_bus and "DBUS_SESSION_BUS_ADDRESS" not in windows
    assert named["DBUS_SESSION_BUS_ADDRESS"] == "unix:path=/run/user/1000/bus"


def test_the_listener_expects_no_bus_where_there_is_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "disabled:")
    assert not session_bus_expected()
