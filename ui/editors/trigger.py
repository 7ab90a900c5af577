"""The trigger form: what happened, what kind, how strong, what I did and how it went."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QPushButton, QWidget

from journal.i18n import QT_TRANSLATE_NOOP, translate
from journal.records import OUTCOMES, TRIGGER_CATEGORIES, Record, Trigger
from journal.summary_sections import CATEGORY_WORDS

from ..widgets import NoteEdit, ScaleInput, label, named
from .after_using import AfterUsing
from .base import Editor, set_buddy, set_plain_text, when_text

OUTCOME_WORDS = {
    "resisted": QT_TRANSLATE_NOOP("TriggerEditor", "I got through it without using"),
    "partly": QT_TRANSLATE_NOOP("TriggerEditor", "Partly"),
    "used": QT_TRANSLATE_NOOP("TriggerEditor", "I used"),
}


class TriggerEditor(Editor):
    kind = "trigger"
    # "Make a plan for next time": (what happened, kind of trigger), for an if-then plan's "if"
    plan_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.when = label("", "hint")
        self.situation = NoteEdit()
        self.situation.setPlaceholderText(self.tr("What happened, where, who was there"))
        self.situation.setTabChangesFocus(True)
        self.situation.setMinimumHeight(70)
        named(self.situation, self.tr("What happened"))
        self.category = QComboBox()
        for value in TRIGGER_CATEGORIES:
            self.category.addItem(translate("summary", CATEGORY_WORDS[value]), value)
        named(self.category, self.tr("Kind of trigger"))
        self.intensity = ScaleInput(self.tr("Craving strength"), self.tr("none", "no craving at all"),
                self.tr("very strong"))
        self.response = NoteEdit()
        self.response.setPlaceholderText(self.tr("What I did: rang someone, went for a walk, left…"))
        self.response.setTabChangesFocus(True)
        self.response.setMinimumHeight(60)
        named(self.response, self.tr("What I did"))
        self.outcome = QComboBox()
        for value in OUTCOMES:
            self.outcome.addItem(QCoreApplication.translate("TriggerEditor", OUTCOME_WORDS[value]), value)
        named(self.outcome, self.tr("How it went"))
        self.note = NoteEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Anything else"))
        self.note.setMinimumHeight(60)
        named(self.note, self.tr("Note"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.when)
        form.addRow(self.tr("&What happened"), self.situation)
        form.addRow(self.tr("&Kind"), self.category)
        form.addRow(self.tr("&Strength"), self.intensity)
        form.addRow(self.tr("What I &did"), self.response)
        form.addRow(self.tr("How &it went"), self.outcome)
        self.after_using = AfterUsing()  # issue 11/14: a neutral word after "I used"
        form.addRow("", self.after_using)
        form.addRow(self.tr("N&ote"), self.note)
        self.make_plan = QPushButton(self.tr("Make a plan for next time…"))
        named(self.make_plan, self.tr("Make a plan for next time"),
              self.tr("An if-then plan that starts from what happened here"))
        plan_row = QHBoxLayout()
        plan_row.addStretch(1)
        plan_row.addWidget(self.make_plan)
        form.addRow(plan_row)
        self.make_plan.clicked.connect(
            lambda: self.plan_requested.emit(self.situation.toPlainText(), str(self.category.currentData()))
        )
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
