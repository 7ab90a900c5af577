"""The lock on the vault file that says who has the journal open.

Every open Vault holds a shared lock on its file for as long as it is open. Replacing the file
(a passphrase change, a restore) needs the exclusive lock, so it is refused while another window
or command has the journal open: that one's connection would go on writing into the replaced,
deleted file, and a checkpoint could mix the two (found by the two-at-once stress test: both
passphrases stopped opening).

The platform's locking call lives in this module only: `flock` where it exists; elsewhere (and on
a filesystem without it) a lock that holds nothing, so the app behaves as SQLite alone would.
"""

from __future__ import annotations

import contextlib
import importlib
import os
from pathlib import Path
from typing import Any, Final

from . import messages
from .errors import VaultBusy

# Loaded by name, so type checkers on every platform read this module the same way.
_fcntl: Any = importlib.import_module("fcntl") if os.name == "posix" else None
_ATTEMPTS: Final = 5


class VaultLock:
    """A shared (or, for a moment, exclusive) lock on one vault file. `release` ends it."""

    def __init__(self, fd: int | None) -> None:
        self._fd = fd

    @classmethod
    def shared(cls, path: Path) -> VaultLock:
        """Hold `path` shared, as every open Vault does. Raises VaultBusy while it is being replaced.

        If the file is replaced between opening and locking it, the new file is held instead.
        """
        if _fcntl is None:
            return cls(None)
        for _ in range(_ATTEMPTS):
            fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
            try:
                _fcntl.flock(fd, _fcntl.LOCK_SH | _fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise VaultBusy(messages.BUSY) from None
            except OSError:  # a filesystem without flock: go on as SQLite alone would
                os.close(fd)
                return cls(None)
            try:
                if os.fstat(fd).st_ino == os.stat(path).st_ino:
                    return cls(fd)
            except FileNotFoundError:
                pass
            os.close(fd)  # the file was replaced meanwhile: hold the new one
        raise VaultBusy(messages.BUSY)

    @classmethod
    def alone(cls, path: Path) -> VaultLock | None:
        """`path` held exclusively if nobody else has it open (release it soon), else None.

        Asked before this process takes its own shared lock, which would stand in the way. Where
        locking does not exist there is nobody to ask, so the answer is None.
        """
        if _fcntl is None:
            return None
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        try:
            _fcntl.flock(fd, _fcntl.LOCK_EX | _fcntl.LOCK_NB)
        except OSError:  # held by someone (BlockingIOError), or a filesystem without flock
            os.close(fd)
            return None
        return cls(fd)

    @property
    def holds_file(self) -> bool:
        """False where locking does not exist (or the filesystem refused it)."""
        return self._fd is not None

    def try_exclusive(self) -> bool:
        """Make the lock exclusive if nobody else holds the file; False (still shared) if someone does.

        Where nothing is held, there is nobody to ask, so this is True.
        """
        if self._fd is None:
            return True
        try:
            _fcntl.flock(self._fd, _fcntl.LOCK_EX | _fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            with contextlib.suppress(OSError):  # flock converts by unlocking first: take it back
                _fcntl.flock(self._fd, _fcntl.LOCK_SH | _fcntl.LOCK_NB)
            return False

    def back_to_shared(self) -> None:
        """After an exclusive moment that changed nothing: share the file again."""
        if self._fd is not None:
            _fcntl.flock(self._fd, _fcntl.LOCK_SH)

    def release(self) -> None:
        """Let go (idempotent)."""
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)
