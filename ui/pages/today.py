"""Today: a check-in in seconds, today's gratitude, a quick way to log a trigger, and the plan
made with the keyworker (next steps of goals, the monthly BARC-10 offer, the use record:
ui/pages/today_cards.py).

The check-in form is a draft that saves itself: the first change creates the check-in, later
changes update it, and "Start another check-in" leaves it in the journal and clears the form.
Several check-ins a day are fine. Nothing is lost if the person simply walks away. Its scales
start unanswered: only what the person touches is kept, and a check-in with nothing answered is
not kept at all. "Another day or time…" moves it (yesterday evening).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, QTime
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
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
from ..editors.companions import wire_companions
from ..editors.gratitude import GratitudeEditor
from ..naloxone import NaloxoneCard
from ..theme import icon
from ..timeline import EntryRole, IdRole, TimelineDelegate, TimelineModel
from ..widgets import InlineMessage, announce, fill_with_scrolling, label, named
from .today_cards import CapitalOfferCard, NextStepsCard, UseCard

RIGHT_COLUMN_CHARS = 42  # a recent check-in's first line, readable: below this, one column


def greeting(name: str, now: dt.datetime | None = None) -> str:
    """Whole sentences per part of the day (languages greet differently with and without a name)."""
    hour = (now or dt.datetime.now()).hour
    if 5 <= hour < 12:
        words = (QCoreApplication.translate("TodayPage", "Good morning, {name}.") if name
                 else QCoreApplication.translate("TodayPage", "Good morning."))
    elif 12 <= hour < 18:
        words = (QCoreApplication.translate("TodayPage", "Good afternoon, {name}.") if name
                 else QCoreApplication.translate("TodayPage", "Good afternoon."))
    else:
        words = (QCoreApplication.translate("TodayPage", "Good evening, {name}.") if name
                 else QCoreApplication.translate("TodayPage", "Good evening."))
    return words.format(name=name)


def today_words() -> str:
    return QLocale().toString(QDate.currentDate(), "dddd d MMMM")


def saved_at_words() -> str:
    time = QLocale().toString(QTime.currentTime(), "HH:mm")
    return QCoreApplication.translate("TodayPage", "Saved at {time}.").format(time=time)


def card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 14, 16, 14)
    return frame, layout


def fresh_checkin() -> CheckIn:
    """A new check-in: nothing answered until the person touches it."""
    return CheckIn()


class TodayPage(Page):
    title = "Today"

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._draft_saved = False
        self._save_announced = False
        self.hello = label(greeting(""), "title")
        self.date = label(today_words(), "hint")

        # ---- check-in card
        check_card, check_layout = card()
        check_layout.addWidget(label(self.tr("How are you right now?"), "subtitle"))
        check_layout.addWidget(label(self.tr(
            "Answer what you like: a scale counts once you touch it (mouse or arrow keys). "
            "Everything saves as you go."
        ), "hint"))
        self.checkin = CheckInEditor(compact=True)
        self.checkin.show_when(False)
        check_layout.addWidget(self.checkin, 1)
        self.checkin_message = InlineMessage()
        check_layout.addWidget(self.checkin_message)
        row = QHBoxLayout()
        self.checkin_status = label("", "hint")
        self.other_time = QPushButton(self.tr("Another day or time…"))
        named(
            self.other_time, self.tr("Another day or time"),
            self.tr("For a check-in about earlier, such as yesterday evening"),
        )
        self.another = QPushButton(self.tr("Start another check-in"))
        named(
            self.another, self.tr("Start another check-in"),
            self.tr("Keeps this one in your journal and clears the form"),
        )
        self.another.setEnabled(False)
        row.addWidget(self.checkin_status, 1)
        row.addWidget(self.other_time)
        row.addWidget(self.another)
        check_layout.addLayout(row)

        # ---- the plan made with the keyworker (today_cards.py)
        self.use_card = UseCard(context, self, self.run)
        self.steps_card = NextStepsCard(context, self.run)
        self.capital_card = CapitalOfferCard(context, self.run)

        # ---- gratitude card
        thanks_card, thanks_layout = card()
        thanks_layout.addWidget(label(self.tr("Today I'm grateful for"), "subtitle"))
        self.gratitude = GratitudeEditor()
        self.gratitude.when.hide()
        self.gratitude.setMinimumHeight(150)
        thanks_layout.addWidget(self.gratitude, 1)
        self.gratitude_message = InlineMessage()
        thanks_layout.addWidget(self.gratitude_message)

        # ---- trigger card
        trigger_card, trigger_layout = card()
        trigger_layout.addWidget(label(self.tr("Had a craving or a hard moment?"), "subtitle"))
        trigger_layout.addWidget(
            label(self.tr("Writing it down helps you see what works for you."), "hint")
        )
        self.log_trigger = QPushButton(icon("trigger"), self.tr("Log a trigger"))
        named(self.log_trigger, self.tr("Log a trigger"))
        trigger_row = QHBoxLayout()
        trigger_row.addWidget(self.log_trigger)
        trigger_row.addStretch(1)
        trigger_layout.addLayout(trigger_row)

        # ---- recent
        recent_card, recent_layout = card()
        recent_layout.addWidget(label(self.tr("Recent check-ins"), "subtitle", wrap=False))
        self.recent_model = TimelineModel(
            context, TimelineFilter(kinds=frozenset({"checkin"})), page_size=10, single_page=True
        )
        self.recent_model.setParent(self)
        self.recent = QListView()
        self.recent.setModel(self.recent_model)
        self.recent.setItemDelegate(TimelineDelegate(self.recent))
        self.recent.setUniformItemSizes(True)
        named(self.recent, self.tr("Recent check-ins"), self.tr("Press Enter to open one in the journal"))
        recent_layout.addWidget(self.recent, 1)
        self.recent_empty = label(self.tr("Your check-ins will show here."), "hint", wrap=False)
        recent_layout.addWidget(self.recent_empty)

        left = QVBoxLayout()
        left.addWidget(check_card, 1)
        left.addWidget(self.use_card)
        right = QVBoxLayout()
        # ---- the naloxone kit's reminder (issue 14): only from a month before the kit's date
        self.naloxone = NaloxoneCard()
        self.naloxone.change_date.connect(lambda: context.navigate.emit("My plan", {"focus": "naloxone"}))
        right.addWidget(self.naloxone)
        right.addWidget(self.capital_card)
        right.addWidget(self.steps_card)
        right.addWidget(thanks_card, 1)
        right.addWidget(trigger_card)
        right.addWidget(recent_card, 1)
        # Side by side where the right column has room for a check-in's line; one under the
        # other on a small screen or at a large text size (see resizeEvent).
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
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

        self.checkin_saver = Autosaver(context, self._draft_to_save, self.checkin_message, self, source=self)
        self.checkin_saver.saved.connect(self._checkin_saved)
        self.gratitude_saver = Autosaver(
            context, self.gratitude.record, self.gratitude_message, self, source=self
        )
        self.gratitude_saver.saved.connect(self._gratitude_saved)
        self.checkin.edited.connect(self._checkin_edited)
        self.gratitude.edited.connect(self.gratitude_saver.schedule)
        self.another.clicked.connect(self.start_another)
        self.other_time.clicked.connect(self.choose_time)
        self.load_contacts = wire_companions(context, self.checkin.companions)
        self.log_trigger.clicked.connect(lambda: context.navigate.emit("Triggers", {"new": True}))
        self.recent.activated.connect(self._open_recent)
        self.recent_model.loaded.connect(self._recent_loaded)
        context.changed.connect(self._on_changed)
        self.checkin.set_record(fresh_checkin())
        self.gratitude.set_record(GratitudeList(items=(), date=today_iso()))
        self.setTabOrder(self.checkin.note, self.other_time)
        self.setTabOrder(self.other_time, self.another)
        self.setTabOrder(self.another, self.gratitude.items.entry)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = self.width() - 48
        needed = self.fontMetrics().averageCharWidth() * RIGHT_COLUMN_CHARS
        left = self.columns.itemAt(0)
        side_by_side = room - (left.minimumSize().width() if left is not None else 0) >= needed
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
        # 3:2 where the narrower right column still has room; halves where it would not.
        self.columns.setStretch(1, 2 if room * 2 / 5 >= needed else 3)

    # ---- check-in draft ----------------------------------------------------------------------

    def _checkin_edited(self) -> None:
        if not self._draft_saved and not self.checkin_saver.pending and not self.checkin.when_was_chosen():
            # The check-in is "when the person started writing it", not when the page opened.
            base = self.checkin.base
            if isinstance(base, CheckIn):
                self.checkin.rebase(dataclasses.replace(base, at=now_iso()))
        draft = self.checkin.record()
        if isinstance(draft, CheckIn) and not draft.has_an_answer():
            self._nothing_answered()
            return
        self.checkin_status.setText(self.tr("Saving…"))
        self.checkin_saver.schedule()

    def _nothing_answered(self) -> None:
        """Every answer was taken back: nothing is kept (a saved draft is removed, quietly)."""
        self.checkin_saver.cancel()
        base = self.checkin.base
        if self._draft_saved and isinstance(base, CheckIn):
            self._draft_saved = False
            self.another.setEnabled(False)
            self.run(operations.delete_record(base), lambda _r: self.recent_model.reload())
        self.checkin_status.setText(self.tr("Nothing answered, so nothing is kept."))

    def _draft_to_save(self) -> Record | None:
        draft = self.checkin.record()
        if isinstance(draft, CheckIn) and not draft.has_an_answer():
            return None
        return draft

    def _checkin_saved(self, record: Record) -> None:
        base = self.checkin.base
        if base is not None and base.id == record.id:
            self._draft_saved = True
            self.checkin.rebase(record)
            if not self.checkin_saver.pending:
                self.checkin_status.setText(saved_at_words())
                if not self._save_announced:  # once a check-in, not at every pause in typing
                    self._save_announced = True
                    announce(self.checkin_status, self.checkin_status.text())
            self.another.setEnabled(True)
        self.recent_model.reload()

    def choose_time(self) -> None:
        """Show when the check-in is about, ready to change (yesterday evening…)."""
        base = self.checkin.base
        if isinstance(base, CheckIn) and not self._draft_saved and not self.checkin.when_was_chosen():
            self.checkin.rebase(dataclasses.replace(base, at=now_iso()))
            base = self.checkin.base
        if isinstance(base, CheckIn) and not self.checkin.when_was_chosen():
            self.checkin.set_when(base.at)
        self.checkin.show_when(True)
        self.other_time.hide()
        self.checkin.when.setFocus()

    def start_another(self) -> None:
        self.checkin_saver.flush()
        self.checkin.set_record(fresh_checkin())
        self.checkin.show_when(False)
        self.other_time.show()
        self._draft_saved = False
        self._save_announced = False
        self.another.setEnabled(False)
        self.checkin_status.setText(self.tr("Your last check-in is in your journal. Here is a fresh one."))
        self.checkin.hope.setFocus()

    def _load_draft(self, record: CheckIn) -> None:
        self.checkin.set_record(record)
        self._draft_saved = True
        self.another.setEnabled(True)
        self.checkin_status.setText(self.tr("Carry on where you left off."))

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
        if kind == "goal":
            self.steps_card.reload()
        if kind == "capital":
            self.capital_card.reload()
        if kind == "use":
            self.use_card.reload()

    # ---- page protocol -----------------------------------------------------------------------

    def activate(self, request: object = None) -> None:
        self.hello.setText(greeting(self.context.settings.name))
        self.date.setText(today_words())
        if self.recent_model.rowCount() == 0 and not self.recent_model.is_loading:
            self.recent_model.reload()
        self._load_gratitude()
        self.run(operations.load_naloxone(), self.naloxone.show_kit)
        self.run(operations.load_known_tags(), self.checkin.set_known_tags)
        self.load_contacts()
        self.steps_card.reload()
        self.capital_card.reload()
        self.use_card.reload()
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.checkin.hope.setFocus()

    def flush(self) -> None:
        self.checkin_saver.flush()
        self.gratitude_saver.flush()
        self.use_card.flush()

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
