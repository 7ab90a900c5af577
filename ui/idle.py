"""Auto-lock's clock: notices any input anywhere in the app and says when there has been none.

Idle time is measured on a clock that keeps counting while the computer sleeps (`IdleClock`):
with time.monotonic, which stops during suspend, a lid closed four minutes into a five-minute
timeout reopened unlocked. On Linux that is CLOCK_BOOTTIME; elsewhere the larger of the monotonic
and the wall-clock time passed (the wall clock counts sleep; the monotonic one guards against the
wall clock being set back). KeePassXC's idle timer is a QTimer, which does not count sleep either.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # imported in watch(): QEvent's 179 enum members would cost start-up ~2 ms
    from PySide6.QtCore import QEvent


class IdleClock:
    """Seconds since a moment, counting the time the computer was asleep."""

    def __init__(self) -> None:
        self._boottime = getattr(time, "CLOCK_BOOTTIME", None)  # Linux only

    def now(self) -> tuple[float, float]:
        if sys.platform != "win32" and self._boottime is not None:
            return time.clock_gettime(self._boottime), 0.0
        return time.monotonic(), time.time()

    def seconds_since(self, moment: tuple[float, float]) -> float:
        steady, wall = self.now()
        if self._boottime is not None:
            return steady - moment[0]
        return max(steady - moment[0], wall - moment[1])


class IdleWatcher(QObject):
    """Notices any keyboard, mouse or touch input anywhere in the app (an application-wide event
    filter, so open dialogs and menus count too) and says `idle` after `timeout_ms` without any.

    The filter is installed by `watch()`, which the session calls at the first unlock attempt,
    while Argon2 runs on its thread: the first time a Python event filter is handed one of Qt's
    private objects, PySide6 creates every QtCore type and its enums (~120 enum types, ~15-30 ms,
    measured), which is best done in that wait rather than at start-up or after unlocking.
    Nothing is lost by not filtering earlier: `start()` counts from when the journal opens.
    """

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout = timeout_ms
        self._clock = IdleClock()
        self._last = self._clock.now()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self._filtering = False
        self._input_events: frozenset[QEvent.Type] = frozenset()

    def set_timeout(self, timeout_ms: int) -> None:
        self._timeout = max(50, timeout_ms)
        self._timer.setInterval(max(20, min(1000, self._timeout // 5)))

    def start(self) -> None:
        self._last = self._clock.now()
        self.set_timeout(self._timeout)
        self._timer.start()
        self.watch()

    def stop(self) -> None:
        self._timer.stop()

    def watch(self) -> None:
        """Install the application-wide filter (once)."""
        app = QApplication.instance()
        if app is not None and not self._filtering:
            from PySide6.QtCore import QEvent

            self._input_events = frozenset({
                QEvent.Type.KeyPress,
                QEvent.Type.MouseButtonPress,
                QEvent.Type.MouseMove,
                QEvent.Type.Wheel,
                QEvent.Type.TouchBegin,
                QEvent.Type.TabletPress,
                QEvent.Type.ShortcutOverride,
            })
            app.installEventFilter(self)
            self._filtering = True

    def unwatch(self) -> None:
        app = QApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
        self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._input_events:
            self._last = self._clock.now()
        return False

    def _check(self) -> None:
        if self._clock.seconds_since(self._last) * 1000 >= self._timeout:
            self._timer.stop()
            self.idle.emit()
