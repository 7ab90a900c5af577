"""Crisis, unlocked: helplines first, in the same large cards as before unlocking; then the person's
own crisis contacts, in the order they choose; then overdose advice; then, below, the place to
change the helplines and the advice for where they live.

The order of the crisis contacts is theirs (drag a card, or Alt+Up / Alt+Down, or the buttons) and
kept inside the vault. The helplines and the advice may also be shown before unlocking, if the
person ticks the box that says plainly where that copy is kept (ui/help_now.py). Both crisis pages
say that the app is not a therapist, and to ring 999 in danger.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.i18n import QT_TRANSLATE_NOOP
from journal.records import Contact, Helpline

from .. import operations
from ..context import Context, Page
from ..editors.contact import role_word
from ..help_now import (
    HARD_TIME_VIEW,
    Line,
    emergency_text,
    forget_before_unlock,
    keep_before_unlock,
    not_a_therapist,
    shows_before_unlock,
)
from ..operations import CRISIS_ORDER_CHANGE, OVERDOSE_ADVICE_CHANGE, CrisisPageData
from ..overdose import built_in_advice, region_note, show_advice
from ..phone_list import PhoneEntry, PhoneListModel, PhoneListView
from ..theme import icon
from ..widgets import InlineMessage, NoteEdit, fill_with_scrolling, label, named
from .support import RecordRole

_Index = QModelIndex | QPersistentModelIndex
ADVICE_SAVE_MS: Final = 600


class HelplinesModel(QAbstractTableModel):
    """The person's editable helplines; every edit is saved at once, off the UI thread."""

    HEADERS: Final = (
        QT_TRANSLATE_NOOP("HelplinesModel", "Name"),
        QT_TRANSLATE_NOOP("HelplinesModel", "Phone"),
        QT_TRANSLATE_NOOP("HelplinesModel", "Notes"),
    )
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
            return QCoreApplication.translate("HelplinesModel", self.HEADERS[section])
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
            self.error.emit(self.tr("A helpline needs a name."))
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
        line = Helpline(name=self.tr("New helpline"), phone="", position=position)
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(line)
        self.endInsertRows()
        self._save(line)
        return row

    def line(self, row: int) -> Helpline | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def lines(self) -> list[Helpline]:
        return list(self._rows)


class CrisisPage(Page):
    """Unlocked crisis page: helplines, the person's crisis contacts in their order, advice."""

    title = "Crisis"

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._advice = ""  # the person's own advice ("" = the built-in one)
        self.message = InlineMessage()
        self.hard_time_button = QPushButton(
            icon("heart"), self.tr("I'm having a hard time: my plan, step by step")
        )
        named(self.hard_time_button, self.tr("I'm having a hard time"),
              self.tr("Opens your plan, step by step"))

        self.helpline_cards = PhoneListModel(self)
        self.helpline_view = PhoneListView()
        self.helpline_view.setModel(self.helpline_cards)
        named(self.helpline_view, self.tr("Helplines"), self.tr("Press Enter to copy a number"))
        self.people = PhoneListModel(self)
        self.people_view = PhoneListView(movable=True)
        self.people_view.setModel(self.people)
        named(self.people_view, self.tr("People I can call, in my order"),
              self.tr("Enter copies a number; Alt+Up and Alt+Down move someone"))
        self.people_empty = label(
            self.tr("No one yet. On the Support page, tick \u201cIn my crisis list\u201d for people "
                    "you can call."),
            "hint",
        )
        self.up_button = QPushButton(self.tr("Move up"))
        named(self.up_button, self.tr("Move the chosen person up"), self.tr("Alt+Up"))
        self.down_button = QPushButton(self.tr("Move down"))
        named(self.down_button, self.tr("Move the chosen person down"), self.tr("Alt+Down"))
        self.order_hint = label(
            self.tr("In the order you choose: drag a card, or choose one and press Alt+Up or Alt+Down."),
            "hint",
        )

        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice_note = label("", "hint")
        advice_card = QFrame()
        advice_card.setProperty("role", "card")
        advice_layout = QVBoxLayout(advice_card)
        advice_layout.setContentsMargins(16, 14, 16, 14)
        advice_layout.addWidget(self.advice)
        advice_layout.addWidget(self.advice_note)

        self.helplines = HelplinesModel(context, self)
        self.helplines.error.connect(self.message.show_message)
        self.table = QTableView()
        self.table.setModel(self.helplines)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(140)
        named(self.table, self.tr("Helplines"),
              self.tr("Press F2 to change a cell, Delete to remove a helpline"))
        self.add_button = QPushButton(icon("add"), self.tr("Add a helpline"))
        named(self.add_button, self.tr("Add a helpline"))
        self.remove_button = QPushButton(icon("delete"), self.tr("Remove"))
        named(self.remove_button, self.tr("Remove the selected helpline"))
        self.advice_edit = NoteEdit()
        self.advice_edit.setTabChangesFocus(True)
        self.advice_edit.setMinimumHeight(160)
        named(self.advice_edit, self.tr("Overdose advice for where I live"))
        self.advice_reset = QPushButton(self.tr("Put back the UK advice"))
        named(self.advice_reset, self.tr("Put back the UK advice"))
        self.before_unlock = QCheckBox(self.tr("Show these helplines and this advice before unlocking"))
        named(self.before_unlock, self.tr("Show these helplines and this advice before unlocking"))
        self.before_unlock_note = label(
            self.tr("Then a copy of the helplines and the advice is kept in this app's settings file "
                    "({file}), outside your encrypted journal, so anyone using this computer account "
                    "could read it. Your own contacts and your plan are never shown before "
                    "unlocking.").format(file=context.ui_settings.file_name()),
            "hint",
        )

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(label(self.tr("Help right now"), "title"))
        layout.addWidget(label(emergency_text(), "warning"))
        layout.addWidget(label(not_a_therapist()))
        hard_row = QHBoxLayout()
        hard_row.addWidget(self.hard_time_button)
        hard_row.addStretch(1)
        layout.addLayout(hard_row)
        layout.addWidget(label(self.tr("Helplines"), "subtitle"))
        layout.addWidget(self.helpline_view)
        layout.addWidget(self.message)
        layout.addWidget(label(self.tr("People I can call"), "subtitle"))
        layout.addWidget(self.order_hint)
        layout.addWidget(self.people_view)
        layout.addWidget(self.people_empty)
        order_row = QHBoxLayout()
        order_row.addStretch(1)
        order_row.addWidget(self.up_button)
        order_row.addWidget(self.down_button)
        layout.addLayout(order_row)
        layout.addWidget(label(self.tr("Overdose"), "subtitle"))
        layout.addWidget(advice_card)
        layout.addSpacing(12)
        layout.addWidget(label(self.tr("Change them for where you live"), "subtitle"))
        layout.addWidget(label(self.tr("Helplines: double-click a cell or press F2 to change it."), "hint"))
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        layout.addWidget(label(self.tr("Overdose advice, in your words:"), "hint"))
        layout.addWidget(self.advice_edit)
        reset_row = QHBoxLayout()
        reset_row.addStretch(1)
        reset_row.addWidget(self.advice_reset)
        layout.addLayout(reset_row)
        layout.addWidget(self.before_unlock)
        layout.addWidget(self.before_unlock_note)
        layout.addStretch(1)
        content.setMaximumWidth(900)
        fill_with_scrolling(self, content)

        self._advice_timer = QTimer(self)
        self._advice_timer.setSingleShot(True)
        self._advice_timer.setInterval(ADVICE_SAVE_MS)
        self._advice_timer.timeout.connect(self._save_advice)
        self.hard_time_button.clicked.connect(lambda: context.navigate.emit(HARD_TIME_VIEW, None))
        self.helpline_view.copied.connect(self._copied)
        self.people_view.copied.connect(self._copied)
        self.people_view.move_requested.connect(self.move_person)
        self.up_button.clicked.connect(lambda: self.move_person(-1))
        self.down_button.clicked.connect(lambda: self.move_person(1))
        self.people.edited.connect(self._order_changed)
        # A load (or the lock's scrub) resets the model: the cards follow. An edit here also
        # refreshes the copy kept for before unlocking (never a reset: scrubbing must not write).
        self.helplines.modelReset.connect(self._show_helplines)
        self.helplines.dataChanged.connect(self._helplines_edited)
        self.helplines.rowsInserted.connect(self._helplines_edited)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.advice_edit.textChanged.connect(self._advice_typed)
        self.advice_reset.clicked.connect(self._reset_advice)
        self.before_unlock.setChecked(shows_before_unlock(context.ui_settings))
        self.before_unlock.toggled.connect(self._before_unlock_toggled)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._remove,
                  context=Qt.ShortcutContext.WidgetShortcut)
        context.changed.connect(self._on_changed)
        self._show_advice()

    # ---- loading -----------------------------------------------------------------------------

    def _on_changed(self, kind: str, source: object) -> None:
        # A cell just edited here is already on screen: reloading would lose the selection.
        if source is self or source is self.helplines:
            return
        if kind in ("contact", "helpline", CRISIS_ORDER_CHANGE, OVERDOSE_ADVICE_CHANGE):
            self.activate()

    def activate(self, request: object = None) -> None:
        self.run(operations.load_crisis_page(), self._loaded)

    def _loaded(self, data: CrisisPageData) -> None:
        self.people.set_values([self._entry(c) for c in data.contacts])
        has_people = bool(data.contacts)
        for widget in (self.people_view, self.up_button, self.down_button, self.order_hint):
            widget.setVisible(has_people)
        self.people_empty.setVisible(not has_people)
        self.helplines.set_lines(data.helplines)
        if not self._advice_timer.isActive():
            self._advice = data.advice
            self._show_advice()
            self._set_advice_text(data.advice or built_in_advice())
        self._keep_copy()

    def _entry(self, contact: Contact) -> PhoneEntry:
        role = role_word(contact.role)
        return PhoneEntry(contact.name, contact.phone, role, contact.id)

    def _show_helplines(self) -> None:
        self.helpline_cards.set_values(
            [PhoneEntry(line.name, line.phone, line.notes, line.id) for line in self.helplines.lines()]
        )

    def _helplines_edited(self, *_: object) -> None:
        self._show_helplines()
        self._keep_copy()

    # ---- the person's order ------------------------------------------------------------------

    def move_person(self, delta: int) -> None:
        row = self.people_view.currentIndex().row()
        if row < 0:
            self.message.show_message(self.tr("Choose someone first, then move them."), fade_ms=3000)
            return
        target = self.people.move(row, delta)
        self.people_view.setCurrentIndex(self.people.index(target))

    def _order_changed(self) -> None:
        self.run(operations.save_crisis_order(self.people.keys()), None,
                 lambda error: self.message.show_message(error.message))

    # ---- overdose advice ------------------------------------------------------------------------

    def _show_advice(self) -> None:
        show_advice(self.advice, self._advice)
        self.advice_note.setText(region_note(bool(self._advice)))

    def _set_advice_text(self, text: str) -> None:
        if self.advice_edit.toPlainText() != text:
            blocked = self.advice_edit.blockSignals(True)
            self.advice_edit.setPlainText(text)
            self.advice_edit.blockSignals(blocked)

    def _advice_typed(self) -> None:
        text = self.advice_edit.toPlainText()
        self._advice = "" if text.strip() == built_in_advice().strip() else text.strip()
        self._show_advice()
        self._advice_timer.start()

    def _save_advice(self) -> None:
        self._advice_timer.stop()
        self.run(operations.save_overdose_advice(self._advice), None,
                 lambda error: self.message.show_message(error.message))
        self._keep_copy()

    def _reset_advice(self) -> None:
        self._set_advice_text(built_in_advice())
        self._advice = ""
        self._show_advice()
        self._save_advice()

    # ---- shown before unlocking, if the person chooses ---------------------------------------

    def _before_unlock_toggled(self, on: bool) -> None:
        if on:
            self._keep_copy()
            self.message.show_message(
                self.tr("Your helplines and advice will show before unlocking too."), fade_ms=5000
            )
        else:
            forget_before_unlock(self.context.ui_settings)
            self.message.show_message(
                self.tr("Before unlocking, the built-in UK helplines show again; the copy is removed."),
                fade_ms=5000,
            )

    def _keep_copy(self) -> None:
        """While the box is ticked, the copy outside the vault follows every change."""
        if self.before_unlock.isChecked():
            lines = [Line(h.name, h.phone, h.notes) for h in self.helplines.lines()]
            keep_before_unlock(self.context.ui_settings, lines, self._advice)

    # ---- helplines ------------------------------------------------------------------------------

    def _copied(self, name: str, phone: str) -> None:
        self.message.show_message(
            self.tr("Copied {phone}, the number for {name}.").format(phone=phone, name=name), fade_ms=3000
        )

    def _add(self) -> None:
        row = self.helplines.add()
        index = self.helplines.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _remove(self) -> None:
        line = self.helplines.line(self.table.currentIndex().row())
        if line is not None:
            self.context.delete_with_undo(line)

    def flush(self) -> None:
        if self._advice_timer.isActive():
            self._save_advice()
