"""The UI's one door to the vault: database work on one serialised worker, results by signal.

Like Anki's task manager, every job runs on a single background thread (one at a time, in the
order asked, so saves never race), and its result or error comes back to the UI thread through a
queued signal, where the caller's callback runs. Small, quick reads may use `vault` directly; the
vault's own lock keeps them safe beside a running job.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from journal.errors import JournalError

if TYPE_CHECKING:  # loaded at unlock, not at start-up (see ui.app)
    from journal.vault import Vault

T = TypeVar("T")
ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[JournalError], None]


class _Relay(QObject):
    """Lives on the UI thread; signals emitted from the worker arrive here queued."""

    finished = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, work: Callable[[Vault], Any], vault: Vault, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job_id, self._work, self._vault, self._relay = job_id, work, vault, relay

    def run(self) -> None:
        try:
            result = self._work(self._vault)
        except BaseException as exc:  # delivered to the UI thread, never lost in the pool
            self._relay.failed.emit(self._job_id, exc)
        else:
            self._relay.finished.emit(self._job_id, result)


class VaultService(QObject):
    """Owns the open vault for the app; pages submit jobs and get callbacks on the UI thread.

    `unexpected` carries errors that are bugs (not JournalError) to the crash handler.
    """

    busy_changed = Signal(bool)
    unexpected = Signal(object)

    def __init__(self, vault: Vault | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._callbacks: dict[int, tuple[ResultCallback | None, ErrorCallback | None]] = {}
        self._ids = itertools.count(1)
        self._closed = False

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise RuntimeError("VaultService used before a vault was attached")
        return self._vault

    def attach(self, vault: Vault) -> None:
        """Give a service built ahead (while the passphrase is checked) its vault."""
        self._vault = vault

    def submit(
        self,
        work: Callable[[Vault], T],
        on_result: Callable[[T], None] | None = None,
        on_error: ErrorCallback | None = None,
    ) -> int:
        """Queue `work(vault)`; `on_result(value)` or `on_error(JournalError)` runs on the UI thread."""
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_result, on_error)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(job_id, work, self.vault, self._relay))  # raises if no vault yet
        return job_id

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until every queued job has run (used when locking and quitting)."""
        return self._pool.waitForDone(timeout_ms)

    def close(self) -> None:
        """Locking: let queued jobs finish, then deliver nothing more (the pages are going away)."""
        self._closed = True
        self._pool.waitForDone()
        self._callbacks.clear()

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def _on_finished(self, job_id: int, result: object) -> None:
        if self._closed:
            return
        on_result, _ = self._pop(job_id)
        if on_result is not None:
            on_result(result)

    def _on_failed(self, job_id: int, error: object) -> None:
        if self._closed:
            return
        _, on_error = self._pop(job_id)
        if isinstance(error, JournalError) and on_error is not None:
            on_error(error)
            return
        self.unexpected.emit(error)

    def _pop(self, job_id: int) -> tuple[ResultCallback | None, ErrorCallback | None]:
        callbacks = self._callbacks.pop(job_id, (None, None))
        if not self._callbacks:
            self.busy_changed.emit(False)
        return callbacks
