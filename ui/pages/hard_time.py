"""\"I'm having a hard time\": the person's own plan, calmly, one step at a time, over the whole window.

Opened by the button on every page (and its shortcut), from the crisis page, and after choosing
"I used" on a trigger. Four steps, largest first: my reasons; what I can do now; who I can call
(numbers large, one click copies); helplines. Escape (or "Back to where I was") returns to the
page the person was on, with the focus where it was: the page is only covered, never left, so a
half-typed note stays as it was.

It lives inside the unlocked shell (ui/pages/shell.py), so locking scrubs and drops it with every
page. Its data is small and kept loaded for the session (loaded once after unlock and again when
the plan, a contact, a helpline or the crisis order changes), so it opens without waiting for the
vault: bench/hard_time_bench.py measures click to painted at ten years.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal.records import Contact

from .. import operations
from ..context import Context
from ..editors.contact import role_word
from ..help_now import emergency_text, not_a_therapist
from ..lists import FitListView, OrderedListModel
from ..operations import HARD_TIME_KINDS, HardTimeData
from ..phone_list import PhoneEntry, PhoneListModel, PhoneListView
from ..widgets import InlineMessage, fill_with_scrolling, label, named

# What the request may ask for when the view opens (Context.navigate(HARD_TIME_VIEW, request)).
AFTER_USING: Final = "used"


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(max(8.0, font.pointSizeF() * factor))
    font.setBold(bold)
    return font


def words_list(name: str, factor: float) -> tuple[OrderedListModel, FitListView]:
    """A read-only list of the person's own lines, in large type."""
    model = OrderedListModel(editable=False)
    view = FitListView(max_rows=12)
    view.setModel(model)
    view.setFont(scaled_font(view, factor))
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setSpacing(4)
    view.viewport().setAutoFillBackground(False)
    named(view, name)
    model.setParent(view)
    return model, view


class HardTimeView(QWidget):
    """The plan for a hard moment, step by step. `closed` asks the shell to uncover the page."""

    closed = Signal()
    edit_plan = Signal()

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loaded = False
        self.setObjectName("hardTime")

        self.after_using = label(  # a calm note, not the amber of a warning
            self.tr("That happened. It doesn't undo what you've done so far."), "message"
        )
        heading = label(self.tr("One step at a time"), "title")
        self.back_button = QPushButton(self.tr("Back to where I was"))
        self.back_button.setToolTip(self.tr("Back to where you were (Esc)"))
        named(self.back_button, self.tr("Back to where I was"), self.tr("Escape"))
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)

        self.step_buttons = QButtonGroup(self)
        step_row = QHBoxLayout()
        step_words = (
            self.tr("&1 My reasons"), self.tr("&2 What I can do now"), self.tr("&3 Who I can call"),
            self.tr("&4 Helplines"),
        )
        for number, words in enumerate(step_words):
            button = QPushButton(words)
            button.setCheckable(True)
            named(button, words.replace("&", ""))
            self.step_buttons.addButton(button, number)
            step_row.addWidget(button)
        step_row.addStretch(1)

        self.steps = QStackedWidget()
        self.steps.addWidget(self._reasons_step())
        self.steps.addWidget(self._now_step())
        self.steps.addWidget(self._people_step())
        self.steps.addWidget(self._helplines_step())

        self.previous_button = QPushButton(self.tr("Previous step"))
        named(self.previous_button, self.tr("Previous step"))
        self.next_button = QPushButton()
        self.next_button.setProperty("role", "primary")
        self.edit_button = QPushButton(self.tr("Change my plan"))
        named(self.edit_button, self.tr("Change my plan"), self.tr("Opens My plan"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.edit_button)
        bottom.addStretch(1)
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.next_button)

        self.message = InlineMessage()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.addLayout(top)
        layout.addWidget(self.after_using)
        layout.addLayout(step_row)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        content.setMaximumWidth(1000)  # a calm column, not a wide sheet, on a large screen
        centred = QWidget()
        row = QHBoxLayout(centred)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(content, 100)  # as wide as it may be; what is left goes either side
        row.addStretch(1)
        fill_with_scrolling(self, centred)

        self.after_using.hide()
        self.back_button.clicked.connect(self.closed)
        self.edit_button.clicked.connect(self.edit_plan)
        self.step_buttons.idClicked.connect(self.show_step)
        self.previous_button.clicked.connect(lambda: self.show_step(self.steps.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.show_step(self.steps.currentIndex() + 1))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.closed.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        context.changed.connect(self._on_changed)
        self.show_step(0)

    # ---- the four steps ------------------------------------------------------------------------

    def _step(self, title: str, intro: str = "") -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        title_label = label(title)  # no role: the style sheet's sizes would win over this font
        title_label.setFont(scaled_font(title_label, 1.6, bold=True))
        layout.addWidget(title_label)
        if intro:
            layout.addWidget(label(intro, "hint"))
        return page, layout

    def _reasons_step(self) -> QWidget:
        page, layout = self._step(self.tr("My reasons"))
        self.reasons, self.reasons_view = words_list(self.tr("My reasons"), 1.6)
        self.reasons_empty = label(
            self.tr("You haven't written your reasons yet. When things are calmer, My plan has room "
                    "for them. For now: this moment is hard, and it will pass."),
        )
        self.reasons_empty.setFont(scaled_font(self.reasons_empty, 1.3))
        layout.addWidget(self.reasons_view)
        layout.addWidget(self.reasons_empty)
        layout.addStretch(1)
        return page

    def _now_step(self) -> QWidget:
        page, layout = self._step(self.tr("What I can do now"))
        self.coping, coping_view = words_list(self.tr("Things I can do on my own"), 1.35)
        self.distractions, distraction_view = words_list(
            self.tr("People and places that take my mind off it"), 1.35
        )
        self.safer, safer_view = words_list(self.tr("Making where I am safer"), 1.35)
        self.now_views = (coping_view, distraction_view, safer_view)
        self.now_labels = (
            label(self.tr("On my own"), "hint"),
            label(self.tr("People and places that take my mind off it"), "hint"),
            label(self.tr("Making where I am safer"), "hint"),
        )
        for words, view in zip(self.now_labels, self.now_views, strict=True):
            layout.addWidget(words)
            layout.addWidget(view)
        self.now_empty = label(
            self.tr("Breathe out slowly, a little longer than you breathe in. Drink some water. Go "
                    "somewhere else for a while, or ring someone. A craving rises like a wave, "
                    "and then it falls."),
        )
        self.now_empty.setFont(scaled_font(self.now_empty, 1.3))
        layout.addWidget(self.now_empty)
        layout.addStretch(1)
        return page

    def _people_step(self) -> QWidget:
        page, layout = self._step(
            self.tr("Who I can call"), self.tr("Click a number to copy it.")
        )
        self.people = PhoneListModel(self)
        self.people_view = PhoneListView(number_scale=2.0)
        self.people_view.setModel(self.people)
        named(self.people_view, self.tr("People I can call"), self.tr("Press Enter to copy a number"))
        self.people_view.copied.connect(self._copied)
        self.people_empty = label(
            self.tr("No one is in your plan yet. The helplines are the next step, and they are free."),
        )
        self.people_empty.setFont(scaled_font(self.people_empty, 1.2))
        layout.addWidget(self.people_view)
        layout.addWidget(self.people_empty)
        layout.addStretch(1)
        return page

    def _helplines_step(self) -> QWidget:
        page, layout = self._step(self.tr("Helplines"))
        layout.addWidget(label(emergency_text(), "warning"))
        self.helplines = PhoneListModel(self)
        self.helplines_view = PhoneListView(number_scale=2.0)
        self.helplines_view.setModel(self.helplines)
        named(self.helplines_view, self.tr("Helplines"), self.tr("Press Enter to copy a number"))
        self.helplines_view.copied.connect(self._copied)
        layout.addWidget(self.helplines_view)
        layout.addWidget(label(not_a_therapist(), "hint"))
        layout.addStretch(1)
        return page

    def show_step(self, step: int) -> None:
        if not 0 <= step < self.steps.count():
            return
        self.steps.setCurrentIndex(step)
        button = self.step_buttons.button(step)
        if button is not None:
            button.setChecked(True)
        self.previous_button.setEnabled(step > 0)
        last = step == self.steps.count() - 1
        next_words = (
            self.tr("Next: what I can do now"), self.tr("Next: who I can call"),
            self.tr("Next: helplines"), "",
        )
        self.next_button.setVisible(not last)
        self.next_button.setText(next_words[step])
        named(self.next_button, next_words[step] or self.tr("Next step"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the button that has the focus (Qt leaves that to dialogs), else goes on."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = QApplication.focusWidget()
            if isinstance(focus, QAbstractButton) and self.isAncestorOf(focus):
                focus.click()
            else:
                self.show_step(self.steps.currentIndex() + 1)
            event.accept()
            return
        super().keyPressEvent(event)

    # ---- opening, loading ------------------------------------------------------------------------

    def start(self, request: object = None) -> None:
        """Opened: from the first step, with the neutral word first after "I used"."""
        after = isinstance(request, dict) and request.get("after") == AFTER_USING
        self.after_using.setVisible(after)
        self.message.clear_message()
        self.show_step(0)
        if not self.loaded:
            self.load()
        self.next_button.setFocus()

    def load(self) -> None:
        self.context.run(
            operations.load_hard_time(), self._loaded, lambda error: self.message.show_message(error.message)
        )

    def _on_changed(self, kind: str, _source: object) -> None:
        if kind in HARD_TIME_KINDS and self.loaded:
            self.load()

    def _loaded(self, data: HardTimeData) -> None:
        self.loaded = True
        plan = data.plan
        self.reasons.set_values(plan.reasons if plan else ())
        self.coping.set_values(plan.coping if plan else ())
        self.distractions.set_values(plan.distractions if plan else ())
        self.safer.set_values(plan.safer_surroundings if plan else ())
        self.reasons_view.setVisible(self.reasons.rowCount() > 0)
        self.reasons_empty.setVisible(self.reasons.rowCount() == 0)
        filled = False
        for words, view, model in zip(
            self.now_labels, self.now_views, (self.coping, self.distractions, self.safer), strict=True
        ):
            words.setVisible(model.rowCount() > 0)
            view.setVisible(model.rowCount() > 0)
            filled = filled or model.rowCount() > 0
        self.now_empty.setVisible(not filled)
        people = data.people or data.crisis
        self.people.set_values([self._entry(c) for c in people])
        self.people_view.setVisible(bool(people))
        self.people_empty.setVisible(not people)
        self.helplines.set_values([PhoneEntry(h.name, h.phone, h.notes, h.id) for h in data.helplines])

    def _entry(self, contact: Contact) -> PhoneEntry:
        return PhoneEntry(contact.name, contact.phone, role_word(contact.role), contact.id)

    def _copied(self, name: str, phone: str) -> None:
        self.message.show_message(
            self.tr("Copied {phone}, the number for {name}.").format(phone=phone, name=name), fade_ms=4000
        )
