"""Closing the process to others before any secret enters it (KeePassXC's Bootstrap does the same).

`harden()` runs first thing in the app and in every command (the launcher and `python -m journal`):

- **No core dumps.** A crash would otherwise write the process's memory (the key, the passphrase,
  open notes) to a core file or to the system's crash collector. RLIMIT_CORE 0 stops the file;
  PR_SET_DUMPABLE 0 (Linux) stops the kernel from dumping at all, pipe handlers included.
- **No same-user ptrace.** PR_SET_DUMPABLE 0 also makes /proc/PID/mem and ptrace refuse other
  processes of the same account (a debugger, a memory scraper); only root can still look.
- **umask 077.** Whatever writes a file in this process (SQLite's -wal and -journal files, Qt's
  settings and their lock files, the crash log, Qt's own print-to-PDF) makes it private, not only
  the files that go through journal/files.py.

Each step is guarded: where a call does not exist (Windows, macOS for prctl) it is skipped, and a
refusal (a sandbox that forbids prctl) is reported, not fatal. Not called by tests that run the
command line inside pytest, so the test process itself stays debuggable; the stress tests run the
real entry points in child processes.
"""

from __future__ import annotations

import os
import sys
from typing import Any, Final

PR_SET_DUMPABLE: Final = 4
PR_GET_DUMPABLE: Final = 3
PRIVATE_UMASK: Final = 0o077


def harden() -> list[str]:
    """Apply every protection this platform has; the names of those that could not be applied."""
    failed: list[str] = []
    if sys.platform != "win32":
        os.umask(PRIVATE_UMASK)
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        except (ImportError, ValueError, OSError):
            failed.append("RLIMIT_CORE")
    if sys.platform.startswith("linux") and not set_dumpable(False):
        failed.append("PR_SET_DUMPABLE")
    return failed


def set_dumpable(dumpable: bool) -> bool:
    """prctl(PR_SET_DUMPABLE): False stops core dumps and same-user ptrace (Linux only).

    The memory test turns it back on in its own child process, to let its parent read the memory.
    """
    libc = _libc()
    if libc is None:
        return False
    return bool(libc.prctl(PR_SET_DUMPABLE, 1 if dumpable else 0, 0, 0, 0) == 0)


def is_dumpable() -> bool | None:
    """Whether the kernel would dump this process (None where it cannot be asked)."""
    libc = _libc()
    if libc is None:
        return None
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 1)


def _libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def release_freed_memory() -> None:
    """Hand memory freed on lock back to the system (glibc's malloc_trim): whole freed pages,
    where the text of closed notes and pages may still lie, are dropped instead of kept for
    reuse. What Python's own allocator still holds is beyond reach (docs/security.md, Memory)."""
    libc = _libc()
    trim = getattr(libc, "malloc_trim", None) if libc is not None else None
    if trim is not None:
        trim(0)
