"""Writing a file so that it is whole or absent, and readable by this user alone.

Every file the app writes (the vault when it is made, re-keyed or restored; every backup; the
export; the summary PDF) goes through here, in the same steps: write a temporary file in the
target's folder, make it private, fsync it, rename it over the target, fsync the folder. A crash
or a power cut at any moment leaves either the old file or the whole new one, never half of one;
on a shared computer no other account can read it, whatever mode an older file at that name had.

Two ways in: `write_atomically` when we have the bytes, and `finish` when someone else (SQLCipher's
export) has already written the temporary file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Final

from . import messages, paths
from .errors import FileInUse

PRIVATE_FILE: Final = 0o600
PRIVATE_FOLDER: Final = 0o700
# Windows refuses to rename over a file that any program has open (see `replace`).
OPEN_FILES_BLOCK_RENAME: Final = sys.platform == "win32"
REPLACE_ATTEMPTS: Final = 8
REPLACE_PAUSE: Final = 0.05  # seconds, longer each time: about 1.4 s in all
# O_NOFOLLOW and O_CLOEXEC do not exist on Windows; there the name is fresh and unguessable.
_CREATE_FLAGS: Final = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable: on Linux the directory entry itself must reach the disk."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def make_private(path: Path) -> None:
    """Readable by this user only: on a shared computer other accounts cannot copy the file.

    On Windows a mode means nothing; there the user profile's permissions keep other accounts
    out (docs/security.md, "On Windows and macOS").
    """
    if sys.platform != "win32":
        os.chmod(path, PRIVATE_FILE)


def make_private_folder(folder: Path) -> None:
    """Create `folder` readable by this user only, if it is not there yet (missing parents are
    made as any folder is: what must stay private is inside `folder`)."""
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def remove_temp(path: Path) -> None:
    """A temporary copy and the files SQLite may have left beside it when killed.

    A stale `-journal` beside a new temp file would be taken for a hot journal and rolled back
    into it, so it goes with the temp file, before and after each use.
    """
    remove_quietly(path)
    for suffix in paths.SQLITE_SIDE_SUFFIXES:
        remove_quietly(paths.beside(path, suffix))


def cannot_write(folder: Path) -> bool:
    """True on a read-only disk (write-protected stick, read-only mount) or a folder this user
    cannot write to: SQLite would fail to open the WAL there with a vaguer error."""
    if sys.platform != "win32":
        try:
            read_only_mount = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
        except OSError:
            return False
        return read_only_mount or not os.access(folder, os.W_OK)
    return False  # os.access does not read Windows permissions; SQLite's own error is sorted


def seal(temp: Path) -> None:
    """Make a written temporary file private and put its bytes on the disk."""
    make_private(temp)
    fsync_file(temp)


def replace(temp: Path, target: Path) -> None:
    """`os.replace`, patient on Windows: there a file that another program has open cannot be
    renamed over (PermissionError), and virus scanners, indexers and sync clients open files for
    moments. Asked again a few times, then FileInUse, with `target` unchanged.

    Elsewhere a PermissionError is a real one and is let out at once (errors.py sorts it).
    """
    for attempt in range(1, REPLACE_ATTEMPTS + 1):
        try:
            os.replace(temp, target)
            return
        except PermissionError as exc:
            if not OPEN_FILES_BLOCK_RENAME:
                raise
            if attempt == REPLACE_ATTEMPTS:
                raise FileInUse(messages.FILE_IN_USE) from exc
            time.sleep(REPLACE_PAUSE * attempt)


def move_into_place(temp: Path, target: Path) -> None:
    """Rename a sealed temporary file over `target` and make the rename itself durable."""
    replace(temp, target)
    fsync_dir(target.parent)


def finish(temp: Path, target: Path) -> None:
    """Finish a file someone else wrote at `temp` (SQLCipher's export): seal it, then rename it."""
    seal(temp)
    move_into_place(temp, target)


def write_atomically(target: Path, data: bytes | str) -> None:
    """Write `data` (text is UTF-8) as the whole new content of `target`, or leave it untouched.

    The temporary file is created fresh (never an existing file, never through a symbolic link)
    with mode 0600 in the target's folder, so the rename stays on one disk. A symbolic link at
    `target` is replaced, not followed.
    """
    content = data.encode("utf-8") if isinstance(data, str) else data
    _write_new(target, lambda handle: handle.write(content))


def copy_atomically(source: Path, target: Path) -> None:
    """A byte-for-byte copy of `source` at `target`, whole or not at all (see `write_atomically`)."""
    with open(source, "rb") as reading:
        _write_new(target, lambda handle: shutil.copyfileobj(reading, handle, 1 << 20))


def _write_new(target: Path, fill: Callable[[BinaryIO], object]) -> None:
    temp = paths.unique_partial_path(target)
    fd = os.open(temp, _CREATE_FLAGS, PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as handle:
            if sys.platform != "win32":
                os.fchmod(handle.fileno(), PRIVATE_FILE)  # exact, whatever the umask
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        move_into_place(temp, target)
    except BaseException:
        remove_quietly(temp)
        raise
