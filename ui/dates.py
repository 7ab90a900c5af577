"""Dates and times on screen as the chosen language writes them (QLocale patterns).

Never strftime: its day and month names follow the C library's locale, not the language the
person chose, and its "%-d" (no leading zero) exists only in glibc and fails on Windows.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def date_text(day: dt.date, pattern: str) -> str:
    """`day` in a QLocale pattern ("dddd d MMMM yyyy": Monday 2 November 2026)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def moment_text(moment: dt.datetime, pattern: str) -> str:
    """`moment` at its own wall-clock time, in a QLocale pattern ("d MMM yyyy, HH:mm")."""
    when = QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute, moment.second))
    return QLocale().toString(when, pattern)
