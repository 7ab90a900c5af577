"""Every sentence the core says to a person, in one place, so the words stay warm and consistent.

Messages are functions or constants here and nowhere else; code raises errors with them.
"""

from __future__ import annotations

from pathlib import Path

WRONG_PASSPHRASE = (
    "That passphrase does not open this journal. Check Caps Lock and try again; "
    "nothing has been changed."
)
NO_VAULT = "There is no journal in {folder} yet. Create one there, or choose another folder."
VAULT_EXISTS = "There is already a journal in {folder}, so a new one was not made there."
EMPTY_FILE = (
    "The journal file in {folder} is empty. Nothing was changed; "
    "restore a backup or choose another folder."
)
NOT_A_VAULT = (
    "The file {file} is not a Recovery Journal vault. Nothing was changed; "
    "choose the folder that holds your journal."
)
NOT_A_FOLDER = "{folder} is a file, not a folder. Nothing was changed; choose the folder for your journal."
CANNOT_READ = (
    "The journal file {file} cannot be read from this user account. Nothing was changed; "
    "check its permissions or choose another folder."
)
DAMAGED = (
    "Your journal file looks damaged, so it was not changed. "
    "Restore it from a backup (your backups are in {backups})."
)
DAMAGED_NO_BACKUP = "Your journal file looks damaged, so it was not changed. Restore it from a backup."
NEWER_VAULT = (
    "This journal was saved by a newer version of Recovery Journal. "
    "Nothing was changed; please update the app to open it."
)
DISK_FULL = (
    "The disk is full, so your last change could not be saved. Free some space and it will save again."
)
READ_ONLY = (
    "This folder cannot be written to (it may be read-only or unplugged), "
    "so your last change could not be saved."
)
READ_ONLY_OPEN = (
    "This journal is on a disk or folder that cannot be written to (it may be read-only or "
    "write-protected). Nothing was changed; copy the folder to a disk you can write to, or "
    "remove the write protection, then open it again."
)
BUSY = "Your journal is busy with another window or command. Please wait a moment and try again."
OPEN_ELSEWHERE = (
    "Your journal is open in another window or command. Close it there first, then try again; "
    "nothing was changed."
)
FILE_IN_USE = (
    "Another program is using this file, so it could not be replaced. Nothing was changed; "
    "close that program, or wait a moment, and try again."
)
PASSPHRASE_EMPTY = "Please choose a passphrase; it cannot be empty."
PASSPHRASES_DIFFER = "The two passphrases are not the same. Please type them again."
BACKUP_WRONG_PASSPHRASE = "That passphrase does not open the backup {file}. Nothing was changed."
NO_FILE = "There is no file at {file}. Check the name and try again."
NOT_JSON = "{file} is not a Recovery Journal export file: {reason}."
EXPORT_WARNING = (
    "Note: the export is not encrypted. Anyone who has the file can read your journal; "
    "keep it somewhere safe."
)


def no_vault(folder: Path) -> str:
    return NO_VAULT.format(folder=folder)


def vault_exists(folder: Path) -> str:
    return VAULT_EXISTS.format(folder=folder)


def empty_file(folder: Path) -> str:
    return EMPTY_FILE.format(folder=folder)


def not_a_folder(folder: Path) -> str:
    return NOT_A_FOLDER.format(folder=folder)


def cannot_read(file: Path) -> str:
    return CANNOT_READ.format(file=file)


def not_a_vault(file: Path) -> str:
    return NOT_A_VAULT.format(file=file)


def damaged(backups: Path | None) -> str:
    return DAMAGED.format(backups=backups) if backups else DAMAGED_NO_BACKUP


AUTO_BACKUP_FAILED = (
    "Today's automatic backup could not be checked, so it was not kept. "
    "Your journal itself is unchanged; the earlier backups are still in {backups}."
)


def backup_not_proven(file: Path) -> str:
    return BACKUP_NOT_PROVEN.format(file=file)


def backup_damaged(file: Path) -> str:
    return BACKUP_DAMAGED.format(file=file)


BACKUP_NOT_PROVEN = (
    "The backup {file} could not be checked after it was written, so it was not kept. "
    "Your journal itself is unchanged."
)
BACKUP_DAMAGED = "The backup {file} is damaged, so it was not restored."
COPY_DID_NOT_VERIFY = "The new copy of your journal did not verify, so nothing was changed."
JOURNAL_LOCKED = "Your journal is locked. Unlock it to go on."
RESTORE_ONTO_ITSELF = "That file is the journal itself, not a backup of it."
NO_DESKTOP_APP = "The desktop app cannot start here because its Qt libraries are missing."
NO_DESKTOP_PDF = (
    "The summary PDF is drawn by the desktop app, and its Qt libraries are missing here. "
    "Every other command works without them."
)
