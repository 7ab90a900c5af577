"""The lock that says who has the journal open.

Every open Vault holds a shared lock for as long as it is open. Replacing the vault file (a
passphrase change, a restore) needs the exclusive lock, so it is refused while another window or
command has the journal open: that one's connection would go on writing into the replaced,
deleted file, and a checkpoint could mix the two (found by the two-at-once stress test: both
passphrases stopped opening).

The lock is taken on an empty file beside the vault (`vault.db.lock`, paths.lock_path), never on
the vault itself, because of Windows: there a lock is mandatory (no other handle, SQLite's own
included, may read or write a locked range) and an open handle stops the vault from being renamed
over, so a lock held on the vault file would break both SQLite and the replace. The lock file is
never replaced and never removed: removed while someone holds it, a newcomer would lock a new file
of the same name and the two would not see each other.

The platform's call lives here only: `flock` on Linux and macOS, `LockFileEx` on Windows (the
only Windows call with a shared mode, through ctypes). Neither turns a shared lock into an
exclusive one in place (`flock` lets go first, `LockFileEx` refuses), so this module lets go and
asks again, the same way everywhere, and takes the shared lock back when the exclusive one is
refused. Where the lock file cannot be made or locked (a read-only stick, a filesystem without
locks), a lock that holds nothing is used, and the app behaves as SQLite alone would.

Not portalocker: importing it writes a probe file into the temporary folder (tempfile.gettempdir
as a default argument), which the leak test rightly refuses, and costs 30 ms per process.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Final

from . import messages, paths
from .errors import VaultBusy

if sys.platform == "win32":
    import ctypes
    import msvcrt
    from ctypes import wintypes

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _LOCKFILE_FAIL_IMMEDIATELY: Final = 0x1
    _LOCKFILE_EXCLUSIVE_LOCK: Final = 0x2
    _ERROR_LOCK_VIOLATION: Final = 33
    _ERROR_IO_PENDING: Final = 997

    class _Overlapped(ctypes.Structure):
        _fields_ = [("Internal", ctypes.c_void_p), ("InternalHigh", ctypes.c_void_p),
                    ("Offset", wintypes.DWORD), ("OffsetHigh", wintypes.DWORD),
                    ("hEvent", wintypes.HANDLE)]

    def _lock(fd: int, exclusive: bool, wait: bool) -> bool:
        """Lock byte 0 of the (empty) lock file; False if someone else holds it."""
        flags = (_LOCKFILE_EXCLUSIVE_LOCK if exclusive else 0) | (0 if wait else _LOCKFILE_FAIL_IMMEDIATELY)
        overlapped = _Overlapped()
        handle = wintypes.HANDLE(msvcrt.get_osfhandle(fd))
        if _kernel32.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(overlapped)):
            return True
        error = ctypes.get_last_error()
        if error in (_ERROR_LOCK_VIOLATION, _ERROR_IO_PENDING):
            return False
        raise ctypes.WinError(error)

    def _unlock(fd: int) -> None:
        overlapped = _Overlapped()
        handle = wintypes.HANDLE(msvcrt.get_osfhandle(fd))
        if not _kernel32.UnlockFileEx(handle, 0, 1, 0, ctypes.byref(overlapped)):
            raise ctypes.WinError(ctypes.get_last_error())

else:
    import fcntl

    def _lock(fd: int, exclusive: bool, wait: bool) -> bool:
        """flock the lock file; False if someone else holds it."""
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


# Made private like every file of the journal; never followed through a link where links exist.
_OPEN_FLAGS: Final = (
    os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
)


def _open_lock_file(vault: Path) -> int | None:
    """The lock file of `vault`, opened (made if missing); None where it cannot be made."""
    try:
        return os.open(paths.lock_path(vault), _OPEN_FLAGS, 0o600)
    except OSError:  # a read-only folder: nobody can replace the vault there either
        return None


class VaultLock:
    """A shared (or, for a moment, exclusive) lock on one vault. `release` ends it."""

    def __init__(self, fd: int | None) -> None:
        self._fd = fd

    @classmethod
    def shared(cls, path: Path) -> VaultLock:
        """Hold the vault at `path` shared, as every open Vault does. Raises VaultBusy while it
        is being replaced."""
        fd = _open_lock_file(path)
        if fd is None:
            return cls(None)
        try:
            held = _lock(fd, exclusive=False, wait=False)
        except OSError:  # a filesystem without locks: go on as SQLite alone would
            os.close(fd)
            return cls(None)
        if not held:
            os.close(fd)
            raise VaultBusy(messages.BUSY)
        return cls(fd)

    @classmethod
    def alone(cls, path: Path) -> VaultLock | None:
        """The vault at `path` held exclusively if nobody else has it open (release it soon),
        else None.

        Asked before this process takes its own shared lock, which would stand in the way. Where
        locking does not work there is nobody to ask, so the answer is None.
        """
        fd = _open_lock_file(path)
        if fd is None:
            return None
        try:
            held = _lock(fd, exclusive=True, wait=False)
        except OSError:  # a filesystem without locks
            held = False
        if not held:
            os.close(fd)
            return None
        return cls(fd)

    @property
    def holds_file(self) -> bool:
        """False where locking does not work (or the filesystem refused it)."""
        return self._fd is not None

    def try_exclusive(self) -> bool:
        """Make the lock exclusive if nobody else holds it; False (still shared) if someone does.

        Where nothing is held, there is nobody to ask, so this is True.
        """
        if self._fd is None:
            return True
        _unlock(self._fd)
        if _lock(self._fd, exclusive=True, wait=False):
            return True
        _lock(self._fd, exclusive=False, wait=False)  # take the shared hold back
        return False

    def back_to_shared(self) -> None:
        """After an exclusive moment: share the journal again (waits if someone took it meanwhile)."""
        if self._fd is not None:
            _unlock(self._fd)
            _lock(self._fd, exclusive=False, wait=True)

    def release(self) -> None:
        """Let go (idempotent)."""
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):  # closing lets go as well, only later on Windows
                _unlock(fd)
            os.close(fd)

