"""A damaged journal file: the unlock screen offers the latest good automatic backup."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from journal import autobackup, kdf, paths
from journal.records import CheckIn
from journal.vault import Vault
from tests.conftest import PASSPHRASE

from .conftest import app_vault, settle


def _damaged_journal_with_a_backup(folder: Path) -> None:
    with Vault.create(folder, PASSPHRASE, profile=kdf.TEST_PROFILE) as vault:
        for i in range(40):
            vault.save(CheckIn(mood=5, hope=6, note=f"kept in the backup {i} " + "words " * 100))
        assert autobackup.run_daily_backup(vault) is not None
    vault_file = paths.vault_path(folder)
    data = bytearray(vault_file.read_bytes())
    data[2000] ^= 0x55  # inside page 1: the file no longer opens, the passphrase is right
    vault_file.write_bytes(bytes(data))


def test_damaged_journal_offers_its_backup_and_restores_it(qtbot, make_window, data_dir, monkeypatch) -> None:
    _damaged_journal_with_a_backup(data_dir)
    window = make_window()
    screen = window.unlock_screen
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.restore_button.isVisible(), timeout=5000)
    assert "damaged" in screen.message.text()
    assert screen.restore_button.text().startswith("Restore the backup from")

    asked: list[str] = []

    def answer(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(screen.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10000)
    settle(qtbot, window)
    assert "nothing is thrown away" in asked[0]
    notes = [c.note for c in app_vault(window).recent_checkins(40)]
    assert len(notes) == 40 and notes[0].startswith("kept in the backup")
    kept = list(paths.backups_dir(data_dir).glob("before-restore-*.db"))
    assert len(kept) == 1  # the damaged file was kept aside, not thrown away


def test_a_wrong_passphrase_offers_no_restore(qtbot, make_window, data_dir) -> None:
    _damaged_journal_with_a_backup(data_dir)
    window = make_window()
    screen = window.unlock_screen
    qtbot.keyClicks(screen.passphrase, "not the passphrase")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.message.isVisible() and screen.unlock_button.isEnabled())
    qtbot.wait(300)
    assert not screen.restore_button.isVisible()


def test_the_offered_backup_is_dated_in_the_chosen_language(qtbot, make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    """The backup's day and month as the person's language writes them (QLocale), not in the
    C library's English."""
    _damaged_journal_with_a_backup(data_dir)
    backup = max(paths.auto_dir(data_dir).glob("daily-*"), key=lambda p: p.stat().st_mtime)
    made = dt.datetime.fromtimestamp(backup.stat().st_mtime)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    try:
        window = make_window()
        screen = window.unlock_screen
        qtbot.keyClicks(screen.passphrase, PASSPHRASE)
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: screen.restore_button.isVisible(), timeout=5000)
        polish = QLocale().toString(QDateTime(QDate(made.year, made.month, made.day),
                                              QTime(made.hour, made.minute)), "ddd d MMM")
        assert polish in screen.restore_button.text()
    finally:
        QLocale.setDefault(before)
