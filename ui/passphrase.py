"""Choosing a passphrase, on the welcome screen and in Settings: the shortest allowed, and a hint."""

from __future__ import annotations

from typing import Final

from journal.passphrases import MIN_PASSPHRASE_CHARS, long_enough, too_short_message

# The rule itself lives in the core (journal/passphrases.py), so the command line keeps it too.
MIN_PASSPHRASE: Final = MIN_PASSPHRASE_CHARS
__all__ = ["MIN_PASSPHRASE", "long_enough", "strength_hint", "too_short_message"]


def strength_hint(passphrase: str) -> str:
    """A plain hint; length matters most, so we suggest a few words rather than symbols."""
    words = len(passphrase.split())
    length = len(passphrase)
    if not passphrase:
        return "Tip: a few ordinary words together, like a short sentence only you would think of."
    if not long_enough(passphrase):
        return f"Too short: use at least {MIN_PASSPHRASE} characters. A few words together work well."
    if length < 12 and words < 3:
        return "Okay, but longer is stronger: try adding another word."
    if length < 20 and words < 4:
        return "Good. Another word would make it even stronger."
    return "Strong. Now make sure you will remember it."
