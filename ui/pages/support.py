"""Support: the people who help, in a sortable, filterable table with the contact form beside it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeySequence
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

from journal.i18n import QT_TRANSLATE_NOOP
from journal.records import CONTACT_ROLES, Contact, Record

from .. import operations
from ..clipboard import copy_phone_number
from ..context import Context, Page
from ..editors.contact import ContactEditor, role_word
from ..editors.panel import EditorPanel
from ..theme import icon
from ..widgets import label, named, widget_shortcut
from .shell import page_words

_Index = QModelIndex | QPersistentModelIndex
RecordRole: Final = int(Qt.ItemDataRole.UserRole) + 10
SortRole: Final = int(Qt.ItemDataRole.UserRole) + 11

class ContactsModel(QAbstractTableModel):
    """The person's contacts: name, role, phone, crisis list."""

    HEADERS: Final = (
        QT_TRANSLATE_NOOP("ContactsModel", "Name"), QT_TRANSLATE_NOOP("ContactsModel", "Role"),
        QT_TRANSLATE_NOOP("ContactsModel", "Phone"), QT_TRANSLATE_NOOP("ContactsModel", "Crisis list"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Contact] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ContactsModel", self.HEADERS[section])
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
                return role_word(contact.role)
            if column == 2:
                return contact.phone
            return self.tr("Yes") if contact.crisis else ""
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
        self.filter.setPlaceholderText(self.tr("Find a contact…"))
        self.filter.setClearButtonEnabled(True)
        named(self.filter, self.tr("Find a contact"))
        self.new_button = QPushButton(icon("add"), self.tr("Add a contact"))
        self.new_button.setProperty("role", "primary")
        named(self.new_button, self.tr("Add a contact"))
        self.copy_button = QPushButton(icon("copy"), self.tr("Copy phone number"))
        named(self.copy_button, self.tr("Copy the phone number of the selected contact"))
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):  # a role or number is never cut short
            self.view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setAlternatingRowColors(True)
        named(self.view, self.tr("Support contacts"), self.tr("Press Delete to delete the selected contact"))
        self.empty = label(
            self.tr("Add the people who help you: a sponsor, your keyworker, a friend from a "
                "meeting."), "hint"
        )
        self.panel = EditorPanel(context, self)
        self.panel.empty.setText(self.tr("Choose a contact on the left, or add one."))
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
        layout.addWidget(label(page_words("Support"), "title"))
        layout.addWidget(label(self.tr(
            "The people who help you. Meeting others in recovery is one of the things that grows hope."),
            "hint",
        ))
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button.clicked.connect(self.new_contact)
        self.copy_button.clicked.connect(self.copy_phone)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        widget_shortcut(QKeySequence.StandardKey.Delete, self.view, self.panel.delete_current)
        context.changed.connect(self._on_changed)
        editor = cast(ContactEditor, self.panel.editor_for("contact"))
        editor.copy_phone.clicked.connect(lambda: self._copy(editor.phone.text()))

    def reload(self) -> None:
        self.run(operations.load_contacts(), self._loaded)

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
            self.panel.message.show_message(self.tr("Choose a contact first."), fade_ms=3000)
            return
        self._copy(contact.phone)

    def _copy(self, phone: str) -> None:
        if not phone:
            self.panel.message.show_message(self.tr("There is no phone number to copy."), fade_ms=3000)
            return
        copy_phone_number(phone)
        self.panel.message.show_message(self.tr("Copied {phone}.").format(phone=phone), fade_ms=3000)

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

        def done(record: Record | None) -> None:
            if record is not None:
                self._select_after_load = record.id
                self.panel.show_record(record)

        self.run(operations.open_record("contact", record_id), done)
