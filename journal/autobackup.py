"""Automatic encrypted backups: one a day on first unlock, 7 daily and 4 weekly kept.

`run_daily_backup` is called by the app right after an unlock (on a thread of its own beside
the worker, never by the command line, which scripts may run many times a day). The first call
of a day writes a consistent encrypted copy and proves it with `Vault.backup_and_prove`: the copy
must open with the vault's key, pass the full check and hold the same number of records of each
kind. Only then is the weekly copy made (first backup of an ISO week) and the oldest backups
beyond 7 daily and 4 weekly removed, so a crash or a kill at any moment leaves every earlier
backup as it was.

Backups keep the passphrase the vault had when they were made. The usual reason to change a
passphrase is that someone learned it, so `after_passphrase_change` (called by the app and by
`passwd` right after a change) makes a fresh proven backup with the new key, then removes every
automatic backup still under an older one (they cannot be re-keyed: the old key is gone by then,
and the rotation fills up again within days), and names the backups in the journal's backups
folder that still open with the old passphrase, for the person to delete or keep.
`latest_good_backup` finds the newest backup that opens with a given passphrase and passes the
check, for the app to offer when the vault itself is damaged.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from pathlib import Path
from typing import Final, NamedTuple

from . import files, messages, paths
from .cipher import check_passphrase_on_file
from .errors import BackupNotProven, JournalError, StorageError, WrongPassphrase, translated_errors
from .i18n import translate
from .paths import auto_dir as auto_dir
from .vault import Vault, check_file, salt_of

KEEP_DAILY: Final = 7
KEEP_WEEKLY: Final = 4


def _named(folder: Path, pattern: re.Pattern[str]) -> list[tuple[str, Path]]:
    """(sort key, path) of the backups matching `pattern`, oldest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match and path.is_file():
            found.append((match.group(1), path))
    return sorted(found)


def automatic_backups(folder: Path) -> list[Path]:
    """Every automatic backup of the journal in `folder`, newest first (daily before weekly)."""
    where = auto_dir(folder)
    daily = [p for _, p in reversed(_named(where, paths.DAILY_BACKUP))]
    weekly = [p for _, p in reversed(_named(where, paths.WEEKLY_BACKUP))]
    return daily + weekly


def run_daily_backup(vault: Vault, today: dt.date | None = None) -> Path | None:
    """Make today's automatic backup if there is none yet; return it, or None if it existed.

    Raises StorageError (DiskFull, ReadOnlyStorage…) if the disk refuses, or if the new copy does
    not prove itself; earlier backups are never touched in either case.
    """
    day = today or dt.date.today()
    where = auto_dir(vault.folder)
    daily = paths.daily_backup_path(vault.folder, day)
    if daily.exists() and vault.uses_same_key_as(daily):
        return None
    # None today yet, or today's was made before a passphrase change: make one that opens with
    # the passphrase the person uses now (the backup replaces it atomically).
    for leftover in where.iterdir() if where.is_dir() else ():
        if paths.is_partial(leftover):  # from a backup that was interrupted
            files.remove_quietly(leftover)
    try:
        vault.backup_and_prove(daily)
    except BackupNotProven:
        raise StorageError(messages.translated(messages.AUTO_BACKUP_FAILED).format(backups=where)) from None
    weekly = paths.weekly_backup_path(vault.folder, day)
    if not weekly.exists():
        with translated_errors():
            files.copy_atomically(daily, weekly)
    _prune(where)
    return daily


def _prune(where: Path) -> None:
    """Remove the oldest backups beyond 7 daily and 4 weekly (only after the new one is proven)."""
    for pattern, keep in ((paths.DAILY_BACKUP, KEEP_DAILY), (paths.WEEKLY_BACKUP, KEEP_WEEKLY)):
        found = _named(where, pattern)
        for _, path in found[: max(0, len(found) - keep)]:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def latest_good_backup(folder: Path, passphrase: str) -> Path | None:
    """The newest automatic backup that opens with `passphrase` and passes the check, or None.

    Reads only: nothing is written beside the backups or the vault.
    """
    for backup in automatic_backups(folder):
        try:
            key, salt, _ = check_passphrase_on_file(backup, passphrase)
            if check_file(backup, key, salt).ok:
                return backup
        except WrongPassphrase:
            continue  # made before a passphrase change
        except JournalError:
            continue  # damaged: try an older one
    return None


class AfterChange(NamedTuple):
    """What `after_passphrase_change` did, and what the person should still know."""

    fresh_backup: Path | None  # the new automatic backup, or None if the disk refused it
    removed: list[Path]  # automatic backups that opened with an older passphrase
    still_old: list[Path]  # backups in the journal's backups folder that still do
    problem: str = ""  # why there is no fresh backup (the older ones are then kept)

    def sentences(self) -> list[str]:
        """What the app and `passwd` say after "Your passphrase has been changed"."""
        said = []
        if self.problem:
            said.append(self.problem)
        elif self.removed:
            said.append(translate(
                "autobackup",
                "Your automatic backups were replaced by a new one that opens only with the new "
                "passphrase.",
            ))
        if self.still_old:
            said.append(translate(
                "autobackup",
                "These backups still open with your old passphrase: {files}. Delete them if "
                "someone may have learned it.",
            ).format(files=", ".join(path.name for path in self.still_old)))
        said.append(translate(
            "autobackup",
            "Backups you saved elsewhere (on a USB stick, say) also still open with the old "
            "passphrase.",
        ))
        return said


def after_passphrase_change(vault: Vault, today: dt.date | None = None) -> AfterChange:
    """Right after a successful passphrase change: a fresh proven backup with the new key, the
    automatic backups under an older key removed, and the other backups in backups/ that still
    open with the old passphrase named. Never raises for a refused backup: the change itself is
    done; the older automatic backups are then kept, as they are the only ones."""
    day = today or dt.date.today()
    where = auto_dir(vault.folder)
    try:
        fresh = run_daily_backup(vault, day) or paths.daily_backup_path(vault.folder, day)
        weekly = paths.weekly_backup_path(vault.folder, day)
        if not vault.uses_same_key_as(weekly):
            with translated_errors():
                files.copy_atomically(fresh, weekly)
    except StorageError as error:
        return AfterChange(None, [], old_backups(vault), error.message)
    removed = [backup for backup in automatic_backups(vault.folder) if not vault.uses_same_key_as(backup)]
    for backup in removed:
        files.remove_quietly(backup)
    for leftover in where.iterdir() if where.is_dir() else ():
        if paths.is_partial(leftover):
            files.remove_quietly(leftover)
    return AfterChange(fresh, removed, old_backups(vault))


def old_backups(vault: Vault) -> list[Path]:
    """The backups and kept copies in the journal's backups folder (not the automatic ones) that
    do not open with the vault's key now: made before a passphrase change."""
    folder = paths.backups_dir(vault.folder)
    if not folder.is_dir():
        return []
    return sorted(
        path for path in folder.iterdir()
        if path.is_file() and path.suffix == ".db" and not paths.is_partial(path)
        and salt_of(path) and not vault.uses_same_key_as(path)
    )
