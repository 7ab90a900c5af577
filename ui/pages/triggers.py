"""Triggers: what set off a craving, what was done, and how it went."""

from __future__ import annotations

from journal.records import Record, Trigger

from .records import RecordsPage


class TriggersPage(RecordsPage):
    title = "Triggers"
    kinds = ("trigger",)
    intro = (
        "Noticing what sets off a craving is how you learn what helps. "
        "Write down what happened and what you did."
    )
    new_label = "Log a trigger"
    empty_text = "No triggers logged yet."

    def make_new(self) -> Record | None:
        return Trigger(situation="", category="feelings", intensity=5)
