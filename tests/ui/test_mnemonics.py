"""Alt+letter does what its underline promises: no two mnemonics on screen at once share a letter.

Qt gives each underlined letter (a menu's, a label's for its field, a button's, a check box's, a
group box's, a tab's) an Alt+letter shortcut in its window. When two of them in one window share
a letter, Alt+letter only moves between them, or opens the menu instead of reaching the field;
someone who cannot use a mouse is stuck (issue 16). So every screen, page, editor and dialog a
person can open is visited, in English and in Polish, and the letters seen together are compared:
the menu bar's with those of whatever is shown under it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)

from journal import kdf
from journal.i18n import POLISH
from journal.records import (
    AgendaItem,
    CapitalCheck,
    CheckIn,
    Contact,
    Goal,
    GoalStep,
    GratitudeList,
    Plan,
    Trigger,
)
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.i18n_support import ensure_built
from tests.ui.conftest import MakeWindow, settle, unlock
from ui import i18n as ui_i18n
from ui.editors.panel import EDITORS
from ui.editors.trigger import TriggerEditor
from ui.main_window import MainWindow
from ui.pages.shell import PAGES


@pytest.fixture(params=["English", "Polish"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    if request.param == "Polish":
        ensure_built()
        ui_i18n.install(qapp, POLISH)
        yield request.param
        ui_i18n.uninstall(qapp)
    else:
        yield request.param


def _owner(widget: QWidget) -> str:
    """Where a mnemonic sits, for the failure message: the nearest named class of the app."""
    parent: QWidget | None = widget
    while parent is not None:
        if type(parent).__module__.startswith("ui."):
            return type(parent).__name__
        parent = parent.parentWidget()
    return type(widget).__name__


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(Alt+letter, what carries it) for each underlined letter Alt reaches in `window` now: its
    menu bar's, and those of its shown labels with a buddy, buttons, check boxes, group boxes and
    tabs (a hidden widget, or one in another window, answers no Alt+letter)."""
    found: list[tuple[str, str]] = []

    def add(text: str, what: str) -> None:
        key = QKeySequence.mnemonic(text)
        if not key.isEmpty():
            found.append((key.toString(), f"{what} {text!r}"))

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text(), "menu")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        owner = _owner(widget)
        if isinstance(widget, QLabel):
            if widget.buddy() is not None:
                add(widget.text(), f"label in {owner}")
        elif isinstance(widget, QAbstractButton):
            add(widget.text(), f"{type(widget).__name__} in {owner}")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), f"group box in {owner}")
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                if widget.isTabVisible(tab):
                    add(widget.tabText(tab), f"tab in {owner}")
    return found


class Clashes:
    """Letters used twice, screen by screen, gathered so one failure lists them all."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.found: dict[str, set[str]] = {}
        self.screens: list[str] = []

    def check(self, screen: str, window: QWidget) -> None:
        QApplication.processEvents()
        self.screens.append(screen)
        by_key: dict[str, list[str]] = defaultdict(list)
        for key, what in mnemonics(window):
            by_key[key].append(what)
        for key, carriers in by_key.items():
            if len(carriers) > 1:
                self.found.setdefault(f"{key}: " + ", ".join(sorted(carriers)), set()).add(screen)

    def assert_none(self) -> None:
        lines = [f"{clash}  (on {', '.join(sorted(on))})" for clash, on in sorted(self.found.items())]
        assert not lines, f"{len(lines)} Alt+letter clashes in {self.language}:\n" + "\n".join(lines)


def _seed(folder: Path) -> None:
    """One record of every kind the pages list, so each editor can be opened from a list."""
    with Vault.create(folder, PASSPHRASE, profile=kdf.TEST_PROFILE) as vault:
        friend = vault.save(Contact(name="Sam", role="friend", phone="07700 900123"))
        vault.save(CheckIn(mood=5, hope=6, craving=2, note="A walk", with_ids=(friend.id,)))
        vault.save(Trigger(situation="Payday", category="times", intensity=6))
        vault.save(GratitudeList(items=("Tea", "Sun")))
        vault.save(AgendaItem(text="Sleep"))
        vault.save(Goal(text="Walk daily", steps=(GoalStep(text="Shoes"),)))
        vault.save(Plan(if_part="I pass the pub", then_part="I ring Sam"))
        vault.save(CapitalCheck(answers=(3,) * 10))


def _each_record(qtbot, window: MainWindow, page: QWidget, clashes: Clashes, name: str) -> set[str]:  # type: ignore[no-untyped-def]
    """Open every listed record in the page's editor, then a new one, as a person would.
    Returns the kinds of record opened."""
    view = getattr(page, "view", None)
    panel = getattr(page, "panel", None)
    if view is None or panel is None:
        return set()
    opened: set[str] = set()
    model = view.model()
    for row in range(model.rowCount()):
        view.setCurrentIndex(model.index(row, 0))
        settle(qtbot, window)
        editor = panel.editor
        assert editor is not None and editor.base is not None, f"{name}: row {row} did not open"
        opened.add(editor.base.kind)
        clashes.check(f"{name}: {type(editor).__name__}", window)
        if isinstance(editor, TriggerEditor):  # "I used" shows a few more words and buttons
            editor.outcome.setCurrentIndex(editor.outcome.findData("used"))
            clashes.check(f"{name}: {type(editor).__name__} after using", window)
    new = getattr(page, "new_button", None)
    if new is not None:
        new.click()
        settle(qtbot, window)
        clashes.check(f"{name}: new", window)
    return opened


@pytest.mark.usefixtures("language")
def test_the_locked_screens(qtbot, make_window: MakeWindow, language: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    clashes = Clashes(language)
    welcome = make_window(tmp_path / "new journal")
    clashes.check("welcome", welcome)
    folder = tmp_path / "journal"
    Vault.create(folder, PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    window = make_window(folder)
    clashes.check("unlock", window)
    window.show_forgot()
    clashes.check("forgot", window)
    window.show_locked_crisis()
    clashes.check("locked crisis", window)
    clashes.assert_none()


def unlocked_with_every_kind(qtbot, make_window: MakeWindow, data_dir: Path):  # type: ignore[no-untyped-def]
    """The app unlocked on a journal holding a record of every kind: the window and its shell."""
    _seed(data_dir)
    window = make_window()
    unlock(qtbot, window)
    assert window.shell is not None
    return window, window.shell


def test_every_page_and_editor(qtbot, make_window: MakeWindow, language: str, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    clashes = Clashes(language)
    window, shell = unlocked_with_every_kind(qtbot, make_window, data_dir)
    editors: set[str] = set()
    for name, *_ in PAGES:
        page = shell.go(name)
        settle(qtbot, window)
        clashes.check(name, window)
        editors |= _each_record(qtbot, window, page, clashes, name)
    assert editors == set(EDITORS)  # every kind of record was opened in its editor
    today = shell.go("Today")
    settle(qtbot, window)
    today.start_another()  # type: ignore[attr-defined]
    clashes.check("Today: another check-in", window)
    shell.open_hard_time()
    settle(qtbot, window)
    clashes.check("hard time", window)
    assert len(clashes.screens) > len(PAGES) + 8
    clashes.assert_none()


def test_every_dialog(qtbot, make_window: MakeWindow, language: str, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    clashes = Clashes(language)
    window, shell = unlocked_with_every_kind(qtbot, make_window, data_dir)

    def check_dialog(screen: str, dialog: QWidget | None) -> None:
        assert dialog is not None, screen
        qtbot.waitExposed(dialog)
        clashes.check(screen, dialog)
        dialog.close()

    settings = shell.go("Settings")
    settle(qtbot, window)
    settings.recovery_box.open_dialog()  # type: ignore[attr-defined]
    check_dialog("recovery key", settings.recovery_box.dialog)  # type: ignore[attr-defined]
    settings.open_restore()  # type: ignore[attr-defined]
    check_dialog("restore", settings.restore_dialog)  # type: ignore[attr-defined]
    today = shell.go("Today")
    settle(qtbot, window)
    picker = today.checkin.companions  # type: ignore[attr-defined]
    picker.ask_for_group("A group")
    check_dialog("add a group", picker.dialog)
    window.show_help("how")
    check_dialog("how to use", window.help_dialog)
    window.show_help("about")
    check_dialog("about", window.help_dialog)
    window.show_shortcuts()
    check_dialog("keyboard shortcuts", window.shortcuts_dialog)
    clashes.assert_none()


def test_alt_h_opens_help_on_today_and_hope_has_a_letter_of_its_own(qtbot, make_window, closed_vault) -> None:  # type: ignore[no-untyped-def]
    """What a clash did: on Today, Alt+H went to the Hope slider ("&Hope") and Help never opened."""
    window = make_window()
    unlock(qtbot, window)
    today = window.shell.go("Today")  # type: ignore[union-attr]
    settle(qtbot, window)
    hope = today.checkin.hope  # type: ignore[attr-defined]
    window.shell.nav.setFocus()  # type: ignore[union-attr]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.help_menu.isVisible, timeout=2000)
    window.help_menu.close()
    hope_label = today.checkin.form.labelForField(hope)  # type: ignore[attr-defined]
    key = QKeySequence.mnemonic(hope_label.text())
    assert key.toString() not in ("", "Alt+H")
    window.shell.nav.setFocus()  # type: ignore[union-attr]
    qtbot.keyClick(QApplication.focusWidget(), key[0].key(), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: hope.hasFocus() or hope.isAncestorOf(QApplication.focusWidget()), timeout=2000)
