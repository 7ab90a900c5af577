"""Gratitude: a list a day; "Today's list" opens today's, or starts it."""

from __future__ import annotations

from journal.i18n import QT_TRANSLATE_NOOP
from journal.records import GratitudeList, Record, today_iso

from .. import operations
from ..editors.gratitude import GratitudeEditor
from .records import RecordsPage


class GratitudePage(RecordsPage):
    title = "Gratitude"
    kinds = ("gratitude",)
    intro = QT_TRANSLATE_NOOP("RecordsPage", "Small things count: a cup of tea, a kind word, a good night's "
        "sleep.")
    new_label = QT_TRANSLATE_NOOP("RecordsPage", "Today's list")
    empty_text = QT_TRANSLATE_NOOP("RecordsPage", "No gratitude lists yet.")

    def make_new(self) -> Record | None:
        today = today_iso()

        def done(record: GratitudeList | None) -> None:
            self.panel.show_record(record or GratitudeList(items=(), date=today))
            editor = self.panel.editor
            if isinstance(editor, GratitudeEditor):
                editor.items.entry.setFocus()

        self.run(operations.load_gratitude(today), done)
        return None
