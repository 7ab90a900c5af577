"""The summary's sections: their keys (the command line's `--sections`), the words the app shows
for each, and which are on by default (docs/contracts.md, "Summary v2"); and the tables of words
the page uses for categories, outcomes, roles and scales.

Kept apart from journal/summary.py so the command line can build its parser, which lists the
keys, without loading the summary's code at every start of the app.
"""

from __future__ import annotations

from typing import Final

from .errors import UsageError
from .i18n import QT_TRANSLATE_NOOP, translate

# In page order. The words are shown with translate("summary", words).
SECTIONS: Final[tuple[tuple[str, str], ...]] = (
    ("header", QT_TRANSLATE_NOOP("summary", "Name, keyworker and period")),
    ("scores", QT_TRANSLATE_NOOP("summary", "Hope, mood and craving")),
    ("connection", QT_TRANSLATE_NOOP("summary", "Time with others in recovery")),
    ("triggers", QT_TRANSLATE_NOOP("summary", "Triggers")),
    ("gratitude", QT_TRANSLATE_NOOP("summary", "Gratitude")),
    ("support", QT_TRANSLATE_NOOP("summary", "Support network")),
    ("agenda", QT_TRANSLATE_NOOP("summary", "What I want to talk about")),
    ("goals", QT_TRANSLATE_NOOP("summary", "My goals")),
    ("plans", QT_TRANSLATE_NOOP("summary", "My if-then plans")),
    ("capital", QT_TRANSLATE_NOOP("summary", "Recovery capital (BARC-10)")),
    ("use", QT_TRANSLATE_NOOP("summary", "My use record")),
    ("safety", QT_TRANSLATE_NOOP("summary", "My safety plan")),
    ("excerpts", QT_TRANSLATE_NOOP("summary", "Journal entries I ticked")),
    ("notes", QT_TRANSLATE_NOOP("summary", "Space for notes from our session")),
)
SECTION_KEYS: Final = tuple(key for key, _ in SECTIONS)
DEFAULT_SECTIONS: Final = frozenset(
    ("header", "scores", "connection", "triggers", "gratitude", "support", "agenda", "goals", "notes")
)


OUTCOME_WORDS: Final = {
    "resisted": QT_TRANSLATE_NOOP("summary", "Got through it"),
    "partly": QT_TRANSLATE_NOOP("summary", "Partly"),
    "used": QT_TRANSLATE_NOOP("summary", "Used"),
}
CATEGORY_WORDS: Final = {
    "people": QT_TRANSLATE_NOOP("summary", "People"),
    "places": QT_TRANSLATE_NOOP("summary", "Places"),
    "feelings": QT_TRANSLATE_NOOP("summary", "Feelings"),
    "things": QT_TRANSLATE_NOOP("summary", "Things"),
    "times": QT_TRANSLATE_NOOP("summary", "Times"),
    "other": QT_TRANSLATE_NOOP("summary", "Other"),
}
ROLE_WORDS: Final = {
    "sponsor": QT_TRANSLATE_NOOP("summary", "Sponsor"),
    "keyworker": QT_TRANSLATE_NOOP("summary", "Keyworker"),
    "peer supporter": QT_TRANSLATE_NOOP("summary", "Peer supporter"),
    "family": QT_TRANSLATE_NOOP("summary", "Family"),
    "friend": QT_TRANSLATE_NOOP("summary", "Friend"),
    "GP": QT_TRANSLATE_NOOP("summary", "GP"),
    "counsellor": QT_TRANSLATE_NOOP("summary", "Counsellor"),
    "helpline": QT_TRANSLATE_NOOP("summary", "Helpline"),
    "group": QT_TRANSLATE_NOOP("summary", "Group"),
    "other": QT_TRANSLATE_NOOP("summary", "Other"),
}
MEASURES: Final = (
    ("hope", QT_TRANSLATE_NOOP("summary", "Hope")),
    ("mood", QT_TRANSLATE_NOOP("summary", "Mood")),
    ("craving", QT_TRANSLATE_NOOP("summary", "Craving")),
)


def section_words(key: str) -> str:
    """The words for a section's tick box, in the current language."""
    return translate("summary", dict(SECTIONS)[key])


def parse_sections(text: str) -> frozenset[str]:
    """`--sections KEY,KEY,…`: every key known (UsageError naming the first that is not)."""
    keys = [part.strip() for part in text.split(",") if part.strip()]
    if not keys:
        message = translate("cli", "Name at least one section: {keys}.")
        raise UsageError(message.format(keys=", ".join(SECTION_KEYS)))
    for key in keys:
        if key not in SECTION_KEYS:
            message = translate("cli", "There is no section '{key}'. Choose from: {keys}.")
            raise UsageError(message.format(key=key[:40], keys=", ".join(SECTION_KEYS)))
    return frozenset(keys)
