"""The small tree of errors the core raises.

Every message is one plain sentence a tired, non-technical person can act on; the UI shows it as
it is and the command line prints it and exits with the error's code. Anything that is not one of
these is a bug and goes to the crash handler instead.
"""

from __future__ import annotations


class JournalError(Exception):
    """A known problem, told to the person in plain words."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(JournalError):
    """The command was asked for in a way it cannot be done."""

    exit_code = 2


class WrongPassphrase(JournalError):
    """The passphrase does not open this vault (nothing was changed)."""

    exit_code = 3


class NoVault(JournalError):
    """There is no vault where one was expected."""

    exit_code = 4


class VaultExists(JournalError):
    """A vault is already there, so creating one would overwrite it."""

    exit_code = 4


class VaultDamaged(JournalError):
    """The vault file cannot be read as it should; a backup may help."""

    exit_code = 5


class NotAVault(VaultDamaged):
    """The file is not a Recovery Journal vault at all."""


class NewerVault(VaultDamaged):
    """The vault was written by a newer version of the app; it is left untouched."""


class InvalidInput(JournalError):
    """An import file or a value is not valid; nothing was written."""

    exit_code = 5


class StorageError(JournalError):
    """The disk refused a write (full, read-only, unplugged); what was typed is kept."""

    exit_code = 1


class DiskFull(StorageError):
    """There is no room left on the disk."""


class ReadOnlyStorage(StorageError):
    """The vault's folder or disk cannot be written to."""


class VaultBusy(StorageError):
    """Another window or command is writing to the vault right now."""
