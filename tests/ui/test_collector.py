"""Cycles are collected on the UI thread only (ui/collector.py): work on the vault lane that
makes plenty of garbage never sets the collector off there, where freeing a widget would crash."""

from __future__ import annotations

import gc
import threading
from typing import Any

from ui.tasks import FolderOp, TaskRunner


def test_the_lane_never_collects_and_the_ui_thread_does(qtbot) -> None:  # type: ignore[no-untyped-def]
    collected_in: list[str] = []

    def note(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            collected_in.append(threading.current_thread().name)

    def make_cycles() -> int:
        for _ in range(50_000):  # seventy times the youngest generation's threshold
            cycle: list[object] = []
            cycle.append(cycle)
        return 0

    runner = TaskRunner()
    done: list[int] = []
    gc.callbacks.append(note)
    try:
        runner.run(FolderOp("make garbage", make_cycles), done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=10000)
        on_lane = [name for name in collected_in if name != threading.main_thread().name]
        assert on_lane == []
        # …and the cycles do not wait forever: the UI thread's timer collects them.
        qtbot.waitUntil(lambda: threading.main_thread().name in collected_in, timeout=3000)
    finally:
        gc.callbacks.remove(note)
        runner.wait()
