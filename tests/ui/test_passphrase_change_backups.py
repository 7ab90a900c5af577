"""Settings: after a passphrase change the person is told about the backups that still open with
the old passphrase, and the automatic ones no longer do (issue 12, point 6)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from journal import autobackup, kdf, paths
from journal.cipher import check_passphrase_on_file
from journal.errors import WrongPassphrase
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock
from ui.pages.settings import SettingsPage

NEW = "a brand new passphrase"


def test_changing_the_passphrase_names_the_backups_that_still_take_the_old_one(
    qtbot, make_window, data_dir: Path  # type: ignore[no-untyped-def]
) -> None:
    with Vault.create(data_dir, PASSPHRASE, profile=kdf.TEST_PROFILE) as vault:
        autobackup.run_daily_backup(vault)
        vault.backup(paths.backups_dir(data_dir) / "recovery-journal-backup-2026-11-01-090000.db")
    window = make_window()
    unlock(qtbot, window)
    assert window.shell is not None
    settings = window.shell.go("Settings")
    assert isinstance(settings, SettingsPage)
    qtbot.keyClicks(settings.current, PASSPHRASE)
    qtbot.keyClicks(settings.new, NEW)
    qtbot.keyClicks(settings.repeat, NEW)
    qtbot.mouseClick(settings.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "passphrase is changed" in settings.secret_message.text(), timeout=10000)
    said = settings.secret_message.text()
    assert "recovery-journal-backup-2026-11-01-090000.db" in said and "old passphrase" in said
    for backup in autobackup.automatic_backups(data_dir):
        check_passphrase_on_file(backup, NEW)
        try:
            check_passphrase_on_file(backup, PASSPHRASE)
        except WrongPassphrase:
            continue
        raise AssertionError(f"{backup.name} still opens with the old passphrase")
