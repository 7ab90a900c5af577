"""Who I was with: naming the people and groups a check-in's time in recovery was spent with.

A completer over the person's contacts (people and groups, as the Support page keeps them) adds a
name; the chosen ones stand in a small ticked list (untick to take one off). A group not yet in
the contacts (AA, NA, SMART Recovery, a recovery café…) is added in place, with its day, time and
place in its notes, and is then a contact like any other. Ids of contacts deleted since stay in
the check-in unseen, so undoing that delete brings them back.

The picker holds no vault: `wire_companions` runs its loading and saving through the task runner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.records import Contact, Record

from .. import operations
from ..context import Context
from ..widgets import label, named

IdRole: Final = int(Qt.ItemDataRole.UserRole) + 1
# Groups people often name; the names are the groups' own (not translated), the person can type any.
GROUP_SUGGESTIONS: Final = (
    "AA (Alcoholics Anonymous)",
    "NA (Narcotics Anonymous)",
    "CA (Cocaine Anonymous)",
    "SMART Recovery",
)


def contact_words(contact: Contact) -> str:
    """How a contact reads in the picker: its name, and "group" for a group."""
    if contact.role == "group":
        return QCoreApplication.translate("companions", "{name} (group)").format(name=contact.name)
    return contact.name


class AddGroupDialog(QDialog):
    """Add a mutual-aid group or recovery community to the contacts, with when and where it meets."""

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a group"))
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(GROUP_SUGGESTIONS)
        self.name.addItem(self.tr("A recovery café"))
        self.name.setCurrentText(name)
        edit = self.name.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("For example: NA, SMART Recovery"))
        named(self.name, self.tr("Name of the group"))
        self.where = QLineEdit()
        self.where.setPlaceholderText(self.tr("For example: Tuesdays 7 pm, St Mary's hall"))
        named(self.where, self.tr("When and where it meets"))
        form = QFormLayout()
        form.addRow(self.tr("&Group"), self.name)
        form.addRow(self.tr("&When and where"), self.where)
        for widget in (self.name, self.where):
            item = form.labelForField(widget)
            if item is not None:
                item.setBuddy(widget)  # type: ignore[attr-defined]
        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(self.tr("Add the group"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(self.tr("It is kept with your support contacts, where you can change it."), "hint")
        )
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name.currentTextChanged.connect(lambda text: self.add_button.setEnabled(bool(text.strip())))
        self.add_button.setEnabled(bool(name.strip()))

    def contact(self) -> Contact:
        return Contact(name=self.name.currentText().strip(), role="group", notes=self.where.text().strip())


class CompanionPicker(QWidget):
    """Type a name to add someone; untick to take them off; add a group in place."""

    changed = Signal()
    add_group_requested = Signal(object)  # a new group Contact for the page to save

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contacts: dict[str, Contact] = {}
        self._unseen: tuple[str, ...] = ()  # ids of contacts not (or no longer) in the list
        self.dialog: AddGroupDialog | None = None
        self.contacts_model = QStandardItemModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Who? Type a name or a group"))
        self.search.setClearButtonEnabled(True)
        named(
            self.search, self.tr("Who I spent time with"),
            self.tr("Type a name, then choose it from the list"),
        )
        self.completer = QCompleter(self.contacts_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.search.setCompleter(self.completer)
        self.add_group = QPushButton(self.tr("Add a group…"))
        named(
            self.add_group, self.tr("Add a group"),
            self.tr("A meeting or recovery community, with when and where it meets"),
        )
        self.chosen = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.chosen)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSpacing(2)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFixedHeight(self.view.fontMetrics().height() * 2 + 14)
        named(self.view, self.tr("People and groups named"), self.tr("Untick one to take it off"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 1)
        row.addWidget(self.add_group)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view)
        self.view.hide()
        self.completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        self.search.returnPressed.connect(self._enter)
        self.add_group.clicked.connect(lambda: self.ask_for_group(self.search.text().strip()))
        self.chosen.itemChanged.connect(self._item_changed)

    # ---- contacts --------------------------------------------------------------------------

    def set_contacts(self, contacts: Sequence[Contact]) -> None:
        """Everyone who can be named; the chosen ones keep their place and take new names."""
        ids = self.ids()
        self._contacts = {c.id: c for c in contacts}
        self.contacts_model.clear()
        for contact in sorted(contacts, key=lambda c: (c.role != "group", c.name.casefold())):
            item = QStandardItem(contact_words(contact))
            item.setData(contact.id, IdRole)
            item.setEditable(False)
            self.contacts_model.appendRow(item)
        self._show_ids(ids)

    def add_saved_contact(self, contact: Record) -> None:
        """A group just added in place: it is a contact now, and is named on this check-in."""
        if not isinstance(contact, Contact):
            return
        self._contacts[contact.id] = contact
        self.set_contacts(list(self._contacts.values()))
        self._choose(contact.id)

    # ---- what is chosen --------------------------------------------------------------------

    def ids(self) -> tuple[str, ...]:
        shown = tuple(
            str(self.chosen.item(row).data(IdRole)) for row in range(self.chosen.rowCount())
        )
        return shown + tuple(i for i in self._unseen if i not in shown)

    def set_ids(self, ids: Sequence[str]) -> None:
        """Load a check-in's `with` (not an edit: `changed` is not emitted)."""
        self._show_ids(tuple(ids))

    def _show_ids(self, ids: Sequence[str]) -> None:
        blocked = self.chosen.blockSignals(True)
        self.chosen.clear()
        unseen = []
        for contact_id in ids:
            contact = self._contacts.get(contact_id)
            if contact is None:
                unseen.append(contact_id)
                continue
            item = QStandardItem(contact_words(contact))
            item.setData(contact_id, IdRole)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked)
            item.setEditable(False)
            item.setSizeHint(QSize(self.view.fontMetrics().horizontalAdvance(item.text()) + 40,
                                   self.view.fontMetrics().height() + 8))
            self.chosen.appendRow(item)
        self.chosen.blockSignals(blocked)
        self._unseen = tuple(unseen)
        self.view.setVisible(self.chosen.rowCount() > 0)
        self.view.doItemsLayout()

    def _choose(self, contact_id: str) -> None:
        if contact_id in self.ids():
            return
        self._show_ids((*self.ids(), contact_id))
        self.changed.emit()

    def _picked(self, index: QModelIndex) -> None:
        contact_id = index.data(IdRole)
        if contact_id:
            self._choose(str(contact_id))
        QTimer.singleShot(0, self.search.clear)  # after the completer has written its text

    def _enter(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        matches = [c for c in self._contacts.values() if c.name.casefold() == text.casefold()]
        if matches:
            self._choose(matches[0].id)
            self.search.clear()
        elif not (popup := self.completer.popup()) or not popup.isVisible():
            self.ask_for_group(text)

    def _item_changed(self, item: QStandardItem) -> None:
        if item.checkState() == Qt.CheckState.Unchecked:
            remaining = [i for i in self.ids() if i != item.data(IdRole)]
            QTimer.singleShot(0, lambda: self._unticked(remaining))

    def _unticked(self, remaining: list[str]) -> None:
        self._show_ids(remaining)
        self.changed.emit()

    # ---- a new group -------------------------------------------------------------------------

    def ask_for_group(self, name: str = "") -> None:
        dialog = AddGroupDialog(name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.add_group_requested.emit(dialog.contact()))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()


def wire_companions(context: Context, picker: CompanionPicker) -> Callable[[], None]:
    """Save the groups a picker adds, and feed it the contacts again whenever they change.
    Returns the first load, for the page to call once a journal is open (on activate)."""

    def load() -> None:
        context.run(operations.load_contacts(), picker.set_contacts)

    def save_group(contact: Contact) -> None:
        picker.search.clear()
        context.run(operations.save_record(contact), picker.add_saved_contact)

    picker.add_group_requested.connect(save_group)
    context.changed.connect(lambda kind, _source: load() if kind == "contact" else None)
    return load
