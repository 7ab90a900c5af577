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

portalocker makes the platform's call: `flock` on Linux and macOS, `LockFileEx` on Windows (the
only Windows call with a shared mode; pywin32 provides it). Neither turns a shared lock into an
exclusive one in place (`flock` lets go first, `LockFileEx` refuses), so this module lets go and
asks again, the same way everywhere, and takes the shared lock back when the exclusive one is
refused. Where the lock file cannot be made or locked (a read-only stick, a filesystem without
locks), a lock that holds nothing is used, and the app behaves as SQLite alone would.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Final

from portalocker import AlreadyLocked, LockException, LockFlags
from portalocker.portalocker import BaseLocker

from . import messages, paths
from .errors import VaultBusy


def _platform_locker() -> BaseLocker:
    """LockFileEx on Windows for both modes, so shared and exclusive cover the same bytes."""
    if sys.platform == "win32":
        from portalocker.portalocker import Win32Locker

        return Win32Locker()
    from portalocker.portalocker import FlockLocker

    return FlockLocker()


_LOCKER: Final = _platform_locker()
_SHARED: Final = LockFlags.SHARED | LockFlags.NON_BLOCKING
_EXCLUSIVE: Final = LockFlags.EXCLUSIVE | LockFlags.NON_BLOCKING
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
            _LOCKER.lock(fd, _SHARED)
        except AlreadyLocked:
            os.close(fd)
            raise VaultBusy(messages.BUSY) from None
        except LockException:  # a filesystem without locks: go on as SQLite alone would
            os.close(fd)
            return cls(None)
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
            _LOCKER.lock(fd, _EXCLUSIVE)
        except LockException:  # held by someone, or a filesystem without locks
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
        _LOCKER.unlock(self._fd)
        try:
            _LOCKER.lock(self._fd, _EXCLUSIVE)
            return True
        except LockException:
            with contextlib.suppress(LockException):  # take the shared hold back
                _LOCKER.lock(self._fd, _SHARED)
            return False

    def back_to_shared(self) -> None:
        """After an exclusive moment: share the journal again (waits if someone took it meanwhile)."""
        if self._fd is not None:
            _LOCKER.unlock(self._fd)
            _LOCKER.lock(self._fd, LockFlags.SHARED)

    def release(self) -> None:
        """Let go (idempotent)."""
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(LockException):  # closing lets go as well, only later on Windows
                _LOCKER.unlock(fd)
            os.close(fd)

