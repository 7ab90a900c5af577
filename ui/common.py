"""`background_call`: run one function off the UI thread when there is no vault yet (unlocking).

(The rest of what this module held is now in widgets.py, autosave.py and clipboard.py.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal


class _CallRelay(QObject):
    done = Signal(object)
    failed = Signal(object)


_calls: set[_CallRelay] = set()


def background_call(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> threading.Thread:
    """Run `work()` on a short-lived thread (Argon2 takes a moment), callbacks on the UI thread.

    Used before a vault is open (unlock, create), when there is no VaultService yet, and for
    the daily backup, which reads its own snapshot and must not hold up the worker.
    """
    relay = _CallRelay()
    _calls.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _calls.discard(relay)
        relay.deleteLater()
        callback(value)

    relay.done.connect(lambda value: finish(on_done, value), Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(lambda error: finish(on_error, error), Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            result = work()
        except BaseException as exc:
            relay.failed.emit(exc)
        else:
            relay.done.emit(result)

    thread = threading.Thread(target=run, name="rj-open", daemon=True)
    thread.start()
    return thread
