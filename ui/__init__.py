"""The PySide6 desktop app. Importing any part of it applies the None work-around below."""

from __future__ import annotations

import sys


def keep_none_alive() -> None:
    """Work around PySide6 6.12 on CPython 3.11: void methods return None without a reference.

    Every call such as `painter.setPen(...)` or `app.processEvents()` takes one reference from
    None, so a long session (or a tight loop) ends in "Fatal Python error: none_dealloc".
    CPython 3.12 made None immortal (PEP 683), which is what the bindings assume; this lends
    None a huge count once on 3.11. A no-op on 3.12 and later. (Same fix as in summary_render.)
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < 1 << 40:
        count.value += 1 << 40


keep_none_alive()
