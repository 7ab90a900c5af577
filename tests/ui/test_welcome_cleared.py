"""Nothing typed on the welcome screen stays after the journal opens or locks: the name and the
keyworker too, not only the passphrase (issue 12, point 12)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_the_welcome_screen_keeps_nothing_typed_before_a_lock(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    welcome = window.welcome
    qtbot.keyClicks(welcome.passphrase, "correct horse battery staple")
    qtbot.keyClicks(welcome.repeat, "correct horse battery staple")
    qtbot.keyClicks(welcome.name, "Sam")
    qtbot.keyClicks(welcome.keyworker, "Priya")
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10000)
    window.lock()
    for edit in (welcome.passphrase, welcome.repeat, welcome.name, welcome.keyworker):
        assert edit.text() == ""
        assert not edit.isUndoAvailable()  # not even in the field's undo history
