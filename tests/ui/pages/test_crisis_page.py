"""The crisis pages: helplines first; the person's crisis contacts in the order they choose;
overdose advice marked with what it is written for; and their own helplines before unlocking
only when they chose it, kept where the page says."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from journal.records import Contact
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import app_vault, settle, unlock
from ui.main_window import MainWindow
from ui.operations import CRISIS_ORDER_KEY, in_crisis_order
from ui.pages.crisis import CrisisPage
from ui.theme import UiSettings

ALT = Qt.KeyboardModifier.AltModifier


def crisis_page(qtbot, window: MainWindow) -> CrisisPage:  # type: ignore[no-untyped-def]
    assert window.shell is not None
    page = window.shell.go("Crisis")
    assert isinstance(page, CrisisPage)
    settle(qtbot, window)
    return page


def names(page: CrisisPage) -> list[str]:
    return [entry.name for entry in page.people.entries()]


def test_crisis_contacts_come_in_the_persons_order(qtbot, make_window, closed_vault: Path) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        for name, phone in (("Ann", "07700 900003"), ("Bea", "07700 900001"), ("Cal", "07700 900002")):
            vault.save(Contact(name=name, phone=phone, crisis=True))
        vault.save(Contact(name="Not in the list", phone="07700 900000"))
    window = make_window()
    unlock(qtbot, window)
    page = crisis_page(qtbot, window)
    assert names(page) == ["Ann", "Bea", "Cal"]  # by name until the person chooses, never by number
    # Helplines first, then the person's people.
    assert page.helpline_view.geometry().top() < page.people_view.geometry().top()

    page.people_view.setFocus()
    page.people_view.setCurrentIndex(page.people.index(2))
    qtbot.keyClick(page.people_view, Qt.Key.Key_Up, ALT)  # Cal up
    qtbot.keyClick(page.people_view, Qt.Key.Key_Up, ALT)  # Cal first
    page.people_view.setCurrentIndex(page.people.index(1))
    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)  # Ann last
    assert names(page) == ["Cal", "Bea", "Ann"]
    settle(qtbot, window)
    ids = {c.name: c.id for c in app_vault(window).list("contact") if isinstance(c, Contact)}
    assert app_vault(window).setting(CRISIS_ORDER_KEY) == [ids["Cal"], ids["Bea"], ids["Ann"]]

    # Kept in the vault: after a lock and unlock, on the crisis page and in the hard-time view
    # (which shows the crisis list while the plan names nobody).
    window.lock()
    unlock(qtbot, window)
    page = crisis_page(qtbot, window)
    assert names(page) == ["Cal", "Bea", "Ann"]
    assert window.shell is not None
    view = window.shell.open_hard_time()
    qtbot.waitUntil(lambda: [e.name for e in view.people.entries()] == ["Cal", "Bea", "Ann"])


def test_new_crisis_contacts_come_after_the_ordered_ones() -> None:
    ann, bea, cal, dan = (Contact(name=n, crisis=True) for n in ("Ann", "Bea", "Cal", "Dan"))
    order = [cal.id, "gone", ann.id, cal.id]
    assert in_crisis_order([ann, bea, cal, dan], order) == [cal, ann, bea, dan]
    assert in_crisis_order([bea, ann], "not a list") == [ann, bea]


def settings_file(settings: UiSettings) -> str:
    """The non-personal settings file as anyone on this computer could read it."""
    path = Path(settings.file_name())
    return path.read_text(encoding="utf-8") if path.exists() else ""


def locked_crisis_lines(window: MainWindow) -> list[tuple[str, str]]:
    window.show_locked_crisis()
    return [(entry.name, entry.phone) for entry in window.crisis.helplines.entries()]


def test_own_helplines_show_before_unlocking_only_when_chosen(
    qtbot, make_window, closed_vault: Path, ui_settings: UiSettings
) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        vault.save(Contact(name="Dee", phone="07700 900123", crisis=True))
    window = make_window()
    built_in = locked_crisis_lines(window)
    assert ("Samaritans", "116 123") in built_in
    assert "UK" in window.crisis.advice_note.text() and "999" in window.crisis.advice.text()
    window.show_start()
    unlock(qtbot, window)
    page = crisis_page(qtbot, window)
    page.helplines.setData(page.helplines.index(0, 0), "Local crisis line")
    page.helplines.setData(page.helplines.index(0, 1), "0800 000 111")
    page.advice_edit.setPlainText("Call 112. The needle exchange on Main Street gives out naloxone.")
    page.flush()
    settle(qtbot, window)
    assert ("Local crisis line", "0800 000 111") in [(e.name, e.phone) for e in page.helpline_cards.entries()]
    window.lock()
    # Not chosen: before unlocking, only the built-in lines and advice; nothing written outside.
    assert locked_crisis_lines(window) == built_in
    assert "needle exchange" not in window.crisis.advice.text()
    assert "0800 000 111" not in settings_file(ui_settings)

    window.show_start()
    unlock(qtbot, window)
    page = crisis_page(qtbot, window)
    assert ui_settings.file_name() in page.before_unlock_note.text()  # says where the copy goes
    qtbot.mouseClick(page.before_unlock, Qt.MouseButton.LeftButton)
    window.lock()
    lines = locked_crisis_lines(window)
    assert ("Local crisis line", "0800 000 111") in lines
    assert window.crisis.own_note.isVisible()
    assert "needle exchange" in window.crisis.advice.text()
    settings_text = settings_file(ui_settings)
    assert "Dee" not in settings_text and "07700 900123" not in settings_text  # never the person's own

    window.show_start()
    unlock(qtbot, window)
    page = crisis_page(qtbot, window)
    assert page.before_unlock.isChecked()
    qtbot.mouseClick(page.before_unlock, Qt.MouseButton.LeftButton)
    window.lock()
    assert locked_crisis_lines(window) == built_in
    assert "0800 000 111" not in settings_file(ui_settings)


def test_the_advice_goes_back_to_the_uk_text(qtbot, make_window, closed_vault: Path) -> None:
    window = make_window()
    unlock(qtbot, window)
    page = crisis_page(qtbot, window)
    built_in = page.advice.text()
    assert "naloxone" in built_in.lower() and "recovery position" in built_in
    qtbot.keyClicks(page.advice_edit, "Our local service: 0800 000 222. ")
    assert "0800 000 222" in page.advice.text()
    assert "changed" in page.advice_note.text()
    qtbot.mouseClick(page.advice_reset, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert page.advice.text() == built_in and "UK" in page.advice_note.text()
    assert app_vault(window).setting("overdose_advice") == ""
