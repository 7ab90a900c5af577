"""The use record on Trends: a plain calendar of the person's own answers, one substance at a time.

Weeks run down, Monday to Sunday across. A day used is marked "●" on a soft grey, a day not used
"○", a day not answered is left as its date: no red, no green, no streak, nothing reset. Every cell
says in words what it holds (tool tip and screen reader).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from journal.records import UseRecord

_Index = QModelIndex | QPersistentModelIndex
# At most a year of weeks: longer periods show their last year here (the sentence covers them all).
MOST_WEEKS: Final = 53
USED_TINT: Final = QColor(128, 136, 150, 90)  # a quiet grey-blue, the same in both themes


class UseCalendarModel(QAbstractTableModel):
    """Weeks × weekdays for one substance over a period."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._first_monday = dt.date.today()
        self._weeks = 0
        self._start = self._end = dt.date.today()
        self._answers: dict[str, UseRecord] = {}

    def show(self, start: dt.date, end: dt.date, records: Sequence[UseRecord], substance: str) -> None:
        self.beginResetModel()
        earliest = end - dt.timedelta(days=MOST_WEEKS * 7 - 1)
        self._start = max(start, earliest - dt.timedelta(days=earliest.weekday()))
        self._end = end
        self._first_monday = self._start - dt.timedelta(days=self._start.weekday())
        self._weeks = (end - self._first_monday).days // 7 + 1
        self._answers = {r.date: r for r in records if r.substance == substance}
        self.endResetModel()

    @property
    def start(self) -> dt.date:
        return self._start

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._weeks

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def day_at(self, row: int, column: int) -> dt.date:
        return self._first_monday + dt.timedelta(days=row * 7 + column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QLocale().dayName(section + 1, QLocale.FormatType.ShortFormat)
        monday = self.day_at(section, 0)
        return QLocale().toString(QDate(monday.year, monday.month, monday.day), "d MMM")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.day_at(index.row(), index.column())
        inside = self._start <= day <= self._end
        answer = self._answers.get(day.isoformat())
        if role == Qt.ItemDataRole.DisplayRole:
            if not inside:
                return ""
            mark = "" if answer is None else ("●" if answer.used else "○")
            return f"{day.day} {mark}".strip()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and inside and answer is not None and answer.used:
            return USED_TINT
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and inside:
            when = QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")
            if answer is None:
                return self.tr("{day}: not answered").format(day=when)
            if not answer.used:
                return self.tr("{day}: not used").format(day=when)
            if answer.amount:
                return self.tr("{day}: used ({amount})").format(day=when, amount=answer.amount)
            return self.tr("{day}: used").format(day=when)
        return None
