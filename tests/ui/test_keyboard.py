"""Keyboard only: focus that can be seen on every control, no dialog that keeps the Tab key, Escape
out of every dialog, and the shortcuts listed in Help taken from the menus themselves."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from tests.ui.conftest import settle, unlock
from ui.main_window import MainWindow
from ui.pages.shell import PAGES


def picture(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def tab_stops(root: QWidget) -> list[QWidget]:
    """The controls Tab reaches: shown, enabled, taking focus by Tab (labels never)."""
    return [
        w for w in root.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and not isinstance(w, QLabel)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
        and w.window() is root.window()
    ]


def test_focus_can_be_seen_on_every_control_of_every_page(qtbot, make_window, closed_vault) -> None:
    """Tab through each page from the list of pages: every control Tab lands on looks different
    from how it looked before (Qt draws keyboard focus only after a key moved it, so real Tab
    presses, not setFocus)."""
    window = make_window()
    unlock(qtbot, window)
    shell = window.shell
    assert shell is not None
    unseen: list[str] = []
    checked = 0
    for name, *_ in PAGES:
        page = shell.go(name)
        settle(qtbot, window)
        shell.hard_time_button.setFocus()
        stops = tab_stops(page)
        unfocused = {id(w): picture(w) for w in stops}
        nav_before = picture(shell.nav)
        shell.nav.setFocus()
        qtbot.keyClick(shell.hard_time_button, Qt.Key.Key_Backtab)  # onto the list of pages, by key
        qtbot.keyClick(shell.nav, Qt.Key.Key_Backtab)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if shell.nav.hasFocus() and picture(shell.nav) == nav_before:
            unseen.append("the list of pages")
        for _ in range(len(stops) + 5):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focus = QApplication.focusWidget()
            if focus is None or id(focus) not in unfocused:
                continue
            checked += 1
            if picture(focus) == unfocused.pop(id(focus)):
                unseen.append(f"{name}: {type(focus).__name__} {focus.accessibleName()!r}")
    assert checked > 40
    assert not unseen, "\n".join(unseen)


def open_dialogs(window: MainWindow) -> dict[str, Callable[[], object]]:
    assert window.shell is not None
    shell = window.shell

    return {
        "keyboard shortcuts": window.shortcuts_action.trigger,
        "recovery key": lambda: shell.go("Settings").recovery_box.open_dialog(),  # type: ignore[attr-defined]
        "export file": lambda: shell.go("Settings").export_button.click(),  # type: ignore[attr-defined]
        "import file": lambda: shell.go("Settings").import_button.click(),  # type: ignore[attr-defined]
        "print preview of the plan": lambda: shell.go("My plan").print_button.click(),  # type: ignore[attr-defined]
    }


DIALOGS = ("keyboard shortcuts", "recovery key", "export file", "import file", "print preview of the plan")


@pytest.mark.parametrize("which", DIALOGS)
def test_no_dialog_keeps_the_tab_key_and_escape_leaves_it(qtbot, make_window, closed_vault, which) -> None:
    window = make_window()
    unlock(qtbot, window)
    settle(qtbot, window)
    before = set(QApplication.topLevelWidgets())
    open_dialogs(window)[which]()

    def dialog() -> QDialog | None:
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QDialog) and w.isVisible() and w not in before), None)

    qtbot.waitUntil(lambda: dialog() is not None, timeout=5000)
    box = dialog()
    assert box is not None
    qtbot.waitUntil(lambda: (f := QApplication.focusWidget()) is not None and box.isAncestorOf(f))
    stops = tab_stops(box)
    unfocused = {id(w): picture(w) for w in stops if not w.hasFocus()}
    unseen: list[str] = []
    seen: list[QWidget] = []
    for _ in range(len(stops) + 3):
        focus = QApplication.focusWidget()
        assert focus is not None
        seen.append(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not focus, f"Tab is kept by {type(focus).__name__}"
        assert box.isAncestorOf(now)
        if now is not None and id(now) in unfocused and picture(now) == unfocused.pop(id(now)):
            unseen.append(f"{type(now).__name__} {now.accessibleName()!r}")
    assert not unseen, "focus not seen on: " + ", ".join(unseen)
    # Every control of the dialog was reached, so Tab went round rather than stopping.
    assert len(set(seen)) >= min(len(stops), 2)
    # Shift+Tab goes back.
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is not focus
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)


def test_escape_leaves_the_hard_time_view(qtbot, make_window, closed_vault) -> None:
    window = make_window()
    unlock(qtbot, window)
    assert window.shell is not None
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_H, both)
    qtbot.waitUntil(lambda: window.shell is not None and window.shell.hard_time_open)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.shell is not None and not window.shell.hard_time_open)


def test_help_lists_the_keys_the_menus_really_have(qtbot, make_window, closed_vault) -> None:
    from ui.dialogs.shortcuts import ShortcutsDialog

    window = make_window()
    unlock(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.shortcuts_dialog, ShortcutsDialog)
                    and window.shortcuts_dialog.isVisible())
    dialog = window.shortcuts_dialog
    assert isinstance(dialog, ShortcutsDialog)
    rows = {dialog.model.index(r, 0).data(): dialog.model.index(r, 1).data()
            for r in range(dialog.model.rowCount())}
    assert rows["Journal → Lock now"] == "Ctrl+L"
    assert rows["Go → Goals"] == "Ctrl+9"  # the ninth page; Ctrl+1 … Ctrl+0 reach the first ten
    assert rows["Help → Keyboard shortcuts"] == "Ctrl+/"
    assert rows["Help → How to use"] == "F1"
    dialog.reject()
    # Built from the actions each time it opens: a changed key shows at once.
    window.lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
    window.show_shortcuts()
    dialog = window.shortcuts_dialog
    assert isinstance(dialog, ShortcutsDialog)
    rows = {dialog.model.index(r, 0).data(): dialog.model.index(r, 1).data()
            for r in range(dialog.model.rowCount())}
    assert rows["Journal → Lock now"] == "Ctrl+Shift+L"
    dialog.reject()
