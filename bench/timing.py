"""What the benchmark scripts share: one way to time a piece of work."""

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
