"""Journal: everything written, newest first, with search and filters by kind and date."""

from __future__ import annotations

from .records import RecordsPage


class JournalPage(RecordsPage):
    title = "Journal"
    intro = "Everything you have written, newest first. Search finds any word; open an entry to change it."
    show_kind_filter = True
    empty_text = "Nothing written yet. Your check-ins, triggers and gratitude lists will show here."
