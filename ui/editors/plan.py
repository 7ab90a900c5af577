"""The if–then plan form: "If I pass the pub on Friday, then I ring Sam", and for which kind of
trigger. The "then" part suggests what helped before: what the person did when they got through a
trigger without using (a completer, and a button that lists them all)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.records import TRIGGER_CATEGORIES, Plan, Record

from ..widgets import label, named, widget_shortcut
from ..words import trigger_kind
from .base import Editor, set_buddy, set_plain_text


def category_words(category: str | None) -> str:
    """The trigger kind as the Triggers page names it; None for a plan for any kind."""
    if category is None:
        return QCoreApplication.translate("plans", "Any kind of trigger")
    return trigger_kind(category)


class PlanEditor(Editor):
    kind = "plan"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.if_part = QPlainTextEdit()
        self.if_part.setPlaceholderText(self.tr("For example: I pass the pub on Friday after work"))
        self.if_part.setTabChangesFocus(True)
        self.if_part.setFixedHeight(self.if_part.fontMetrics().height() * 3 + 14)
        named(self.if_part, self.tr("If"), self.tr("The situation this plan is for"))
        self.then_part = QLineEdit()
        self.then_part.setPlaceholderText(self.tr("For example: I ring Sam and walk the long way home"))
        named(
            self.then_part, self.tr("Then I will"),
            self.tr("What you will do. Down arrow shows what helped before"),
        )
        self.helped = QStringListModel(self)
        self.completer = QCompleter(self.helped, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.then_part.setCompleter(self.completer)
        self.completer.activated.connect(self._chosen)
        self.show_helped = QPushButton(self.tr("What helped before…"))
        named(self.show_helped, self.tr("Show what helped before"),
              self.tr("What you did when you got through a trigger without using"))
        self.category = QComboBox()
        self.category.addItem(category_words(None), None)
        for category in TRIGGER_CATEGORIES:
            self.category.addItem(category_words(category), category)
        named(self.category, self.tr("For which kind of trigger"))
        then_row = QHBoxLayout()
        then_row.addWidget(self.then_part, 1)
        then_row.addWidget(self.show_helped)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        #: The two halves of an if-then plan: "If <situation>", "then <what I will do>".
        form.addRow(self.tr("&If"), self.if_part)
        form.addRow(self.tr("&Then I will"), then_row)
        form.addRow(self.tr("&For"), self.category)
        for widget in (self.if_part, self.category):
            set_buddy(form, widget)
        then_label = form.labelForField(then_row)
        if isinstance(then_label, QLabel):
            then_label.setBuddy(self.then_part)
        self.helped_hint = label("", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(self.tr(
            "Plans written as \"if this happens, then I will do that\" are easier to follow when "
            "the moment comes."
        ), "hint"))
        layout.addLayout(form)
        layout.addWidget(self.helped_hint)
        layout.addStretch(1)
        self.if_part.textChanged.connect(self._changed)
        self.then_part.textEdited.connect(self._changed)
        self.category.currentIndexChanged.connect(self._changed)
        self.show_helped.clicked.connect(self.list_helped)
        widget_shortcut("Down", self.then_part, self.list_helped)
        self.set_helped([])

    def set_helped(self, responses: list[str]) -> None:
        """What the person did when they got through a trigger, most often first."""
        self.helped.setStringList(responses)
        self.show_helped.setEnabled(bool(responses))
        count = len(responses)
        offered = self.tr("%n things that helped before are offered as you type the \"then\".", None, count)
        self.helped_hint.setText(offered if responses else "")

    def list_helped(self) -> None:
        self.then_part.setFocus()
        self.completer.setCompletionPrefix("")
        self.completer.complete()

    def _chosen(self, text: str) -> None:
        self.then_part.setText(text)
        self._changed()

    def not_ready(self) -> str:
        if not self.if_part.toPlainText().strip() and not self.then_part.text().strip():
            return self.tr("Write the \"if\" or the \"then\" and the plan is kept.")
        return ""

    def _load(self, record: Plan) -> None:
        set_plain_text(self.if_part, record.if_part)
        if self.then_part.text() != record.then_part:
            self.then_part.setText(record.then_part)
        index = self.category.findData(record.category) if record.category is not None else 0
        self.category.setCurrentIndex(max(0, index))

    def _clear(self) -> None:
        self.if_part.clear()
        self.then_part.clear()
        self.category.setCurrentIndex(0)

    def _build(self, record: Plan) -> Record:
        category = self.category.currentData()
        return dataclasses.replace(
            record,
            if_part=self.if_part.toPlainText().strip(),
            then_part=self.then_part.text().strip(),
            category=str(category) if category else None,
        )
