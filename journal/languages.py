"""The languages the app speaks, and which one it speaks now.

Kept apart from journal.i18n (the translating) and journal.localformat (dates and numbers), which
both need to know the current language: this way neither imports the other's module just to ask.
"""

from __future__ import annotations

from typing import Final, NamedTuple


class Language(NamedTuple):
    """One language the app speaks.

    `code` is what `--lang` takes and Settings stores; `catalogue` names the .qm file;
    `qt_locale` is the QLocale the app formats dates and numbers with; `qtbase` names Qt's own
    translation of its standard dialogs (qtbase_<qtbase>.qm), if Qt has one and we ship it.
    (A NamedTuple, not a dataclass: this module loads with every command, and dataclasses
    costs ~10 ms to import.)
    """

    code: str
    name: str
    catalogue: str
    qt_locale: str
    qtbase: str | None = None
    right_to_left: bool = False
    pseudo: bool = False


ENGLISH: Final = Language("en", "English", "en", "en_GB")
POLISH: Final = Language("pl", "Polski", "pl", "pl_PL", qtbase="pl")
# Pseudo-languages for testing layouts, made by build/translations.py from the English strings
# (the codes follow Android's and Chrome's pseudo-locales). Not offered in Settings. Their dates
# and numbers are Greek's and Hebrew's: in a script other than Latin, so that a date written
# without QLocale or journal.localformat (strftime, a hand-made month name) shows up as English.
PSEUDO_LONG: Final = Language("en-XA", "Pseudo: accented, 40% longer", "en_XA", "el_GR", pseudo=True)
PSEUDO_RTL: Final = Language(
    "ar-XB", "Pseudo: right to left", "ar_XB", "he_IL", right_to_left=True, pseudo=True
)

LANGUAGES: Final = (ENGLISH, POLISH, PSEUDO_LONG, PSEUDO_RTL)


def selectable_languages() -> tuple[Language, ...]:
    """The languages a person can pick in Settings and on the welcome screen."""
    return tuple(language for language in LANGUAGES if not language.pseudo)


def find_language(text: str) -> Language | None:
    """The language a code or locale name means: "pl", "pl_PL", "pl-PL", "pl_PL.UTF-8", "en-XA".

    An exact code wins ("en-XA" is the pseudo-language, not English); otherwise the language
    part decides ("en_US.UTF-8" is English). "C" and "POSIX" are English. None when unknown.
    """
    cleaned = text.strip().split(".", 1)[0].split("@", 1)[0].replace("_", "-").lower()
    if not cleaned:
        return None
    if cleaned in ("c", "posix"):
        return ENGLISH
    for language in LANGUAGES:
        if language.code.lower() == cleaned:
            return language
    base = cleaned.split("-", 1)[0]
    for language in LANGUAGES:
        if not language.pseudo and language.code == base:
            return language
    return None



_language: Language = ENGLISH


def set_language(language: Language) -> None:
    """Speak `language` from now on (the command line calls this once, before its parser)."""
    global _language
    _language = language


def current_language() -> Language:
    return _language
