"""What the benchmark scripts share: one way to time a piece of work."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def median_seconds(work: Callable[[], Any], repeat: int) -> float:
    """The median of `repeat` timed runs: one slow run (a page-cache miss) does not move it."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)
