"""What every page of the unlocked journal shares, and the base class they build on.

A `Context` lives exactly as long as one unlock: it holds the worker service, the undo stack and
the `changed` signal pages use to tell each other that records moved. Locking drops the whole
context with the pages, so no model keeps journal text around after lock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from journal.errors import JournalError
from journal.records import Record
from journal.vault import Vault

from .theme import UiSettings
from .worker import VaultService


class Context(QObject):
    """Shared state of one unlocked session."""

    changed = Signal(str, object)  # kind of record changed, and the page that changed it (or None)
    navigate = Signal(str, object)  # page name, optional request (e.g. {"new": True})
    settings_changed = Signal()  # theme, text size or auto-lock minutes
    message = Signal(str)  # a short, kind note for the status line

    def __init__(
        self,
        service: VaultService,
        ui_settings: UiSettings,
        lock: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.ui_settings = ui_settings
        self.lock = lock
        self.undo = QUndoStack(self)

    @property
    def vault(self) -> Vault:
        return self.service.vault

    def delete_with_undo(self, record: Record, on_done: Callable[[], None] | None = None) -> None:
        """Delete through the undo stack: Ctrl+Z (or the Undo button) puts the record back."""
        self.undo.push(_DeleteCommand(self, record, on_done))


def _describe(record: Record) -> str:
    return {
        "checkin": "check-in",
        "trigger": "trigger",
        "gratitude": "gratitude list",
        "contact": "contact",
        "agenda": "note for your next session",
        "helpline": "helpline",
    }[record.kind]


class _DeleteCommand(QUndoCommand):
    def __init__(
        self, context: Context, record: Record, on_done: Callable[[], None] | None
    ) -> None:
        super().__init__(f"Delete {_describe(record)}")
        self._context = context
        self._record = record
        self._on_done = on_done

    def redo(self) -> None:
        record = self._record

        def work(vault: Vault) -> Any:
            return vault.delete(record.kind, record.id)

        self._context.service.submit(work, self._deleted, self._failed)

    def undo(self) -> None:
        record = self._record

        def work(vault: Vault) -> Any:
            return vault.save(record)

        self._context.service.submit(work, self._restored, self._failed)

    def _deleted(self, record: Any) -> None:
        if record is not None:
            self._record = record
        self._context.changed.emit(self._record.kind, None)
        self._context.message.emit(f"{_describe(self._record).capitalize()} deleted. Ctrl+Z puts it back.")
        if self._on_done is not None:
            self._on_done()

    def _restored(self, _record: Any) -> None:
        self._context.changed.emit(self._record.kind, None)
        self._context.message.emit(f"{_describe(self._record).capitalize()} is back.")

    def _failed(self, error: JournalError) -> None:
        self._context.message.emit(error.message)


class Page(QWidget):
    """One page of the unlocked app. Pages refresh when shown and save before lock."""

    title = ""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    @property
    def service(self) -> VaultService:
        return self.context.service

    def activate(self, request: object = None) -> None:
        """Called each time the page is shown; `request` comes from `Context.navigate`."""

    def flush(self) -> None:
        """Save anything typed but not yet saved (before lock, quit or leaving the page)."""

    def location(self) -> dict[str, Any]:
        """Where the person is on this page (ids only, never text), to come back after unlock."""
        return {}

    def restore(self, location: dict[str, Any]) -> None:
        """Go back to a `location()` after unlocking."""
