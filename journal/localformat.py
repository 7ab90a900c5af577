"""Dates and numbers in the core's words (the command line, the summary), as QLocale writes them.

The app formats with QLocale; text made in the core (command-line messages, the summary's
content) uses these functions, which take the same patterns as QLocale.toString(QDate, pattern)
and the same CLDR data Qt 6 has for each language's locale, so a date reads the same in the app
and on paper: "2 November 2026", "2 listopada 2026". The desktop tests compare every
function here with QLocale. Never strftime: its names follow the C library's locale, not the
language chosen, and "%-d" fails on Windows.

Times are 24-hour ("09:05") in every language the app speaks.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Final, NamedTuple

from .languages import Language, current_language

LONG: Final = "d MMMM yyyy"  # 2 November 2026, 2 listopada 2026
DAY_MONTH: Final = "d MMMM"  # 2 November
SHORT_MONTH: Final = "d MMM"  # 2 Nov
WEEKDAY_DATE: Final = "dddd d MMMM"  # Monday 2 November


class LocaleData(NamedTuple):
    """What Qt 6's CLDR data says for one locale (copied from QLocale; the test keeps it honest)."""

    decimal: str
    group: str
    min_group_digits: int  # Polish writes 1234 but 12 345
    minus: str
    months: tuple[str, ...]  # as in a date: "listopada", not "listopad"
    short_months: tuple[str, ...]
    days: tuple[str, ...]  # Monday first
    short_days: tuple[str, ...]
    short_date: str  # QLocale's ShortFormat pattern


LOCALES: Final = {
    "en_GB": LocaleData(
        ".", ",", 1, "-",
        ("January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"),
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"),
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        "dd/MM/yyyy",
    ),
    "pl_PL": LocaleData(
        ",", "\u00a0", 2, "-",
        ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
         "września", "października", "listopada", "grudnia"),
        ("sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"),
        ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
        ("pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."),
        "d.MM.yyyy",
    ),
    # For the pseudo-languages (see journal.i18n): Greek for en-XA, Hebrew for ar-XB.
    "el_GR": LocaleData(
        ",", ".", 1, "-",
        ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
         "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"),
        ("Ιαν", "Φεβ", "Μαρ", "Απρ", "Μαΐ", "Ιουν", "Ιουλ", "Αυγ", "Σεπ", "Οκτ", "Νοε", "Δεκ"),
        ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"),
        ("Δευ", "Τρί", "Τετ", "Πέμ", "Παρ", "Σάβ", "Κυρ"),
        "d/M/yy",
    ),
    "he_IL": LocaleData(
        ".", ",", 1, "\u200e-",
        ("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר",
         "נובמבר", "דצמבר"),
        ("ינו׳", "פבר׳", "מרץ", "אפר׳", "מאי", "יוני", "יולי", "אוג׳", "ספט׳", "אוק׳", "נוב׳", "דצמ׳"),
        ("יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "יום שבת", "יום ראשון"),
        ("יום ב׳", "יום ג׳", "יום ד׳", "יום ה׳", "יום ו׳", "שבת", "יום א׳"),
        "d.M.yyyy",
    ),
}

# A Qt date pattern: quoted text, or a run of one of the letters d, M, y.
_TOKENS = re.compile(r"'(?:[^']|'')*'|d+|M+|y+|[^'dMy]+")


def locale_data(language: Language | None = None) -> LocaleData:
    return LOCALES[(language or current_language()).qt_locale]


def format_number(value: float, decimals: int = 0, language: Language | None = None) -> str:
    """`value` as the language writes it: 12,345.5 in English, 12 345,5 in Polish."""
    data = locale_data(language)
    # Halves round away from zero on the exact binary value, as Qt does (2.5 -> 3, 1.005 -> 1.00);
    # Python's own formatting rounds halves to even.
    exact = Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = f"{exact:f}"  # keeps the sign of -0.0, as Qt writes it
    negative = text.startswith("-")
    whole, _, fraction = text.lstrip("-").partition(".")
    if len(whole) > 3 and len(whole) - 3 >= data.min_group_digits:
        groups: list[str] = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = data.group.join([whole, *groups])
    return (data.minus if negative else "") + whole + (data.decimal + fraction if fraction else "")


def format_change(value: float, decimals: int = 0, language: Language | None = None) -> str:
    """A difference signed either way: "+0.3", "−0.4" (a true minus sign, as print sets it).

    In a right-to-left language the sign starts with the mark the language's own minus sign has
    (Qt's locale data for Hebrew: U+200E, the left-to-right mark, then "-"; QLocale's positive
    sign has it too): without it a sign before a figure is set after it in right-to-left text
    ("0.4−").
    """
    mark = locale_data(language).minus[:-1]  # what comes before the sign itself
    return mark + ("+" if value > 0 else "\u2212") + format_number(abs(value), decimals, language)


def format_date(day: dt.date, pattern: str = LONG, language: Language | None = None) -> str:
    """`day` through a QLocale date pattern (d dd ddd dddd, M MM MMM MMMM, yy yyyy, 'quoted'),
    or "short" for the language's short date (02/11/2026, 2.11.2026)."""
    data = locale_data(language)
    if pattern == "short":
        pattern = data.short_date
    out = []
    for token in _TOKENS.findall(pattern):
        letter, size = token[0], len(token)
        if (letter in "dM" and size > 4) or (letter == "y" and size not in (2, 4)):
            raise ValueError(f"{token!r} in {pattern!r} is not a date field this formatter knows")
        if letter == "'":
            out.append(token[1:-1].replace("''", "'") if size > 2 else "'")
        elif letter == "d":
            out.append(
                str(day.day) if size == 1 else f"{day.day:02d}" if size == 2
                else data.short_days[day.weekday()] if size == 3 else data.days[day.weekday()]
            )
        elif letter == "M":
            out.append(
                str(day.month) if size == 1 else f"{day.month:02d}" if size == 2
                else data.short_months[day.month - 1] if size == 3 else data.months[day.month - 1]
            )
        elif letter == "y":
            out.append(f"{day.year % 100:02d}" if size == 2 else f"{day.year:04d}")
        else:
            out.append(token)
    return "".join(out)


def format_time(moment: dt.time | dt.datetime) -> str:
    """A time of day, 24-hour with minutes: "09:05"."""
    return f"{moment.hour:02d}:{moment.minute:02d}"
