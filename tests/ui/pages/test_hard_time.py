"""\"I'm having a hard time\": from every page, after \"I used\" and from the crisis page; back to the
same place with nothing typed lost; one click copies a number; nothing of it survives a lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from journal.records import Contact, Helpline, SafetyPlan, Trigger
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import app_vault, settle, unlock
from ui.editors.trigger import TriggerEditor
from ui.main_window import MainWindow
from ui.pages.crisis import CrisisPage
from ui.pages.hard_time import HardTimeView
from ui.pages.shell import PAGES
from ui.pages.today import TodayPage
from ui.pages.triggers import TriggersPage

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def with_plan(folder: Path) -> Contact:
    with Vault.open(folder, PASSPHRASE) as vault:
        dee = vault.save(Contact(name="Dee", role="sponsor", phone="07700 900123"))
        vault.set_safety_plan(SafetyPlan(
            reasons=("My kids, Maya and Leo", "Waking up without dread"),
            coping=("A hot shower",), ask_for_help=(dee.id,),
        ))
    return dee


def hard_time(window: MainWindow) -> HardTimeView:
    assert window.shell is not None and window.shell.hard_time is not None
    return window.shell.hard_time


def is_open(window: MainWindow) -> bool:
    return window.shell is not None and window.shell.hard_time_open and hard_time(window).isVisible()


def test_it_opens_from_every_page_and_escape_goes_back_there(qtbot, make_window, closed_vault) -> None:
    with_plan(closed_vault)
    window = make_window()
    unlock(qtbot, window)
    shell = window.shell
    assert shell is not None
    settle(qtbot, window)
    for name, *_ in PAGES:
        page = shell.go(name)
        settle(qtbot, window)
        assert shell.hard_time_button.isVisible(), name
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_H, CTRL_SHIFT)
        assert is_open(window), name
        assert not page.isVisible() and not shell.nav.isVisible()  # the whole window, calm
        qtbot.waitUntil(lambda: hard_time(window).reasons.rowCount() == 2)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert not is_open(window), name
        assert shell.current_page is page and page.isVisible(), name
    # The button does the same as the shortcut.
    qtbot.mouseClick(shell.hard_time_button, Qt.MouseButton.LeftButton)
    assert is_open(window)


def test_a_half_typed_note_is_there_after_escape(qtbot, make_window, closed_vault) -> None:
    with_plan(closed_vault)
    window = make_window()
    unlock(qtbot, window)
    assert window.shell is not None
    today = window.shell.current_page
    assert isinstance(today, TodayPage)
    qtbot.mouseClick(today.checkin.note.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(today.checkin.note, "I nearly rang my old dealer but")
    qtbot.mouseClick(window.shell.hard_time_button, Qt.MouseButton.LeftButton)
    view = hard_time(window)
    assert is_open(window)
    qtbot.waitUntil(lambda: view.reasons.rowCount() == 2)
    assert view.reasons.values()[0] == "My kids, Maya and Leo"  # the reasons, first and largest
    # Step by step with Enter, then back to where the person was.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert view.steps.currentIndex() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not is_open(window)
    assert today.checkin.note.hasFocus()
    qtbot.keyClicks(today.checkin.note, " I didn't.")
    assert today.checkin.note.toPlainText() == "I nearly rang my old dealer but I didn't."
    today.flush()
    settle(qtbot, window)
    (checkin,) = app_vault(window).recent_checkins(1)
    assert checkin.note == "I nearly rang my old dealer but I didn't."


def test_after_i_used_a_neutral_word_then_the_plan(qtbot, make_window, closed_vault) -> None:
    with_plan(closed_vault)
    window = make_window()
    unlock(qtbot, window)
    assert window.shell is not None
    page = window.shell.go("Triggers", {"new": True})
    assert isinstance(page, TriggersPage)
    editor = page.panel.editor
    assert isinstance(editor, TriggerEditor)
    qtbot.keyClicks(editor.situation, "Payday, passed the pub and")
    assert not editor.after_using.isVisible()
    editor.outcome.setFocus()
    while editor.outcome.currentData() != "used":  # the keyboard, down the list
        qtbot.keyClick(editor.outcome, Qt.Key.Key_Down)
    assert editor.after_using.isVisible()
    words = editor.after_using.words.text()
    assert "That happened" in words and "doesn't undo" in words
    assert "relapse" not in words.lower() and "reset" not in words.lower()
    qtbot.mouseClick(editor.after_using.plan_button, Qt.MouseButton.LeftButton)
    view = hard_time(window)
    assert is_open(window)
    assert view.after_using.isVisible()  # the same neutral word comes first
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not is_open(window)
    assert window.shell.current_page is page and page.panel.editor is editor
    assert editor.situation.toPlainText() == "Payday, passed the pub and"
    page.flush()
    settle(qtbot, window)
    (trigger,) = app_vault(window).list("trigger")
    assert isinstance(trigger, Trigger) and trigger.outcome == "used"
    # Opened another way, the view does not bring up "I used".
    qtbot.mouseClick(window.shell.hard_time_button, Qt.MouseButton.LeftButton)
    assert not view.after_using.isVisible()


def test_it_opens_from_the_crisis_page(qtbot, make_window, closed_vault) -> None:
    window = make_window()
    unlock(qtbot, window)
    assert window.shell is not None
    crisis = window.shell.go("Crisis")
    assert isinstance(crisis, CrisisPage)
    qtbot.mouseClick(crisis.hard_time_button, Qt.MouseButton.LeftButton)
    assert is_open(window)
    view = hard_time(window)
    qtbot.waitUntil(lambda: view.helplines.rowCount() == 2)
    # With no plan yet: kind words where the reasons would be, and the helplines are there.
    assert view.reasons_empty.isVisibleTo(view)
    assert "116 123" in [entry.phone for entry in view.helplines.entries()]


def test_one_click_copies_a_number_and_lock_clears_everything(qtbot, make_window, closed_vault) -> None:
    with_plan(closed_vault)
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        vault.save(Helpline(name="Local line", phone="0800 000 111", position=9))
    window = make_window()
    unlock(qtbot, window)
    assert window.shell is not None
    view = window.shell.open_hard_time()
    qtbot.waitUntil(lambda: view.people.rowCount() == 1)
    view.show_step(2)
    rect = view.people_view.visualRect(view.people.index(0))
    qtbot.mouseClick(view.people_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert QGuiApplication.clipboard().text() == "07700 900123"
    assert "07700 900123" in view.message.text()
    models = (view.reasons, view.coping, view.people, view.helplines)
    assert all(model.rowCount() for model in models)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.is_unlocked
    assert all(model.rowCount() == 0 for model in models)  # scrubbed at once, not later
    assert QGuiApplication.clipboard().text() == ""
    assert window.stack.currentWidget() is window.unlock_screen
    unlock(qtbot, window)
    assert window.shell is not None and not window.shell.hard_time_open


def test_before_unlocking_the_shortcut_opens_the_crisis_page(qtbot, make_window, closed_vault) -> None:
    window = make_window()
    assert window.hard_time_action in window.menuBar().actions()[0].menu().actions()
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_H, CTRL_SHIFT)
    assert window.stack.currentWidget() is window.crisis
    assert not window.is_unlocked
