"""Automatic encrypted backups: one a day on first unlock, 7 daily and 4 weekly kept.

`run_daily_backup` is called by the app right after an unlock (on a thread of its own beside
the worker, never by the command line, which scripts may run many times a day). The first call
of a day writes a consistent encrypted copy with `Vault.backup` (SQLCipher's own export into `<name>.partial`,
fsync, rename), then proves it: the copy must open with the vault's key, pass the full check and
hold the same number of records of each kind. Only then is the weekly copy made (first backup of
an ISO week) and the oldest backups beyond 7 daily and 4 weekly removed, so a crash or a kill at
any moment leaves every earlier backup as it was.

Backups keep the passphrase the vault had when they were made; after a passphrase change, the
next unlock replaces today's backup with one that opens with the new passphrase.
`latest_good_backup` finds the newest backup that opens with a given passphrase and passes the
check, for the app to offer when the vault itself is damaged.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
from pathlib import Path
from typing import Final

from . import messages, paths
from .cipher import check_passphrase_on_file
from .errors import JournalError, StorageError, WrongPassphrase
from .vault import Vault, _fsync_dir, _translate, check_file, check_key_on_file

AUTO_DIR: Final = "auto"
KEEP_DAILY: Final = 7
KEEP_WEEKLY: Final = 4
_DAILY: Final = re.compile(r"^daily-(\d{4}-\d{2}-\d{2})\.db$")
_WEEKLY: Final = re.compile(r"^weekly-(\d{4}-W\d{2})\.db$")


def auto_dir(folder: Path) -> Path:
    return paths.backups_dir(folder) / AUTO_DIR


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


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
    daily = [p for _, p in reversed(_named(where, _DAILY))]
    weekly = [p for _, p in reversed(_named(where, _WEEKLY))]
    return daily + weekly


def run_daily_backup(vault: Vault, today: dt.date | None = None) -> Path | None:
    """Make today's automatic backup if there is none yet; return it, or None if it existed.

    Raises StorageError (DiskFull, ReadOnlyStorage…) if the disk refuses, or if the new copy does
    not prove itself; earlier backups are never touched in either case.
    """
    day = today or dt.date.today()
    where = auto_dir(vault.folder)
    daily = where / f"daily-{day.isoformat()}.db"
    if daily.exists() and _salt_of(daily) == vault._salt:
        return None
    # None today yet, or today's was made before a passphrase change: make one that opens with
    # the passphrase the person uses now (Vault.backup replaces it atomically).
    for leftover in where.glob("*.partial*") if where.is_dir() else ():
        with contextlib.suppress(FileNotFoundError):  # from a backup that was interrupted
            leftover.unlink()
    counts = vault.backup_with_counts(daily)
    try:
        _prove(vault, daily, counts)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            daily.unlink()
        raise
    weekly = where / f"weekly-{_week(day)}.db"
    if not weekly.exists():
        _copy_atomically(daily, weekly)
    _prune(where)
    return daily


def _salt_of(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(16)
    except OSError:
        return b""


def _prove(vault: Vault, backup: Path, counts: dict[str, int]) -> None:
    """The copy opens with the vault's key, passes the full check and holds the records of the
    snapshot it was made from (the vault itself may have changed since: the app keeps working)."""
    key, salt = vault._key, vault._salt  # the copy uses the vault's own key
    failed = StorageError(messages.AUTO_BACKUP_FAILED.format(backups=backup.parent))
    try:
        check_key_on_file(backup, key, salt)
        report = check_file(backup, key, salt)
    except JournalError:
        raise failed from None
    if not report.ok or report.counts != counts:
        raise failed


def _copy_atomically(source: Path, target: Path) -> None:
    temp = target.with_name(target.name + ".partial")
    try:
        shutil.copyfile(source, temp)
        os.chmod(temp, 0o600)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        known = _translate(exc)
        if known is None:
            raise
        raise known from exc
    _fsync_dir(target.parent)


def _prune(where: Path) -> None:
    """Remove the oldest backups beyond 7 daily and 4 weekly (only after the new one is proven)."""
    for pattern, keep in ((_DAILY, KEEP_DAILY), (_WEEKLY, KEEP_WEEKLY)):
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
