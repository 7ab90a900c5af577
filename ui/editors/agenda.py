"""The agenda form: something to talk about at the next session, ticked off when done."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from journal.records import AgendaItem, Record

from ..widgets import NoteEdit, label, named
from .base import Editor, set_plain_text, when_text


class AgendaEditor(Editor):
    kind = "agenda"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.when = label("", "hint")
        self.text = NoteEdit()
        self.text.setPlaceholderText(self.tr("Something I want to talk about at my next session"))
        self.text.setTabChangesFocus(True)
        named(self.text, self.tr("What I want to talk about"))
        self.done = QCheckBox(self.tr("Talked about it"))
        named(self.done, self.tr("Talked about it"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.when)
        text_label = QLabel(self.tr("&What I want to talk about"))
        text_label.setBuddy(self.text)
        layout.addWidget(text_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.done)
        self.text.textChanged.connect(self._changed)
        self.done.toggled.connect(self._changed)

    def _load(self, record: AgendaItem) -> None:
        self.when.setText(self.tr("Added {when}").format(when=when_text(record.created)))
        set_plain_text(self.text, record.text)
        self.done.setChecked(record.done)

    def _clear(self) -> None:
        self.when.clear()
        self.text.clear()
        self.done.setChecked(False)

    def _build(self, record: AgendaItem) -> Record:
        return dataclasses.replace(record, text=self.text.toPlainText(), done=self.done.isChecked())
