"""The check-in form: hope, mood and craving on 0-10 scales, time with others, tags and a note.

A check-in keeps only what the person set: every scale starts unanswered and is saved as a number
only once touched (the scale's "Clear" takes it back). The moment it is about can be changed
(yesterday evening), and "I spent time with someone in recovery" can name who with.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from typing import Any

from PySide6.QtCore import QDateTime, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journal.records import CheckIn, Record

from ..widgets import NoteEdit, ScaleInput, named
from .base import Editor, set_buddy
from .companions import CompanionPicker

WHEN_FORMAT = "ddd d MMM yyyy  HH:mm"  # QLocale's day and month names, 24-hour time in every language


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


def moment_of(at: str) -> QDateTime:
    """An ISO moment as a local QDateTime (what the person sees and edits)."""
    return QDateTime.fromString(at, Qt.DateFormat.ISODate).toLocalTime()


def iso_of(moment: QDateTime) -> str:
    """A local QDateTime as the record's ISO moment, with this computer's UTC offset."""
    seconds = moment.toSecsSinceEpoch()
    return dt.datetime.fromtimestamp(seconds).astimezone().isoformat(timespec="seconds")


class CheckInEditor(Editor):
    kind = "checkin"

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self._loaded_when = QDateTime()
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(WHEN_FORMAT)
        named(self.when, self.tr("When"), self.tr("The day and time this check-in is about"))
        self.hope = ScaleInput(self.tr("Hope"), self.tr("none", "no hope at all"), self.tr("lots"),
                optional=True)
        self.mood = ScaleInput(self.tr("Mood"), self.tr("very low"), self.tr("very good"), optional=True)
        self.craving = ScaleInput(self.tr("Craving"), self.tr("none", "no craving at all"),
                self.tr("very strong"), optional=True)
        scales = (self.hope, self.mood, self.craving)
        low = max(scale.end_widths()[0] for scale in scales)
        high = max(scale.end_widths()[1] for scale in scales)
        for scale in scales:
            scale.line_up_ends(low, high)
        self.peer = QCheckBox(self.tr("I spent time with someone in recovery"))
        named(self.peer, self.tr("I spent time with someone in recovery"))
        self.companions = CompanionPicker()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("for example: meeting, work, family"))
        named(self.tags, self.tr("Tags"), self.tr("Words to find this check-in by, separated by commas"))
        self.tag_model = QStringListModel(self)
        completer = TagCompleter(self.tag_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.tags.setCompleter(completer)
        # QLineEdit previews but does not always keep a multi-tag completion: set it ourselves.
        completer.activated.connect(self._tag_chosen)
        self.note = NoteEdit()
        self.note.setPlaceholderText(self.tr("Anything you want to write. It is saved as you type."))
        self.note.setTabChangesFocus(True)
        named(self.note, self.tr("Note"))
        self.note.setMinimumHeight(90 if compact else 140)
        self.form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Whe&n"), self.when)
        form.addRow(self.tr("Ho&pe"), self.hope)
        form.addRow(self.tr("&Mood"), self.mood)
        form.addRow(self.tr("&Craving"), self.craving)
        form.addRow("", self.peer)
        form.addRow(self.tr("&With"), self.companions)
        form.addRow(self.tr("T&ags"), self.tags)
        for widget in (self.when, self.hope, self.mood, self.craving, self.tags):
            set_buddy(form, widget)
        with_label = form.labelForField(self.companions)
        if isinstance(with_label, QLabel):
            with_label.setBuddy(self.companions.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        note_label = QLabel(self.tr("N&ote"))
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note, 1)
        for scale in scales:
            scale.changed.connect(self._changed)
        self.when.dateTimeChanged.connect(self._changed)
        self.peer.toggled.connect(self._peer_toggled)
        self.companions.changed.connect(self._companions_changed)
        self.tags.textEdited.connect(self._changed)
        self.note.textChanged.connect(self._changed)
        order: list[QWidget] = [self.when]
        for scale in scales:
            order.append(scale.slider)
            if scale.clear_button is not None:
                order.append(scale.clear_button)
        order += [self.peer, self.companions.search, self.companions.add_group, self.companions.view,
                  self.tags, self.note]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        self._show_companions()

    # ---- when --------------------------------------------------------------------------------

    def show_when(self, shown: bool) -> None:
        """Today keeps the moment out of the way ("now") until the person asks for another."""
        self.form.setRowVisible(self.when, shown)

    def when_was_chosen(self) -> bool:
        """Whether the person moved the check-in to another day or time."""
        return self._loaded_when.isValid() and self.when.dateTime() != self._loaded_when

    def set_when(self, at: str) -> None:
        """Show `at` as the check-in's moment, without counting it as a change."""
        was_loading, self._loading = self._loading, True
        try:
            moment = moment_of(at)
            now = QDateTime.currentDateTime()
            self.when.setMaximumDateTime(now.addSecs(60) if moment < now else moment)
            self.when.setDateTime(moment)
            self._loaded_when = self.when.dateTime()
        finally:
            self._loading = was_loading

    # ---- who with -------------------------------------------------------------------------------

    def _show_companions(self) -> None:
        shown = self.peer.isChecked() or bool(self.companions.ids())
        self.form.setRowVisible(self.companions, shown)

    def _peer_toggled(self, _checked: bool) -> None:
        self._show_companions()
        self._changed()

    def _companions_changed(self) -> None:
        if self.companions.ids() and not self.peer.isChecked():
            self.peer.setChecked(True)  # naming someone is time spent with them
        self._changed()

    # ---- tags ---------------------------------------------------------------------------------

    def _tag_chosen(self, text: str) -> None:
        self.tags.setText(text)
        self._changed()

    def set_known_tags(self, tags: list[str]) -> None:
        self.tag_model.setStringList(tags)

    # ---- loading and building -------------------------------------------------------------------

    def _load(self, record: CheckIn) -> None:
        self.set_when(record.at)
        self.hope.set_value(record.hope)
        self.mood.set_value(record.mood)
        self.craving.set_value(record.craving)
        self.peer.setChecked(record.peer_contact)
        self.companions.set_ids(record.with_ids)
        self.tags.setText(", ".join(record.tags))
        if self.note.toPlainText() != record.note:
            self.note.setPlainText(record.note)
        self._show_companions()

    def _clear(self) -> None:
        self._loaded_when = QDateTime()
        for scale in (self.hope, self.mood, self.craving):
            scale.set_value(None)
        self.peer.setChecked(False)
        self.companions.set_ids(())
        self.tags.clear()
        self.note.clear()
        self._show_companions()

    def _build(self, record: CheckIn) -> Record:
        at = iso_of(self.when.dateTime()) if self.when_was_chosen() else record.at
        return dataclasses.replace(
            record,
            at=at,
            hope=self.hope.value(),
            mood=self.mood.value(),
            craving=self.craving.value(),
            peer_contact=self.peer.isChecked(),
            with_ids=self.companions.ids(),
            tags=parse_tags(self.tags.text()),
            note=self.note.toPlainText(),
        )

    def rebase(self, record: Record | None) -> None:
        super().rebase(record)
        if isinstance(record, CheckIn) and self.when_was_chosen():
            # the chosen moment is saved now: it is what later edits start from
            self._loaded_when = self.when.dateTime()
