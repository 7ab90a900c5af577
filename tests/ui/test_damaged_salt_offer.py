"""The unlock screen: a damaged salt byte offers the restore instead of "wrong passphrase"
(issue 12, point 15)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from journal import autobackup, kdf, paths
from journal.records import CheckIn
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.journal.vault.helpers import flip


def test_a_damaged_salt_offers_the_restore(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    with Vault.create(data_dir, PASSPHRASE, profile=kdf.TEST_PROFILE) as vault:
        vault.save(CheckIn(mood=5, hope=6, note="kept in the backup"))
        assert autobackup.run_daily_backup(vault) is not None
    flip(paths.vault_path(data_dir), 5)  # one byte of the salt
    window = make_window()
    screen = window.unlock_screen
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    # Two key derivations per known profile (the file, then the backup's salt): generous on a
    # loaded machine.
    qtbot.waitUntil(lambda: screen.restore_button.isVisible(), timeout=30000)
    assert "looks damaged" in screen.message.text()
    assert "does not open" not in screen.message.text()
