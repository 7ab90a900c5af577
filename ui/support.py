"""Support (the person's contacts) and Crisis (who to call now).

The Crisis page exists twice: locked, it shows only the built-in UK helplines (the vault is shut,
so nothing personal can show); unlocked, it adds the person's own crisis contacts and lets them
edit the helplines. Both say plainly that the app is not a therapist and to ring 999 in danger.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.records import CONTACT_ROLES, Contact, Helpline, Record
from journal.vault import Vault

from .clipboard import copy_to_clipboard
from .context import Context, Page
from .editors.contact import ROLE_WORDS, ContactEditor
from .editors.panel import EditorPanel
from .help_now import EMERGENCY_TEXT, NOT_A_THERAPIST, phone_card
from .theme import icon
from .widgets import InlineMessage, fill_with_scrolling, label, named

_Index = QModelIndex | QPersistentModelIndex
RecordRole: Final = int(Qt.ItemDataRole.UserRole) + 10
SortRole: Final = int(Qt.ItemDataRole.UserRole) + 11

class ContactsModel(QAbstractTableModel):
    """The person's contacts: name, role, phone, crisis list."""

    HEADERS: Final = ("Name", "Role", "Phone", "Crisis list")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Contact] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        contact = self._rows[index.row()]
        if role == RecordRole:
            return contact
        if role == SortRole:
            # Roles sort in the order people think of them (sponsor, keyworker, …), then by name.
            rank = CONTACT_ROLES.index(contact.role) if contact.role in CONTACT_ROLES else 99
            by_column = (contact.name.lower(), f"{rank:02d}{contact.name.lower()}", contact.phone,
                         f"{0 if contact.crisis else 1}{contact.name.lower()}")
            return by_column[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == 0:
                return contact.name
            if column == 1:
                return ROLE_WORDS.get(contact.role, contact.role)
            if column == 2:
                return contact.phone
            return "Yes" if contact.crisis else ""
        return None

    def clear(self) -> None:
        self.set_contacts([])

    def set_contacts(self, contacts: Sequence[Contact]) -> None:
        self.beginResetModel()
        self._rows = list(contacts)
        self.endResetModel()

    def row_of(self, record_id: str) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == record_id), -1)

    def update(self, contact: Contact) -> bool:
        row = self.row_of(contact.id)
        if row < 0:
            return False
        self._rows[row] = contact
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        return True


class SupportPage(Page):
    title = "Support"

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._select_after_load: str | None = None
        self.model = ContactsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(SortRole)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Find a contact…")
        self.filter.setClearButtonEnabled(True)
        named(self.filter, "Find a contact")
        self.new_button = QPushButton(icon("add"), "Add a contact")
        self.new_button.setProperty("role", "primary")
        named(self.new_button, "Add a contact")
        self.copy_button = QPushButton(icon("copy"), "Copy phone number")
        named(self.copy_button, "Copy the phone number of the selected contact")
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setAlternatingRowColors(True)
        named(self.view, "Support contacts", "Press Delete to delete the selected contact")
        self.empty = label(
            "Add the people who help you: a sponsor, your keyworker, a friend from a meeting.", "hint"
        )
        self.panel = EditorPanel(context, self)
        self.panel.empty.setText("Choose a contact on the left, or add one.")
        self.panel.saved.connect(self._on_saved)
        self.panel.deleted.connect(lambda _r: self.reload())
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.empty)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(label("Support", "title"))
        layout.addWidget(label(
            "The people who help you. Meeting others in recovery is one of the things that grows hope.",
            "hint",
        ))
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button.clicked.connect(self.new_contact)
        self.copy_button.clicked.connect(self.copy_phone)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        QShortcut(QKeySequence.StandardKey.Delete, self.view, self.panel.delete_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        context.changed.connect(self._on_changed)
        editor = cast(ContactEditor, self.panel.editor_for("contact"))
        editor.copy_phone.clicked.connect(lambda: self._copy(editor.phone.text()))

    def reload(self) -> None:
        def work(vault: Vault) -> list[Contact]:
            return [c for c in vault.list("contact") if isinstance(c, Contact)]

        self.service.submit(work, self._loaded)

    def _loaded(self, contacts: list[Contact]) -> None:
        self.model.set_contacts(contacts)
        self.empty.setVisible(not contacts)
        if self._select_after_load:
            row = self.model.row_of(self._select_after_load)
            self._select_after_load = None
            if row >= 0:
                self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        contact = current.data(RecordRole) if current.isValid() else None
        if contact is None:
            contact = self.proxy.index(current.row(), 0).data(RecordRole)
        if contact is not None and contact.id != self.panel.record_id:
            self.panel.show_record(contact)

    def new_contact(self) -> None:
        self.view.clearSelection()
        self.panel.show_record(Contact(name="", role="friend"))
        editor = self.panel.editor
        if isinstance(editor, ContactEditor):
            editor.name.setFocus()

    def _on_saved(self, record: Record) -> None:
        if isinstance(record, Contact) and not self.model.update(record):
            self._select_after_load = record.id
            self.reload()

    def copy_phone(self) -> None:
        index = self.view.currentIndex()
        contact = self.proxy.index(index.row(), 0).data(RecordRole) if index.isValid() else None
        if contact is None:
            self.panel.message.show_message("Choose a contact first.", fade_ms=3000)
            return
        self._copy(contact.phone)

    def _copy(self, phone: str) -> None:
        if not phone:
            self.panel.message.show_message("There is no phone number to copy.", fade_ms=3000)
            return
        copy_to_clipboard(phone)
        self.panel.message.show_message(f"Copied {phone}.", fade_ms=3000)

    def _on_changed(self, kind: str, source: object) -> None:
        if kind == "contact" and source is not self:
            self.reload()

    def activate(self, request: object = None) -> None:
        self.reload()

    def flush(self) -> None:
        self.panel.flush()

    def location(self) -> dict[str, Any]:
        record_id = self.panel.record_id
        return {"open": record_id} if record_id else {}

    def restore(self, location: dict[str, Any]) -> None:
        record_id = location.get("open")
        if not record_id:
            return

        def work(vault: Vault) -> Record | None:
            return vault.get("contact", record_id)

        def done(record: Record | None) -> None:
            if record is not None:
                self._select_after_load = record.id
                self.panel.show_record(record)

        self.service.submit(work, done)


class HelplinesModel(QAbstractTableModel):
    """The person's editable helplines; every edit is saved through the worker at once."""

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
        def work(vault: Vault) -> Record:
            return vault.save(line)

        def failed(error: JournalError) -> None:
            self.error.emit(error.message)

        self._context.service.submit(work, lambda _r: None, failed)

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
        context.changed.connect(lambda kind, _s: self.activate() if kind in ("contact", "helpline") else None)

    def activate(self, request: object = None) -> None:
        def work(vault: Vault) -> tuple[list[Contact], list[Helpline]]:
            contacts = [c for c in vault.list("contact") if isinstance(c, Contact) and c.crisis]
            return contacts, [h for h in vault.list("helpline") if isinstance(h, Helpline)]

        self.service.submit(work, self._loaded)

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
        copy_to_clipboard(phone)
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
