"""Never lose a word, in one place: the record a page is editing saves itself.

Edits are saved through the task runner at most `DELAY_MS` after the last keystroke; a failed save
keeps the text on screen and says why; `flush()` saves at once before lock or quit, and the last
record whose save failed stays in memory so that locking cannot lose it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, QTimer, Signal

from journal.errors import JournalError

from . import operations
from .widgets import InlineMessage

if TYPE_CHECKING:  # loaded at unlock, not at start-up (see ui.session)
    from journal.records import Record

    from .context import Context

DELAY_MS: Final = 600


class Autosaver(QObject):
    """Saves the record a page is editing, debounced, off the UI thread; keeps text on failure.

    `build` returns the record as it now stands on screen (or None if there is nothing to save);
    `source` is the page the save is told to have come from (`Context.changed`).
    """

    saved = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        context: Context,
        build: Callable[[], Record | None],
        message: InlineMessage | None = None,
        parent: QObject | None = None,
        *,
        source: object = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._source = source
        self._build = build
        self._message = message
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._save_now)
        self.in_flight = 0
        # The last record whose save failed (kept in memory so a lock cannot lose it).
        self.unsaved: Record | None = None

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def schedule(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()

    def flush(self) -> None:
        """Save now if an edit is waiting (before lock, quit, or switching record)."""
        if not self._timer.isActive():
            return
        self._timer.stop()
        self._save_now()

    def _save_now(self) -> None:
        record = self._build()
        if record is None:
            return
        self.in_flight += 1
        self._context.run(
            operations.save_record(record),
            self._on_saved,
            lambda error: self._on_failed(error, record),
            initiator=self._source,
        )

    def _on_saved(self, record: Record) -> None:
        self.in_flight -= 1
        if self.unsaved is not None and self.unsaved.id == record.id:
            self.unsaved = None
        if self._message is not None and self._message.property("failed"):
            self._message.setProperty("failed", False)
            self._message.show_message(self.tr("Saved. Everything you wrote is safe."), fade_ms=4000)
        self.saved.emit(record)

    def _on_failed(self, error: JournalError, record: Record) -> None:
        self.in_flight -= 1
        self.unsaved = record
        if self._message is not None:
            self._message.setProperty("failed", True)
            self._message.show_message(
                error.message + " What you typed is still here and will be saved with your next change."
            )
        self.failed.emit(error.message)
