"""The goal form: the goal in the person's words, why it matters, small steps to tick, an optional
date to aim for, and whether it is active, paused or done.

"Agreed with my keyworker" is a marker in the person's words, not a gate and not a field: the
export format has no tags on goals, so ticking it adds one line at the end of "why it matters"
(and unticking removes it). A date to aim for is never a deadline: nothing turns red after it.
"""

from __future__ import annotations

import dataclasses
from typing import Final

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
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

from journal.i18n import QT_TRANSLATE_NOOP
from journal.records import GOAL_STATUSES, Goal, GoalStep, Record

from ..theme import icon
from ..widgets import named, widget_shortcut
from .base import Editor, set_buddy, set_plain_text

STATUS_WORDS: Final = {
    "active": QT_TRANSLATE_NOOP("goals", "Working on it"),
    "paused": QT_TRANSLATE_NOOP("goals", "Paused for now"),
    "done": QT_TRANSLATE_NOOP("goals", "Done"),
}
# The marker in the English the person may have written it in, whatever the language now.
KEYWORKER_MARK_ENGLISH: Final = "✓ Agreed with my keyworker"


def status_words(status: str) -> str:
    if status not in STATUS_WORDS:
        return status
    return QCoreApplication.translate("goals", STATUS_WORDS[status])


def keyworker_mark() -> str:
    #: A line the app adds at the end of a goal's "why it matters" when the person ticks
    #: "Agreed with my keyworker". Keep the tick mark at the start.
    return QCoreApplication.translate("goals", "✓ Agreed with my keyworker")


def split_keyworker_mark(why: str) -> tuple[str, bool]:
    """(why without the marker line, whether the marker was there)."""
    lines = why.rstrip().split("\n")
    if lines and lines[-1].strip() in (keyworker_mark(), KEYWORKER_MARK_ENGLISH):
        return "\n".join(lines[:-1]).rstrip(), True
    return why, False


def with_keyworker_mark(why: str, agreed: bool) -> str:
    text = why.rstrip()
    if not agreed:
        return text
    return f"{text}\n{keyworker_mark()}" if text else keyworker_mark()


class StepsList(QWidget):
    """Small steps in the person's order: type and Enter to add, tick when done, double-click or
    F2 to reword, Delete to remove, Alt+Up/Alt+Down to move."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.setMinimumHeight(self.view.fontMetrics().height() * 4 + 12)
        named(self.view, self.tr("Small steps"),
              self.tr("Space ticks a step; F2 rewords it; Delete removes it; Alt+Up and Alt+Down move it"))
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("A small step… then press Enter"))
        named(self.entry, self.tr("Add a small step"))
        self.add = QPushButton(icon("add"), self.tr("Add step"))
        named(self.add, self.tr("Add the step"))
        self.up = QPushButton(self.tr("Move up"))
        self.down = QPushButton(self.tr("Move down"))
        self.remove = QPushButton(icon("delete"), self.tr("Remove step"))
        named(self.up, self.tr("Move the step up"))
        named(self.down, self.tr("Move the step down"))
        named(self.remove, self.tr("Remove the selected step"))
        top = QHBoxLayout()
        top.addWidget(self.entry, 1)
        top.addWidget(self.add)
        buttons = QHBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        buttons.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.entry.returnPressed.connect(self._add)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        widget_shortcut(QKeySequence.StandardKey.Delete, self.view, self._remove)
        widget_shortcut("Alt+Up", self.view, lambda: self._move(-1))
        widget_shortcut("Alt+Down", self.view, lambda: self._move(1))
        self.model.itemChanged.connect(lambda _item: self.changed.emit())

    def _item(self, step: GoalStep) -> QStandardItem:
        item = QStandardItem(step.text)
        item.setCheckable(True)
        item.setCheckState(Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked)
        item.setDropEnabled(False)
        return item

    def _add(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        self.model.appendRow(self._item(GoalStep(text)))
        self.entry.clear()
        self.changed.emit()

    def _remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.removeRow(index.row())
            self.changed.emit()

    def _move(self, by: int) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row, target = index.row(), index.row() + by
        if not 0 <= target < self.model.rowCount():
            return
        items = self.model.takeRow(row)
        self.model.insertRow(target, items)
        self.view.setCurrentIndex(self.model.index(target, 0))
        self.changed.emit()

    def steps(self) -> tuple[GoalStep, ...]:
        found = []
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            text = item.text().strip()
            if text:
                found.append(GoalStep(text, item.checkState() == Qt.CheckState.Checked))
        return tuple(found)

    def set_steps(self, steps: tuple[GoalStep, ...]) -> None:
        if steps == self.steps():
            return  # a save coming back: keep the selection and an edit in progress
        blocked = self.model.blockSignals(True)
        self.model.clear()
        for step in steps:
            self.model.appendRow(self._item(step))
        self.model.blockSignals(blocked)
        self.view.reset()


class GoalEditor(Editor):
    kind = "goal"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("In your own words, for example: get back into college"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().height() * 3 + 14)
        named(self.text, self.tr("My goal"))
        self.why = QPlainTextEdit()
        self.why.setPlaceholderText(self.tr("Why it matters to me"))
        self.why.setTabChangesFocus(True)
        self.why.setFixedHeight(self.why.fontMetrics().height() * 3 + 14)
        named(self.why, self.tr("Why it matters to me"))
        self.agreed = QCheckBox(self.tr("Agreed with my keyworker"))
        named(
            self.agreed, self.tr("Agreed with my keyworker"),
            self.tr("Adds a line saying so under why it matters"),
        )
        self.steps = StepsList()
        self.has_target = QCheckBox(self.tr("Aim for a date"))
        named(self.has_target, self.tr("Aim for a date"))
        self.target = QDateEdit(QDate.currentDate().addMonths(1))
        self.target.setCalendarPopup(True)
        self.target.setDisplayFormat("d MMM yyyy")
        named(self.target, self.tr("The date to aim for"))
        self.status = QComboBox()
        for status in GOAL_STATUSES:
            self.status.addItem(status_words(status), status)
        named(self.status, self.tr("Where this goal stands"))
        target_row = QHBoxLayout()
        target_row.addWidget(self.has_target)
        target_row.addWidget(self.target)
        target_row.addStretch(1)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&My goal"), self.text)
        form.addRow(self.tr("&Why it matters"), self.why)
        form.addRow("", self.agreed)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("&Aim"), target_row)
        for widget in (self.text, self.why, self.status):
            set_buddy(form, widget)
        aim = form.labelForField(target_row)
        if isinstance(aim, QLabel):
            aim.setBuddy(self.has_target)
        steps_label = QLabel(self.tr("Small s&teps"))
        steps_label.setBuddy(self.steps.entry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(steps_label)
        layout.addWidget(self.steps, 1)
        self.text.textChanged.connect(self._changed)
        self.why.textChanged.connect(self._changed)
        self.agreed.toggled.connect(self._changed)
        self.steps.changed.connect(self._changed)
        self.has_target.toggled.connect(self._target_toggled)
        self.target.dateChanged.connect(self._changed)
        self.status.currentIndexChanged.connect(self._changed)

    def _target_toggled(self, on: bool) -> None:
        self.target.setEnabled(on)
        self._changed()

    def not_ready(self) -> str:
        if not self.text.toPlainText().strip():
            return self.tr("Write the goal in your own words and it is kept.")
        return ""

    def _load(self, record: Goal) -> None:
        set_plain_text(self.text, record.text)
        why, agreed = split_keyworker_mark(record.why)
        set_plain_text(self.why, why)
        self.agreed.setChecked(agreed)
        self.steps.set_steps(record.steps)
        self.has_target.setChecked(record.target is not None)
        self.target.setEnabled(record.target is not None)
        if record.target is not None:
            self.target.setDate(QDate.fromString(record.target, "yyyy-MM-dd"))
        self.status.setCurrentIndex(max(0, self.status.findData(record.status)))

    def _clear(self) -> None:
        self.text.clear()
        self.why.clear()
        self.agreed.setChecked(False)
        self.steps.set_steps(())
        self.has_target.setChecked(False)

    def _build(self, record: Goal) -> Record:
        return dataclasses.replace(
            record,
            text=self.text.toPlainText().strip(),
            why=with_keyworker_mark(self.why.toPlainText(), self.agreed.isChecked()),
            steps=self.steps.steps(),
            target=self.target.date().toString("yyyy-MM-dd") if self.has_target.isChecked() else None,
            status=str(self.status.currentData()),
        )
