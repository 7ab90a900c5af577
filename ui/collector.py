"""Python's cyclic garbage collector, run on the UI thread only.

Left automatic, the collector runs in whichever thread happens to be allocating when a generation
fills up: often the vault lane or the backup thread. A cycle it frees there may hold a PySide6
widget, model or timer, whose C++ object is then destroyed outside the UI thread, and the app
crashes (CI caught it: a segmentation fault while "Garbage-collecting" on the lane, in the middle
of an import the lane was doing). So automatic collection is switched off, and a timer on the UI
thread does what it would have done, generation by generation, when the counts say it is due.
Objects without cycles are freed at once by reference counting as always; only cycles wait for
the next tick.
"""

from __future__ import annotations

import gc
from typing import Final

from PySide6.QtCore import QObject, QTimer

# How often the counts are looked at. A tick with nothing due costs a few microseconds.
CHECK_MS: Final = 500


class UiThreadCollector(QObject):
    """Collects cycles from the UI thread's event loop; automatic collection off while it runs."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Automatic collection again (the app is quitting, or a test is done)."""
        self._timer.stop()
        gc.enable()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @staticmethod
    def collect_if_due() -> None:
        """Each generation when it would have been collected automatically (gc.get_threshold)."""
        first, second, third = gc.get_threshold()
        young, middle, old = gc.get_count()
        if young > first:
            gc.collect(0)
            if middle > second:
                gc.collect(1)
                if old > third:
                    gc.collect(2)
