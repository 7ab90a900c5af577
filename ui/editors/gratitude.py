"""The gratitude form: a short list of things, one line each."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.records import GratitudeList, Record

from ..theme import icon
from ..widgets import label, named, widget_shortcut
from .base import Editor, when_text


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
        named(self.view, self.tr("Things I am grateful for"))
        self.entry = QLineEdit()
        # Short enough for a narrow column at large text; Enter is said to screen readers.
        self.entry.setPlaceholderText(self.tr("Something I'm grateful for"))
        named(self.entry, self.tr("Add something I am grateful for"), self.tr("Type it, then press Enter"))
        self.add = QPushButton(icon("add"), self.tr("Add"))
        named(self.add, self.tr("Add to gratitude list"))
        self.remove = QPushButton(icon("delete"), self.tr("Remove item"))
        named(self.remove, self.tr("Remove the selected item"))
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
        widget_shortcut(QKeySequence.StandardKey.Delete, self.view, self._remove)
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
