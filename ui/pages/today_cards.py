"""Today's cards for the plan made with the keyworker: the next step of each active goal, the
monthly recovery-capital offer (BARC-10), and the day's use record.

Each card hides itself when it has nothing to say: no active goal with a step left, no offer due,
the use record switched off. None of them counts days, keeps a streak or scolds: a goal past its
target date shows its next step like any other, and "yes" in the use record is one answer among
others.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoCommand
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.records import CapitalCheck, Goal, GoalStep, UseRecord, UseTracking

from .. import operations
from ..context import Context
from ..i18n import mark_user_text
from ..widgets import label, named

GoalRole: Final = int(Qt.ItemDataRole.UserRole) + 1
StepRole: Final = GoalRole + 1
# A sheet answered within this many days is not followed by an offer, even in a new month.
CAPITAL_QUIET_DAYS: Final = 14
AMOUNT_DELAY_MS: Final = 700
ANSWER_COMMAND_ID: Final = 1515


def first_line(text: str, limit: int = 70) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class Card(QFrame):
    """A Today card: a framed column with a title."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(16, 14, 16, 14)
        self.title = label(title, "subtitle")
        self.column.addWidget(self.title)


# ---- the next step of each active goal ------------------------------------------------------------


class NextStepsCard(Card):
    """The first step not done of each active goal; tick it when it is done, Enter opens the goal."""

    def __init__(self, context: Context, run: Callable[..., Any], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("today", "Next steps towards your goals"), parent)
        self.context = context
        self._run = run
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        # As tall as its steps, never a scroll bar sideways: a long step is cut with "…" (its
        # goal is in the tool tip, and Enter opens it).
        self.view.setSizeAdjustPolicy(QListView.SizeAdjustPolicy.AdjustToContents)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        named(
            self.view, QCoreApplication.translate("today", "Next steps towards your goals"),
            QCoreApplication.translate("today", "Space ticks a step as done; Enter opens its goal"),
        )
        self.column.addWidget(self.view)
        self.column.addWidget(label(
            QCoreApplication.translate("today", "Tick a step when it is done. Open one to see its goal."),
            "hint",
        ))
        self.model.itemChanged.connect(self._ticked)
        self.view.activated.connect(self._open)
        self.hide()

    def reload(self) -> None:
        self._run(operations.load_goals("active"), self.set_goals)

    def set_goals(self, goals: list[Goal]) -> None:
        blocked = self.model.blockSignals(True)
        self.model.clear()
        for goal in goals:
            step = goal.next_step()
            if step is None:
                continue
            text = QCoreApplication.translate("today", "{step} (towards: {goal})").format(
                step=first_line(step.text), goal=first_line(goal.text, 50)
            )
            item = QStandardItem(text)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(goal, GoalRole)
            item.setData(goal.steps.index(step), StepRole)
            item.setToolTip(goal.text)
            self.model.appendRow(item)
        self.model.blockSignals(blocked)
        self.view.reset()
        self.view.updateGeometry()
        self.setVisible(self.model.rowCount() > 0)

    def _ticked(self, item: QStandardItem) -> None:
        if item.checkState() != Qt.CheckState.Checked:
            return
        goal: Goal = item.data(GoalRole)
        index: int = item.data(StepRole)
        steps = list(goal.steps)
        steps[index] = GoalStep(steps[index].text, True)
        done = dataclasses.replace(goal, steps=tuple(steps))
        self._run(operations.save_record(done), lambda _saved: self.reload())

    def _open(self, index: QModelIndex) -> None:
        goal = index.data(GoalRole)
        if isinstance(goal, Goal):
            self.context.navigate.emit("Goals", {"open": goal.id})


# ---- the monthly recovery-capital offer --------------------------------------------------------------


def capital_offer_due(latest: CapitalCheck | None, skipped_month: str, today: dt.date) -> bool:
    """Whether Today offers the BARC-10: at most once a calendar month, not in a month the person
    said "not this month", and not within two weeks of the last answers."""
    month = today.isoformat()[:7]
    if skipped_month == month:
        return False
    if latest is None:
        return True
    answered = dt.datetime.fromisoformat(latest.at).date()
    return answered.isoformat()[:7] != month and (today - answered).days >= CAPITAL_QUIET_DAYS


class CapitalOfferCard(Card):
    """About once a month: the ten statements of the BARC-10, skippable, never repeated that month."""

    def __init__(self, context: Context, run: Callable[..., Any], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("today", "What you have going for you"), parent)
        self.context = context
        self._run = run
        self.column.addWidget(label(
            QCoreApplication.translate(
                "today",
                "Once a month: ten short statements about your life and recovery (the BARC-10). "
                "About two minutes. You and your keyworker can see what is growing.",
            ),
            "hint",
        ))
        self.answer = QPushButton(QCoreApplication.translate("today", "Answer now"))
        self.answer.setProperty("role", "primary")
        named(self.answer, QCoreApplication.translate("today", "Answer the ten statements now"))
        self.skip = QPushButton(QCoreApplication.translate("today", "Not this month"))
        named(
            self.skip, QCoreApplication.translate("today", "Not this month: it is offered again next month")
        )
        row = QHBoxLayout()
        row.addWidget(self.answer)
        row.addWidget(self.skip)
        row.addStretch(1)
        self.column.addLayout(row)
        self.answer.clicked.connect(lambda: context.navigate.emit("Recovery capital", {"new": True}))
        self.skip.clicked.connect(self.skip_this_month)
        self.hide()

    def reload(self) -> None:
        def done(offer: operations.CapitalOffer) -> None:
            self.setVisible(capital_offer_due(offer.latest, offer.skipped_month, dt.date.today()))

        self._run(operations.load_capital_offer(), done)

    def skip_this_month(self) -> None:
        self.hide()
        self._run(operations.skip_capital_offer(dt.date.today().isoformat()[:7]))


# ---- the use record ----------------------------------------------------------------------------------


class AnswerUseCommand(QUndoCommand):
    """One change to a day's use answer (yes, no, an amount, or cleared): Ctrl+Z puts back what
    was there before. Amount edits in a row merge into one step. Answers are (used, amount), or
    None for no answer; the vault keeps one record per day and substance (`answer_use`)."""

    def __init__(
        self,
        context: Context,
        day: str,
        substance: str,
        before: tuple[bool, str] | None,
        after: tuple[bool, str] | None,
        initiator: object,
        amount_only: bool = False,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("today", "Answer about {substance}").format(substance=substance)
        )
        self.context, self.day, self.substance = context, day, substance
        self.before, self.after, self.amount_only = before, after, amount_only
        self._initiator: object = initiator  # the first run is the page's own: it already shows it

    def id(self) -> int:
        return ANSWER_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, AnswerUseCommand) or not other.amount_only:
            return False
        if (other.day, other.substance) != (self.day, self.substance) or self.after is None:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        initiator, self._initiator = self._initiator, None
        if self.after is None:
            operation: Any = operations.clear_use_answer(self.day, self.substance)
        else:
            operation = operations.answer_use(self.day, self.substance, *self.after)
        self.context.run(operation, None, self._failed, initiator=initiator)

    def undo(self) -> None:
        if self.before is None:
            operation: Any = operations.clear_use_answer(self.day, self.substance)
        else:
            operation = operations.answer_use(self.day, self.substance, *self.before)
        self.context.run(operation, None, self._failed)

    def _failed(self, error: Any) -> None:
        self.context.message.emit(error.message)


class UseRow:
    """One tracked substance: today no / yes, how much (optional), and Clear. A handful of
    these at most (the person names a few in Settings), so they are form rows, not a list model."""

    def __init__(self, card: UseCard, grid: QGridLayout, row: int, substance: str) -> None:
        self.card, self.substance = card, substance
        self.answer: tuple[bool, str] | None = None  # (used, amount) as shown
        name = QLabel(substance)
        mark_user_text(name)
        self.name = name
        self.no = QRadioButton(QCoreApplication.translate("today", "No"))
        self.yes = QRadioButton(QCoreApplication.translate("today", "Yes"))
        words = {"substance": substance}
        named(self.no, QCoreApplication.translate("today", "{substance} today: no").format(**words))
        named(self.yes, QCoreApplication.translate("today", "{substance} today: yes").format(**words))
        self.group = QButtonGroup(card)
        self.group.addButton(self.no)
        self.group.addButton(self.yes)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(QCoreApplication.translate("today", "How much (optional)"))
        how_much = QCoreApplication.translate("today", "How much {substance}, if you like")
        named(self.amount, how_much.format(**words))
        self.clear = QToolButton()
        self.clear.setText(QCoreApplication.translate("today", "Clear"))
        named(
            self.clear,
            QCoreApplication.translate("today", "Clear today's answer about {substance}").format(**words),
        )
        grid.addWidget(name, row, 0)
        grid.addWidget(self.no, row, 1)
        grid.addWidget(self.yes, row, 2)
        grid.addWidget(self.amount, row, 3)
        grid.addWidget(self.clear, row, 4)
        self.timer = QTimer(card)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AMOUNT_DELAY_MS)
        self.timer.timeout.connect(self._amount_done)
        self.no.clicked.connect(lambda: self._answer(False))
        self.yes.clicked.connect(lambda: self._answer(True))
        self.amount.textEdited.connect(lambda _t: self.timer.start())
        self.clear.clicked.connect(self._clear)
        self.show(None)

    def widgets(self) -> list[QWidget]:
        return [self.name, self.no, self.yes, self.amount, self.clear]

    def show(self, record: UseRecord | None) -> None:
        """Show the day's answer (not an edit)."""
        answer = None if record is None else (record.used, record.amount)
        self.answer = answer
        self.group.setExclusive(False)
        self.no.setChecked(answer is not None and not answer[0])
        self.yes.setChecked(answer is not None and answer[0])
        self.group.setExclusive(True)
        if not (self.amount.hasFocus() and self.timer.isActive()):
            self.amount.setText(answer[1] if answer is not None else "")
        self.amount.setEnabled(answer is not None and answer[0])
        self.clear.setEnabled(answer is not None)

    def _push(self, after: tuple[bool, str] | None, amount_only: bool = False) -> None:
        command = AnswerUseCommand(
            self.card.context, self.card.day, self.substance, self.answer, after, self.card.page,
            amount_only,
        )
        self.answer = after
        self.card.edits += 1
        self.card.context.undo.push(command)

    def _answer(self, used: bool) -> None:
        self.timer.stop()
        amount = self.amount.text().strip() if used else ""
        if self.answer == (used, amount):
            return
        self._push((used, amount))
        self.amount.setEnabled(used)
        self.clear.setEnabled(True)
        if used:
            self.amount.setFocus()

    def _amount_done(self) -> None:
        if self.answer is None or not self.answer[0]:
            return
        amount = self.amount.text().strip()
        if amount != self.answer[1]:
            self._push((True, amount), amount_only=True)

    def flush(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self._amount_done()

    def _clear(self) -> None:
        self.timer.stop()
        if self.answer is None:
            return
        self._push(None)
        self.show(None)


class UseCard(Card):
    """Today's answers for what the person chose to keep track of (Settings). Hidden while off."""

    def __init__(
        self, context: Context, page: QWidget, run: Callable[..., Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("today", "Today, did you use…"), parent)
        self.context, self.page, self._run = context, page, run
        self.day = dt.date.today().isoformat()
        self.column.addWidget(label(
            QCoreApplication.translate(
                "today",
                "Your own record, for you and your keyworker. No streaks: each day is its own answer.",
            ),
            "hint",
        ))
        self.grid = QGridLayout()
        self.grid.setColumnStretch(3, 1)
        self.column.addLayout(self.grid)
        self.rows: list[UseRow] = []
        self.tracking = UseTracking()
        self.edits = 0  # answers given here: a day read before the latest of them is out of date
        self.hide()

    def reload(self) -> None:
        self.flush()
        self.day = dt.date.today().isoformat()
        edits = self.edits
        self._run(operations.load_use_day(self.day), lambda found: self.show_day(found, edits))

    def show_day(self, found: operations.UseDay, edits: int | None = None) -> None:
        tracking = found.tracking
        rebuilt = tracking != self.tracking or len(self.rows) != len(tracking.substances)
        if rebuilt:
            self._build(tracking)
        if rebuilt or edits is None or edits == self.edits:  # else an answer given since is newer
            answers = {record.substance: record for record in found.answers}
            for row in self.rows:
                row.show(answers.get(row.substance))
        self.setVisible(tracking.on and bool(tracking.substances))

    def _build(self, tracking: UseTracking) -> None:
        for row in self.rows:
            row.flush()  # an amount being typed is saved, and its timer ends with its row
            row.timer.deleteLater()
            for widget in row.widgets():
                widget.deleteLater()
        self.rows = [
            UseRow(self, self.grid, number, substance)
            for number, substance in enumerate(tracking.substances)
        ]
        self.tracking = tracking

    def flush(self) -> None:
        for row in self.rows:
            row.flush()
