"""Choosing the language in the app: on the welcome screen it applies at once, in Settings at
the next start; both keep the choice in the non-personal ui.ini (docs/translations.md)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from journal import i18n
from journal.i18n import ENGLISH, POLISH
from tests.i18n_support import ensure_built
from tests.ui.conftest import settle, unlock
from ui import i18n as ui_i18n


@pytest.fixture(autouse=True)
def english_after(qapp: QApplication) -> Iterator[None]:
    ensure_built()
    yield
    ui_i18n.uninstall(qapp)


def choose_with_keyboard(combo, qtbot, words: str) -> None:  # type: ignore[no-untyped-def]
    """Move through the box with the arrow keys, as a person would, until `words` is chosen."""
    combo.setFocus()
    key = Qt.Key.Key_Down if combo.findText(words) > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentText() != words:
        qtbot.keyClick(combo, key)


def test_the_welcome_screen_speaks_the_chosen_language_at_once(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.welcome.create_button.text() == "Create my journal"
    assert [window.welcome.language.itemText(i) for i in range(window.welcome.language.count())] == [
        "English", "Polski",
    ]
    choose_with_keyboard(window.welcome.language, qtbot, "Polski")
    welcome = window.welcome  # built again, in Polish
    assert welcome.isVisible() and welcome.create_button.text() == "Załóż mój dziennik"
    assert welcome.language.currentText() == "Polski" and welcome.language.hasFocus()
    menus = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    assert menus == ["&Dziennik", "Pomo&c"]
    assert QLocale().toString(12345.5, "f", 1) == "12\u00a0345,5"
    assert i18n.settings_language(Path(window.ui_settings.file_name()).parent) == "pl"
    # Ctrl+Shift+H still opens the crisis page, from the menus built again in Polish
    qtbot.keyClick(welcome.passphrase, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.stack.currentWidget() is window.crisis
    assert window.crisis.back_button.text() == "Wstecz"  # screens built later speak it too
    window.show_start()
    choose_with_keyboard(window.welcome.language, qtbot, "English")
    assert window.welcome.create_button.text() == "Create my journal"
    settings_folder = Path(window.ui_settings.file_name()).parent
    assert i18n.choose_language(None, settings_folder, {"LANG": "pl_PL.UTF-8"}) is ENGLISH


def test_settings_keep_the_language_for_the_next_start(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from journal import kdf
    from journal.vault import Vault
    from tests.conftest import PASSPHRASE

    Vault.create(data_dir, PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    window = make_window()
    unlock(qtbot, window)
    page = window.shell.go("Settings")
    settle(qtbot, window)
    assert page.language.currentText() == "English"
    choose_with_keyboard(page.language, qtbot, "Polski")
    assert page.language_message.text() == "The app will speak Polski the next time you open it."
    assert page.change_button.text() == "Change passphrase"  # this session goes on in English
    settings_folder = Path(window.ui_settings.file_name()).parent
    assert i18n.choose_language(None, settings_folder, {"LANG": "en_GB.UTF-8"}) is POLISH
    window.shell.go("Today")
    page = window.shell.go("Settings")
    assert page.language.currentText() == "Polski"  # what was saved, not what is spoken
