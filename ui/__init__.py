"""The PySide6 desktop app. Importing any part of it applies the None work-around below."""

from __future__ import annotations

import sys


def keep_none_alive() -> None:
    """Work around PySide6 6.12 on CPython 3.11: methods return None, True and False without a
    reference.

    Every call such as `painter.setPen(...)` or `widget.isVisible()` takes one reference from
    None, True or False, so a long session (or a tight loop) ends in "Fatal Python error:
    none_dealloc" or "bool_dealloc". CPython 3.12 made these objects immortal (PEP 683), which is
    what the bindings assume, and `make` prefers 3.12 for that reason; on 3.11 this lends each
    of them a huge count once. A no-op on 3.12 and later.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for constant in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(constant))
        if count.value < 1 << 40:
            count.value += 1 << 40


keep_none_alive()
