"""Check-ins keep only what the person set (issue 15), can be about another day or time, and can
name who the time in recovery was spent with (issue 11), driven on Today and in the Journal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDateTime, QPoint, Qt, QTime
from PySide6.QtWidgets import QApplication

from journal.records import CheckIn, Contact
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import app_vault, settle, unlock
from ui.editors.checkin import CheckInEditor
from ui.main_window import MainWindow
from ui.pages.today import TodayPage


def today_page(window: MainWindow) -> TodayPage:
    assert window.shell is not None
    page = window.shell.go("Today")
    assert isinstance(page, TodayPage)
    return page


def saved_checkins(window: MainWindow) -> list[CheckIn]:
    return [c for c in app_vault(window).list("checkin") if isinstance(c, CheckIn)]


def wait_saved(qtbot, window: MainWindow, page: TodayPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: "Saved" in page.checkin_status.text(), timeout=3000)
    settle(qtbot, window)


def test_scales_start_unanswered_and_only_touched_ones_are_saved(qtbot, make_window, closed_vault) -> None:
    window = make_window()
    unlock(qtbot, window)
    page = today_page(window)
    editor = page.checkin
    assert [s.value() for s in (editor.hope, editor.mood, editor.craving)] == [None, None, None]
    assert editor.hope.value_label.text() == "–"
    qtbot.keyClick(editor.hope.slider, Qt.Key.Key_Left)  # the first key answers it: 5 -> 4
    wait_saved(qtbot, window, page)
    (saved,) = saved_checkins(window)
    assert (saved.hope, saved.mood, saved.craving) == (4, None, None)

    # Clear takes an answer back; the mouse answers where it clicks.
    qtbot.mouseClick(editor.hope.clear_button, Qt.MouseButton.LeftButton)
    slider = editor.mood.slider
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(slider.width() - 3, slider.height() // 2))
    page.checkin_status.setText("")
    wait_saved(qtbot, window, page)
    (saved,) = saved_checkins(window)
    assert (saved.hope, saved.mood, saved.craving) == (None, 10, None)


def test_taking_back_every_answer_keeps_nothing(qtbot, make_window, closed_vault) -> None:
    window = make_window()
    unlock(qtbot, window)
    page = today_page(window)
    qtbot.keyClicks(page.gratitude.items.entry, "tea")
    qtbot.keyClick(page.gratitude.items.entry, Qt.Key.Key_Return)
    page.gratitude.items.view.setCurrentIndex(page.gratitude.items.model.index(0))
    page.checkin.craving.slider.setFocus()
    qtbot.keyClick(page.checkin.craving.slider, Qt.Key.Key_Home)
    wait_saved(qtbot, window, page)
    assert [c.craving for c in saved_checkins(window)] == [0]
    qtbot.keyClick(page.checkin.craving.slider, Qt.Key.Key_Delete)
    settle(qtbot, window)
    assert saved_checkins(window) == []
    assert "nothing is kept" in page.checkin_status.text()
    # Delete on a scale is for the scale: the gratitude list beside it keeps its item.
    assert page.gratitude.items.items() == ("tea",)


def test_the_craving_slider_is_as_long_as_the_others(qtbot, make_window, closed_vault) -> None:
    window = make_window()
    unlock(qtbot, window)
    editor = today_page(window).checkin
    widths = {editor.hope.slider.width(), editor.mood.slider.width(), editor.craving.slider.width()}
    assert len(widths) == 1, widths
    lefts = {s.slider.mapTo(editor, QPoint(0, 0)).x() for s in (editor.hope, editor.mood, editor.craving)}
    assert len(lefts) == 1, lefts


def test_a_checkin_for_yesterday_evening_from_today(qtbot, make_window, closed_vault) -> None:
    window = make_window()
    unlock(qtbot, window)
    page = today_page(window)
    assert not page.checkin.when.isVisible()
    qtbot.mouseClick(page.other_time, Qt.MouseButton.LeftButton)
    assert page.checkin.when.isVisible() and page.checkin.when.hasFocus()
    yesterday = QDateTime(QDateTime.currentDateTime().date().addDays(-1), QTime(20, 15))
    page.checkin.when.setDateTime(yesterday)
    qtbot.keyClicks(page.checkin.note, "The meeting ran late.")
    wait_saved(qtbot, window, page)
    (saved,) = saved_checkins(window)
    moment = dt.datetime.fromisoformat(saved.at)
    assert moment.date() == dt.date.today() - dt.timedelta(days=1)
    assert (moment.hour, moment.minute) == (20, 15)
    # A fresh check-in is about now again.
    qtbot.mouseClick(page.another, Qt.MouseButton.LeftButton)
    assert not page.checkin.when.isVisible()
    qtbot.keyClicks(page.checkin.note, "now")
    qtbot.waitUntil(lambda: len(saved_checkins(window)) == 2, timeout=3000)
    newest = max(saved_checkins(window), key=lambda c: c.at)
    assert dt.datetime.fromisoformat(newest.at).date() == dt.date.today()


def test_the_journal_editor_moves_a_checkin_to_another_time(qtbot, make_window, closed_vault: Path) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        record = vault.save(CheckIn(hope=6, at="2026-11-10T09:00:00+00:00"))
    window = make_window()
    unlock(qtbot, window)
    assert window.shell is not None
    journal = window.shell.go("Journal")
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1)
    journal.view.setCurrentIndex(journal.model.index(0))
    qtbot.waitUntil(lambda: isinstance(journal.panel.editor, CheckInEditor))
    editor = journal.panel.editor
    assert isinstance(editor, CheckInEditor) and editor.when.isVisible()
    editor.when.setDateTime(editor.when.dateTime().addDays(-2))
    qtbot.waitUntil(lambda: app_vault(window).get("checkin", record.id).at != record.at, timeout=3000)
    moved = app_vault(window).get("checkin", record.id)
    assert isinstance(moved, CheckIn) and moved.hope == 6
    assert dt.datetime.fromisoformat(moved.at) == dt.datetime.fromisoformat(record.at) - dt.timedelta(days=2)


def test_naming_who_i_was_with_and_adding_a_group_in_place(qtbot, make_window, closed_vault: Path) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        dee = vault.save(Contact(name="Dee", role="sponsor"))
    window = make_window()
    unlock(qtbot, window)
    page = today_page(window)
    editor = page.checkin
    picker = editor.companions
    assert not picker.isVisible()
    qtbot.mouseClick(editor.peer, Qt.MouseButton.LeftButton)
    assert picker.isVisible()
    qtbot.waitUntil(lambda: picker.contacts_model.rowCount() == 1)
    qtbot.keyClicks(picker.search, "de")
    popup = picker.completer.popup()
    qtbot.waitUntil(lambda: popup is not None and popup.isVisible())
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.ids() == (dee.id,))
    qtbot.waitUntil(lambda: picker.search.text() == "")

    # A group not yet among the contacts: typed, Enter, and added in place with where it meets.
    qtbot.keyClicks(picker.search, "SMART Recovery")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    dialog = picker.dialog
    assert dialog is not None and dialog.name.currentText() == "SMART Recovery"
    qtbot.keyClicks(dialog.where, "Thursdays 6 pm, the library")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(picker.ids()) == 2, timeout=3000)
    page.checkin_status.setText("")
    wait_saved(qtbot, window, page)
    groups = [c for c in app_vault(window).list("contact") if isinstance(c, Contact) and c.role == "group"]
    assert [(g.name, g.notes) for g in groups] == [("SMART Recovery", "Thursdays 6 pm, the library")]
    (saved,) = saved_checkins(window)
    assert saved.peer_contact and saved.with_ids == (dee.id, groups[0].id)

    # Unticking takes one off.
    picker.chosen.item(0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: picker.ids() == (groups[0].id,))
    page.checkin_status.setText("")
    wait_saved(qtbot, window, page)
    (saved,) = saved_checkins(window)
    assert saved.with_ids == (groups[0].id,)
    assert QApplication.activeModalWidget() is None
