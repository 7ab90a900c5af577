"""Where a person's journal lives, and the name of every file the app writes beside it.

The order is the command-line contract: `--data-dir`, else `RECOVERY_JOURNAL_HOME`, else portable
mode (a file named `portable` beside the frozen executable puts data in `data/` beside it), else
platformdirs' user data folder. Tests always pass a folder, so none of them touches a real home.

Every file name is made here and nowhere else (the vault, SQLite's files beside it, temporary
copies, backups and copies kept aside), so "what may I find in a journal folder?" has one answer:

    vault.db, vault.db-wal, vault.db-shm      the journal and SQLite's files beside it
    vault.db.lock                             empty; locked by whoever has the journal open
                                              (journal/locking.py); never removed
    recovery.json                             the data key sealed to the recovery key (journal/recovery.py)
    vault.db.create-tmp / .rekey-tmp / .restore-tmp
                                              a new vault being built; removed on the next open
    backups/before-restore-YYYYmmdd-HHMMSS.db the journal as it was before a restore
    backups/before-upgrade-vN-YYYYmmdd-HHMMSS.db
                                              the journal as it was before a schema upgrade
    backups/recovery-journal-backup-….db      a backup the person asked for
    backups/auto/daily-YYYY-MM-DD.db, weekly-YYYY-Www.db
                                              automatic backups (journal/autobackup.py)
    <any file>.partial, <any file>.<token>.partial
                                              a file being written; renamed into place when whole
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final

import platformdirs

if TYPE_CHECKING:  # loaded when a name with a date is made, not at every start-up
    import datetime as dt

ENV_HOME: Final = "RECOVERY_JOURNAL_HOME"
PORTABLE_MARKER: Final = "portable"
PORTABLE_DATA_DIR: Final = "data"
APP_DIR_NAME: Final = "RecoveryJournal"
VAULT_FILE: Final = "vault.db"
RECOVERY_FILE: Final = "recovery.json"
RECOVERY_SHEET_FILE: Final = "recovery-journal-recovery-key.pdf"  # the name offered for the sheet
BACKUP_DIR: Final = "backups"
AUTO_DIR: Final = "auto"

# SQLite's files beside a database: the rollback journal, the write-ahead log and its index.
ROLLBACK_JOURNAL_SUFFIX: Final = "-journal"
WAL_SUFFIX: Final = "-wal"
SHM_SUFFIX: Final = "-shm"
SQLITE_SIDE_SUFFIXES: Final = (ROLLBACK_JOURNAL_SUFFIX, WAL_SUFFIX, SHM_SUFFIX)

# Locked (never written) by every window or command that has the vault open.
LOCK_SUFFIX: Final = ".lock"

# A new vault file is built beside the vault under one of these names, then renamed over it.
CREATE_TEMP: Final = ".create-tmp"
REKEY_TEMP: Final = ".rekey-tmp"
RESTORE_TEMP: Final = ".restore-tmp"
VAULT_TEMP_SUFFIXES: Final = (REKEY_TEMP, RESTORE_TEMP, CREATE_TEMP)
# Any other file (a backup, an export, a PDF) is written under this suffix, then renamed.
PARTIAL: Final = ".partial"

STAMP_FORMAT: Final = "%Y%m%d-%H%M%S"
DAILY_BACKUP: Final = re.compile(r"^daily-(\d{4}-\d{2}-\d{2})\.db$")
WEEKLY_BACKUP: Final = re.compile(r"^weekly-(\d{4}-W\d{2})\.db$")


# ---- folders ----------------------------------------------------------------------------------


def executable_dir() -> Path | None:
    """The folder of the frozen app, or None when running from Python."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def is_portable() -> bool:
    folder = executable_dir()
    return folder is not None and (folder / PORTABLE_MARKER).is_file()


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_HOME)
    if from_env:
        return Path(from_env).expanduser()
    folder = executable_dir()
    if folder is not None and (folder / PORTABLE_MARKER).is_file():
        return folder / PORTABLE_DATA_DIR
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def settings_dir(data: Path | None = None) -> Path:
    """Non-personal settings (window size, text size, theme): beside the data in portable mode."""
    if is_portable() and data is not None:
        return data
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def backups_dir(folder: Path) -> Path:
    return folder / BACKUP_DIR


def auto_dir(folder: Path) -> Path:
    """Where the automatic daily and weekly backups of the journal in `folder` are kept."""
    return backups_dir(folder) / AUTO_DIR


# ---- the vault and the files beside it ----------------------------------------------------------


def vault_path(folder: Path) -> Path:
    return folder / VAULT_FILE


def recovery_path(folder: Path) -> Path:
    """The recovery key's sealed entries for the journal in `folder` (journal/recovery.py)."""
    return folder / RECOVERY_FILE


def has_vault(folder: Path) -> bool:
    """Whether `folder` holds a journal: asked before start-up has loaded the vault code."""
    return vault_path(folder).exists()


def beside(path: Path, suffix: str) -> Path:
    """`path` with `suffix` added to its name: SQLite's `-wal`, or a temporary name."""
    return path.with_name(path.name + suffix)


def wal_path(path: Path) -> Path:
    return beside(path, WAL_SUFFIX)


def shm_path(path: Path) -> Path:
    return beside(path, SHM_SUFFIX)


def lock_path(path: Path) -> Path:
    """The file whose lock says who has the vault at `path` open (journal/locking.py)."""
    return beside(path, LOCK_SUFFIX)


def partial_path(target: Path) -> Path:
    """The one temporary name of `target`, for a writer that removes what a crash left there."""
    return beside(target, PARTIAL)


def unique_partial_path(target: Path) -> Path:
    """A fresh temporary name beside `target` that no other writer (or attacker) can guess."""
    import secrets

    return beside(target, f".{secrets.token_hex(6)}{PARTIAL}")


def is_partial(path: Path) -> bool:
    """A file being written, or one SQLite left beside it: never a finished backup."""
    return PARTIAL in path.name


# ---- backups and copies kept aside ----------------------------------------------------------------


def _now() -> dt.datetime:
    import datetime

    return datetime.datetime.now()


def stamp(now: dt.datetime | None = None) -> str:
    return (now or _now()).strftime(STAMP_FORMAT)


def before_restore_path(folder: Path, now: dt.datetime | None = None) -> Path:
    """Where the journal is kept, as it was, before a backup replaces it."""
    return backups_dir(folder) / f"before-restore-{stamp(now)}.db"


def before_upgrade_path(folder: Path, from_version: int, now: dt.datetime | None = None) -> Path:
    """Where the journal is kept, as it was, before its tables are upgraded."""
    return backups_dir(folder) / f"before-upgrade-v{from_version}-{stamp(now)}.db"


def before_upgrade_glob(from_version: int) -> str:
    """The names of every copy kept before an upgrade from `from_version` (for Path.glob)."""
    return f"before-upgrade-v{from_version}-*.db"


def manual_backup_name(now: dt.datetime | None = None) -> str:
    """The name of a backup the person asks for (in their chosen folder or backups/)."""
    return f"recovery-journal-backup-{(now or _now()):%Y-%m-%d-%H%M%S}.db"


def export_file_name(day: dt.date | None = None) -> str:
    """The name offered for an export file."""
    return f"recovery-journal-export-{(day or _now().date()).isoformat()}.json"


def iso_week(day: dt.date) -> str:
    """'2026-W47': the ISO week a day belongs to, as the weekly backups are named."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def daily_backup_path(folder: Path, day: dt.date) -> Path:
    return auto_dir(folder) / f"daily-{day.isoformat()}.db"


def weekly_backup_path(folder: Path, day: dt.date) -> Path:
    return auto_dir(folder) / f"weekly-{iso_week(day)}.db"
