"""The pieces of My plan: one part of the safety plan (a short list in the person's words), the two
parts that pick people from Support, and the naloxone kit.

Each part is a card: what the part is for, a line to type into (Enter adds), the list (a Qt model
and view: drag or Alt+Up/Alt+Down to reorder, F2 to change a line, Delete to remove it), and a
gentle example that shows only while the part is empty. A part only edits its list; the page
(ui/pages/plan.py) turns every change into one undoable, autosaved edit of the plan.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QDate, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.records import Contact, Naloxone

from ..editors.base import set_buddy
from ..lists import FitListView, OrderedListModel
from ..theme import icon
from ..widgets import InlineMessage, label, named


class PartWords(NamedTuple):
    """What a person reads about one part: its title, what it asks, an example, the line's hint."""

    title: str
    question: str
    example: str
    placeholder: str


def part_words(name: str) -> PartWords:
    """The words for each part of the plan (Stanley-Brown order), in the person's language."""
    translate = QCoreApplication.translate  # named so, lupdate extracts each call below
    words = {
        "warning_signs": PartWords(
            translate("plan_parts", "1. Warning signs"),
            translate("plan_parts", "What tells me a hard time may be coming: thoughts, feelings, "
                                    "places, times of day."),
            translate("plan_parts", "For example: not sleeping, staying in, payday, thinking "
                                    "\u201cone won't hurt\u201d."),
            translate("plan_parts", "A warning sign, then press Enter"),
        ),
        "coping": PartWords(
            translate("plan_parts", "2. Things I can do on my own"),
            translate("plan_parts", "What helps me get through it by myself."),
            translate("plan_parts", "For example: a hot shower, a walk round the block, loud music, "
                                    "making tea, writing it down here."),
            translate("plan_parts", "Something I can do, then press Enter"),
        ),
        "distractions": PartWords(
            translate("plan_parts", "3. People and places that take my mind off it"),
            translate("plan_parts", "Where I can go, and who I can be with, without talking about it."),
            translate("plan_parts", "For example: the library, my sister's, the gym, the recovery "
                                    "caf\u00e9, a meeting."),
            translate("plan_parts", "A place or a person, then press Enter"),
        ),
        "ask_for_help": PartWords(
            translate("plan_parts", "4. People I can ask for help"),
            translate("plan_parts", "People I can tell that I'm struggling. Their numbers come from "
                                    "Support, so a new number is changed in one place."),
            translate("plan_parts", "For example: my sponsor, a friend from group, my brother."),
            translate("plan_parts", "Type a name from Support, then press Enter"),
        ),
        "professionals": PartWords(
            translate("plan_parts", "5. Professionals and services"),
            translate("plan_parts", "Who I can ring for help: my keyworker, my GP, the service's "
                                    "duty line. This app cannot call anyone or tell anyone; it keeps "
                                    "their numbers where I can find them. In danger, call 999."),
            translate("plan_parts", "For example: my keyworker, my GP, the drug service."),
            translate("plan_parts", "Type a name from Support, then press Enter"),
        ),
        "safer_surroundings": PartWords(
            translate("plan_parts", "6. Making my surroundings safer"),
            translate("plan_parts", "What I can change around me so the hard moment has less to "
                                    "work with."),
            translate("plan_parts", "For example: nothing to drink in the house, the old numbers "
                                    "deleted, someone else keeps my bank card for a while."),
            translate("plan_parts", "Something that makes it safer, then press Enter"),
        ),
        "reasons": PartWords(
            translate("plan_parts", "7. My reasons"),
            translate("plan_parts", "What I'm doing this for. They come first when I'm having a "
                                    "hard time."),
            translate("plan_parts", "For example: my kids, waking up without dread, my job, being "
                                    "there for Mum."),
            translate("plan_parts", "A reason, then press Enter"),
        ),
    }
    return words[name]


class PlanPart(QFrame):
    """One part of the plan: a short list in the person's own words."""

    edited = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setProperty("role", "card")
        words = part_words(name)
        self.words = words
        self.model = self.make_model()
        self.view = FitListView(max_rows=10, movable=True, removable=True)
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setStyleSheet("QListView::item { padding: 3px 4px; }")  # a line, not a cramped row
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        named(self.view, words.title.split(". ", 1)[-1],
              self.tr("F2 changes a line, Delete removes it, Alt+Up and Alt+Down move it"))
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(words.placeholder)
        named(self.entry, self.tr("Add to {part}").format(part=words.title.split(". ", 1)[-1]))
        self.add_button = QPushButton(icon("add"), self.tr("Add"))
        named(self.add_button, self.tr("Add the line"))
        self.up_button = QPushButton(self.tr("Move up"))
        named(self.up_button, self.tr("Move the chosen line up"), self.tr("Alt+Up"))
        self.down_button = QPushButton(self.tr("Move down"))
        named(self.down_button, self.tr("Move the chosen line down"), self.tr("Alt+Down"))
        self.remove_button = QPushButton(icon("delete"), self.tr("Remove"))
        named(self.remove_button, self.tr("Remove the chosen line"), self.tr("Delete"))
        self.example = label(words.example, "hint")
        self.message = InlineMessage()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(label(words.title, "subtitle"))
        layout.addWidget(label(words.question, "hint"))
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.add_button)
        layout.addLayout(entry_row)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        self.buttons = QWidget()
        buttons = QVBoxLayout(self.buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        list_row = QHBoxLayout()
        list_row.addWidget(self.view, 1)
        list_row.addWidget(self.buttons, 0)
        layout.addLayout(list_row)
        layout.addWidget(self.example)
        layout.addWidget(self.message)

        self.entry.returnPressed.connect(self.add_typed)
        self.add_button.clicked.connect(self.add_typed)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.view.move_requested.connect(self.move_current)
        self.view.remove_requested.connect(self.remove_current)
        self.model.edited.connect(self._edited)
        self.model.modelReset.connect(self._show_state)
        self._show_state()

    def make_model(self) -> OrderedListModel:
        return OrderedListModel(self, editable=True)

    # ---- what the person does --------------------------------------------------------------------

    def add_typed(self) -> None:
        text = " ".join(self.entry.text().split())
        if not text:
            return
        self.add_value(text)
        self.entry.clear()

    def add_value(self, value: str) -> None:
        row = self.model.append(value)
        self.view.setCurrentIndex(self.model.index(row))
        self.view.scrollTo(self.model.index(row))

    def move_current(self, delta: int) -> None:
        row = self.view.currentIndex().row()
        if row < 0:
            return
        target = self.model.move(row, delta)
        self.view.setCurrentIndex(self.model.index(target))

    def remove_current(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self.model.removeRows(row, 1)
            if self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
            else:
                self.entry.setFocus()

    def _edited(self) -> None:
        self._show_state()
        self.edited.emit()

    def _show_state(self) -> None:
        """The example only while the part is empty; the list and its buttons only when it is not."""
        empty = self.model.rowCount() == 0
        self.example.setVisible(empty)
        self.view.setVisible(not empty)
        self.buttons.setVisible(not empty)

    # ---- what the page asks ---------------------------------------------------------------------

    def values(self) -> tuple[str, ...]:
        return tuple(str(v) for v in self.model.values())

    def set_values(self, values: tuple[str, ...]) -> None:
        self.model.set_values(values)
        self._show_state()


class ContactPart(PlanPart):
    """A part that holds people from Support (by id), each shown with their number as it is now.

    Typing a name completes from Support; a name that is not there yet opens a line for their
    number, and "Add" makes the contact in place (the page saves it) and puts them in the plan.
    """

    new_contact = Signal(str, str)  # name, phone: make this contact, then add it here

    def __init__(
        self, name: str, names: QStringListModel, find: Callable[[str], Contact | None],
        describe: Callable[[str], str], parent: QWidget | None = None,
    ) -> None:
        super().__init__(name, parent)
        self._describe = describe
        self._find = find
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        named(self.view, self.words.title.split(". ", 1)[-1],
              self.tr("Delete removes someone from the plan (not from Support); Alt+Up and "
                      "Alt+Down move them"))
        self.completer = QCompleter(names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(self.completer)
        self.completer.activated.connect(self._picked)  # the text overload
        self.new_phone = QLineEdit()
        self.new_phone.setPlaceholderText(self.tr("Their phone number (you can add it later)"))
        named(self.new_phone, self.tr("Phone number of the new contact"))
        self.new_button = QPushButton(icon("add"), self.tr("Add to my contacts and my plan"))
        named(self.new_button, self.tr("Add to my contacts and my plan"))
        self.new_hint = label("", "hint")
        self.new_box = QWidget()
        box = QVBoxLayout(self.new_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.new_hint)
        row = QHBoxLayout()
        row.addWidget(self.new_phone, 1)
        row.addWidget(self.new_button)
        box.addLayout(row)
        self.extra.addWidget(self.new_box)
        self.new_box.hide()
        self.new_phone.returnPressed.connect(self._make_new)
        self.new_button.clicked.connect(self._make_new)
        self.entry.textEdited.connect(lambda _t: self.new_box.hide())

    def make_model(self) -> OrderedListModel:
        return OrderedListModel(self, editable=False, describe=lambda value: self._describe(value))

    def _picked(self, text: str) -> None:
        self.entry.setText(text)
        self.add_typed()

    def add_typed(self) -> None:
        text = " ".join(self.entry.text().split())
        if not text:
            return
        contact = self._find(text)
        if contact is None:
            self.new_hint.setText(
                self.tr("{name} is not in Support yet. Add their number, or leave it empty for now.")
                .format(name=text)
            )
            self.new_box.show()
            self.new_phone.setFocus()
            return
        if contact.id in self.values():
            self.message.show_message(
                self.tr("{name} is already here.").format(name=contact.name), fade_ms=3000
            )
        else:
            self.add_value(contact.id)
        self.entry.clear()

    def _make_new(self) -> None:
        name = " ".join(self.entry.text().split())
        if not name:
            self.new_box.hide()
            return
        self.new_contact.emit(name, self.new_phone.text().strip())
        self.entry.clear()
        self.new_phone.clear()
        self.new_box.hide()
        self.entry.setFocus()


class NaloxoneBox(QFrame):
    """The naloxone kit: whether there is one, where it is, the date on it (if known)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.kit = QCheckBox(self.tr("I have a naloxone kit"))
        named(self.kit, self.tr("I have a naloxone kit"))
        self.where = QLineEdit()
        self.where.setPlaceholderText(self.tr("In the kitchen drawer, in my bag…"))
        named(self.where, self.tr("Where the kit is"))
        self.has_date = QCheckBox(self.tr("I know the date on the kit"))
        named(self.has_date, self.tr("I know the date on the kit"))
        self.expires = QDateEdit(QDate.currentDate())
        self.expires.setCalendarPopup(True)
        self.expires.setDisplayFormat("d MMM yyyy")
        self.expires.setEnabled(False)
        named(self.expires, self.tr("The date on the kit (when it expires)"),
              self.tr("Up and Down change the part of the date the cursor is in"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(label(self.tr("Naloxone"), "subtitle"))
        layout.addWidget(label(
            self.tr("Naloxone can reverse an opioid overdose for a while, long enough for the "
                    "ambulance to come. In the UK, drug services and many pharmacies give kits out "
                    "and show you how to use one. Today reminds you a month before the date on "
                    "the kit."),
            "hint",
        ))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("", self.kit)
        form.addRow(self.tr("&Where it is"), self.where)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.expires)
        date_row.addStretch(1)
        form.addRow(self.tr("Date on the kit"), date_row)
        set_buddy(form, self.where)
        layout.addLayout(form)
        self.kit.toggled.connect(self._changed)
        self.where.textEdited.connect(self._changed)
        self.has_date.toggled.connect(self.expires.setEnabled)
        self.has_date.toggled.connect(self._changed)
        self.expires.dateChanged.connect(self._changed)
        self._loading = False

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()

    def value(self) -> Naloxone:
        expires = self.expires.date().toString(Qt.DateFormat.ISODate) if self.has_date.isChecked() else None
        return Naloxone(kit=self.kit.isChecked(), expires=expires, where=self.where.text().strip())

    def set_value(self, kit: Naloxone) -> None:
        self._loading = True
        try:
            self.kit.setChecked(kit.kit)
            if self.where.text().strip() != kit.where:
                self.where.setText(kit.where)
            date = QDate.fromString(kit.expires, Qt.DateFormat.ISODate) if kit.expires else QDate()
            self.has_date.setChecked(date.isValid())
            if date.isValid():
                self.expires.setDate(date)
        finally:
            self._loading = False
