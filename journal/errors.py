"""The small tree of errors the core raises, and the one place that sorts every failure.

Every message is one plain sentence a tired, non-technical person can act on; the UI shows it as
it is and the command line prints it and exits with the error's code. Anything that is not one of
these is a bug and goes to the crash handler instead.

A failure of the disk or of SQLite is sorted here, by named codes, into known (a full disk, a
read-only stick, a damaged file: the person can act) or a bug (`known_error` returns None): no
other module compares error numbers or reads an error's text.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import sys
from collections.abc import Iterator
from typing import Final

from . import messages


class JournalError(Exception):
    """A known problem, told to the person in plain words."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        message = messages.translated(message)  # one of messages.py's sentences, in the chosen language
        super().__init__(message)
        self.message = message


class UsageError(JournalError):
    """The command was asked for in a way it cannot be done."""

    exit_code = 2


class WrongPassphrase(JournalError):
    """The passphrase does not open this vault (nothing was changed)."""

    exit_code = 3


class RecoveryKeyTypo(UsageError):
    """A typed recovery key does not add up: a typo, reported with its group (1-7) where known."""

    group: int | None = None


class WrongRecoveryKey(WrongPassphrase):
    """A well-formed recovery key that does not open this journal (nothing was changed)."""


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


class WeakTestVault(NotAVault):
    """The vault was made with the test suite's cheap key derivation; the app never opens one."""


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


class UnsafeFolder(StorageError):
    """Another account could change the journal's folder (or one above it), or a folder of the
    journal's own is a link elsewhere: nothing is opened or written there."""


class FileInUse(StorageError):
    """On Windows, another program (a virus scanner, a sync client, a PDF viewer) still had the
    file open when it was to be replaced, even after waiting a moment."""


class BackupNotProven(StorageError):
    """A backup was written but did not open, check or count as it should, so it was removed."""


# ---- sorting failures: known (the person can act on it) or a bug -----------------------------------


class SqliteCode(enum.IntEnum):
    """SQLite's primary result codes (https://sqlite.org/rescode.html) that this app sorts.

    An extended code carries its primary code in the low byte (SQLITE_IOERR_WRITE is
    SQLITE_IOERR | 3 << 8), so `known_error` compares `code & 0xFF`.
    """

    ERROR = 1
    BUSY = 5
    LOCKED = 6
    READONLY = 8
    IOERR = 10
    CORRUPT = 11
    FULL = 13
    CANTOPEN = 14
    NOTADB = 26


# What each known SQLite code means to the person. Any other code is a bug in this app.
_SQLITE_KNOWN: Final[dict[SqliteCode, tuple[type[JournalError], str]]] = {
    SqliteCode.FULL: (DiskFull, messages.DISK_FULL),
    SqliteCode.READONLY: (ReadOnlyStorage, messages.READ_ONLY),
    SqliteCode.BUSY: (VaultBusy, messages.BUSY),
    SqliteCode.LOCKED: (VaultBusy, messages.BUSY),
    SqliteCode.CORRUPT: (VaultDamaged, messages.DAMAGED_NO_BACKUP),
    SqliteCode.NOTADB: (VaultDamaged, messages.DAMAGED_NO_BACKUP),
    SqliteCode.IOERR: (StorageError, messages.READ_ONLY),
    SqliteCode.CANTOPEN: (StorageError, messages.READ_ONLY),
}

# The same for the operating system's error numbers (a write outside SQLite: a temp file, a copy).
_ERRNO_KNOWN: Final[dict[int, tuple[type[JournalError], str]]] = {
    errno.ENOSPC: (DiskFull, messages.DISK_FULL),
    errno.EROFS: (ReadOnlyStorage, messages.READ_ONLY),
    errno.EACCES: (ReadOnlyStorage, messages.READ_ONLY),
    errno.EPERM: (ReadOnlyStorage, messages.READ_ONLY),
    errno.EIO: (StorageError, messages.READ_ONLY),
    errno.ENXIO: (StorageError, messages.READ_ONLY),
    errno.ENODEV: (StorageError, messages.READ_ONLY),
}


# SQLCipher's `sqlcipher_export` (every backup, passphrase change and restore) runs its statements
# inside a SQL function, which reports any failure as SQLITE_ERROR carrying the inner failure's
# text. That text is SQLite's own fixed wording for the inner code (sqlite3_errstr), so, as
# qutebrowser's misc/sql.py does for its known SQLITE_ERROR texts, such an error is sorted as the
# code whose wording it carries. tests/journal/test_errors.py proves these are SQLite's words.
SQLITE_ERROR_TEXTS: Final[dict[str, SqliteCode]] = {
    "database or disk is full": SqliteCode.FULL,
    "attempt to write a readonly database": SqliteCode.READONLY,
    "database is locked": SqliteCode.BUSY,
    "database table is locked": SqliteCode.LOCKED,
    "database disk image is malformed": SqliteCode.CORRUPT,
    "file is not a database": SqliteCode.NOTADB,
    "disk I/O error": SqliteCode.IOERR,
    "unable to open database file": SqliteCode.CANTOPEN,
}


def sqlite_code(exc: BaseException) -> SqliteCode | None:
    """The named primary SQLite code of a SQLCipher failure, or None (not SQLite's, or unnamed)."""
    # Looked up, not imported: a SQLCipher error can only exist once SQLCipher is loaded, and
    # the unlock screen imports this module long before it.
    dbapi = sys.modules.get("sqlcipher3.dbapi2")
    if dbapi is None or not isinstance(exc, dbapi.Error):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    if code & 0xFF == SqliteCode.ERROR:
        return SQLITE_ERROR_TEXTS.get(str(exc), SqliteCode.ERROR)
    try:
        return SqliteCode(code & 0xFF)
    except ValueError:
        return None


def known_error(exc: BaseException) -> JournalError | None:
    """The person-facing error for a failure of the disk or the database, or None if it is a bug.

    The one place that decides; everyone else raises what this returns (see `translated_errors`).
    """
    if isinstance(exc, JournalError):
        return exc
    if isinstance(exc, OSError):
        found = _ERRNO_KNOWN.get(exc.errno) if exc.errno is not None else None
    else:
        code = sqlite_code(exc)
        found = _SQLITE_KNOWN.get(code) if code is not None else None
    if found is None:
        return None
    kind, message = found
    return kind(message)


@contextlib.contextmanager
def translated_errors() -> Iterator[None]:
    """Let a known failure of the disk or the database out as its JournalError; bugs unchanged."""
    try:
        yield
    except Exception as exc:
        known = known_error(exc)
        if known is None or known is exc:
            raise
        raise known from exc
