"""Restore from a backup inside the app (Settings, issue 11): the same safety as the command line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from journal import paths
from journal.records import CheckIn
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import app_vault, settle, unlock
from tests.ui.test_flows import go


def notes(vault: Vault) -> set[str]:
    return {c.note for c in vault.list("checkin") if isinstance(c, CheckIn)}


def test_restore_from_settings_keeps_the_journal_aside_and_locks(qtbot, make_window, closed_vault,
                                                                 tmp_path: Path) -> None:
    window = make_window()
    unlock(qtbot, window)
    vault = app_vault(window)
    vault.save(CheckIn(mood=5, hope=5, note="before the backup"))
    backup = tmp_path / "usb" / "my-backup.db"
    backup.parent.mkdir()
    vault.backup(backup)
    vault.save(CheckIn(mood=5, hope=5, note="after the backup"))
    settings = go(window, "Settings")
    asked: list[Path] = []

    def open_dialog(answer: bool):  # type: ignore[no-untyped-def]
        qtbot.mouseClick(settings.restore_button, Qt.MouseButton.LeftButton)
        dialog = settings.restore_dialog
        dialog.confirm = lambda file: asked.append(file) or answer
        dialog.file.setText(str(backup))
        return dialog

    # No passphrase yet: asked for, nothing asked of the vault.
    dialog = open_dialog(True)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "passphrase of the backup" in dialog.message.text() and not asked
    # "Cancel" at the plain-words question: nothing happens.
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.confirm = lambda file: asked.append(file) or False
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert asked == [backup] and dialog.isVisible()
    dialog.reject()
    settle(qtbot, window)
    assert notes(vault) == {"before the backup", "after the backup"}

    # A wrong passphrase: refused, nothing changed, the journal stays open.
    dialog = open_dialog(True)
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: settings.restore_button.isEnabled())
    assert "passphrase" in settings.data_message.text().lower()
    assert window.is_unlocked and notes(vault) == {"before the backup", "after the backup"}

    # Yes: the journal is kept aside, replaced, and locks with a plain word on the unlock screen.
    dialog = open_dialog(True)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=10000)
    message = window.unlock_screen.message.text()
    assert "restored from my-backup.db" in message
    kept = [p for p in paths.backups_dir(closed_vault).iterdir() if p.name.startswith("before-restore-")]
    assert len(kept) == 1 and str(kept[0]) in message
    with Vault.open(_folder_of(kept[0], tmp_path), PASSPHRASE) as before:
        assert notes(before) == {"before the backup", "after the backup"}
    unlock(qtbot, window)
    assert notes(app_vault(window)) == {"before the backup"}


def _folder_of(copy: Path, tmp_path: Path) -> Path:
    """A journal folder holding `copy` as its vault, to open it as the person would."""
    folder = tmp_path / "kept"
    folder.mkdir()
    paths.vault_path(folder).write_bytes(copy.read_bytes())
    return folder
