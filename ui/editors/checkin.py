"""The check-in form: hope, mood and craving on 0-10 scales, time with others, tags and a note."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journal.records import CheckIn, Record

from ..widgets import NoteEdit, ScaleInput, label, named
from .base import Editor, set_buddy, when_text


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
        self.note = NoteEdit()
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
        for widget in (self.hope, self.mood, self.craving, self.tags):
            set_buddy(form, widget)
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
