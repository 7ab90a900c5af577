"""The two recovery-key commands of `recovery-journal` (the contract: docs/contracts.md).

    recovery-key --out FILE.pdf   a new recovery key (the earlier one stops working) and its sheet
    reset-passphrase              the recovery key (line 1), a new passphrase (line 2)

journal/cli.py parses them and calls these; they live apart so the recovery key's steps and words
sit together. A typo in the key is a usage error (exit 2) naming its group; a key that does not
open the journal exits 3 before anything is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from . import files, messages, recovery
from .errors import JournalError, NoVault, StorageError, UsageError, translated_errors
from .i18n import translate
from .recovery_sheet import RecoverySheet, build_sheet

if TYPE_CHECKING:
    from .vault import Vault


class Asker(Protocol):
    """Where the command line's secrets come from (journal.cli's passphrase reader)."""

    def ask(self, prompt: str) -> str: ...

    def ask_new(self, first_prompt: str = ..., again_prompt: str = ...) -> str: ...


def no_desktop_message() -> str:
    return translate(
        "cli",
        "The recovery key's sheet is drawn by the desktop app, and its Qt libraries are missing "
        "here. Nothing was changed.",
    )


def check_out_file(out: Path) -> None:
    """Before the passphrase is asked: the sheet can be written where the person said."""
    if out.is_dir():
        raise UsageError(
            translate("cli", "{file} is a folder; give the name of a PDF file.").format(file=out)
        )
    if not out.parent.is_dir():
        raise UsageError(translate("cli", "The folder {folder} does not exist.").format(folder=out.parent))


def new_recovery_key(
    vault: Vault, out: Path, draw: Callable[[RecoverySheet], bytes], stdout: TextIO
) -> int:
    """Make a new recovery key and write its sheet to `out`.

    The sheet is drawn before the key is made (a drawing failure changes nothing) and written
    after it (a sheet on disk always holds a key that works). Only then is "done" said.
    """
    had_one = vault.recovery_key_made() is not None
    new_key = recovery.RecoveryKey.new()
    pdf = draw(build_sheet(new_key, dt.date.today()))
    vault.make_recovery_key(new_key)
    try:
        with translated_errors():
            files.write_atomically(out, pdf)
    except (JournalError, OSError):
        raise StorageError(translate(
            "cli",
            "Your new recovery key was made, but its sheet could not be saved to {file}. Nobody has "
            "the new key yet, so run recovery-key again with another file.",
        ).format(file=out)) from None
    print(translate(
        "cli",
        "Saved the sheet of your new recovery key to {file}. Print it, keep the paper somewhere "
        "safe, then delete the file.",
    ).format(file=out), file=stdout)
    if had_one:
        print(translate("cli", "Your earlier recovery key no longer opens this journal."), file=stdout)
    return 0


def reset_passphrase(folder: Path, asker: Asker, stdout: TextIO) -> int:
    """Open with the recovery key, then set a new passphrase (asked twice on a terminal)."""
    from .vault import Vault

    if not Vault.exists(folder):
        raise NoVault(messages.no_vault(folder))
    recovery_key = recovery.parse(asker.ask(translate("cli", "Recovery key: ")))
    recovery.key_for_vault(folder, recovery_key)  # a wrong key stops here, before anything is written
    new_passphrase = asker.ask_new()
    with Vault.open_with_recovery_key(folder, recovery_key) as vault:
        vault.reset_passphrase(recovery_key, new_passphrase)
    print(translate(
        "cli",
        "Your passphrase has been changed: your journal opens with the new one now. Your recovery "
        "key still works.",
    ), file=stdout)
    return 0
