"""The panel that shows whichever record is open in its editor, autosaving, with undoable delete.

The same panel serves the Journal, Triggers, Gratitude and Agenda pages, Support, and the Goals,
If–then plans and Recovery capital pages (ui/pages/listed.py).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from journal.records import Record

from .. import operations
from ..autosave import Autosaver
from ..context import Context
from ..theme import icon
from ..widgets import InlineMessage, label, named
from .agenda import AgendaEditor
from .base import Editor
from .capital import CapitalEditor
from .checkin import CheckInEditor
from .companions import wire_companions
from .contact import ContactEditor
from .goal import GoalEditor
from .gratitude import GratitudeEditor
from .plan import PlanEditor
from .trigger import TriggerEditor

EDITORS: dict[str, type[Editor]] = {
    "checkin": CheckInEditor,
    "trigger": TriggerEditor,
    "gratitude": GratitudeEditor,
    "agenda": AgendaEditor,
    "contact": ContactEditor,
    "goal": GoalEditor,
    "plan": PlanEditor,
    "capital": CapitalEditor,
}


class EditorPanel(QWidget):
    """Shows one record in its editor, saves every change within a second, deletes with undo."""

    saved = Signal(object)
    deleted = Signal(object)

    def __init__(self, context: Context, source: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.message = InlineMessage()
        self.status = label("", "hint")
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"))
        named(self.delete_button, self.tr("Delete this entry"), self.tr("You can undo with Ctrl+Z"))
        self.delete_button.clicked.connect(self.delete_current)
        self.editors: dict[str, Editor] = {}
        self.editor: Editor | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.empty = label(self.tr("Choose an entry on the left to read or change it."), "hint")
        self._layout.addWidget(self.empty)
        self._layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.delete_button)
        self._layout.addLayout(bottom)
        self.delete_button.setEnabled(False)
        self.autosaver = Autosaver(context, self._current, self.message, self, source=source)
        self.autosaver.saved.connect(self._on_saved)

    def editor_for(self, kind: str) -> Editor:
        editor = self.editors.get(kind)
        if editor is None:
            editor = EDITORS[kind]()
            editor.hide()
            editor.edited.connect(self._on_edited)
            if isinstance(editor, CheckInEditor):
                self.context.run(operations.load_known_tags(), editor.set_known_tags)
                wire_companions(self.context, editor.companions)()
            self._layout.insertWidget(0, editor, 1)
            self.editors[kind] = editor
        return editor

    def _current(self) -> Record | None:
        return self.editor.record() if self.editor is not None else None

    def show_record(self, record: Record | None) -> None:
        """Open a record (after saving the one that was open)."""
        self.autosaver.flush()
        self.message.clear_message()
        for editor in self.editors.values():
            editor.hide()
        if record is None:
            if self.editor is not None:
                self.editor.set_record(None)
            self.editor = None
            self.empty.show()
            self.delete_button.setEnabled(False)
            self.status.clear()
            return
        self.empty.hide()
        self.editor = self.editor_for(record.kind)
        self.editor.set_record(record)
        self.editor.show()
        self.delete_button.setEnabled(True)
        self.status.setText(self.tr("Changes save as you type."))

    @property
    def record_id(self) -> str | None:
        base = self.editor.base if self.editor is not None else None
        return base.id if base is not None else None

    def _on_edited(self) -> None:
        missing = self.editor.not_ready() if self.editor is not None else ""
        if missing:
            self.autosaver.cancel()
            self.status.setText(missing)
            return
        self.status.setText(self.tr("Saving…"))
        self.autosaver.schedule()

    def add_below(self, widget: QWidget) -> None:
        """Something a page shows under the open record (the trigger page's plans)."""
        self._layout.insertWidget(self._layout.indexOf(self.message), widget)

    def _on_saved(self, record: Record) -> None:
        if self.editor is not None and self.editor.base is not None and self.editor.base.id == record.id:
            if not self.autosaver.pending:
                time = QLocale().toString(QTime.currentTime(), "HH:mm")
                self.status.setText(self.tr("Saved at {time}.").format(time=time))
            self.editor.rebase(record)
        self.saved.emit(record)  # the runner tells the other pages (Context.changed)

    def flush(self) -> None:
        self.autosaver.flush()

    def delete_current(self) -> None:
        if self.editor is None:
            return
        self.autosaver.flush()
        record = self.editor.record() or self.editor.base  # a goal whose words were wiped is still deleted
        if record is None:
            return
        self.show_record(None)
        self.context.delete_with_undo(record)
        self.deleted.emit(record)
