"""Crisis, unlocked: who to call now, the person's own crisis contacts first, then their helplines.

The locked crisis page (ui/locked/crisis.py) shows only the built-in UK helplines, since the vault
is shut; this one adds the person's crisis contacts and lets them edit the helplines. Both say
plainly that the app is not a therapist and to ring 999 in danger.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.records import Contact, Helpline

from .. import operations
from ..clipboard import copy_phone_number
from ..context import Context, Page
from ..editors.contact import ROLE_WORDS
from ..help_now import EMERGENCY_TEXT, NOT_A_THERAPIST, phone_card
from ..theme import icon
from ..widgets import InlineMessage, fill_with_scrolling, label, named
from .support import RecordRole

_Index = QModelIndex | QPersistentModelIndex


class HelplinesModel(QAbstractTableModel):
    """The person's editable helplines; every edit is saved at once, off the UI thread."""

    HEADERS: Final = ("Name", "Phone", "Notes")
    FIELDS: Final = ("name", "phone", "notes")
    error = Signal(str)

    def __init__(self, context: Context, parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self._rows: list[Helpline] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        if role == RecordRole:
            return line
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(line, self.FIELDS[index.column()])
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        field = self.FIELDS[index.column()]
        text = str(value).strip()
        if field == "name" and not text:
            self.error.emit("A helpline needs a name.")
            return False
        old = self._rows[index.row()]
        updated = Helpline(
            name=text if field == "name" else old.name,
            phone=text if field == "phone" else old.phone,
            notes=text if field == "notes" else old.notes,
            position=old.position,
            id=old.id,
        )
        self._rows[index.row()] = updated
        self.dataChanged.emit(index, index)
        self._save(updated)
        return True

    def _save(self, line: Helpline) -> None:
        def failed(error: JournalError) -> None:
            self.error.emit(error.message)

        self._context.run(operations.save_helpline(line), None, failed, initiator=self)

    def clear(self) -> None:
        self.set_lines([])

    def set_lines(self, lines: Sequence[Helpline]) -> None:
        self.beginResetModel()
        self._rows = list(lines)
        self.endResetModel()

    def add(self) -> int:
        position = max((line.position for line in self._rows), default=-1) + 1
        line = Helpline(name="New helpline", phone="", position=position)
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(line)
        self.endInsertRows()
        self._save(line)
        return row

    def line(self, row: int) -> Helpline | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None


class CrisisPage(Page):
    """Unlocked crisis page: the person's crisis contacts, then their editable helplines."""

    title = "Crisis"

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.message = InlineMessage()
        self.people = QVBoxLayout()
        self.helplines = HelplinesModel(context, self)
        self.helplines.error.connect(self.message.show_message)
        self.table = QTableView()
        self.table.setModel(self.helplines)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(140)
        named(self.table, "Helplines", "Press F2 to change a cell, Delete to remove a helpline")
        self.add_button = QPushButton(icon("add"), "Add a helpline")
        named(self.add_button, "Add a helpline")
        self.remove_button = QPushButton(icon("delete"), "Remove")
        named(self.remove_button, "Remove the selected helpline")
        self.copy_button = QPushButton(icon("copy"), "Copy number")
        named(self.copy_button, "Copy the number of the selected helpline")
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(label("Help right now", "title"))
        layout.addWidget(label(EMERGENCY_TEXT, "warning"))
        layout.addWidget(label(NOT_A_THERAPIST))
        layout.addWidget(label("People I can call", "subtitle"))
        layout.addLayout(self.people)
        layout.addWidget(label("Helplines", "subtitle"))
        layout.addWidget(label("Change these for where you live: double-click a cell or press F2.", "hint"))
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        fill_with_scrolling(self, content)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.copy_button.clicked.connect(self._copy_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._remove,
                  context=Qt.ShortcutContext.WidgetShortcut)
        context.changed.connect(self._on_changed)

    def _on_changed(self, kind: str, source: object) -> None:
        # A cell just edited here is already on screen: reloading would lose the selection.
        if kind in ("contact", "helpline") and source is not self.helplines:
            self.activate()

    def activate(self, request: object = None) -> None:
        self.run(operations.load_crisis_page(), self._loaded)

    def _loaded(self, result: tuple[list[Contact], list[Helpline]]) -> None:
        contacts, lines = result
        while self.people.count():
            item = self.people.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not contacts:
            self.people.addWidget(label(
                "No one yet. On the Support page, tick \"In my crisis list\" for people you can call.",
                "hint",
            ))
        for contact in contacts:
            role = ROLE_WORDS.get(contact.role, contact.role)
            self.people.addWidget(phone_card(f"{contact.name} ({role})", contact.phone, "", self._copy))
        self.helplines.set_lines(lines)

    def _copy(self, phone: str) -> None:
        copy_phone_number(phone)
        self.message.show_message(f"Copied {phone}.", fade_ms=3000)

    def _copy_selected(self) -> None:
        line = self.helplines.line(self.table.currentIndex().row())
        if line is not None and line.phone:
            self._copy(line.phone)

    def _add(self) -> None:
        row = self.helplines.add()
        index = self.helplines.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _remove(self) -> None:
        line = self.helplines.line(self.table.currentIndex().row())
        if line is not None:
            self.context.delete_with_undo(line)
