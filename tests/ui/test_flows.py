"""The app driven as a person would: type, click, press keys, against a real vault in tmp_path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from journal import errors
from journal.records import CheckIn, Contact, today_iso
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import app_vault, settle, unlock
from ui.editors.checkin import CheckInEditor
from ui.editors.contact import ContactEditor
from ui.editors.trigger import TriggerEditor
from ui.main_window import APP_TITLE, MainWindow
from ui.pages.crisis import CrisisPage
from ui.pages.journal import JournalPage
from ui.pages.support import SupportPage
from ui.pages.today import TodayPage
from ui.pages.triggers import TriggersPage


def open_vault(folder: Path) -> Vault:
    return Vault.open(folder, PASSPHRASE)


def visible_text(window: QWidget) -> str:
    """Every piece of text any visible widget of the app shows (labels, fields, notes)."""
    parts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if isinstance(widget, (QLabel, QLineEdit)):
                parts.append(widget.text())
            elif isinstance(widget, QPlainTextEdit):
                parts.append(widget.toPlainText())
            elif isinstance(widget, QAbstractButton):
                parts.append(widget.text())
            elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
                # Lists drawn by a delegate (the phone cards): what each row tells a screen reader.
                model = widget.model()
                for row in range(model.rowCount()):
                    index = model.index(row, 0)
                    parts.append(str(index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data() or ""))
    return "\n".join(parts)


def today_page(window: MainWindow) -> TodayPage:
    assert window.shell is not None
    page = window.shell.current_page
    assert isinstance(page, TodayPage)
    return page


def go(window: MainWindow, name: str):  # type: ignore[no-untyped-def]
    assert window.shell is not None
    return window.shell.go(name)


# ---- first run and unlock ---------------------------------------------------------------------


def test_first_run_creates_a_journal_and_goes_straight_to_today(qtbot, make_window, data_dir) -> None:
    window = make_window()
    welcome = window.welcome
    assert window.stack.currentWidget() is welcome
    assert "nothing goes online" in visible_text(window).lower()
    assert "cannot be recovered" in visible_text(window)
    qtbot.keyClicks(welcome.passphrase, "short")
    assert "Too short" in welcome.hint.text()
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    assert welcome.message.isVisible() and "at least" in welcome.message.text()
    assert not Vault.exists(data_dir)

    welcome.passphrase.clear()
    qtbot.keyClicks(welcome.passphrase, PASSPHRASE)
    qtbot.keyClicks(welcome.repeat, PASSPHRASE + "x")
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    assert "not the same" in welcome.message.text()
    assert not Vault.exists(data_dir)

    qtbot.keyClicks(welcome.repeat, PASSPHRASE)
    qtbot.keyClicks(welcome.name, "Sam")
    qtbot.keyClicks(welcome.keyworker, "Priya")
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=5000)
    page = today_page(window)
    assert "Sam" in page.hello.text()
    assert window.windowTitle() == APP_TITLE
    window.lock()
    with open_vault(data_dir) as vault:
        assert vault.setting("name") == "Sam"
        assert vault.setting("keyworker") == "Priya"


def test_unlock_wrong_then_right(qtbot, make_window, closed_vault) -> None:
    window = make_window()
    screen = window.unlock_screen
    assert window.stack.currentWidget() is screen
    assert screen.passphrase.hasFocus()
    assert str(closed_vault) in screen.folder_label.full_text()
    qtbot.keyClicks(screen.passphrase, "not my passphrase")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.message.isVisible() and screen.unlock_button.isEnabled())
    assert "does not open this journal" in screen.message.text()
    assert not window.is_unlocked
    # No lockout: the field is ready for another go straight away.
    assert screen.passphrase.isEnabled()
    screen.passphrase.clear()
    unlock(qtbot, window)
    assert isinstance(window.shell.current_page, TodayPage)  # type: ignore[union-attr]
    assert window.windowTitle() == APP_TITLE


def test_crisis_page_opens_from_the_unlock_screen_without_unlocking(qtbot, make_window, closed_vault) -> None:
    window = make_window()
    qtbot.mouseClick(window.unlock_screen.crisis_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.crisis
    text = visible_text(window)
    assert "116 123" in text and "Samaritans" in text
    assert "0300 123 6600" in text and "FRANK" in text
    assert "999" in text and "not a therapist" in text
    assert not window.is_unlocked
    qtbot.keyClick(window.crisis, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.unlock_screen


def test_crisis_page_on_a_first_run_mentions_no_journal(qtbot, make_window, data_dir) -> None:
    """Before there is a journal, the page must not talk about unlocking one."""
    window = make_window()
    qtbot.mouseClick(window.welcome.crisis_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.crisis
    shown = " ".join(
        w.text() for w in window.crisis.findChildren(QWidget)
        if isinstance(w, (QLabel, QAbstractButton)) and w.isVisible()
    )
    shown += " ".join(line.phone for line in window.crisis.helplines.entries())
    assert "116 123" in shown
    assert "unlock" not in shown.lower()
    assert window.crisis.back_button.text() == "Back"
    qtbot.mouseClick(window.crisis.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.welcome


# ---- Today, Journal, edit, delete, undo, search --------------------------------------------------


def test_checkin_is_saved_and_shows_in_the_journal(qtbot, make_window, closed_vault) -> None:
    window = make_window()
    unlock(qtbot, window)
    page = today_page(window)
    editor = page.checkin
    for _ in range(3):
        qtbot.keyClick(editor.hope.slider, Qt.Key.Key_Right)
    qtbot.keyClick(editor.mood.slider, Qt.Key.Key_End)
    qtbot.mouseClick(editor.peer, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.tags, "meeting, walk")
    qtbot.keyClicks(editor.note, "Walked by the river after the meeting.")
    qtbot.waitUntil(lambda: "Saved" in page.checkin_status.text(), timeout=3000)

    saved = app_vault(window).recent_checkins(5)
    assert len(saved) == 1
    checkin = saved[0]
    assert (checkin.hope, checkin.mood, checkin.craving) == (8, 10, None)
    assert checkin.peer_contact is True
    assert checkin.tags == ("meeting", "walk")
    assert checkin.note == "Walked by the river after the meeting."

    journal = go(window, "Journal")
    assert isinstance(journal, JournalPage)
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1)
    entry = journal.model.entry(0)
    assert entry is not None and entry.id == checkin.id
    assert "river" in entry.text


def test_start_another_checkin_keeps_the_first(qtbot, make_window, closed_vault) -> None:
    window = make_window()
    unlock(qtbot, window)
    page = today_page(window)
    qtbot.keyClicks(page.checkin.note, "morning")
    qtbot.waitUntil(lambda: page.another.isEnabled(), timeout=3000)
    qtbot.mouseClick(page.another, Qt.MouseButton.LeftButton)
    assert page.checkin.note.toPlainText() == ""
    qtbot.keyClicks(page.checkin.note, "evening")
    qtbot.waitUntil(lambda: page.another.isEnabled(), timeout=3000)
    settle(qtbot, window)
    notes = sorted(c.note for c in app_vault(window).recent_checkins(5))
    assert notes == ["evening", "morning"]


def add_checkins(folder: Path, notes: list[str]) -> list[CheckIn]:
    records = []
    with open_vault(folder) as vault:
        for i, note in enumerate(notes):
            record = CheckIn(mood=5, hope=6, note=note, at=f"2026-11-{10 + i:02d}T09:00:00+00:00")
            vault.save(record)
            records.append(record)
    return records


def test_edit_an_entry_from_the_journal(qtbot, make_window, closed_vault) -> None:
    (record,) = add_checkins(closed_vault, ["first words"])
    window = make_window()
    unlock(qtbot, window)
    journal = go(window, "Journal")
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1)
    rect = journal.view.visualRect(journal.model.index(0))
    qtbot.mouseClick(journal.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(journal.panel.editor, CheckInEditor))
    editor = journal.panel.editor
    assert isinstance(editor, CheckInEditor)
    assert editor.note.toPlainText() == "first words"
    editor.note.moveCursor(editor.note.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.note, " and more")
    qtbot.waitUntil(
        lambda: app_vault(window).get("checkin", record.id).note == "first words and more",
        timeout=3000,
    )
    qtbot.waitUntil(lambda: "and more" in journal.model.entry(0).text)  # type: ignore[union-attr]


def test_delete_then_undo_puts_the_entry_back(qtbot, make_window, closed_vault) -> None:
    (record,) = add_checkins(closed_vault, ["keep me"])
    window = make_window()
    unlock(qtbot, window)
    journal = go(window, "Journal")
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1)
    journal.view.setFocus()
    journal.view.setCurrentIndex(journal.model.index(0))
    qtbot.waitUntil(lambda: journal.panel.record_id == record.id)
    qtbot.mouseClick(journal.panel.delete_button, Qt.MouseButton.LeftButton)
    journal.view.setFocus()
    settle(qtbot, window)
    vault = app_vault(window)
    assert vault.count("checkin") == 0
    qtbot.waitUntil(lambda: journal.model.rowCount() == 0)
    assert window.undo_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert vault.get("checkin", record.id) == record
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1)


def test_search_as_you_type(qtbot, make_window, closed_vault) -> None:
    add_checkins(closed_vault, ["walked by the river", "rain all day", "river swim with Jo", "quiet night"])
    window = make_window()
    unlock(qtbot, window)
    journal = go(window, "Journal")
    qtbot.waitUntil(lambda: journal.model.rowCount() == 4)
    qtbot.keyClick(journal, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert journal.search.hasFocus()
    qtbot.keyClicks(journal.search, "riv")
    qtbot.waitUntil(lambda: journal.model.rowCount() == 2 and journal.model.where.search == "riv")
    assert all("river" in journal.model.entry(i).text for i in range(2))  # type: ignore[union-attr]
    # Typing on quickly: only the newest words count, older answers are dropped.
    qtbot.keyClicks(journal.search, "er swim")
    qtbot.waitUntil(lambda: journal.model.where.search == "river swim" and not journal.model.is_loading)
    assert journal.model.rowCount() == 1
    journal.search.clear()
    qtbot.keyClicks(journal.search, "zebra")
    qtbot.waitUntil(lambda: journal.model.where.search == "zebra" and not journal.model.is_loading)
    assert journal.model.rowCount() == 0
    assert "Nothing matches" in journal.empty.text()


def test_log_a_trigger_from_today(qtbot, make_window, closed_vault) -> None:
    window = make_window()
    unlock(qtbot, window)
    page = today_page(window)
    qtbot.mouseClick(page.log_trigger, Qt.MouseButton.LeftButton)
    triggers = window.shell.current_page  # type: ignore[union-attr]
    assert isinstance(triggers, TriggersPage)
    editor = triggers.panel.editor
    assert isinstance(editor, TriggerEditor)
    qtbot.keyClicks(editor.situation, "Walked past the old pub")
    editor.category.setFocus()
    qtbot.keyClicks(editor.category, "Places")
    qtbot.keyClicks(editor.response, "Rang my sponsor")
    qtbot.waitUntil(lambda: triggers.model.rowCount() == 1, timeout=3000)
    settle(qtbot, window)
    (trigger,) = app_vault(window).list("trigger")
    assert trigger.situation == "Walked past the old pub"
    assert trigger.category == "places"
    assert trigger.response == "Rang my sponsor"
    assert trigger.outcome == "resisted"


def test_gratitude_on_today(qtbot, make_window, closed_vault) -> None:
    window = make_window()
    unlock(qtbot, window)
    page = today_page(window)
    entry = page.gratitude.items.entry
    qtbot.keyClicks(entry, "a cup of tea")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.keyClicks(entry, "my sister rang")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (app_vault(window).gratitude_on(today_iso()) or None) is not None,
        timeout=3000,
    )
    settle(qtbot, window)
    saved = app_vault(window).gratitude_on(today_iso())
    assert saved is not None and saved.items == ("a cup of tea", "my sister rang")


def test_contact_copy_phone_and_crisis_list(qtbot, make_window, closed_vault) -> None:
    window = make_window()
    unlock(qtbot, window)
    support = go(window, "Support")
    assert isinstance(support, SupportPage)
    qtbot.mouseClick(support.new_button, Qt.MouseButton.LeftButton)
    editor = support.panel.editor
    assert isinstance(editor, ContactEditor)
    assert editor.name.hasFocus()
    qtbot.keyClicks(editor.name, "Dee")
    editor.role.setCurrentIndex(editor.role.findData("sponsor"))
    qtbot.keyClicks(editor.phone, "07700 900123")
    qtbot.mouseClick(editor.crisis, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: support.model.rowCount() == 1, timeout=3000)
    settle(qtbot, window)
    (contact,) = app_vault(window).list("contact")
    assert isinstance(contact, Contact)
    assert (contact.name, contact.role, contact.phone) == ("Dee", "sponsor", "07700 900123")
    assert contact.crisis is True

    qtbot.mouseClick(editor.copy_phone, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "07700 900123"

    crisis = go(window, "Crisis")
    assert isinstance(crisis, CrisisPage)
    qtbot.waitUntil(lambda: crisis.people.rowCount() == 1)
    assert crisis.people.entries()[0][:3] == ("Dee", "07700 900123", "Sponsor")
    assert crisis.helplines.rowCount() == 2  # the built-in UK lines, editable here

    window.lock()
    assert QGuiApplication.clipboard().text() == ""


# ---- lock, idle lock, never lose a word ----------------------------------------------------------


def test_lock_now_clears_the_screen_and_unlock_returns_the_half_typed_note(qtbot, make_window, closed_vault):
    window = make_window()
    unlock(qtbot, window)
    page = today_page(window)
    qtbot.keyClicks(page.checkin.note, "I nearly rang my old dealer but")
    # Lock before the autosave delay: the lock itself must save the words.
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.is_unlocked
    assert window.stack.currentWidget() is window.unlock_screen
    assert "old dealer" not in visible_text(window)
    assert window.session.context is None and not window.session.runner.has_vault
    assert window.windowTitle() == APP_TITLE
    with open_vault(closed_vault) as vault:
        assert [c.note for c in vault.recent_checkins(5)] == ["I nearly rang my old dealer but"]

    unlock(qtbot, window)
    page = today_page(window)
    qtbot.waitUntil(lambda: page.checkin.note.toPlainText() == "I nearly rang my old dealer but")
    qtbot.keyClicks(page.checkin.note, " I didn't.")
    settle(qtbot, window)
    qtbot.waitUntil(lambda: "Saved" in page.checkin_status.text(), timeout=3000)
    notes = [c.note for c in app_vault(window).recent_checkins(5)]
    assert notes == ["I nearly rang my old dealer but I didn't."]


def test_lock_button_returns_to_the_same_page_and_entry(qtbot, make_window, closed_vault) -> None:
    (record,) = add_checkins(closed_vault, ["an old entry"])
    window = make_window()
    unlock(qtbot, window)
    journal = go(window, "Journal")
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1)
    journal.view.setCurrentIndex(journal.model.index(0))
    qtbot.waitUntil(lambda: journal.panel.record_id == record.id)
    editor = journal.panel.editor
    assert isinstance(editor, CheckInEditor)
    editor.note.moveCursor(editor.note.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.note, ", edited")
    qtbot.mouseClick(window.shell.lock_button, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    assert not window.is_unlocked
    assert "an old entry" not in visible_text(window)
    unlock(qtbot, window)
    journal = window.shell.current_page  # type: ignore[union-attr]
    assert isinstance(journal, JournalPage)
    qtbot.waitUntil(lambda: journal.panel.record_id == record.id)
    editor = journal.panel.editor
    assert isinstance(editor, CheckInEditor)
    assert editor.note.toPlainText() == "an old entry, edited"


def test_idle_lock_with_a_dialog_open_keeps_the_half_typed_note(qtbot, make_window, closed_vault) -> None:
    window = make_window(idle_ms=600)
    unlock(qtbot, window)
    page = today_page(window)
    qtbot.keyClicks(page.checkin.note, "half a thought")
    settings = go(window, "Settings")
    qtbot.mouseClick(settings.export_button, Qt.MouseButton.LeftButton)
    dialog = settings.file_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=4000)
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if w is not window)
    assert "half a thought" not in visible_text(window)
    unlock(qtbot, window)
    page = window.shell.current_page  # type: ignore[union-attr]
    assert page is not None and page.title == "Settings"
    today = go(window, "Today")
    assert isinstance(today, TodayPage)
    with open_vault(closed_vault) as vault:
        assert [c.note for c in vault.recent_checkins(5)] == ["half a thought"]


def test_idle_lock_with_a_menu_open(qtbot, make_window, closed_vault) -> None:
    window = make_window(idle_ms=500)
    unlock(qtbot, window)
    menu = window.menuBar().actions()[0].menu()
    menu.popup(window.mapToGlobal(window.rect().center()))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: menu.isVisible())  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=4000)
    assert not menu.isVisible()  # type: ignore[union-attr]
    assert window.stack.currentWidget() is window.unlock_screen


def test_failed_save_keeps_the_text_and_says_why(qtbot, make_window, closed_vault, monkeypatch) -> None:
    window = make_window()
    unlock(qtbot, window)
    page = today_page(window)

    def full(self: Vault, record: object) -> object:
        raise errors.DiskFull("The disk is full, so your last change could not be saved.")

    real_save = Vault.save
    monkeypatch.setattr(Vault, "save", full)
    qtbot.keyClicks(page.checkin.note, "words that must not vanish")
    qtbot.waitUntil(lambda: page.checkin_message.isVisible(), timeout=3000)
    assert "disk is full" in page.checkin_message.text()
    assert page.checkin.note.toPlainText() == "words that must not vanish"
    monkeypatch.setattr(Vault, "save", real_save)  # undo() would also undo the isolated HOME
    qtbot.keyClicks(page.checkin.note, "!")
    qtbot.waitUntil(lambda: "Saved" in page.checkin_message.text(), timeout=3000)
    notes = [c.note for c in app_vault(window).recent_checkins(5)]
    assert notes == ["words that must not vanish!"]


# ---- keyboard and accessibility ----------------------------------------------------------------


def test_every_input_on_every_page_has_an_accessible_name(qtbot, make_window, closed_vault) -> None:
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSlider,
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QHeaderView,
        QScrollBar,
    )

    from ui.pages.shell import PAGES

    window = make_window()
    missing: list[str] = []

    def check(root: QWidget, where: str) -> None:
        for widget in root.findChildren(QWidget):
            if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)) or isinstance(
                widget, (QScrollBar, QHeaderView)
            ):
                continue  # internal parts of a named control
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSlider, QCheckBox,
                                   QAbstractSpinBox, QAbstractItemView)):
                if widget.metaObject().className() in ("QCalendarView", "QComboBoxListView",
                                                       "QCompleterListView", "QColumnView"):
                    continue
                if not widget.accessibleName() and widget.window() is window:
                    missing.append(f"{where}: {type(widget).__name__} {widget.objectName()}")

    check(window.welcome, "welcome")
    check(window.unlock_screen, "unlock")
    unlock(qtbot, window)
    for name, *_ in PAGES:
        page = go(window, name)
        check(page, name)
    assert not missing, missing


def test_keyboard_shortcuts_move_between_pages(qtbot, make_window, closed_vault) -> None:
    window = make_window()
    unlock(qtbot, window)
    screen = window.shell
    assert screen is not None
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert screen.current_page is not None and screen.current_page.title == "Journal"
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert screen.current_page.title == "Crisis"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert screen.current_page.title == "Today"
    # The check-in form is reachable by Tab from the first slider to the note.
    page = today_page(window)
    page.checkin.hope.slider.setFocus()
    seen = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert page.checkin.mood.slider in seen and page.checkin.note in seen
    assert seen.index(page.checkin.mood.slider) < seen.index(page.checkin.note)


def test_settings_are_saved_in_the_vault_and_theme_outside(qtbot, make_window, closed_vault, ui_settings):
    window = make_window()
    unlock(qtbot, window)
    settings = go(window, "Settings")
    settings.autolock.setValue(12)
    settings.name.setFocus()
    qtbot.keyClicks(settings.name, "Alex")
    settings.theme.setCurrentIndex(settings.theme.findData("dark"))
    settle(qtbot, window)
    qtbot.waitUntil(lambda: app_vault(window).setting("name") == "Alex", timeout=3000)
    assert app_vault(window).setting("autolock_minutes") == 12
    assert ui_settings.theme == "dark"
    ini = Path(ui_settings.file_name()).read_text()
    assert "Alex" not in ini and "dark" in ini


def test_trends_say_how_connection_goes_with_hope(qtbot, make_window, closed_vault) -> None:
    import datetime as dt

    with open_vault(closed_vault) as vault:
        today = dt.date.today()
        for offset in range(6):
            day = today - dt.timedelta(days=offset)
            vault.save(CheckIn(mood=5, hope=8 if offset % 2 else 4, peer_contact=bool(offset % 2),
                               at=f"{day.isoformat()}T12:00:00+00:00"))
    window = make_window()
    unlock(qtbot, window)
    trends = go(window, "Trends")
    qtbot.waitUntil(lambda: "spent time with someone in recovery" in trends.connection.text())
    assert "8.0" in trends.connection.text() and "4.0" in trends.connection.text()
    assert trends.lines.chart.series()
    qtbot.mouseClick(trends.group.button(7), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: trends.days == 7)


def test_crash_log_keeps_no_journal_text(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A bug whose message and local variables hold journal text reaches the one crash handler;
    the log it writes names the error and where, and none of the text reaches any file."""
    from ui.crash import CrashHandler

    handler = CrashHandler(tmp_path / "logs")
    note = "my secret note about Dee"
    try:
        secret_local = note  # noqa: F841 - a local a careless traceback printer would show
        raise ValueError(note)
    except ValueError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]:
        assert "secret" not in box.text() + box.informativeText()
        box.close()
    text = (tmp_path / "logs" / "crash.log").read_text()
    assert "ValueError" in text and "test_flows.py" in text
    for path in tmp_path.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert b"secret" not in content and b"Dee" not in content, path


def test_a_bug_inside_a_save_on_the_worker_reaches_the_crash_log_without_journal_text(
    qtbot, closed_vault: Path, ui_settings, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The task runner's unexpected path, end to end: a bug raised on the worker thread while
    autosaving a note, with the note in its message and in a local, goes runner.unexpected ->
    the session -> the window's CrashHandler. The log says what and where; the words stay only on
    the screen (not in the log, the dialog or any file), and the crash dialog appears."""
    from journal import kdf
    from ui.crash import CrashHandler

    words = "I told Dee about the relapse MARKERCRASH7"

    def broken_save(self: Vault, record: CheckIn) -> CheckIn:
        note_in_a_local = record.note  # noqa: F841 - what a careless traceback printer would show
        raise ValueError(f"could not store {record.note}")

    real_save = Vault.save
    settings_folder = tmp_path / "settings"
    crash = CrashHandler(settings_folder)
    window = MainWindow(closed_vault, ui_settings=ui_settings, profile=kdf.TEST_PROFILE, crash=crash)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    crash.window = window
    unlock(qtbot, window)
    monkeypatch.setattr(Vault, "save", broken_save)
    page = today_page(window)
    qtbot.keyClicks(page.checkin.note, words)
    qtbot.waitUntil(lambda: crash.count == 1, timeout=5000)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]:
        assert "MARKERCRASH7" not in box.text() + box.informativeText()
        box.close()
    log = (settings_folder / "crash.log").read_text(encoding="utf-8")
    assert "ValueError" in log and "in broken_save" in log and "tasks.py" in log
    assert page.checkin.note.toPlainText() == words  # still on the screen, for a later save
    monkeypatch.setattr(Vault, "save", real_save)  # undo() would also undo the isolated HOME
    window.lock()
    for root in (tmp_path, Path.home()):
        for path in root.rglob("*"):
            if path.is_file():
                content = path.read_bytes()
                for needle in (b"MARKERCRASH7", "MARKERCRASH7".encode("utf-16-le")):
                    assert needle not in content or path.name.startswith("vault.db"), path


def test_tags_complete_from_ones_used_before(qtbot, make_window, closed_vault):
    with open_vault(closed_vault) as vault:
        vault.save(CheckIn(mood=5, hope=5, tags=("meeting", "work")))
        vault.save(CheckIn(mood=5, hope=5, tags=("meeting",)))
    window = make_window()
    unlock(qtbot, window)
    page = today_page(window)
    qtbot.waitUntil(lambda: page.checkin.tag_model.rowCount() == 2)
    assert page.checkin.tag_model.stringList() == ["meeting", "work"]  # most used first
    completer = page.checkin.tags.completer()
    qtbot.keyClicks(page.checkin.tags, "walk, mee")
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    popup = completer.popup()
    index = popup.model().index(0, 0)
    assert index.data() == "meeting"
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(index).center())
    assert page.checkin.tags.text() == "walk, meeting, "


def test_settings_backup_export_import_and_passphrase(qtbot, make_window, closed_vault, tmp_path):
    add_checkins(closed_vault, ["to be exported"])
    window = make_window()
    unlock(qtbot, window)
    settings = go(window, "Settings")

    qtbot.mouseClick(settings.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Backed up to" in settings.data_message.text(), timeout=5000)
    backups = list((closed_vault / "backups").glob("recovery-journal-backup-*.db"))
    assert backups and b"to be exported" not in backups[0].read_bytes()

    qtbot.mouseClick(settings.export_button, Qt.MouseButton.LeftButton)
    dialog = settings.file_dialog
    assert dialog is not None and "not encrypted" in dialog.windowTitle()
    export = tmp_path / "export.json"
    dialog.selectFile(str(export))
    dialog.accept()
    qtbot.waitUntil(lambda: "Exported to" in settings.data_message.text(), timeout=5000)
    assert "not encrypted" in settings.data_message.text()
    assert "to be exported" in export.read_text()

    # Importing the same file again changes nothing and says so.
    qtbot.mouseClick(settings.import_button, Qt.MouseButton.LeftButton)
    dialog = settings.file_dialog
    dialog.selectFile(str(export))
    dialog.accept()
    qtbot.waitUntil(lambda: "already in your journal" in settings.data_message.text(), timeout=5000)

    qtbot.keyClicks(settings.current, "wrong passphrase")
    qtbot.keyClicks(settings.new, "a brand new passphrase")
    qtbot.keyClicks(settings.repeat, "a brand new passphrase")
    qtbot.mouseClick(settings.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not your current passphrase" in settings.secret_message.text(), timeout=5000)
    settings.current.clear()
    qtbot.keyClicks(settings.current, PASSPHRASE)
    qtbot.mouseClick(settings.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "passphrase is changed" in settings.secret_message.text(), timeout=10000)
    window.lock()
    unlock(qtbot, window, "a brand new passphrase")
    assert window.is_unlocked


def test_a_save_that_fails_while_locking_is_kept_and_saved_after_unlock(
    qtbot, make_window, closed_vault, monkeypatch
):
    window = make_window()
    unlock(qtbot, window)
    page = today_page(window)
    real_save = Vault.save

    def full(self: Vault, record: object) -> object:
        raise errors.DiskFull("The disk is full, so your last change could not be saved.")

    monkeypatch.setattr(Vault, "save", full)
    qtbot.keyClicks(page.checkin.note, "written as the stick was pulled")
    window.lock()
    assert "stick was pulled" not in visible_text(window)
    monkeypatch.setattr(Vault, "save", real_save)
    unlock(qtbot, window)
    page = today_page(window)
    qtbot.waitUntil(lambda: page.checkin.note.toPlainText() == "written as the stick was pulled")
    settle(qtbot, window)
    notes = [c.note for c in app_vault(window).recent_checkins(5)]
    assert notes == ["written as the stick was pulled"]


def test_start_a_new_journal_in_another_folder(qtbot, make_window, closed_vault, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    window = make_window()
    qtbot.mouseClick(window.unlock_screen.new_button, Qt.MouseButton.LeftButton)
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    dialog.selectFile(str(stick))
    dialog.accept()
    assert window.stack.currentWidget() is window.welcome
    assert str(stick) in window.welcome.folder_label.full_text()
    qtbot.keyClicks(window.welcome.passphrase, "another long passphrase")
    qtbot.keyClicks(window.welcome.repeat, "another long passphrase")
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=5000)
    assert Vault.exists(stick)
    window.lock()
    # The first journal is untouched and still opens with its own passphrase.
    with open_vault(closed_vault) as vault:
        assert vault.count("checkin") == 0
    assert window.stack.currentWidget() is window.unlock_screen
    assert str(stick) in window.unlock_screen.folder_label.full_text()


def test_journal_filters_by_kind_and_date_and_agenda_items(qtbot, make_window, closed_vault):
    import datetime as dt

    from journal.records import Trigger

    add_checkins(closed_vault, ["an old check-in"])  # on 10 November 2026
    with open_vault(closed_vault) as vault:
        vault.save(Trigger(situation="payday", category="times", intensity=6,
                           at=dt.datetime.now().astimezone().isoformat(timespec="seconds")))
    window = make_window()
    unlock(qtbot, window)
    journal = go(window, "Journal")
    qtbot.waitUntil(lambda: journal.model.rowCount() == 2)
    journal.kind_filter.setCurrentIndex(journal.kind_filter.findText("Triggers"))
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1 and not journal.model.is_loading)
    assert journal.model.entry(0).kind == "trigger"  # type: ignore[union-attr]
    journal.kind_filter.setCurrentIndex(0)
    journal.period.setCurrentIndex(journal.period.findText("Last 7 days"))
    qtbot.waitUntil(lambda: journal.model.where.start_day is not None and not journal.model.is_loading)
    kinds = [journal.model.entry(i).kind for i in range(journal.model.rowCount())]  # type: ignore[union-attr]
    assert kinds == ["trigger"]

    agenda = go(window, "Agenda")
    qtbot.mouseClick(agenda.new_button, Qt.MouseButton.LeftButton)
    editor = agenda.panel.editor
    qtbot.keyClicks(editor.text, "Ask about the housing letter")
    qtbot.waitUntil(lambda: agenda.model.rowCount() == 1, timeout=3000)
    editor.done.setFocus()
    qtbot.keyClick(editor.done, Qt.Key.Key_Space)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: app_vault(window).list("agenda")[0].done, timeout=3000)
    assert app_vault(window).list("agenda")[0].text == "Ask about the housing letter"


def test_idle_lock_closes_a_blocking_modal_dialog(qtbot, make_window, closed_vault):
    """A dialog run with exec() (its own event loop) must not keep the journal on screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    window = make_window(idle_ms=700)
    unlock(qtbot, window)
    go(window, "Settings")
    results: list[int] = []

    def blocking() -> None:
        box = QMessageBox(QMessageBox.Icon.Question, "Recovery Journal", "Are you sure?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
        results.append(box.exec())

    def safety() -> None:  # only if the lock failed: never leave the test hanging
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(99)

    QTimer.singleShot(0, blocking)
    QTimer.singleShot(6000, safety)
    qtbot.waitUntil(lambda: bool(results), timeout=8000)
    assert results[0] != 99, "the lock did not close the dialog"
    assert not window.is_unlocked
    assert window.stack.currentWidget() is window.unlock_screen


def test_quitting_before_the_daily_backup_starts_leaves_it_for_next_time(
    qtbot, make_window, closed_vault, monkeypatch
) -> None:
    """Closed within the moment the day's backup waits after unlocking: the waiting backup finds
    the journal closed and leaves it for the next unlock, without an error. (It raised "no journal
    is open" from the event loop, once in a full run on a loaded machine.)"""
    import ui.session
    from journal import autobackup

    monkeypatch.setattr(ui.session, "DAILY_BACKUP_DELAY_MS", 1500)
    window = make_window()
    unlock(qtbot, window)
    window.close()  # the session quits; the backup's timer is still to come
    qtbot.wait(2000)  # an exception in the event loop here fails the test
    assert not [p for p in autobackup.automatic_backups(closed_vault) if p.name.startswith("daily-")]


def test_quitting_while_the_daily_backup_runs_keeps_the_words_and_the_backup(
    qtbot, make_window, closed_vault, monkeypatch
) -> None:
    """Quitting a moment after unlocking saves what was just typed and lets the day's automatic
    backup finish instead of cutting it off halfway."""
    import time

    import ui.session
    from journal import autobackup

    started: list[float] = []
    real_backup = autobackup.run_daily_backup

    def slow_backup(vault: Vault) -> Path | None:
        started.append(time.monotonic())
        time.sleep(0.5)  # as ten years take on a slow laptop
        return real_backup(vault)

    monkeypatch.setattr(ui.session, "DAILY_BACKUP_DELAY_MS", 0)
    monkeypatch.setattr(autobackup, "run_daily_backup", slow_backup)
    window = make_window()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    page = window.shell.current_page  # type: ignore[union-attr]
    assert isinstance(page, TodayPage)
    qtbot.keyClicks(page.checkin.note, "typed just before quitting")
    window.close()  # inside the autosave delay, while the backup runs
    made = autobackup.automatic_backups(closed_vault)
    assert [path.name for path in made if path.name.startswith("daily-")], made
    assert not list(autobackup.auto_dir(closed_vault).glob("*.partial*"))
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        assert [c.note for c in vault.recent_checkins(5)] == ["typed just before quitting"]


class ShiftedClock:
    """The auto-lock's clocks, moved forward at will: minutes pass without waiting for them. It
    stands in for the `time` module ui.idle reads, so every clock it may use moves together
    (CLOCK_BOOTTIME on Linux, which counts sleep; elsewhere monotonic and wall-clock time)."""

    def __init__(self) -> None:
        import time

        self.real = time
        self.ahead = 0.0

    def __getattr__(self, name: str) -> object:  # CLOCK_BOOTTIME and the rest, as they are
        return getattr(self.real, name)

    def monotonic(self) -> float:
        return self.real.monotonic() + self.ahead

    def time(self) -> float:
        return self.real.time() + self.ahead

    def clock_gettime(self, clock: int) -> float:
        return self.real.clock_gettime(clock) + self.ahead


def still_unlocked_after_a_tick(qtbot, window: MainWindow) -> bool:  # type: ignore[no-untyped-def]
    qtbot.wait(1300)  # the idle clock looks once a second at most
    return window.is_unlocked


def test_the_auto_lock_minutes_from_settings_reach_the_clock(qtbot, make_window, closed_vault,
                                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Default 5 minutes; 2 chosen in Settings apply at once and after the next unlock."""
    import ui.idle

    clock = ShiftedClock()
    monkeypatch.setattr(ui.idle, "time", clock)
    window = make_window()  # no test override: the minutes come from the journal
    unlock(qtbot, window)
    clock.ahead = 4 * 60 + 50
    assert still_unlocked_after_a_tick(qtbot, window)  # the default is 5 minutes
    settings = go(window, "Settings")
    # A person reaches the box before changing it: without that input the journal has been idle
    # 4 min 50 s, past the new 2 minutes, and locks at the first tick after the save (it did, on a
    # loaded machine, before the next line could read the vault).
    qtbot.mouseMove(settings.autolock)
    settings.autolock.setValue(2)
    settle(qtbot, window)
    assert app_vault(window).setting("autolock_minutes") == 2
    qtbot.mouseMove(settings.autolock)  # the last input: the clock starts again from here
    start = clock.ahead
    clock.ahead = start + 110
    assert still_unlocked_after_a_tick(qtbot, window)
    clock.ahead = start + 125
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=3000)

    unlock(qtbot, window)  # read from the journal again on the next unlock
    start = clock.ahead
    clock.ahead = start + 110
    assert still_unlocked_after_a_tick(qtbot, window)
    clock.ahead = start + 125
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=3000)


def test_typing_and_moving_the_mouse_postpone_the_auto_lock(qtbot, make_window, closed_vault,
                                                            monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ui.idle

    clock = ShiftedClock()
    monkeypatch.setattr(ui.idle, "time", clock)
    window = make_window(idle_ms=60_000)
    unlock(qtbot, window)
    page = today_page(window)
    for moment in (50, 100, 150):  # 50 s apart, each under the minute; 150 s in all
        clock.ahead = moment
        qtbot.keyClicks(page.checkin.note, "x")
        clock.ahead = moment + 45
        assert still_unlocked_after_a_tick(qtbot, window), moment
    qtbot.mouseMove(page.checkin.note, page.checkin.note.rect().center())
    clock.ahead = 195 + 55
    assert still_unlocked_after_a_tick(qtbot, window)  # 55 s after the mouse moved
    clock.ahead = 195 + 65
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=3000)


def test_work_timed_at_unlock_sees_a_journal_closed_since(qtbot, make_window, closed_vault):  # type: ignore[no-untyped-def]
    """The day's backup and the recovery-key offer wait a moment after unlock and then ask
    `still_open`; a journal closed within that moment (the window closed, the vault detached
    while the session's context stayed) must read as closed, or they run on no journal."""
    window = make_window()
    unlock(qtbot, window)
    context = window.session.context
    assert context is not None and window.session.still_open(context)
    window.close()
    assert not window.session.still_open(context)


def test_quitting_right_after_unlocking_leaves_no_work_behind(qtbot, make_window, closed_vault) -> None:  # type: ignore[no-untyped-def]
    """The day's backup and the recovery-key offer wait 2 s after an unlock; a window closed
    before then must not start them on a journal that is closed (it raised 'no journal is open'
    in the event loop, which the test harness reports as an error)."""
    window = make_window()
    unlock(qtbot, window)
    window.close()
    qtbot.wait(2500)
    assert not window.session.runner.has_vault
