"""What both crisis pages share, locked and unlocked: the words for danger, the plain note that the
app is not a therapist, and the helplines and overdose advice a person chose to show before
unlocking.

Those two are the only journal-made things ever shown before unlocking, and only when the person
ticks "Show these before unlocking" on the crisis page inside the journal: then a copy of the
helplines and of their own overdose advice is kept in the app's non-personal settings file (ui.ini,
outside the encrypted journal, readable by anyone using this computer account), and the page says
so where they choose it. Unticking removes the copy. The person's own contacts and plan never
leave the vault.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final, NamedTuple

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .theme import UiSettings

SHOW_BEFORE_UNLOCK_KEY: Final = "crisis/show_before_unlock"
HELPLINES_BEFORE_UNLOCK_KEY: Final = "crisis/helplines"
ADVICE_BEFORE_UNLOCK_KEY: Final = "crisis/overdose_advice"
# Context.navigate's name for the "I'm having a hard time" view (a view over the pages, not a page).
HARD_TIME_VIEW: Final = "hard-time"


def navigate_from(widget: QWidget, name: str, request: object = None) -> bool:
    """Go to a page, or open the hard-time view (HARD_TIME_VIEW), from anywhere inside a page: a
    form has no context of its own, the page it sits in has. False if `widget` is on no page."""
    from .context import Page  # loaded at unlock, as the pages are

    parent: QWidget | None = widget
    while parent is not None and not isinstance(parent, Page):
        parent = parent.parentWidget()
    if parent is None:
        return False
    parent.context.navigate.emit(name, request)
    return True


def emergency_text() -> str:
    return QCoreApplication.translate(
        "help_now",
        "If you or someone else is in danger right now, call <b>999</b> (or 112). "
        "If you have taken something and feel unwell, call 999 or go to A&amp;E.",
    )


def not_a_therapist() -> str:
    return QCoreApplication.translate(
        "help_now",
        "This app is a private notebook, not a therapist or a doctor. "
        "Talking to a person helps: these lines are free and someone will listen.",
    )


class Line(NamedTuple):
    """A helpline as shown before unlocking: nothing but its name, number and notes."""

    name: str
    phone: str
    notes: str = ""


class BeforeUnlock(NamedTuple):
    """What the locked crisis page shows: the person's chosen copy, or None for the built-ins."""

    helplines: list[Line]
    advice: str  # "" for the built-in advice


def shows_before_unlock(settings: UiSettings) -> bool:
    return str(settings.value(SHOW_BEFORE_UNLOCK_KEY, "false")).lower() == "true"


def before_unlock(settings: UiSettings) -> BeforeUnlock | None:
    """The person's own helplines and advice, if they chose to show them before unlocking."""
    if not shows_before_unlock(settings):
        return None
    try:
        rows = json.loads(_text(settings.value(HELPLINES_BEFORE_UNLOCK_KEY, "[]")))
        lines = [Line(str(r[0]), str(r[1]), str(r[2])) for r in rows if isinstance(r, list) and len(r) == 3]
    except (ValueError, TypeError):
        lines = []
    advice = _text(settings.value(ADVICE_BEFORE_UNLOCK_KEY, ""))
    return BeforeUnlock(lines, advice)


def keep_before_unlock(settings: UiSettings, lines: Sequence[Line], advice: str) -> None:
    """Keep a copy outside the vault to show before unlocking (the person chose this)."""
    settings.set_value(
        HELPLINES_BEFORE_UNLOCK_KEY,
        json.dumps([list(line) for line in lines], ensure_ascii=False),
    )
    settings.set_value(ADVICE_BEFORE_UNLOCK_KEY, advice)
    settings.set_value(SHOW_BEFORE_UNLOCK_KEY, "true")


def forget_before_unlock(settings: UiSettings) -> None:
    """Back to the built-in helplines before unlocking: the copy outside the vault is removed."""
    for key in (SHOW_BEFORE_UNLOCK_KEY, HELPLINES_BEFORE_UNLOCK_KEY, ADVICE_BEFORE_UNLOCK_KEY):
        settings.remove(key)


def _text(value: object) -> str:
    """QSettings hands back a string with commas in it as a list of its pieces."""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(part) for part in value)
    return "" if value is None else str(value)
