"""The naloxone kit's kind reminder on Today: from a month before the kit's date, never earlier.

Kits carry a date; services swap an old kit for a new one. The reminder is one calm card with a
way to change the date on My plan: no alarm, no colour of danger, and it goes away once the date
is changed. `today()` is the one place the date is read, so tests can set it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from journal.records import Naloxone

from .widgets import label, named


def today() -> dt.date:
    return dt.date.today()


def reminder_due(kit: Naloxone | None, on: dt.date) -> bool:
    """Whether to remind: a kit with a date, and `on` no earlier than one month before it."""
    if kit is None or not kit.kit or not kit.expires:
        return False
    expires = QDate.fromString(kit.expires, Qt.DateFormat.ISODate)
    if not expires.isValid():
        return False
    return QDate(on.year, on.month, on.day) >= expires.addMonths(-1)


def reminder_text(kit: Naloxone, on: dt.date) -> str:
    expires = QDate.fromString(kit.expires or "", Qt.DateFormat.ISODate)
    date = QLocale().toString(expires, "d MMMM yyyy")
    if QDate(on.year, on.month, on.day) > expires:
        return QCoreApplication.translate(
            "naloxone",
            "The date on your naloxone kit was {date}. A pharmacy or your drug service can give "
            "you a new one.",
        ).format(date=date)
    return QCoreApplication.translate(
        "naloxone",
        "The date on your naloxone kit is {date}. When you are passing, a pharmacy or your drug "
        "service can swap it for a new one.",
    ).format(date=date)


class NaloxoneCard(QFrame):
    """Today's card: shown only while a reminder is due."""

    change_date = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(label(QCoreApplication.translate("naloxone", "Your naloxone kit"), "subtitle"))
        self.text = label("")
        layout.addWidget(self.text)
        self.button = QPushButton(QCoreApplication.translate("naloxone", "Change the kit's date"))
        named(self.button, QCoreApplication.translate("naloxone", "Change the kit's date on My plan"))
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        self.button.clicked.connect(self.change_date)
        self.hide()

    def show_kit(self, kit: Naloxone | None) -> None:
        on = today()
        due = kit is not None and reminder_due(kit, on)
        if kit is not None and due:
            self.text.setText(reminder_text(kit, on))
        self.setVisible(due)
