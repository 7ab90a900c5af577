"""Passphrase fields (issue 11): show/hide, a Caps Lock warning, Enter in "Again" creates the
journal, a complaint that goes once fixed, and a strength hint that never calls "password" okay."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from journal.passphrases import check_new_passphrase, score
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from ui.passphrase import CapsLockWatch, strength_hint


def test_the_estimate_never_calls_a_first_guess_okay() -> None:
    for guessable in ("password", "Password1", "12345678", "qwertyuiop", "iloveyou"):
        assert score(guessable) < 2
        assert strength_hint(guessable).startswith("Too easy to guess")
    assert strength_hint("tulips in may").startswith(("Okay", "Good", "Strong"))
    assert strength_hint(PASSPHRASE).startswith("Strong")
    # The person's own name counts as guessable.
    assert score("Priyanka2026") >= 2 > score("Priyanka2026", ("Priyanka",))
    assert check_new_passphrase("tulips in may") == "tulips in may"


def test_caps_lock_is_worked_out_from_the_letters_typed() -> None:
    watch = CapsLockWatch()
    seen: list[bool] = []
    watch.changed.connect(seen.append)
    watch.key_typed(Qt.Key.Key_1, "1", False)
    assert watch.on is None  # no letter yet: nothing is said
    watch.key_typed(Qt.Key.Key_A, "A", False)  # a capital without Shift
    assert watch.on is True
    watch.key_typed(Qt.Key.Key_A, "a", True)  # a small letter with Shift: still on
    assert watch.on is True
    watch.key_typed(Qt.Key.Key_CapsLock, "", False)
    assert watch.on is False
    watch.key_typed(Qt.Key.Key_B, "B", True)  # a capital with Shift: off
    assert seen == [True, False]


def test_the_welcome_screen_fields(qtbot, make_window, data_dir) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    welcome = window.welcome
    # Show and hide.
    reveal = welcome.passphrase.actions()[-1]
    qtbot.keyClicks(welcome.passphrase, "password")
    assert welcome.passphrase.echoMode() == QLineEdit.EchoMode.Password
    reveal.trigger()
    assert welcome.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    assert reveal.toolTip() == "Hide the passphrase (Ctrl+H)"
    reveal.trigger()
    assert welcome.passphrase.echoMode() == QLineEdit.EchoMode.Password
    # "password" is long enough, and never okay.
    qtbot.waitUntil(lambda: welcome.hint.text().startswith("Too easy to guess"), timeout=3000)
    qtbot.keyClicks(welcome.repeat, "password")
    qtbot.keyClick(welcome.repeat, Qt.Key.Key_Return)  # Enter in "Again" asks to create
    assert "first that someone guessing would try" in welcome.message.text()
    assert not Vault.exists(data_dir)
    # The complaint goes once the passphrase is fixed, not before.
    welcome.passphrase.clear()
    qtbot.keyClicks(welcome.passphrase, "passwor")
    assert welcome.message.isVisibleTo(welcome)
    welcome.passphrase.clear()
    qtbot.keyClicks(welcome.passphrase, PASSPHRASE)
    assert not welcome.message.isVisibleTo(welcome)
    qtbot.waitUntil(lambda: welcome.hint.text().startswith("Strong"), timeout=3000)
    # Caps Lock: a capital typed without Shift.
    assert not welcome.caps.isVisibleTo(welcome)
    qtbot.keyClick(welcome.repeat, "C")  # no Shift
    assert welcome.caps.isVisibleTo(welcome)
    assert "Caps Lock" in welcome.caps.text()
    qtbot.keyClick(welcome.repeat, "o")
    assert not welcome.caps.isVisibleTo(welcome)
    welcome.repeat.clear()
    qtbot.keyClicks(welcome.repeat, PASSPHRASE)
    qtbot.keyClick(welcome.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=5000)
    assert Vault.exists(data_dir)


def test_the_keyboard_shows_and_hides_a_passphrase(qtbot, make_window, closed_vault) -> None:  # type: ignore[no-untyped-def]
    """The eye is not in the Tab order (Qt keeps a field's buttons out of it): Ctrl+H in the
    field does what it does, and only in that field."""
    window = make_window()
    field = window.unlock_screen.passphrase
    field.setFocus()
    qtbot.keyClicks(field, "amber lantern")
    qtbot.keyClick(field, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    assert field.text() == "amber lantern"  # the key typed nothing
    qtbot.keyClick(field, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert field.echoMode() == QLineEdit.EchoMode.Password
    # Clearing the field hides it again, for the next person.
    qtbot.keyClick(field, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    field.clear()
    assert field.echoMode() == QLineEdit.EchoMode.Password
