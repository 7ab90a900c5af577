"""Triggers: what set off a craving, what was done, and how it went."""

from __future__ import annotations

from journal.i18n import QT_TRANSLATE_NOOP
from journal.records import Record, Trigger

from .records import RecordsPage


class TriggersPage(RecordsPage):
    title = "Triggers"
    kinds = ("trigger",)
    intro = QT_TRANSLATE_NOOP(
        "RecordsPage",
        "Noticing what sets off a craving is how you learn what helps. "
        "Write down what happened and what you did.",
    )
    new_label = QT_TRANSLATE_NOOP("RecordsPage", "Log a trigger")
    empty_text = QT_TRANSLATE_NOOP("RecordsPage", "No triggers logged yet.")

    def make_new(self) -> Record | None:
        return Trigger(situation="", category="feelings", intensity=5)
