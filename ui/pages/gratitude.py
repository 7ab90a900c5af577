"""Gratitude: a list a day; "Today's list" opens today's, or starts it."""

from __future__ import annotations

from journal.records import GratitudeList, Record, today_iso
from journal.vault import Vault

from ..editors.gratitude import GratitudeEditor
from .records import RecordsPage


class GratitudePage(RecordsPage):
    title = "Gratitude"
    kinds = ("gratitude",)
    intro = "Small things count: a cup of tea, a kind word, a good night's sleep."
    new_label = "Today's list"
    empty_text = "No gratitude lists yet."

    def make_new(self) -> Record | None:
        today = today_iso()

        def work(vault: Vault) -> GratitudeList:
            return vault.gratitude_on(today) or GratitudeList(items=(), date=today)

        def done(record: GratitudeList) -> None:
            self.panel.show_record(record)
            editor = self.panel.editor
            if isinstance(editor, GratitudeEditor):
                editor.items.entry.setFocus()

        self.service.submit(work, done)
        return None
