"""Journal: everything written, newest first, with search and filters by kind and date."""

from __future__ import annotations

from journal.i18n import QT_TRANSLATE_NOOP

from .records import RecordsPage


class JournalPage(RecordsPage):
    title = "Journal"
    intro = QT_TRANSLATE_NOOP("RecordsPage", "Everything you have written, newest first. Search finds any "
        "word; open an entry to change it.")
    show_kind_filter = True
    empty_text = QT_TRANSLATE_NOOP("RecordsPage", "Nothing written yet. Your check-ins, triggers and "
        "gratitude lists will show here.")
