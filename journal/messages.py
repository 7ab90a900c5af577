"""Every sentence the core says to a person, in one place, so the words stay warm and consistent.

Messages are functions or constants here and nowhere else; code raises errors with them. The
constants are English, marked for translation; `JournalError` translates its message when it is
made (`translated`), and the functions translate before they fill in their {placeholders}.

This module imports nothing from the journal (journal.errors imports it, and journal.i18n imports
journal.errors), so journal.i18n hands it the translation function when it loads (`use`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

_translator: list[Callable[[str, str], str]] = []


def use(translator: Callable[[str, str], str]) -> None:
    """journal.i18n's `translate`, so these sentences follow the chosen language."""
    _translator[:] = [translator]


def translate(context: str, text: str) -> str:
    """The sentence in the chosen language (English until journal.i18n is loaded)."""
    return _translator[0](context, text) if _translator else text


def translated(message: str) -> str:
    """A message in the chosen language if it is one of the sentences here, else as it is."""
    return translate("messages", message)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "messages",
    "That passphrase does not open this journal. Check Caps Lock and try again; "
    "nothing has been changed.",
)
NO_VAULT = QT_TRANSLATE_NOOP("messages", "There is no journal in {folder} yet. Create one there, or choose "
    "another folder.")
VAULT_EXISTS = QT_TRANSLATE_NOOP("messages", "There is already a journal in {folder}, so a new one was not "
    "made there.")
EMPTY_FILE = QT_TRANSLATE_NOOP(
    "messages",
    "The journal file in {folder} is empty. Nothing was changed; "
    "restore a backup or choose another folder.",
)
NOT_A_VAULT = QT_TRANSLATE_NOOP(
    "messages",
    "The file {file} is not a Recovery Journal vault. Nothing was changed; "
    "choose the folder that holds your journal.",
)
NOT_A_FOLDER = QT_TRANSLATE_NOOP("messages", "{folder} is a file, not a folder. Nothing was changed; choose "
    "the folder for your journal.")
CANNOT_READ = QT_TRANSLATE_NOOP(
    "messages",
    "The journal file {file} cannot be read from this user account. Nothing was changed; "
    "check its permissions or choose another folder.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "messages",
    "Your journal file looks damaged, so it was not changed. "
    "Restore it from a backup (your backups are in {backups}).",
)
DAMAGED_NO_BACKUP = QT_TRANSLATE_NOOP("messages", "Your journal file looks damaged, so it was not changed. "
    "Restore it from a backup.")
NEWER_VAULT = QT_TRANSLATE_NOOP(
    "messages",
    "This journal was saved by a newer version of Recovery Journal. "
    "Nothing was changed; please update the app to open it.",
)
DISK_FULL = QT_TRANSLATE_NOOP(
    "messages",
    "The disk is full, so your last change could not be saved. Free some space and it will save again.",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "messages",
    "This folder cannot be written to (it may be read-only or unplugged), "
    "so your last change could not be saved.",
)
READ_ONLY_OPEN = QT_TRANSLATE_NOOP(
    "messages",
    "This journal is on a disk or folder that cannot be written to (it may be read-only or "
    "write-protected). Nothing was changed; copy the folder to a disk you can write to, or "
    "remove the write protection, then open it again.",
)
BUSY = QT_TRANSLATE_NOOP("messages", "Your journal is busy with another window or command. Please wait a "
    "moment and try again.")
OPEN_ELSEWHERE = QT_TRANSLATE_NOOP(
    "messages",
    "Your journal is open in another window or command. Close it there first, then try again; "
    "nothing was changed.",
)
FILE_IN_USE = QT_TRANSLATE_NOOP(
    "messages",
    "Another program is using this file, so it could not be replaced. Nothing was changed; "
    "close that program, or wait a moment, and try again.",
)
PASSPHRASE_EMPTY = QT_TRANSLATE_NOOP("messages", "Please choose a passphrase; it cannot be empty.")
PASSPHRASES_DIFFER = QT_TRANSLATE_NOOP("messages", "The two passphrases are not the same. Please type them "
    "again.")
BACKUP_WRONG_PASSPHRASE = QT_TRANSLATE_NOOP("messages", "That passphrase does not open the backup {file}. "
    "Nothing was changed.")
NO_FILE = QT_TRANSLATE_NOOP("messages", "There is no file at {file}. Check the name and try again.")
NOT_JSON = QT_TRANSLATE_NOOP("messages", "{file} is not a Recovery Journal export file: {reason}.")
EXPORT_WARNING = QT_TRANSLATE_NOOP(
    "messages",
    "Note: the export is not encrypted. Anyone who has the file can read your journal; "
    "keep it somewhere safe.",
)


def no_vault(folder: Path) -> str:
    return translate("messages", NO_VAULT).format(folder=folder)


def vault_exists(folder: Path) -> str:
    return translate("messages", VAULT_EXISTS).format(folder=folder)


def empty_file(folder: Path) -> str:
    return translate("messages", EMPTY_FILE).format(folder=folder)


def not_a_folder(folder: Path) -> str:
    return translate("messages", NOT_A_FOLDER).format(folder=folder)


def cannot_read(file: Path) -> str:
    return translate("messages", CANNOT_READ).format(file=file)


def not_a_vault(file: Path) -> str:
    return translate("messages", NOT_A_VAULT).format(file=file)


def damaged(backups: Path | None) -> str:
    return translate("messages", DAMAGED).format(backups=backups) if backups else DAMAGED_NO_BACKUP


AUTO_BACKUP_FAILED = QT_TRANSLATE_NOOP(
    "messages",
    "Today's automatic backup could not be checked, so it was not kept. "
    "Your journal itself is unchanged; the earlier backups are still in {backups}.",
)


def backup_not_proven(file: Path) -> str:
    return translate("messages", BACKUP_NOT_PROVEN).format(file=file)


def backup_damaged(file: Path) -> str:
    return translate("messages", BACKUP_DAMAGED).format(file=file)


BACKUP_NOT_PROVEN = QT_TRANSLATE_NOOP(
    "messages",
    "The backup {file} could not be checked after it was written, so it was not kept. "
    "Your journal itself is unchanged.",
)
BACKUP_DAMAGED = QT_TRANSLATE_NOOP("messages", "The backup {file} is damaged, so it was not restored.")
COPY_DID_NOT_VERIFY = QT_TRANSLATE_NOOP("messages", "The new copy of your journal did not verify, so "
    "nothing was changed.")
JOURNAL_LOCKED = QT_TRANSLATE_NOOP("messages", "Your journal is locked. Unlock it to go on.")
RESTORE_ONTO_ITSELF = QT_TRANSLATE_NOOP("messages", "That file is the journal itself, not a backup of it.")
NO_DESKTOP_APP = QT_TRANSLATE_NOOP("messages", "The desktop app cannot start here because its Qt libraries "
    "are missing.")
NO_DESKTOP_PDF = QT_TRANSLATE_NOOP(
    "messages",
    "The summary PDF is drawn by the desktop app, and its Qt libraries are missing here. "
    "Every other command works without them.",
)
