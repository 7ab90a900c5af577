"""The one rule for a new passphrase, shared by the app (welcome screen, Settings) and the
command line (`init`, `passwd`, and resetting with the recovery key), so each accepts the same.

Length is what makes a passphrase hard to guess; a few ordinary words together are long and
easy to remember, so the rule asks for length, and the hints suggest words, not symbols. Length
alone would let "password" or "12345678" through, so a new passphrase must also not be among
the first million guesses an attacker would try, as zxcvbn (Dropbox's estimator, offline: its
word lists ship inside the package) counts them. zxcvbn takes about a third of a second to load,
so it is imported on first use, never at start-up.
"""

from __future__ import annotations

from typing import Any, Final

from .errors import UsageError
from .i18n import translate

MIN_PASSPHRASE_CHARS: Final = 8
# zxcvbn's score: 0 (< 10^3 guesses), 1 (< 10^6), 2 (< 10^8), 3 (< 10^10), 4 (more).
MIN_SCORE: Final = 2
# Past this many characters the estimate only grows, while its cost grows with the length.
ESTIMATED_CHARS: Final = 64


def long_enough(passphrase: str) -> bool:
    """Whether a new passphrase meets the length rule: at least MIN_PASSPHRASE_CHARS characters."""
    return len(passphrase) >= MIN_PASSPHRASE_CHARS


def load_estimator() -> Any:
    """zxcvbn's estimate function (loaded once; call early from a thread to hide its load)."""
    from zxcvbn import zxcvbn

    return zxcvbn


def score(passphrase: str, personal: tuple[str, ...] = ()) -> int:
    """How hard the passphrase is to guess, 0 to 4 (zxcvbn's score); `personal` words (the
    person's name) count as easy to guess."""
    if not passphrase:
        return 0
    words = [w for w in personal if w]
    return int(load_estimator()(passphrase[:ESTIMATED_CHARS], user_inputs=words)["score"])


def too_easy(passphrase: str, personal: tuple[str, ...] = ()) -> bool:
    return score(passphrase, personal) < MIN_SCORE


def too_short_message() -> str:
    return translate(
        "passphrases",
        "Please use a passphrase of at least {count} characters. "
        "A few words together are easy to remember and hard to guess.",
    ).format(count=MIN_PASSPHRASE_CHARS)


def too_easy_message() -> str:
    return translate(
        "passphrases",
        "That passphrase is one of the first that someone guessing would try. "
        "Please choose another: a few words that do not usually go together work well.",
    )


def check_new_passphrase(passphrase: str, personal: tuple[str, ...] = ()) -> str:
    """The passphrase, if it meets the rule; UsageError (exit 2) with the rule in words if not."""
    if not long_enough(passphrase):
        raise UsageError(too_short_message())
    if too_easy(passphrase, personal):
        raise UsageError(too_easy_message())
    return passphrase


def problem(passphrase: str, personal: tuple[str, ...] = ()) -> str | None:
    """What is wrong with a new passphrase, in words, or None when it meets the rule."""
    try:
        check_new_passphrase(passphrase, personal)
    except UsageError as error:
        return error.message
    return None
