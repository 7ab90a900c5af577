"""What every page of the unlocked journal shares, and the base class they build on.

A `Context` lives exactly as long as one unlock: it holds the undo stack, the journal's settings
(read at unlock) and the signals pages use to hear of each other. Pages reach the vault only by
running operations through it (`Page.run`); `changed` is the one hook that says records moved,
fired by the task runner after every operation that changes them. Locking drops the whole context
with the pages, so no model keeps journal text around after lock.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from journal.errors import JournalError
from journal.i18n import QT_TRANSLATE_NOOP
from journal.records import Record

from . import operations
from .operations import JournalSettings
from .tasks import TaskRunner, VaultOp
from .theme import UiSettings

T = TypeVar("T")


class Context(QObject):
    """Shared state of one unlocked session."""

    changed = Signal(str, object)  # kind of record changed, and the page that changed it (or None)
    navigate = Signal(str, object)  # page name, optional request (e.g. {"new": True})
    settings_changed = Signal()  # theme, text size or auto-lock minutes
    message = Signal(str)  # a short, kind note for the status line
    put_back = Signal(object)  # a deleted record that undo has just saved again

    def __init__(
        self,
        runner: TaskRunner,
        ui_settings: UiSettings,
        lock: Callable[[], None],
        folder: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.ui_settings = ui_settings
        self.lock = lock
        self.folder = folder
        self.settings = JournalSettings()
        self.undo = QUndoStack(self)
        # Set when the journal closes (lock or quit): the pages live a moment longer (deleteLater),
        # and their delayed work (the search field's short wait) must not reach the closed vault.
        self.ended = False
        runner.changed.connect(self.changed)

    def run(
        self,
        operation: VaultOp[T],
        on_done: Callable[[T], Any] | None = None,
        on_failed: Callable[[JournalError], Any] | None = None,
        *,
        initiator: object = None,
    ) -> None:
        """Run a vault operation; `initiator` is told apart in `changed` (pages ignore their own).

        Once the journal has closed, a read is dropped (there is nothing left to show it on); a
        change still raises, since what it would save must have been saved before closing.
        """
        if self.ended and not operation.changes:
            return
        self.runner.run(operation, on_done, on_failed, initiator=initiator)

    def end(self) -> None:
        """The journal has closed: from now on this context's pages are only waiting to go."""
        self.ended = True

    def update_settings(self, **values: Any) -> None:
        """Keep the in-memory copy of the journal's settings in step with what was saved."""
        self.settings = self.settings._replace(**values)

    def delete_with_undo(self, record: Record, on_done: Callable[[], None] | None = None) -> None:
        """Delete through the undo stack: Ctrl+Z (or the Undo button) puts the record back."""
        self.undo.push(DeleteCommand(self, record, on_done))


# Per kind of record: the undo step's name, and what is said after a delete and after an undo
# (whole sentences, since languages change the words around the noun).
DELETE_WORDS: dict[str, tuple[str, str, str]] = {
    "checkin": (
        QT_TRANSLATE_NOOP("DeleteCommand", "Delete check-in"),
        QT_TRANSLATE_NOOP("DeleteCommand", "Check-in deleted. Ctrl+Z puts it back."),
        QT_TRANSLATE_NOOP("DeleteCommand", "The check-in is back."),
    ),
    "trigger": (
        QT_TRANSLATE_NOOP("DeleteCommand", "Delete trigger"),
        QT_TRANSLATE_NOOP("DeleteCommand", "Trigger deleted. Ctrl+Z puts it back."),
        QT_TRANSLATE_NOOP("DeleteCommand", "The trigger is back."),
    ),
    "gratitude": (
        QT_TRANSLATE_NOOP("DeleteCommand", "Delete gratitude list"),
        QT_TRANSLATE_NOOP("DeleteCommand", "Gratitude list deleted. Ctrl+Z puts it back."),
        QT_TRANSLATE_NOOP("DeleteCommand", "The gratitude list is back."),
    ),
    "contact": (
        QT_TRANSLATE_NOOP("DeleteCommand", "Delete contact"),
        QT_TRANSLATE_NOOP("DeleteCommand", "Contact deleted. Ctrl+Z puts it back."),
        QT_TRANSLATE_NOOP("DeleteCommand", "The contact is back."),
    ),
    "agenda": (
        QT_TRANSLATE_NOOP("DeleteCommand", "Delete note for your next session"),
        QT_TRANSLATE_NOOP("DeleteCommand", "Note for your next session deleted. Ctrl+Z puts it back."),
        QT_TRANSLATE_NOOP("DeleteCommand", "The note for your next session is back."),
    ),
    "helpline": (
        QT_TRANSLATE_NOOP("DeleteCommand", "Delete helpline"),
        QT_TRANSLATE_NOOP("DeleteCommand", "Helpline deleted. Ctrl+Z puts it back."),
        QT_TRANSLATE_NOOP("DeleteCommand", "The helpline is back."),
    ),
    "goal": (
        QT_TRANSLATE_NOOP("DeleteCommand", "Delete goal"),
        QT_TRANSLATE_NOOP("DeleteCommand", "Goal deleted. Ctrl+Z puts it back."),
        QT_TRANSLATE_NOOP("DeleteCommand", "The goal is back."),
    ),
    "plan": (
        QT_TRANSLATE_NOOP("DeleteCommand", "Delete if-then plan"),
        QT_TRANSLATE_NOOP("DeleteCommand", "If-then plan deleted. Ctrl+Z puts it back."),
        QT_TRANSLATE_NOOP("DeleteCommand", "The if-then plan is back."),
    ),
    "capital": (
        QT_TRANSLATE_NOOP("DeleteCommand", "Delete recovery capital answers"),
        QT_TRANSLATE_NOOP("DeleteCommand", "Recovery capital answers deleted. Ctrl+Z puts them back."),
        QT_TRANSLATE_NOOP("DeleteCommand", "The recovery capital answers are back."),
    ),
    "use": (
        QT_TRANSLATE_NOOP("DeleteCommand", "Delete use answer"),
        QT_TRANSLATE_NOOP("DeleteCommand", "Use answer deleted. Ctrl+Z puts it back."),
        QT_TRANSLATE_NOOP("DeleteCommand", "The use answer is back."),
    ),
}


def delete_words(record: Record, which: int) -> str:
    """0: the undo step's name; 1: said after the delete; 2: said after the undo."""
    return QCoreApplication.translate("DeleteCommand", DELETE_WORDS[record.kind][which])


class DeleteCommand(QUndoCommand):
    """A delete that Ctrl+Z undoes by saving the record again."""

    def __init__(
        self, context: Context, record: Record, on_done: Callable[[], None] | None
    ) -> None:
        super().__init__(delete_words(record, 0))
        self._context = context
        self._record = record
        self._on_done = on_done

    def redo(self) -> None:
        self._context.run(operations.delete_record(self._record), self._deleted, self._failed)

    def undo(self) -> None:
        self._context.run(operations.put_back_record(self._record), self._restored, self._failed)

    def _deleted(self, record: Record | None) -> None:
        if record is not None:
            self._record = record
        self._context.message.emit(delete_words(self._record, 1))
        if self._on_done is not None:
            self._on_done()

    def _restored(self, _record: Record) -> None:
        self._context.put_back.emit(self._record)
        self._context.message.emit(delete_words(self._record, 2))

    def _failed(self, error: JournalError) -> None:
        self._context.message.emit(error.message)


class Page(QWidget):
    """One page of the unlocked app. Pages refresh when shown and save before lock."""

    title = ""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def run(
        self,
        operation: VaultOp[T],
        on_done: Callable[[T], Any] | None = None,
        on_failed: Callable[[JournalError], Any] | None = None,
    ) -> None:
        """Run a vault operation for this page (its own changes come back marked as its own)."""
        self.context.run(operation, on_done, on_failed, initiator=self)

    def activate(self, request: object = None) -> None:
        """Called each time the page is shown; `request` comes from `Context.navigate`."""

    def flush(self) -> None:
        """Save anything typed but not yet saved (before lock, quit or leaving the page)."""

    def location(self) -> dict[str, Any]:
        """Where the person is on this page (ids only, never text), to come back after unlock."""
        return {}

    def restore(self, location: dict[str, Any]) -> None:
        """Go back to a `location()` after unlocking."""
