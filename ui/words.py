"""The names of the journal's fixed choices as a person reads them, translated where shown:
trigger kinds, how a trigger went, kinds of support. The records keep the keys ("places"); only
these words change with the language."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

from journal.i18n import QT_TRANSLATE_NOOP

TRIGGER_KIND_WORDS: Final = {
    "people": QT_TRANSLATE_NOOP("words", "People"),
    "places": QT_TRANSLATE_NOOP("words", "Places"),
    "feelings": QT_TRANSLATE_NOOP("words", "Feelings"),
    "things": QT_TRANSLATE_NOOP("words", "Things"),
    "times": QT_TRANSLATE_NOOP("words", "Times"),
    "other": QT_TRANSLATE_NOOP("words", "Other"),
}
OUTCOME_WORDS: Final = {
    "resisted": QT_TRANSLATE_NOOP("words", "Got through it"),
    "partly": QT_TRANSLATE_NOOP("words", "Partly"),
    "used": QT_TRANSLATE_NOOP("words", "Used"),
}
SUPPORT_WORDS: Final = {
    "emotional": QT_TRANSLATE_NOOP("words", "Emotional support"),
    "practical": QT_TRANSLATE_NOOP("words", "Practical help"),
    "information": QT_TRANSLATE_NOOP("words", "Information and advice"),
    "company": QT_TRANSLATE_NOOP("words", "Company"),
    #: Days when the person named a group they went to (AA, NA, SMART Recovery, a recovery café).
    "group": QT_TRANSLATE_NOOP("words", "At a group or meeting"),
}


def trigger_kind(category: str) -> str:
    if category not in TRIGGER_KIND_WORDS:
        return category
    return QCoreApplication.translate("words", TRIGGER_KIND_WORDS[category])


def outcome(key: str) -> str:
    if key not in OUTCOME_WORDS:
        return key
    return QCoreApplication.translate("words", OUTCOME_WORDS[key])


def support(kind: str) -> str:
    if kind not in SUPPORT_WORDS:
        return kind
    return QCoreApplication.translate("words", SUPPORT_WORDS[kind])
