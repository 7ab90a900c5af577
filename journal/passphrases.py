"""The one rule for a new passphrase, shared by the app (welcome screen, Settings) and the
command line (`init`, `passwd`, and resetting with the recovery key), so each accepts the same.

Length is what makes a passphrase hard to guess; a few ordinary words together are long and
easy to remember, so the rule asks for length only, and the hints suggest words, not symbols.
"""

from __future__ import annotations

from typing import Final

from .errors import UsageError
from .i18n import translate

MIN_PASSPHRASE_CHARS: Final = 8


def long_enough(passphrase: str) -> bool:
    """Whether a new passphrase meets the rule: at least MIN_PASSPHRASE_CHARS characters."""
    return len(passphrase) >= MIN_PASSPHRASE_CHARS


def too_short_message() -> str:
    return translate(
        "passphrases",
        "Please use a passphrase of at least {count} characters. "
        "A few words together are easy to remember and hard to guess.",
    ).format(count=MIN_PASSPHRASE_CHARS)


def check_new_passphrase(passphrase: str) -> str:
    """The passphrase, if it meets the rule; UsageError (exit 2) with the rule in words if not."""
    if not long_enough(passphrase):
        raise UsageError(too_short_message())
    return passphrase
