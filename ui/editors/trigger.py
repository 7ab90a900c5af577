"""The trigger form: what happened, what kind, how strong, what I did and how it went."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QComboBox, QFormLayout, QPlainTextEdit, QWidget

from journal.records import OUTCOMES, TRIGGER_CATEGORIES, Record, Trigger

from ..widgets import ScaleInput, label, named
from .after_using import AfterUsing
from .base import Editor, set_buddy, set_plain_text, when_text

OUTCOME_WORDS = {
    "resisted": "I got through it without using",
    "partly": "Partly",
    "used": "I used",
}
CATEGORY_WORDS = {c: c.capitalize() for c in TRIGGER_CATEGORIES}


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
        self.after_using = AfterUsing()  # issue 11/14: a neutral word after "I used"
        form.addRow("", self.after_using)
        form.addRow("N&ote", self.note)
        for widget in (self.situation, self.category, self.intensity, self.response, self.outcome, self.note):
            set_buddy(form, widget)
        self.situation.textChanged.connect(self._changed)
        self.category.currentIndexChanged.connect(self._changed)
        self.intensity.changed.connect(self._changed)
        self.response.textChanged.connect(self._changed)
        self.outcome.currentIndexChanged.connect(self._changed)
        self.outcome.currentIndexChanged.connect(self._outcome_chosen)
        self.note.textChanged.connect(self._changed)

    def _load(self, record: Trigger) -> None:
        self.after_using.hide()
        self.when.setText(when_text(record.at))
        set_plain_text(self.situation, record.situation)
        self.category.setCurrentIndex(max(0, self.category.findData(record.category)))
        self.intensity.set_value(record.intensity)
        set_plain_text(self.response, record.response)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(record.outcome)))
        set_plain_text(self.note, record.note)

    def _outcome_chosen(self) -> None:
        """The word after "I used" shows when the person chooses it, not when an entry opens."""
        self.after_using.setVisible(not self._loading and self.outcome.currentData() == "used")

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
