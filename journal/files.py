"""Writing a file so that it is whole or absent, and readable by this user alone.

Every file the app writes (the vault when it is made, re-keyed or restored; every backup; the
export; the summary PDF) goes through here, in the same steps: write a temporary file in the
target's folder, make it private, fsync it, rename it over the target, fsync the folder. A crash
or a power cut at any moment leaves either the old file or the whole new one, never half of one;
on a shared computer no other account can read it, whatever mode an older file at that name had.

Three ways in: `write_atomically` when we have the bytes, `create_private` for a temporary file
SQLCipher then fills (created here first, so it is private from its first byte and never a link),
and `finish` to seal and rename such a file. Every file is created with O_CREAT|O_EXCL|O_NOFOLLOW:
never an existing file, never through a symbolic link.

Folders: every folder the app makes is 0700, and the journal's own folders (the journal folder,
backups/, backups/auto) are refused if another account could change what is in them, up the whole
chain of folders above them (`refuse_unsafe_folder`): someone who can rename or plant files there
could swap the vault or plant a link that makes the app write elsewhere.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Final

from . import messages, paths
from .errors import FileInUse, UnsafeFolder
from .i18n import translate

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
_APPEND_FLAGS: Final = (
    os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
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


def make_folder(folder: Path) -> None:
    """Create `folder` and every missing folder above it, each 0700 whatever the umask.

    For a place the person chose (a USB stick for a backup); the journal's own folders go
    through `make_private_folder`, which also refuses a folder others could change.
    """
    missing: list[Path] = []
    level = folder
    while not os.path.lexists(level) and level.parent != level:
        missing.append(level)
        level = level.parent
    for level in reversed(missing):
        try:
            os.mkdir(level, PRIVATE_FOLDER)
        except FileExistsError:  # made meanwhile by someone else: checked like any other
            continue
        _exact_folder_mode(level)
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder} is not a folder")


def _exact_folder_mode(folder: Path) -> None:
    """0700 on the folder just made, through a handle (a link swapped in meanwhile is refused)."""
    if sys.platform != "win32":
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
        try:
            os.fchmod(fd, PRIVATE_FOLDER)
        finally:
            os.close(fd)


def make_private_folder(folder: Path, *, may_be_link: bool = False) -> None:
    """Create `folder` (0700, with any missing folder above it) for the journal's own files, and
    refuse it (UnsafeFolder) if another account could change it, or if it is a link and
    `may_be_link` is not set (the journal folder the person chose may be one; backups/ never)."""
    if sys.platform != "win32" and not may_be_link and folder.is_symlink():
        raise UnsafeFolder(link_refused(folder))
    make_folder(folder)
    refuse_unsafe_folder(folder)


# ---- who else can change a folder ------------------------------------------------------------------


def refuse_unsafe_folder(folder: Path) -> None:
    """Raise UnsafeFolder, with a sentence saying how to fix it, if another account on this
    computer could change the files in `folder`: the folder, or any folder above it, is writable
    by others (a folder above that has the sticky bit, as /tmp, is fine: others cannot rename
    what is ours there) or belongs to another account (other than the system's).

    Both chains are checked, the one as written (a link's own folder decides where it points) and
    the real one the links lead to. POSIX only: Windows folders under the user's profile are
    private by their access lists, which this does not read.
    """
    if sys.platform == "win32":
        return
    written = Path(os.path.abspath(folder))
    for chain in (written, written.resolve()):
        found = _first_unsafe(chain)
        if found is not None:
            level, owned_by_other = found
            raise UnsafeFolder(
                owned_by_other_refused(level) if owned_by_other else open_to_others_refused(level)
            )


def _first_unsafe(folder: Path) -> tuple[Path, bool] | None:
    """(the first folder others could change, whether it belongs to another account), or None."""
    if sys.platform != "win32":  # Windows: the profile's access lists decide (not read here)
        me = os.geteuid()
        for depth, level in enumerate([folder, *folder.parents]):
            try:
                info = os.lstat(level)
            except FileNotFoundError:
                continue
            if stat.S_ISLNK(info.st_mode):
                continue  # its own folder is the next level; where it leads is the resolved chain
            if info.st_uid not in (me, 0):
                return level, True
            others_write = bool(info.st_mode & stat.S_IWOTH) or (
                bool(info.st_mode & stat.S_IWGRP) and not private_group(info.st_gid)
            )
            # Sticky (as /tmp): others can add names but not rename or remove ours. Never enough for
            # the journal's folder itself, where they could plant a file before the app makes it.
            if others_write and (depth == 0 or not info.st_mode & stat.S_ISVTX):
                return level, False
    return None


def private_group(gid: int) -> bool:
    """A group of this user alone (the "user private group" most Linux systems give each
    account), so group-writable folders made with umask 002 are not taken for shared ones."""
    if sys.platform == "win32":
        return False
    else:
        import grp
        import pwd

        try:
            group = grp.getgrgid(gid)
            user = pwd.getpwuid(os.geteuid())
        except KeyError:
            return False
        return (
            gid == user.pw_gid
            and group.gr_name == user.pw_name
            and all(member == user.pw_name for member in group.gr_mem)
        )


def open_to_others_refused(folder: Path) -> str:
    return translate(
        "files",
        "Other accounts on this computer can change the folder {folder}, so your journal was not "
        "opened or changed there. Make the folder private (on Linux or macOS: chmod 700 "
        "\"{folder}\"), or keep your journal in another folder.",
    ).format(folder=folder)


def owned_by_other_refused(folder: Path) -> str:
    return translate(
        "files",
        "The folder {folder} belongs to another account on this computer, so your journal was "
        "not opened or changed there. Keep your journal in a folder of your own.",
    ).format(folder=folder)


def link_refused(path: Path) -> str:
    return translate(
        "files",
        "{path} is a link to another place, so nothing was opened or written there. "
        "Remove the link, then try again.",
    ).format(path=path)


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


def create_private(path: Path) -> None:
    """Create `path` empty and private for someone else to fill (SQLCipher opens an empty file as
    a new database): 0600 from its first byte, so neither it nor the -wal and -journal files
    SQLite makes beside it (SQLite gives them the database file's mode) are ever readable by
    others; and never an existing file or a link planted at that name (FileExistsError)."""
    fd = os.open(path, _CREATE_FLAGS, PRIVATE_FILE)
    try:
        if sys.platform != "win32":
            os.fchmod(fd, PRIVATE_FILE)  # exact, whatever the umask
    finally:
        os.close(fd)


def append_private(path: Path, text: str) -> None:
    """Add `text` at the end of a small log of this user's alone (the crash log): created 0600,
    never through a link, and an existing file's mode made private again."""
    fd = os.open(path, _APPEND_FLAGS, PRIVATE_FILE)
    with os.fdopen(fd, "a", encoding="utf-8") as handle:
        if sys.platform != "win32":
            os.fchmod(handle.fileno(), PRIVATE_FILE)
        handle.write(text)


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
