"""Where a person's journal lives.

The order is the command-line contract: `--data-dir`, else `RECOVERY_JOURNAL_HOME`, else portable
mode (a file named `portable` beside the frozen executable puts data in `data/` beside it), else
platformdirs' user data folder. Tests always pass a folder, so none of them touches a real home.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

ENV_HOME = "RECOVERY_JOURNAL_HOME"
PORTABLE_MARKER = "portable"
APP_DIR_NAME = "RecoveryJournal"
VAULT_FILE = "vault.db"
BACKUP_DIR = "backups"


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
        return folder / "data"
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def settings_dir(data: Path | None = None) -> Path:
    """Non-personal settings (window size, text size, theme): beside the data in portable mode."""
    if is_portable() and data is not None:
        return data
    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def vault_path(folder: Path) -> Path:
    return folder / VAULT_FILE


def has_vault(folder: Path) -> bool:
    """Whether `folder` holds a journal: asked before start-up has loaded the vault code."""
    return vault_path(folder).exists()


def backups_dir(folder: Path) -> Path:
    return folder / BACKUP_DIR
