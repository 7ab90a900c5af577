"""What the recovery key's printed sheet says, in the person's language.

Like the summary, the words are decided here in the core and drawn by the desktop (which the
launcher hands to the command line), so the command line's sheet and the app's are the same page
in the same language. The sheet holds the key, what it opens, how to use it, the date and a line to
write where it is kept; never a name, a folder or anything from the journal.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from . import localformat
from .i18n import translate
from .recovery import RecoveryKey

# Where paper is Letter rather than A4 (the territory part of a locale name such as en_US.UTF-8).
LETTER_TERRITORIES: Final = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR"})
PAPER_VARIABLES: Final = ("LC_ALL", "LC_PAPER", "LANG")


@dataclass(frozen=True)
class RecoverySheet:
    """Everything the sheet says, ready to draw. `key_line` is the key on one line of real text."""

    title: str
    intro: str
    key_line: str
    groups: tuple[str, ...]
    made: str
    sections: tuple[tuple[str, str], ...]  # (heading, paragraph)
    where_kept: str
    footer: str
    page: str  # "a4" or "letter"


def default_page(environ: Mapping[str, str] | None = None) -> str:
    """Letter where the locale says the paper is Letter (the US, Canada…), A4 everywhere else."""
    environ = os.environ if environ is None else environ
    for name in PAPER_VARIABLES:
        value = environ.get(name, "")
        if value:
            territory = value.split(".")[0].split("@")[0].partition("_")[2].upper()
            return "letter" if territory in LETTER_TERRITORIES else "a4"
    return "a4"


def build_sheet(key: RecoveryKey, made: dt.date | None = None, page: str | None = None) -> RecoverySheet:
    day = made or dt.date.today()
    return RecoverySheet(
        title=translate("recovery_sheet", "Your recovery key"),
        intro=translate(
            "recovery_sheet",
            "If you ever forget your passphrase, this key opens your journal so you can choose a "
            "new one. Nothing else can, so please keep this sheet safe.",
        ),
        key_line=translate("recovery_sheet", "Recovery key: {key}").format(key=key.text()),
        groups=tuple(key.groups()),
        made=translate(
            "recovery_sheet",
            "Made on {date}. When you type it, capital letters, spaces and dashes do not matter.",
        ).format(date=localformat.format_date(day)),
        sections=(
            (
                translate("recovery_sheet", "What it opens"),
                translate(
                    "recovery_sheet",
                    "Your journal, wherever its folder is kept, even after you change your "
                    "passphrase. It does not open backup files: each backup opens with the "
                    "passphrase you had when it was made.",
                ),
            ),
            (
                translate("recovery_sheet", "How to use it"),
                translate(
                    "recovery_sheet",
                    "Open Recovery Journal and choose “Forgot your passphrase?” under the "
                    "passphrase box. Type this key, then choose a new passphrase: your journal "
                    "opens just as you left it. On the command line: recovery-journal "
                    "reset-passphrase.",
                ),
            ),
            (
                translate("recovery_sheet", "Keep it like a passport"),
                translate(
                    "recovery_sheet",
                    "Anyone who has this sheet and your journal folder can read your journal. Keep "
                    "it somewhere private, away from the computer. If someone may have seen it, "
                    "make a new key in Settings: this sheet then stops working.",
                ),
            ),
            (
                translate("recovery_sheet", "If both are lost"),
                translate(
                    "recovery_sheet",
                    "If you lose both your passphrase and this sheet, nobody can open your "
                    "journal: not you, not us, not anyone. Your writing stays private, but it "
                    "cannot be brought back. While you still know your passphrase, you can make a "
                    "new sheet in Settings at any time.",
                ),
            ),
        ),
        where_kept=translate("recovery_sheet", "Where I keep this sheet:"),
        footer=translate(
            "recovery_sheet",
            "Recovery Journal. If this page is a file on a computer, print it, then delete the file.",
        ),
        page=page or default_page(),
    )
