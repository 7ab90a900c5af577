"""Locking when the computer goes to sleep or its screen locks, where the desktop says so (D-Bus).

`ScreenLockListener.locked` fires on:

- logind's `PrepareForSleep(true)` (system bus): before suspend or hibernate, so the journal is
  locked, and its text dropped from memory, before the memory image is kept (a hibernation image
  is written to disk);
- logind's `Lock` for this login session (system bus; `loginctl lock-session`, many desktops'
  lock screens);
- `ActiveChanged(true)` of the screen saver (session bus): the freedesktop name KDE and others
  use, and GNOME's, Xfce's and MATE's own.

Like KeePassXC's ScreenLockListenerDBus. Connected after the first unlock (QtDBus is loaded then,
not at start-up) and kept for the life of the window; without a bus (a kiosk, a container) it
quietly listens to nothing (it does not even try to connect), and the idle clock
(ui/idle.py) still locks. Windows and macOS send
no D-Bus signals; there the idle clock, Ctrl+L and "lock when minimised" remain.
"""

from __future__ import annotations

import os
import string
from typing import Any, Final

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

LOGIND: Final = "org.freedesktop.login1"
LOGIND_PATH: Final = "/org/freedesktop/login1"
SCREEN_SAVERS: Final = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    ("org.xfce.ScreenSaver", "/org/xfce/ScreenSaver"),
    ("org.mate.ScreenSaver", "/org/mate/ScreenSaver"),
)


def session_path(session_id: str) -> str:
    """logind's object path of a login session: the id escaped as sd-bus does (a character other
    than an ASCII letter or digit, and a leading digit, become _ and two hex digits)."""
    escaped = []
    for index, char in enumerate(session_id):
        keep = char in string.ascii_letters or (char in string.digits and index > 0)
        escaped.append(char if keep else f"_{ord(char):02x}")
    return f"{LOGIND_PATH}/session/{''.join(escaped) or '_'}"


def session_bus_expected() -> bool:
    """A session bus is named, or systemd's per-user one is at $XDG_RUNTIME_DIR/bus (the address
    "disabled:" is ui.app's "there is none")."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if address:
        return address != "disabled:"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    return bool(runtime) and os.path.exists(os.path.join(runtime, "bus"))


def system_bus_expected() -> bool:
    return bool(os.environ.get("DBUS_SYSTEM_BUS_ADDRESS")) or any(
        os.path.exists(path) for path in ("/run/dbus/system_bus_socket", "/var/run/dbus/system_bus_socket")
    )


class ScreenLockListener(QObject):
    """Says `locked` when the session is about to sleep or its screen locks."""

    locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []  # what it listens to, for tests and a curious developer

    def start(self) -> None:
        # Asked only where a bus is there: without one, libdbus would try to start a session bus
        # ("autolaunch") or knock on a socket that does not exist.
        session = QDBusConnection.sessionBus() if session_bus_expected() else None
        if session is not None and session.isConnected():
            for service, path in SCREEN_SAVERS:
                self._listen(session, service, path, service, "ActiveChanged", "screen_saver(bool)")
        system = QDBusConnection.systemBus() if system_bus_expected() else None
        if system is not None and system.isConnected():
            manager = f"{LOGIND}.Manager"
            self._listen(system, LOGIND, LOGIND_PATH, manager, "PrepareForSleep", "sleeping(bool)")
            session_id = os.environ.get("XDG_SESSION_ID", "")
            if session_id:
                self._listen(system, LOGIND, session_path(session_id), f"{LOGIND}.Session", "Lock",
                             "session_locked()")

    def _listen(self, bus: QDBusConnection, service: str, path: str, interface: str, name: str,
                slot: str) -> None:
        """One signal, from whoever owns the name `service` on that bus (at worst a fake one only
        locks the journal)."""
        # PySide6's stub says the slot is bytes; the binding takes the str SLOT() makes.
        connect: Any = bus.connect
        if connect(service, path, interface, name, self, SLOT(slot)):
            self.listening.append(f"{interface}.{name}")

    @Slot(bool)
    def screen_saver(self, active: bool) -> None:
        if active:
            self.locked.emit()

    @Slot(bool)
    def sleeping(self, about_to_sleep: bool) -> None:
        if about_to_sleep:
            self.locked.emit()

    @Slot()
    def session_locked(self) -> None:
        self.locked.emit()
