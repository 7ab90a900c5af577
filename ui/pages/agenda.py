"""Agenda: what to talk about at the next session with the keyworker."""

from __future__ import annotations

from journal.i18n import QT_TRANSLATE_NOOP
from journal.records import AgendaItem, Record

from .records import RecordsPage


class AgendaPage(RecordsPage):
    title = "Agenda"
    kinds = ("agenda",)
    intro = QT_TRANSLATE_NOOP(
        "RecordsPage",
        "What you want to talk about at your next session with your keyworker. "
        "Open items go on your printed summary.",
    )
    new_label = QT_TRANSLATE_NOOP("RecordsPage", "Add something to talk about")
    empty_text = QT_TRANSLATE_NOOP("RecordsPage", "Nothing on your list yet.")

    def make_new(self) -> Record | None:
        return AgendaItem(text="")
