"""What every record editor shares: the `Editor` base class and a few form helpers.

An editor only turns fields into a record and back; `ui.editors.panel.EditorPanel` adds the
never-lose-a-word autosave, the inline message and the undoable delete.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QWidget

from journal.records import Record

from ..dates import date_text, moment_text


def when_text(value: str) -> str:
    """A local, friendly date and time for an ISO moment or date, in the app's language."""
    try:
        if len(value) == 10:
            return date_text(dt.date.fromisoformat(value), "dddd d MMMM yyyy")
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    return moment_text(moment, "dddd d MMMM yyyy, HH:mm")


def set_buddy(form: QFormLayout, widget: QWidget) -> None:
    """Let the row's label (with its Alt+letter) move the focus to `widget`."""
    item = form.labelForField(widget)
    if isinstance(item, QLabel):
        item.setBuddy(widget.focusProxy() or widget)


def set_plain_text(edit: QPlainTextEdit, text: str) -> None:
    """Load text without moving the cursor when it is already there (a save coming back)."""
    if edit.toPlainText() != text:
        edit.setPlainText(text)


class Editor(QWidget):
    """Base: `edited` fires on any change the person makes; loading a record does not fire it."""

    edited = Signal()
    loaded = Signal()  # a record (or None) was put in the form: not an edit
    kind = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: Record | None = None
        self._loading = False

    def _changed(self, *_: object) -> None:
        if not self._loading and self._record is not None:
            self.edited.emit()

    def set_record(self, record: Record | None) -> None:
        self._loading = True
        try:
            self._record = record
            if record is not None:
                self._load(record)
            else:
                self._clear()
        finally:
            self._loading = False
        self.loaded.emit()

    def record(self) -> Record | None:
        """The record as it stands on screen, or None when there is nothing to keep yet (a goal
        with no words, a questionnaire half answered: `not_ready` says what is missing)."""
        if self._record is None or self.not_ready():
            return None
        return self._build(self._record)

    def not_ready(self) -> str:
        """What is missing before the record can be kept ("" when it can)."""
        return ""

    @property
    def base(self) -> Record | None:
        return self._record

    def rebase(self, record: Record | None) -> None:
        """Make `record` what the next edits build on, leaving the fields as they are: after a
        save (the saved record is the new base), or to restamp a draft before its first save."""
        self._record = record

    def _load(self, record: Any) -> None:
        raise NotImplementedError

    def _clear(self) -> None:
        raise NotImplementedError

    def _build(self, record: Any) -> Record:
        raise NotImplementedError
