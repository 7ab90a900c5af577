"""What the benchmark scripts share: one way to time a piece of work, and one way to wait for the
app."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def median_seconds(
    work: Callable[[], Any], repeat: int, clock: Callable[[], float] = time.perf_counter
) -> float:
    """The median of `repeat` timed runs: one slow run (a page-cache miss) does not move it.

    `clock` may be `time.process_time` for in-process work on a shared machine: the CPU this
    process spent moves far less with other programs' load than the wall clock does.
    """
    samples = []
    for _ in range(repeat):
        start = clock()
        work()
        samples.append(clock() - start)
    return statistics.median(samples)


def spin_until(condition: Callable[[], bool], timeout: float = 30.0, what: str = "the app") -> None:
    """Run the event loop as the app does, sleeping until something happens (a busy loop here
    would hold the GIL and slow the vault lane's thread), until `condition` holds."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + timeout
    tick = QTimer()
    tick.start(5)  # wake up at least this often to look at the condition
    try:
        while not condition():
            if time.perf_counter() > deadline:
                raise SystemExit(f"timed out waiting for {what}")
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        tick.stop()
