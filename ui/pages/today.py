"""Today: a check-in in seconds, today's gratitude, a quick way to log a trigger.

The check-in form is a draft that saves itself: the first change creates the check-in, later
changes update it, and "Start another check-in" leaves it in the journal and clears the form.
Several check-ins a day are fine. Nothing is lost if the person simply walks away.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal.records import CheckIn, GratitudeList, Record, now_iso, today_iso
from journal.vault import TimelineFilter

from .. import operations
from ..autosave import Autosaver
from ..context import Context, Page
from ..editors.checkin import CheckInEditor
from ..editors.gratitude import GratitudeEditor
from ..naloxone import NaloxoneCard
from ..theme import icon
from ..timeline import EntryRole, IdRole, TimelineDelegate, TimelineModel
from ..widgets import InlineMessage, fill_with_scrolling, label, named


def greeting(name: str, now: dt.datetime | None = None) -> str:
    hour = (now or dt.datetime.now()).hour
    part = "Good morning" if 5 <= hour < 12 else "Good afternoon" if 12 <= hour < 18 else "Good evening"
    return f"{part}, {name}." if name else f"{part}."


def card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 14, 16, 14)
    return frame, layout


def fresh_checkin() -> CheckIn:
    return CheckIn(mood=5, hope=5, craving=None)


class TodayPage(Page):
    title = "Today"

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._draft_saved = False
        self.hello = label(greeting(""), "title")
        self.date = label(dt.date.today().strftime("%A %-d %B"), "hint")

        # ---- check-in card
        check_card, check_layout = card()
        check_layout.addWidget(label("How are you right now?", "subtitle"))
        check_layout.addWidget(
            label("Move the sliders with the mouse or the arrow keys. Everything saves as you go.", "hint")
        )
        self.checkin = CheckInEditor(compact=True)
        self.checkin.when.hide()
        check_layout.addWidget(self.checkin, 1)
        self.checkin_message = InlineMessage()
        check_layout.addWidget(self.checkin_message)
        row = QHBoxLayout()
        self.checkin_status = label("", "hint")
        self.another = QPushButton("Start another check-in")
        named(self.another, "Start another check-in", "Keeps this one in your journal and clears the form")
        self.another.setEnabled(False)
        row.addWidget(self.checkin_status, 1)
        row.addWidget(self.another)
        check_layout.addLayout(row)

        # ---- gratitude card
        thanks_card, thanks_layout = card()
        thanks_layout.addWidget(label("Today I'm grateful for", "subtitle"))
        self.gratitude = GratitudeEditor()
        self.gratitude.when.hide()
        self.gratitude.setMinimumHeight(150)
        thanks_layout.addWidget(self.gratitude, 1)
        self.gratitude_message = InlineMessage()
        thanks_layout.addWidget(self.gratitude_message)

        # ---- trigger card
        trigger_card, trigger_layout = card()
        trigger_layout.addWidget(label("Had a craving or a hard moment?", "subtitle"))
        trigger_layout.addWidget(
            label("Writing it down helps you see what works for you.", "hint")
        )
        self.log_trigger = QPushButton(icon("trigger"), "Log a trigger")
        named(self.log_trigger, "Log a trigger")
        trigger_row = QHBoxLayout()
        trigger_row.addWidget(self.log_trigger)
        trigger_row.addStretch(1)
        trigger_layout.addLayout(trigger_row)

        # ---- recent
        recent_card, recent_layout = card()
        recent_layout.addWidget(label("Recent check-ins", "subtitle"))
        self.recent_model = TimelineModel(
            context, TimelineFilter(kinds=frozenset({"checkin"})), page_size=10, single_page=True
        )
        self.recent_model.setParent(self)
        self.recent = QListView()
        self.recent.setModel(self.recent_model)
        self.recent.setItemDelegate(TimelineDelegate(self.recent))
        self.recent.setUniformItemSizes(True)
        named(self.recent, "Recent check-ins", "Press Enter to open one in the journal")
        recent_layout.addWidget(self.recent, 1)
        self.recent_empty = label("Your check-ins will show here.", "hint")
        recent_layout.addWidget(self.recent_empty)

        left = QVBoxLayout()
        left.addWidget(check_card, 1)
        right = QVBoxLayout()
        # ---- the naloxone kit's reminder (issue 14): only from a month before the kit's date
        self.naloxone = NaloxoneCard()
        self.naloxone.change_date.connect(lambda: context.navigate.emit("My plan", {"focus": "naloxone"}))
        right.addWidget(self.naloxone)
        right.addWidget(thanks_card, 1)
        right.addWidget(trigger_card)
        right.addWidget(recent_card, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        # The page scrolls only when the window is really too small: a scroll area sizes a page of
        # wrapped text by its preferred height, and these boxes' default (192 px each) made Today
        # taller than the default 780-px window. They start small and take the room there is.
        for box, smallest in ((self.checkin.note, 90), (self.gratitude.items.view, 80), (self.recent, 150)):
            grow_from(box, smallest)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.hello)
        inner_layout.addWidget(self.date)
        inner_layout.addLayout(columns, 1)
        fill_with_scrolling(self, inner)

        self.checkin_saver = Autosaver(context, self.checkin.record, self.checkin_message, self, source=self)
        self.checkin_saver.saved.connect(self._checkin_saved)
        self.gratitude_saver = Autosaver(
            context, self.gratitude.record, self.gratitude_message, self, source=self
        )
        self.gratitude_saver.saved.connect(self._gratitude_saved)
        self.checkin.edited.connect(self._checkin_edited)
        self.gratitude.edited.connect(self.gratitude_saver.schedule)
        self.another.clicked.connect(self.start_another)
        self.log_trigger.clicked.connect(lambda: context.navigate.emit("Triggers", {"new": True}))
        self.recent.activated.connect(self._open_recent)
        self.recent_model.loaded.connect(self._recent_loaded)
        context.changed.connect(self._on_changed)
        self.checkin.set_record(fresh_checkin())
        self.gratitude.set_record(GratitudeList(items=(), date=today_iso()))
        self.setTabOrder(self.checkin.note, self.another)
        self.setTabOrder(self.another, self.gratitude.items.entry)

    # ---- check-in draft ----------------------------------------------------------------------

    def _checkin_edited(self) -> None:
        if not self._draft_saved and not self.checkin_saver.pending:
            # The check-in is "when the person started writing it", not when the page opened.
            base = self.checkin.base
            if isinstance(base, CheckIn):
                self.checkin.rebase(dataclasses.replace(base, at=now_iso()))
        self.checkin_status.setText("Saving…")
        self.checkin_saver.schedule()

    def _checkin_saved(self, record: Record) -> None:
        base = self.checkin.base
        if base is not None and base.id == record.id:
            self._draft_saved = True
            self.checkin.rebase(record)
            if not self.checkin_saver.pending:
                self.checkin_status.setText(f"Saved at {dt.datetime.now():%H:%M}.")
            self.another.setEnabled(True)
        self.recent_model.reload()

    def start_another(self) -> None:
        self.checkin_saver.flush()
        self.checkin.set_record(fresh_checkin())
        self._draft_saved = False
        self.another.setEnabled(False)
        self.checkin_status.setText("Your last check-in is in your journal. Here is a fresh one.")
        self.checkin.hope.setFocus()

    def _load_draft(self, record: CheckIn) -> None:
        self.checkin.set_record(record)
        self._draft_saved = True
        self.another.setEnabled(True)
        self.checkin_status.setText("Carry on where you left off.")

    # ---- gratitude ---------------------------------------------------------------------------

    def _gratitude_saved(self, record: Record) -> None:
        base = self.gratitude.base
        if base is not None and base.id == record.id:
            self.gratitude.rebase(record)

    def _load_gratitude(self) -> None:
        today = today_iso()
        base = self.gratitude.base
        if isinstance(base, GratitudeList) and base.date == today and base.items:
            return

        def done(record: GratitudeList | None) -> None:
            if self.gratitude_saver.pending:
                return
            self.gratitude.set_record(record or GratitudeList(items=(), date=today))

        self.run(operations.load_gratitude(today), done)

    # ---- recent ------------------------------------------------------------------------------

    def _recent_loaded(self) -> None:
        self.recent_empty.setVisible(self.recent_model.rowCount() == 0)

    def _open_recent(self, index: QModelIndex) -> None:
        entry = index.data(EntryRole)
        if entry is not None:
            self.context.navigate.emit("Journal", {"open": (entry.kind, index.data(IdRole))})

    def _on_changed(self, kind: str, source: object) -> None:
        if source is self:
            return
        if kind == "checkin":
            self.recent_model.reload()
        if kind == "safety_plan":
            self.run(operations.load_naloxone(), self.naloxone.show_kit)
        if kind == "gratitude" and not self.gratitude_saver.pending:
            self.gratitude.rebase(None)
            self._load_gratitude()

    # ---- page protocol -----------------------------------------------------------------------

    def activate(self, request: object = None) -> None:
        self.hello.setText(greeting(self.context.settings.name))
        self.date.setText(dt.date.today().strftime("%A %-d %B"))
        if self.recent_model.rowCount() == 0 and not self.recent_model.is_loading:
            self.recent_model.reload()
        self._load_gratitude()
        self.run(operations.load_naloxone(), self.naloxone.show_kit)
        self.run(operations.load_known_tags(), self.checkin.set_known_tags)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.checkin.hope.setFocus()

    def flush(self) -> None:
        self.checkin_saver.flush()
        self.gratitude_saver.flush()

    def location(self) -> dict[str, Any]:
        base = self.checkin.base
        if base is not None and (self._draft_saved or self.checkin_saver.in_flight):
            return {"draft": base.id}
        return {}

    def restore(self, location: dict[str, Any]) -> None:
        draft_id = location.get("draft")
        if not draft_id:
            return

        def done(record: Record | None) -> None:
            if isinstance(record, CheckIn):
                self._load_draft(record)
                self.checkin.note.setFocus()
                cursor = self.checkin.note.textCursor()
                cursor.movePosition(cursor.MoveOperation.End)
                self.checkin.note.setTextCursor(cursor)

        self.run(operations.open_record("checkin", draft_id), done)


def grow_from(box: QWidget, smallest: int) -> None:
    """Let a list or text box start at `smallest` pixels high and grow into the room there is."""
    policy = box.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
    box.setSizePolicy(policy)
    box.setMinimumHeight(smallest)
