"""Recovery capital: the BARC-10 sheets answered so far, and the form to answer one (offered about
once a month on Today). The score and its trend are on Trends."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from journal import barc
from journal.records import CapitalCheck, Record

from .. import operations
from ..context import Context
from ..editors.capital import blank_sheet, score_words
from ..editors.checkin import moment_of
from ..tasks import VaultOp
from .listed import ListedPage


def sheet_words(sheet: CapitalCheck) -> str:
    day = QLocale().toString(moment_of(sheet.at).date(), "d MMMM yyyy")
    if len(sheet.answers) != len(barc.STATEMENTS):
        return day
    return day + "\n" + score_words(sheet.score)


class CapitalPage(ListedPage):
    title = "Recovery capital"
    kind = "capital"

    def set_words(self) -> None:
        self.heading = self.tr("Recovery capital")
        self.intro = self.tr(
            "What you have going for you: ten statements, about once a month. Newest first; "
            "the trend is on the Trends page."
        )
        self.new_label = self.tr("Answer now")
        self.empty_text = self.tr("Nothing answered yet. It takes about two minutes.")

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([200, 800])

    def load(self) -> VaultOp[Any]:
        return operations.load_capital()

    def _loaded(self, records: list[Record]) -> None:
        super()._loaded(list(reversed(records)))

    def describe(self, record: Record) -> str:
        return sheet_words(record) if isinstance(record, CapitalCheck) else ""

    def make_new(self, request: dict[str, Any]) -> Record:
        return blank_sheet()
