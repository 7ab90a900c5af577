"""The one task runner: all work that must not run on the UI thread, and how its answer comes back.

Like Anki's TaskManager with its CollectionOp and QueryOp, work is handed in as a named operation
(ui/operations.py makes them all) and its answer comes back on the UI thread, by a queued signal,
to the callbacks the caller gave:

- the vault lane runs `VaultOp`s one at a time, in the order asked, with the open vault, so two
  saves never race and a read always sees the writes asked for before it;
- the side lane runs what must not queue behind the vault lane: `FolderOp`s, which work on a
  journal folder before any vault is open (Argon2 when unlocking or creating, restoring a backup),
  and `VaultOp(side=True)`, the daily backup, which reads its own snapshot of the vault so saves
  and searches go on while ten years are copied.

A JournalError (a known failure, worded for the person) goes to the failure callback, or to
`said` (the status line) when there is none; anything else is a bug and goes to `unexpected`
(the crash handler). When an operation that changes records succeeds, `changed(kind, initiator)`
follows its success callback: the one "something changed" hook, which pages hear through
Context.changed (the initiator is the page that asked, so it can ignore its own changes).

The runner lives as long as the window. Each unlock attaches the vault; locking waits for the
vault lane, then `end_session()` drops every answer still on its way (its pages are gone).
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from journal.errors import JournalError

if TYPE_CHECKING:  # loaded at unlock, not at start-up (see ui.session)
    from journal.vault import Vault

T = TypeVar("T")

# Plain classes with slots rather than dataclasses: this module is loaded at start-up, where each
# dataclass costs a few hundred microseconds to make.


class VaultOp(Generic[T]):
    """Work on the open vault. `changes` names the kinds of record it may change; `side` puts it
    beside the vault lane, which only work that reads its own snapshot of the vault may ask."""

    __slots__ = ("changes", "name", "side", "work")

    def __init__(
        self, name: str, work: Callable[[Vault], T], changes: tuple[str, ...] = (), side: bool = False
    ) -> None:
        self.name, self.work, self.changes, self.side = name, work, changes, side


class FolderOp(Generic[T]):
    """Work on a journal folder while no vault is open (unlock, create, restore): the side lane."""

    __slots__ = ("name", "work")

    def __init__(self, name: str, work: Callable[[], T]) -> None:
        self.name, self.work = name, work


class _Pending:
    """An operation asked for whose answer has not been delivered yet."""

    __slots__ = ("changes", "initiator", "name", "on_bug", "on_done", "on_failed")

    def __init__(
        self,
        name: str,
        on_done: Callable[[Any], Any] | None,
        on_failed: Callable[[JournalError], Any] | None,
        on_bug: Callable[[BaseException], Any] | None,
        changes: tuple[str, ...],
        initiator: object,
    ) -> None:
        self.name, self.on_done, self.on_failed, self.on_bug = name, on_done, on_failed, on_bug
        self.changes, self.initiator = changes, initiator


class _Relay(QObject):
    """Lives on the UI thread: what the lanes emit arrives here queued, in the UI thread."""

    finished = Signal(int, object)
    failed = Signal(int, object)


class _LaneJob(QRunnable):
    """One operation on the vault lane (a QThreadPool of one thread)."""

    def __init__(self, job_id: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job_id, self._work, self._relay = job_id, work, relay

    def run(self) -> None:
        _deliver(self._job_id, self._work, self._relay)


def _deliver(job_id: int, work: Callable[[], Any], relay: _Relay) -> None:
    """Run `work` (on a lane's thread) and send its result or error to the UI thread."""
    try:
        result = work()
    except BaseException as exc:  # delivered to the UI thread, never lost on a thread
        relay.failed.emit(job_id, exc)
    else:
        relay.finished.emit(job_id, result)


class TaskRunner(QObject):
    """Runs named operations off the UI thread; callbacks and `changed` come back on it."""

    changed = Signal(str, object)  # kind of record changed, the object that asked (or None)
    said = Signal(str)  # a known failure nobody else is told of: for the status line
    unexpected = Signal(object)  # an exception that is a bug: for the crash handler
    # Every operation asked for has been answered (after an answer): work that can wait, such as
    # building a view the person may open later, waits for this so the first page comes first.
    all_answered = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = None
        self._lane = QThreadPool(self)
        self._lane.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._relay.failed.connect(self._failed)
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self._side_lock = threading.Lock()
        self._side: dict[int, tuple[threading.Thread, bool]] = {}  # id -> (thread, uses the vault)
        self._lane_asked_at = float("-inf")  # time.monotonic() of the vault lane's latest work

    # ---- the vault ----------------------------------------------------------------------------

    @property
    def vault(self) -> Vault:
        """The open vault, for the lanes (and tests). Pages never hold it: they run operations."""
        if self._vault is None:
            raise RuntimeError("no journal is open")
        return self._vault

    @property
    def has_vault(self) -> bool:
        return self._vault is not None

    def attach(self, vault: Vault) -> None:
        """A journal is open: vault operations run on it from now on."""
        self._vault = vault

    def detach(self) -> Vault | None:
        """The journal is closed (or closing): no vault operation can be asked for any more."""
        vault, self._vault = self._vault, None
        return vault

    def lane_quiet_for(self) -> float:
        """Seconds since the vault lane was last asked for work (a search, a page, a save): how
        long the person has left the journal alone. Work beside it that competes with it for the
        processor, such as the daily backup, waits for a pause (ui.session)."""
        return time.monotonic() - self._lane_asked_at

    # ---- running ------------------------------------------------------------------------------

    def run(
        self,
        operation: VaultOp[T] | FolderOp[T],
        on_done: Callable[[T], Any] | None = None,
        on_failed: Callable[[JournalError], Any] | None = None,
        *,
        initiator: object = None,
        on_bug: Callable[[BaseException], Any] | None = None,
    ) -> int:
        """Start `operation`; `on_done(result)` or `on_failed(error)` runs later on the UI thread.

        A bug goes to the crash handler; `on_bug(error)` runs first, for a screen that waited on
        the answer to be usable again (the unlock button says "Opening…" until it is told).
        """
        job_id = next(self._ids)
        if isinstance(operation, VaultOp):
            vault = self.vault  # raises before anything is queued if no journal is open
            op_work = operation.work

            def work() -> Any:
                return op_work(vault)

            changes, side, uses_vault = operation.changes, operation.side, True
        else:
            work, changes, side, uses_vault = operation.work, (), True, False
        self._pending[job_id] = _Pending(operation.name, on_done, on_failed, on_bug, changes, initiator)
        if side:
            thread = threading.Thread(
                target=self._run_beside, args=(job_id, work), name=f"rj-side-{job_id}", daemon=True
            )
            with self._side_lock:
                self._side[job_id] = (thread, uses_vault)
            thread.start()
        else:
            self._lane_asked_at = time.monotonic()
            self._lane.start(_LaneJob(job_id, work, self._relay))
        return job_id

    def _run_beside(self, job_id: int, work: Callable[[], Any]) -> None:
        try:
            _deliver(job_id, work, self._relay)
        finally:
            with self._side_lock:
                self._side.pop(job_id, None)

    # ---- waiting and ending ---------------------------------------------------------------------

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the vault lane is empty (locking and quitting: saves first)."""
        return bool(self._lane.waitForDone(timeout_ms))

    def wait_for_vault_users(self, timeout_s: float) -> bool:
        """Block until nothing uses the vault, the side lane's backup included (quitting: the
        backup proves itself with the vault's key, so it must end before the vault closes)."""
        deadline = time.monotonic() + timeout_s
        done = self.wait(int(timeout_s * 1000))
        with self._side_lock:
            users = [thread for thread, uses_vault in self._side.values() if uses_vault]
        for thread in users:
            thread.join(max(0.0, deadline - time.monotonic()))
            done = done and not thread.is_alive()
        return done

    def end_session(self) -> None:
        """Locking: the pages are going away, so answers still on their way are dropped."""
        self._pending.clear()

    @property
    def pending(self) -> int:
        """Operations asked for whose answer has not been delivered yet."""
        return len(self._pending)

    def pending_names(self) -> list[str]:
        """Their names, oldest first (for tests, and for a status line that says what is going on)."""
        return [pending.name for pending in self._pending.values()]

    # ---- answers, on the UI thread ------------------------------------------------------------

    def _finished(self, job_id: int, result: object) -> None:
        pending = self._pending.pop(job_id, None)
        if pending is None:  # its session has ended
            return
        if pending.on_done is not None:
            pending.on_done(result)
        for kind in pending.changes:
            self.changed.emit(kind, pending.initiator)
        if not self._pending:
            self.all_answered.emit()

    def _failed(self, job_id: int, error: object) -> None:
        pending = self._pending.pop(job_id, None)
        if not isinstance(error, JournalError):
            if pending is not None and pending.on_bug is not None and isinstance(error, BaseException):
                pending.on_bug(error)
            self.unexpected.emit(error)  # a bug is reported even after its session ended
        elif pending is None:
            return
        elif pending.on_failed is not None:
            pending.on_failed(error)
        else:
            self.said.emit(error.message)
        if pending is not None and not self._pending:
            self.all_answered.emit()
