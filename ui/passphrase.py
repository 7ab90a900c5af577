"""Choosing a passphrase, on the welcome screen and in Settings: the shortest allowed, and a hint."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

from journal.passphrases import MIN_PASSPHRASE_CHARS, long_enough, too_short_message

# The rule itself lives in the core (journal/passphrases.py), so the command line keeps it too.
MIN_PASSPHRASE: Final = MIN_PASSPHRASE_CHARS
__all__ = ["MIN_PASSPHRASE", "long_enough", "strength_hint", "too_short_message"]


def strength_hint(passphrase: str) -> str:
    """A plain hint; length matters most, so we suggest a few words rather than symbols."""
    words = len(passphrase.split())
    length = len(passphrase)
    if not passphrase:
        return QCoreApplication.translate(
            "passphrase", "Tip: a few ordinary words together, like a short sentence only you would think of."
        )
    if not long_enough(passphrase):
        return QCoreApplication.translate(
            "passphrase", "Too short: use at least %n characters. A few words together work well.",
            None, MIN_PASSPHRASE,
        )
    if length < 12 and words < 3:
        return QCoreApplication.translate(
            "passphrase", "Okay, but longer is stronger: try adding another word."
        )
    if length < 20 and words < 4:
        return QCoreApplication.translate("passphrase", "Good. Another word would make it even stronger.")
    return QCoreApplication.translate("passphrase", "Strong. Now make sure you will remember it.")
