"""Forms for each kind of record, and the panel that autosaves whichever one is open.

An editor only turns fields into a record and back; `EditorPanel` adds the never-lose-a-word
autosave, the kind inline message and the delete button (undoable). The same editors serve the
Journal page, the Triggers, Gratitude and Agenda pages, and Support.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.records import (
    CONTACT_ROLES,
    OUTCOMES,
    SUPPORT_KINDS,
    TRIGGER_CATEGORIES,
    AgendaItem,
    CheckIn,
    Contact,
    GratitudeList,
    Record,
    Trigger,
)

from .autosave import Autosaver
from .context import Context
from .theme import icon
from .widgets import InlineMessage, ScaleInput, label, named

OUTCOME_WORDS = {
    "resisted": "I got through it without using",
    "partly": "Partly",
    "used": "I used",
}
CATEGORY_WORDS = {c: c.capitalize() for c in TRIGGER_CATEGORIES}


def when_text(value: str) -> str:
    """A local, friendly date and time for an ISO moment or date."""
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value).strftime("%A %-d %B %Y")
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    return moment.strftime("%A %-d %B %Y, %H:%M")


class TagCompleter(QCompleter):
    """Completes the last tag in a comma-separated list, from tags used before."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: Any) -> str:
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        parts = [p.strip() for p in text.split(",")[:-1] if p.strip()]
        parts.append(str(index.data()))
        return ", ".join(parts) + ", "


def parse_tags(text: str) -> tuple[str, ...]:
    seen: list[str] = []
    for part in text.split(","):
        tag = " ".join(part.split())
        if tag and tag not in seen:
            seen.append(tag)
    return tuple(seen)


class Editor(QWidget):
    """Base: `edited` fires on any change the person makes; loading a record does not fire it."""

    edited = Signal()
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

    def record(self) -> Record | None:
        if self._record is None:
            return None
        return self._build(self._record)

    @property
    def base(self) -> Record | None:
        return self._record

    def _load(self, record: Any) -> None:
        raise NotImplementedError

    def _clear(self) -> None:
        raise NotImplementedError

    def _build(self, record: Any) -> Record:
        raise NotImplementedError


class CheckInEditor(Editor):
    kind = "checkin"

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.when = label("", "hint")
        self.hope = ScaleInput("Hope", "none", "lots")
        self.mood = ScaleInput("Mood", "very low", "very good")
        self.craving = ScaleInput("Craving", "none", "very strong", optional=True)
        self.peer = QCheckBox("I spent time with someone in recovery today")
        named(self.peer, "I spent time with someone in recovery today")
        self.tags = QLineEdit()
        self.tags.setPlaceholderText("for example: meeting, work, family")
        named(self.tags, "Tags", "Words to find this check-in by, separated by commas")
        self.tag_model = QStringListModel(self)
        completer = TagCompleter(self.tag_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.tags.setCompleter(completer)
        # QLineEdit previews but does not always keep a multi-tag completion: set it ourselves.
        completer.activated.connect(self._tag_chosen)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText("Anything you want to write. It is saved as you type.")
        self.note.setTabChangesFocus(True)
        named(self.note, "Note")
        self.note.setMinimumHeight(90 if compact else 140)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Hope", self.hope)
        form.addRow("&Mood", self.mood)
        form.addRow("&Craving", self.craving)
        form.addRow("", self.peer)
        form.addRow("T&ags", self.tags)
        for row_label, widget in (("&Hope", self.hope), ("&Mood", self.mood), ("&Craving", self.craving)):
            _buddy(form, widget, row_label)
        _buddy(form, self.tags, "T&ags")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.when)
        layout.addLayout(form)
        note_label = QLabel("&Note")
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note, 1)
        for scale in (self.hope, self.mood, self.craving):
            scale.changed.connect(self._changed)
        self.peer.toggled.connect(self._changed)
        self.tags.textEdited.connect(self._changed)
        self.note.textChanged.connect(self._changed)
        self.setTabOrder(self.hope.slider, self.mood.slider)
        self.setTabOrder(self.mood.slider, self.craving.slider)
        assert self.craving.skip is not None
        self.setTabOrder(self.craving.slider, self.craving.skip)
        self.setTabOrder(self.craving.skip, self.peer)
        self.setTabOrder(self.peer, self.tags)
        self.setTabOrder(self.tags, self.note)

    def _tag_chosen(self, text: str) -> None:
        self.tags.setText(text)
        self._changed()

    def set_known_tags(self, tags: list[str]) -> None:
        self.tag_model.setStringList(tags)

    def _load(self, record: CheckIn) -> None:
        self.when.setText(when_text(record.at))
        self.hope.set_value(record.hope)
        self.mood.set_value(record.mood)
        self.craving.set_value(record.craving)
        self.peer.setChecked(record.peer_contact)
        self.tags.setText(", ".join(record.tags))
        if self.note.toPlainText() != record.note:
            self.note.setPlainText(record.note)

    def _clear(self) -> None:
        self.when.setText("")
        self.hope.set_value(5)
        self.mood.set_value(5)
        self.craving.set_value(None)
        self.peer.setChecked(False)
        self.tags.clear()
        self.note.clear()

    def _build(self, record: CheckIn) -> Record:
        return dataclasses.replace(
            record,
            hope=self.hope.value() or 0,
            mood=self.mood.value() or 0,
            craving=self.craving.value(),
            peer_contact=self.peer.isChecked(),
            tags=parse_tags(self.tags.text()),
            note=self.note.toPlainText(),
        )


def _buddy(form: QFormLayout, widget: QWidget, _text: str) -> None:
    item = form.labelForField(widget)
    if isinstance(item, QLabel):
        item.setBuddy(widget.focusProxy() or widget)


class TriggerEditor(Editor):
    kind = "trigger"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.when = label("", "hint")
        self.situation = QPlainTextEdit()
        self.situation.setPlaceholderText("What happened, where, who was there")
        self.situation.setTabChangesFocus(True)
        self.situation.setMinimumHeight(70)
        named(self.situation, "What happened")
        self.category = QComboBox()
        for value in TRIGGER_CATEGORIES:
            self.category.addItem(CATEGORY_WORDS[value], value)
        named(self.category, "Kind of trigger")
        self.intensity = ScaleInput("Craving strength", "none", "very strong")
        self.response = QPlainTextEdit()
        self.response.setPlaceholderText("What I did: rang someone, went for a walk, left…")
        self.response.setTabChangesFocus(True)
        self.response.setMinimumHeight(60)
        named(self.response, "What I did")
        self.outcome = QComboBox()
        for value in OUTCOMES:
            self.outcome.addItem(OUTCOME_WORDS[value], value)
        named(self.outcome, "How it went")
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText("Anything else")
        self.note.setMinimumHeight(60)
        named(self.note, "Note")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.when)
        form.addRow("&What happened", self.situation)
        form.addRow("&Kind", self.category)
        form.addRow("&Strength", self.intensity)
        form.addRow("What I &did", self.response)
        form.addRow("&How it went", self.outcome)
        form.addRow("N&ote", self.note)
        for widget in (self.situation, self.category, self.intensity, self.response, self.outcome, self.note):
            _buddy(form, widget, "")
        self.situation.textChanged.connect(self._changed)
        self.category.currentIndexChanged.connect(self._changed)
        self.intensity.changed.connect(self._changed)
        self.response.textChanged.connect(self._changed)
        self.outcome.currentIndexChanged.connect(self._changed)
        self.note.textChanged.connect(self._changed)

    def _load(self, record: Trigger) -> None:
        self.when.setText(when_text(record.at))
        _set_plain(self.situation, record.situation)
        self.category.setCurrentIndex(max(0, self.category.findData(record.category)))
        self.intensity.set_value(record.intensity)
        _set_plain(self.response, record.response)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(record.outcome)))
        _set_plain(self.note, record.note)

    def _clear(self) -> None:
        for edit in (self.situation, self.response, self.note):
            edit.clear()
        self.when.clear()

    def _build(self, record: Trigger) -> Record:
        return dataclasses.replace(
            record,
            situation=self.situation.toPlainText(),
            category=str(self.category.currentData()),
            intensity=self.intensity.value() or 0,
            response=self.response.toPlainText(),
            outcome=str(self.outcome.currentData()),
            note=self.note.toPlainText(),
        )


def _set_plain(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText() != text:
        edit.setPlainText(text)


class GratitudeItems(QWidget):
    """A short list: type a line and press Enter to add; Delete removes; double-click edits."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStringListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        named(self.view, "Things I am grateful for")
        self.entry = QLineEdit()
        self.entry.setPlaceholderText("Something I'm grateful for… then press Enter")
        named(self.entry, "Add something I am grateful for")
        self.add = QPushButton(icon("add"), "Add")
        named(self.add, "Add to gratitude list")
        self.remove = QPushButton(icon("delete"), "Remove item")
        named(self.remove, "Remove the selected item")
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove)
        layout.addLayout(buttons)
        self.entry.returnPressed.connect(self._add)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        QShortcut(QKeySequence.StandardKey.Delete, self.view, self._remove,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.model.dataChanged.connect(lambda *_: self.changed.emit())

    def _add(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        self.model.setData(self.model.index(row), text)
        self.entry.clear()
        self.changed.emit()

    def _remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.removeRows(index.row(), 1)
            self.changed.emit()

    def items(self) -> tuple[str, ...]:
        return tuple(s.strip() for s in self.model.stringList() if s.strip())

    def set_items(self, items: tuple[str, ...]) -> None:
        blocked = self.model.blockSignals(True)
        self.model.setStringList(list(items))
        self.model.blockSignals(blocked)
        self.model.layoutChanged.emit()


class GratitudeEditor(Editor):
    kind = "gratitude"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.when = label("", "subtitle")
        self.items = GratitudeItems()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.when)
        layout.addWidget(self.items, 1)
        self.items.changed.connect(self._changed)

    def _load(self, record: GratitudeList) -> None:
        self.when.setText(when_text(record.date))
        self.items.set_items(record.items)

    def _clear(self) -> None:
        self.when.clear()
        self.items.set_items(())

    def _build(self, record: GratitudeList) -> Record:
        return dataclasses.replace(record, items=self.items.items())


class AgendaEditor(Editor):
    kind = "agenda"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.when = label("", "hint")
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("Something I want to talk about at my next session")
        self.text.setTabChangesFocus(True)
        named(self.text, "What I want to talk about")
        self.done = QCheckBox("Talked about it")
        named(self.done, "Talked about it")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.when)
        text_label = QLabel("&What I want to talk about")
        text_label.setBuddy(self.text)
        layout.addWidget(text_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.done)
        self.text.textChanged.connect(self._changed)
        self.done.toggled.connect(self._changed)

    def _load(self, record: AgendaItem) -> None:
        self.when.setText("Added " + when_text(record.created))
        _set_plain(self.text, record.text)
        self.done.setChecked(record.done)

    def _clear(self) -> None:
        self.when.clear()
        self.text.clear()
        self.done.setChecked(False)

    def _build(self, record: AgendaItem) -> Record:
        return dataclasses.replace(record, text=self.text.toPlainText(), done=self.done.isChecked())


ROLE_WORDS = {r: ("GP" if r == "GP" else r.capitalize()) for r in CONTACT_ROLES}


class ContactEditor(Editor):
    kind = "contact"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        named(self.name, "Name")
        self.role = QComboBox()
        for value in CONTACT_ROLES:
            self.role.addItem(ROLE_WORDS[value], value)
        named(self.role, "Role")
        self.phone = QLineEdit()
        named(self.phone, "Phone number")
        self.copy_phone = QPushButton(icon("copy"), "Copy")
        named(self.copy_phone, "Copy phone number")
        self.email = QLineEdit()
        named(self.email, "Email")
        self.support = {kind: QCheckBox(kind.capitalize()) for kind in SUPPORT_KINDS}
        for kind, box in self.support.items():
            named(box, f"Gives {kind} support")
        self.crisis = QCheckBox("In my crisis list (shown on the Crisis page)")
        named(self.crisis, "In my crisis list")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText("Best times to call, how they help…")
        named(self.notes, "Notes")
        phone_row = QHBoxLayout()
        phone_row.addWidget(self.phone, 1)
        phone_row.addWidget(self.copy_phone)
        support_row = QHBoxLayout()
        for box in self.support.values():
            support_row.addWidget(box)
        support_row.addStretch(1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Name", self.name)
        form.addRow("&Role", self.role)
        form.addRow("&Phone", phone_row)
        form.addRow("&Email", self.email)
        form.addRow("Support", support_row)
        form.addRow("", self.crisis)
        form.addRow("N&otes", self.notes)
        for widget in (self.name, self.role, self.email, self.notes):
            _buddy(form, widget, "")
        phone_label = form.labelForField(phone_row)
        if isinstance(phone_label, QLabel):
            phone_label.setBuddy(self.phone)
        self.name.textEdited.connect(self._changed)
        self.role.currentIndexChanged.connect(self._changed)
        self.phone.textEdited.connect(self._changed)
        self.email.textEdited.connect(self._changed)
        for box in self.support.values():
            box.toggled.connect(self._changed)
        self.crisis.toggled.connect(self._changed)
        self.notes.textChanged.connect(self._changed)

    def _load(self, record: Contact) -> None:
        self.name.setText(record.name)
        self.role.setCurrentIndex(max(0, self.role.findData(record.role)))
        self.phone.setText(record.phone)
        self.email.setText(record.email)
        for kind, box in self.support.items():
            box.setChecked(kind in record.support)
        self.crisis.setChecked(record.crisis)
        _set_plain(self.notes, record.notes)

    def _clear(self) -> None:
        for edit in (self.name, self.phone, self.email):
            edit.clear()
        self.notes.clear()

    def _build(self, record: Contact) -> Record:
        return dataclasses.replace(
            record,
            name=self.name.text().strip() or "Someone",
            role=str(self.role.currentData()),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            support=tuple(k for k, box in self.support.items() if box.isChecked()),
            crisis=self.crisis.isChecked(),
            notes=self.notes.toPlainText(),
        )


EDITORS: dict[str, type[Editor]] = {
    "checkin": CheckInEditor,
    "trigger": TriggerEditor,
    "gratitude": GratitudeEditor,
    "agenda": AgendaEditor,
    "contact": ContactEditor,
}


class EditorPanel(QWidget):
    """Shows one record in its editor, saves every change within a second, deletes with undo."""

    saved = Signal(object)
    deleted = Signal(object)

    def __init__(self, context: Context, source: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._source = source
        self.message = InlineMessage()
        self.status = label("", "hint")
        self.delete_button = QPushButton(icon("delete"), "Delete")
        named(self.delete_button, "Delete this entry", "You can undo with Ctrl+Z")
        self.delete_button.clicked.connect(self.delete_current)
        self.editors: dict[str, Editor] = {}
        self.editor: Editor | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.empty = label("Choose an entry on the left to read or change it.", "hint")
        self._layout.addWidget(self.empty)
        self._layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.delete_button)
        self._layout.addLayout(bottom)
        self.delete_button.setEnabled(False)
        self.autosaver = Autosaver(context.service, self._current, self.message, self)
        self.autosaver.saved.connect(self._on_saved)

    def _editor_for(self, kind: str) -> Editor:
        editor = self.editors.get(kind)
        if editor is None:
            editor = EDITORS[kind]()
            editor.hide()
            editor.edited.connect(self._on_edited)
            if isinstance(editor, CheckInEditor):
                self.context.service.submit(lambda vault: vault.tags_by_use(), editor.set_known_tags)
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
        self.editor = self._editor_for(record.kind)
        self.editor.set_record(record)
        self.editor.show()
        self.delete_button.setEnabled(True)
        self.status.setText("Changes save as you type.")

    @property
    def record_id(self) -> str | None:
        base = self.editor.base if self.editor is not None else None
        return base.id if base is not None else None

    def _on_edited(self) -> None:
        self.status.setText("Saving…")
        self.autosaver.schedule()

    def _on_saved(self, record: Record) -> None:
        if self.editor is not None and self.editor.base is not None and self.editor.base.id == record.id:
            if not self.autosaver.pending:
                self.status.setText(f"Saved at {dt.datetime.now():%H:%M}.")
            self.editor._record = record  # the saved state is the new base
        self.context.changed.emit(record.kind, self._source)
        self.saved.emit(record)

    def flush(self) -> None:
        self.autosaver.flush()

    def delete_current(self) -> None:
        if self.editor is None:
            return
        self.autosaver.flush()
        record = self.editor.record()
        if record is None:
            return
        self.show_record(None)
        self.context.delete_with_undo(record)
        self.deleted.emit(record)
