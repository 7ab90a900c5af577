"""The clipboard (issue 12, point 2; ui/clipboard.py): copies are marked secret, a phone number is
forgotten after 30 seconds unless something else was copied, and lock and quit take back what the
app put there, a note copied with Ctrl+C included. Offscreen here; the X11 clipboard and mouse
selection, with another program beside the app, are in test_clipboard_x11.py."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from tests.ui.conftest import unlock
from ui import clipboard
from ui.main_window import MainWindow
from ui.pages.today import TodayPage


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text()


def today(window: MainWindow) -> TodayPage:
    assert window.shell is not None
    page = window.shell.go("Today")
    assert isinstance(page, TodayPage)
    return page


def test_copies_are_marked_secret_for_clipboard_managers_and_windows_history() -> None:
    unix = clipboard.secret_mime("07700 900123", platform="linux")
    assert unix.text() == "07700 900123"
    assert bytes(unix.data("x-kde-passwordManagerHint").data()) == b"secret"
    windows = clipboard.secret_mime("07700 900123", platform="win32")
    assert bytes(windows.data("ExcludeClipboardContentFromMonitorProcessing").data()) == b"1"
    assert bytes(windows.data("CanIncludeInClipboardHistory").data()) == b"\0\0\0\0"
    assert bytes(windows.data("CanUploadToCloudClipboard").data()) == b"\0\0\0\0"


def test_a_phone_number_is_forgotten_after_a_while(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(clipboard, "PHONE_CLEAR_MS", 50)
    clipboard.copy_phone_number("07700 900123")
    on_it = QGuiApplication.clipboard().mimeData()
    assert on_it.text() == "07700 900123" and on_it.hasFormat("x-kde-passwordManagerHint")
    qtbot.waitUntil(lambda: clipboard_text() == "", timeout=3000)


def test_a_phone_number_copied_over_is_not_cleared_later(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(clipboard, "PHONE_CLEAR_MS", 50)
    clipboard.copy_phone_number("07700 900123")
    other = QMimeData()
    other.setText("something the person copied elsewhere")
    QGuiApplication.clipboard().setMimeData(other)
    qtbot.wait(300)
    assert clipboard_text() == "something the person copied elsewhere"
    QGuiApplication.clipboard().clear()


def test_a_note_copied_with_ctrl_c_is_marked_and_gone_after_lock(  # type: ignore[no-untyped-def]
    qtbot, make_window, closed_vault
) -> None:
    window = make_window()
    unlock(qtbot, window)
    note = today(window).checkin.note
    qtbot.keyClicks(note, "a private note to copy")
    note.selectAll()
    QTest.keySequence(note, "Ctrl+C")
    copied = QGuiApplication.clipboard().mimeData()
    assert copied.text() == "a private note to copy"
    assert copied.hasFormat("x-kde-passwordManagerHint")
    window.lock()
    assert clipboard_text() == ""


def test_quitting_takes_back_what_the_app_copied(qtbot, make_window, closed_vault) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(qtbot, window)
    note = today(window).checkin.note
    qtbot.keyClicks(note, "words copied before quitting")
    note.selectAll()
    note.copy()
    assert clipboard_text() == "words copied before quitting"
    window.close()
    assert clipboard_text() == ""


def test_a_helpline_number_copied_on_the_locked_crisis_page_is_forgotten(  # type: ignore[no-untyped-def]
    qtbot, make_window, monkeypatch
) -> None:
    monkeypatch.setattr(clipboard, "PHONE_CLEAR_MS", 50)
    window = make_window()
    window.show_locked_crisis()
    cards = window.crisis.helpline_view  # one card per helpline; Enter (or a click) copies its number
    assert cards.model().rowCount() > 0, "the locked crisis page shows the helplines"
    cards.setCurrentIndex(cards.model().index(0, 0))
    qtbot.keyClick(cards, Qt.Key.Key_Return)
    assert clipboard_text() != ""
    assert QGuiApplication.clipboard().mimeData().hasFormat("x-kde-passwordManagerHint")
    qtbot.waitUntil(lambda: clipboard_text() == "", timeout=3000)
