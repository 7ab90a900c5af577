"""The recovery key in the app: offered after a first journal, made again in Settings, and
"Forgot your passphrase?" on the unlock screen, driven as a person would with pytest-qt."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from journal import kdf, paths, recovery
from journal.errors import WrongPassphrase, WrongRecoveryKey
from journal.records import CheckIn
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock
from ui import operations
from ui.dialogs.recovery_key import RecoveryKeyDialog
from ui.main_window import MainWindow
from ui.pages.settings import SettingsPage
from ui.tasks import VaultOp

pytest.importorskip("PySide6.QtPdf")
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

NEW = "a new passphrase for a new day"
KEY_LINE = re.compile(r"Recovery key:\s*([0-9A-Z]{5}(?:-[0-9A-Z]{5}){6})")

pytestmark = pytest.mark.usefixtures("fast_open")


@pytest.fixture
def fast_open(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf, "KNOWN_PROFILES", (kdf.TEST_PROFILE,))


def key_in(pdf: Path) -> str:
    """The key as a person would read it off the sheet (the PDF's text)."""
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    assert document.pageCount() == 1
    text = document.getAllText(0).text()
    document.close()
    found = KEY_LINE.search(text)
    assert found is not None, text
    return found.group(1)


def opens(folder: Path, key_text: str) -> bool:
    try:
        recovery.key_for_vault(folder, recovery.parse(key_text))
    except WrongRecoveryKey:
        return False
    return True


def offered_dialog(window: MainWindow) -> RecoveryKeyDialog:
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, RecoveryKeyDialog) and w.isVisible()]
    assert len(found) == 1
    return found[0]


def create_first_journal(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    welcome = window.welcome
    qtbot.keyClicks(welcome.passphrase, PASSPHRASE)
    qtbot.keyClicks(welcome.repeat, PASSPHRASE)
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=5000)


def settings_recovery_box(qtbot, make_window):  # type: ignore[no-untyped-def]
    """The app unlocked on Settings: the window, and its recovery-key box once it has read the
    journal (no key yet)."""
    window = make_window()
    unlock(qtbot, window)
    assert window.shell is not None
    page = window.shell.go("Settings")
    assert isinstance(page, SettingsPage)
    box = page.recovery_box
    qtbot.waitUntil(lambda: "no recovery key yet" in box.status.text())
    return window, box


def test_after_a_first_journal_the_sheet_is_offered_and_can_be_skipped(
    qtbot, make_window, data_dir: Path
) -> None:
    window = make_window()
    create_first_journal(qtbot, window)
    qtbot.waitUntil(lambda: any(isinstance(w, RecoveryKeyDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    dialog = offered_dialog(window)
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "nobody can open your journal" in words
    assert dialog.print_button.isVisible() and dialog.save_button.isVisible()
    assert dialog.close_button.text() == "Not now"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    settle(qtbot, window)
    assert not paths.recovery_path(data_dir).exists()  # skipping makes no key


def test_the_offered_sheet_saved_as_a_pdf_holds_a_key_that_opens_the_journal(
    qtbot, make_window, data_dir: Path, tmp_path: Path
) -> None:
    window = make_window()
    create_first_journal(qtbot, window)
    qtbot.waitUntil(lambda: any(isinstance(w, RecoveryKeyDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    dialog = offered_dialog(window)
    sheet = tmp_path / "sheet.pdf"
    dialog.save_to(sheet)
    qtbot.waitUntil(lambda: "Saved your recovery sheet" in dialog.message.text(), timeout=5000)
    assert not dialog.print_button.isVisible()  # a second press cannot end the key just saved
    assert dialog.close_button.text() == "Close"
    assert sheet.stat().st_mode & 0o777 == 0o600
    assert opens(data_dir, key_in(sheet))


def test_settings_makes_a_new_key_that_ends_the_old_one_and_prints(
    qtbot, make_window, closed_vault: Path, tmp_path: Path
) -> None:
    _window, box = settings_recovery_box(qtbot, make_window)
    qtbot.mouseClick(box.make_button, Qt.MouseButton.LeftButton)
    assert box.dialog is not None
    first = box.dialog
    assert first.caution.property("role") != "warning"  # no earlier key to warn about
    first.save_to(tmp_path / "first.pdf")
    qtbot.waitUntil(lambda: "You made your recovery key on" in box.status.text(), timeout=5000)
    old_key = key_in(tmp_path / "first.pdf")
    first.close()

    qtbot.mouseClick(box.make_button, Qt.MouseButton.LeftButton)
    second = box.dialog
    assert second is not None and second is not first
    assert "stops working" in second.caution.text() and second.caution.isVisible()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    second.print_sheet(printer)
    qtbot.waitUntil(lambda: "went to the printer" in second.message.text(), timeout=5000)
    new_key = key_in(tmp_path / "printed.pdf")
    assert opens(closed_vault, new_key) and not opens(closed_vault, old_key)


def test_ctrl_l_locks_while_the_offer_is_up(qtbot, make_window, data_dir: Path) -> None:
    """The offer appears by itself after a first journal: it must never stand in the way of
    locking (it is not modal), and locking closes it."""
    window = make_window()
    create_first_journal(qtbot, window)
    qtbot.waitUntil(lambda: any(isinstance(w, RecoveryKeyDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    dialog = offered_dialog(window)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=5000)
    assert not dialog.isVisible()


def test_locking_closes_the_recovery_key_dialog(qtbot, make_window, closed_vault: Path) -> None:
    window, box = settings_recovery_box(qtbot, make_window)
    box.open_dialog()
    dialog = box.dialog
    assert dialog is not None and dialog.isVisible()
    window.lock()
    assert not any(isinstance(w, RecoveryKeyDialog) and w.isVisible()
                   for w in QApplication.topLevelWidgets())


def test_forgot_your_passphrase_takes_the_key_and_a_new_passphrase_and_opens_the_journal(
    qtbot, make_window, closed_vault: Path
) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        vault.save(CheckIn(mood=4, hope=8, note="written before I forgot"))
        before = vault.export_data()
        key = vault.make_recovery_key().text()
        older = recovery.RecoveryKey.new()
    window = make_window()
    qtbot.mouseClick(window.unlock_screen.forgot_button, Qt.MouseButton.LeftButton)
    screen = window.forgot_screen
    assert window.stack.currentWidget() is screen and screen.key.hasFocus()

    # A typo is told as a typo, with its group, before anything is opened.
    groups = key.split("-")
    groups[5] = groups[5][:-1] + ("A" if groups[5][-1] != "A" else "B")
    qtbot.keyClicks(screen.key, " ".join(groups).lower())
    qtbot.keyClick(screen.key, Qt.Key.Key_Return)
    assert "typo in group 6" in screen.message.text()
    assert screen.key.hasFocus()

    # A well-formed key that is not this journal's: said plainly, nothing opened.
    screen.key.clear()
    qtbot.keyClicks(screen.key, older.text())
    qtbot.keyClicks(screen.new, NEW)
    qtbot.keyClicks(screen.repeat, NEW)
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not open this journal" in screen.message.text(), timeout=5000)
    assert not window.is_unlocked

    # The new passphrase twice, and the two must match.
    screen.key.clear()
    qtbot.keyClicks(screen.key, key.replace("-", ""))
    screen.repeat.clear()
    qtbot.keyClicks(screen.repeat, NEW + "x")
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    assert "not the same" in screen.message.text()
    qtbot.keyClicks(screen.repeat, NEW)
    qtbot.keyClick(screen.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=5000)
    assert screen.key.text() == "" and screen.new.text() == ""  # no secret stays in a field
    assert "recovery key still works" in window.statusBar().currentMessage()
    window.lock()

    with pytest.raises(WrongPassphrase):
        Vault.open(closed_vault, PASSPHRASE)
    with Vault.open(closed_vault, NEW) as vault:
        after = vault.export_data()
    before.pop("exported_at"), after.pop("exported_at")
    assert after == before
    assert opens(closed_vault, key)


def test_a_journal_from_before_recovery_keys_is_told_once_not_nagged(
    qtbot, make_window, closed_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import session

    monkeypatch.setattr(session, "DAILY_BACKUP_DELAY_MS", 0)
    window = make_window()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: "recovery key" in window.statusBar().currentMessage(), timeout=5000)
    assert not any(isinstance(w, RecoveryKeyDialog) and w.isVisible()
                   for w in QApplication.topLevelWidgets())  # never a dialog in the way
    window.lock()
    unlock(qtbot, window)
    settle(qtbot, window)
    qtbot.wait(200)
    settle(qtbot, window)
    assert "recovery key" not in window.statusBar().currentMessage()


@pytest.fixture
def slow_key(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Making a key waits until the test sets the event: time for a person to close the dialog."""
    release = threading.Event()
    real = operations.make_recovery_key

    def slow(*args: Any) -> VaultOp[Path | None]:
        operation = real(*args)

        def work(vault: Vault) -> Path | None:
            release.wait(10)
            return operation.work(vault)

        return VaultOp(operation.name, work)

    monkeypatch.setattr(operations, "make_recovery_key", slow)
    yield release
    release.set()


@pytest.mark.parametrize("route", ["save", "save fails", "print"])
def test_closing_the_dialog_while_the_key_is_made_still_saves_it_and_says_so(
    qtbot, make_window, closed_vault: Path, tmp_path: Path, slow_key: threading.Event, route: str
) -> None:
    """The answer arrives after the dialog is gone: the sheet is still saved (or printed), what
    happened is said on the status line, Settings shows the new key, and nothing goes wrong."""
    window, box = settings_recovery_box(qtbot, make_window)
    box.open_dialog()
    dialog = box.dialog
    assert dialog is not None
    sheet = tmp_path / ("no such folder" if route == "save fails" else "") / "sheet.pdf"
    if route == "print":
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(sheet))
        dialog.print_sheet(printer)
    else:
        dialog.save_to(sheet)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # closing deletes it
    slow_key.set()
    settle(qtbot, window)
    said = window.statusBar().currentMessage()
    if route == "save fails":
        assert "could not be saved" in said and not sheet.exists()
    else:
        assert ("Saved your recovery sheet" if route == "save" else "went to the printer") in said
        assert opens(closed_vault, key_in(sheet))
    qtbot.waitUntil(lambda: "You made your recovery key on" in box.status.text(), timeout=5000)
