"""Goals: in the person's words, why they matter, small steps to tick, a date to aim for if they
like, and whether each is being worked on, paused or done. Today shows the next step of each goal
being worked on (ui/pages/today_cards.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from journal.records import Goal, Record

from .. import operations
from ..editors.goal import split_keyworker_mark, status_words
from ..tasks import VaultOp
from .listed import ListedPage


def goal_words(goal: Goal) -> str:
    """A goal in the list: its words, then where it stands, in a second line."""
    parts = [status_words(goal.status)]
    if goal.steps:
        parts.append(QCoreApplication.translate("goals", "%n of {total} steps done", None, goal.steps_done)
                     .format(total=len(goal.steps)))
    if goal.target:
        day = QLocale().toString(QDate.fromString(goal.target, "yyyy-MM-dd"), "d MMM yyyy")
        parts.append(QCoreApplication.translate("goals", "aiming for {day}").format(day=day))
    if split_keyworker_mark(goal.why)[1]:
        parts.append(QCoreApplication.translate("goals", "agreed with my keyworker"))
    first = goal.text.strip().splitlines()[0] if goal.text.strip() else ""
    return first + "\n" + QCoreApplication.translate("goals", " · ").join(parts)


class GoalsPage(ListedPage):
    title = "Goals"
    kind = "goal"

    def set_words(self) -> None:
        self.heading = self.tr("Goals")
        self.intro = self.tr(
            "What you are working towards, in your own words, with small steps. Set them on your "
            "own or with your keyworker; change them whenever you like."
        )
        self.new_label = self.tr("New goal")
        self.empty_text = self.tr("No goals yet. Start with one small thing you would like to change.")
        self.filters = (
            (self.tr("All goals"), ""),
            (self.tr("Working on it"), "active"),
            (self.tr("Paused for now"), "paused"),
            (self.tr("Done"), "done"),
        )

    def load(self) -> VaultOp[Any]:
        return operations.load_goals()

    def _loaded(self, records: list[Record]) -> None:
        """Goals being worked on first, then paused ones, then those done; oldest first in each."""
        order = {"active": 0, "paused": 1, "done": 2}
        super()._loaded(sorted(records, key=lambda r: order.get(getattr(r, "status", ""), 3)))

    def describe(self, record: Record) -> str:
        return goal_words(record) if isinstance(record, Goal) else ""

    def filter_key(self, record: Record) -> str:
        return record.status if isinstance(record, Goal) else ""

    def make_new(self, request: dict[str, Any]) -> Record:
        return Goal(text="")
