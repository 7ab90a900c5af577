"""No database work on the UI thread: while a person walks through every page, the vault is only
ever used from the task runner's threads, so an import or a passphrase change holding the vault
for seconds can never freeze the window."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from journal.records import AgendaItem, CheckIn, Contact, GratitudeList, Trigger, today_iso
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from ui.pages.shell import PAGES

from .conftest import settle, unlock


def record_threads(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], set[str]]:
    """Wrap every method of Vault: (methods called on the UI thread, methods called elsewhere)."""
    on_ui: list[str] = []
    elsewhere: set[str] = set()

    def wrap(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(method)
        def recorded(*args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is threading.main_thread():
                on_ui.append(name)
            else:
                elsewhere.add(name)
            return method(*args, **kwargs)

        return recorded

    for name, member in list(vars(Vault).items()):
        if callable(member) and not name.startswith("__") and not isinstance(member, type):
            monkeypatch.setattr(Vault, name, wrap(name, member))
    return on_ui, elsewhere


def test_no_page_touches_the_vault_on_the_ui_thread(
    qtbot, make_window, closed_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        vault.set_setting("name", "Sam")
        vault.save(CheckIn(mood=5, hope=6, note="a walk by the river", tags=("walk",)))
        vault.save(Trigger(situation="payday", category="times", intensity=6))
        vault.save(GratitudeList(items=("tea",), date=today_iso()))
        vault.save(Contact(name="Dee", role="sponsor", phone="07700 900123", crisis=True))
        vault.save(AgendaItem(text="the housing letter"))
    on_ui, elsewhere = record_threads(monkeypatch)
    window = make_window()
    unlock(qtbot, window)
    shell = window.shell
    assert shell is not None

    today = shell.go("Today")
    qtbot.waitUntil(lambda: "Sam" in today.hello.text())
    qtbot.keyClicks(today.checkin.note, "typed on Today")
    settle(qtbot, window)
    for name, *_ in PAGES:
        page = shell.go(name)
        settle(qtbot, window)
        page.flush()
    journal = shell.go("Journal")
    qtbot.waitUntil(lambda: journal.model.rowCount() >= 3)
    journal.view.setCurrentIndex(journal.model.index(0))
    qtbot.waitUntil(lambda: journal.panel.editor is not None)
    qtbot.keyClicks(journal.search, "river")
    qtbot.waitUntil(lambda: journal.model.where.search == "river" and not journal.model.is_loading)
    # The entry open before may not match the search (the right-hand side then empties): open
    # the first result, and delete that.
    journal.view.setCurrentIndex(journal.model.index(0))
    qtbot.waitUntil(lambda: journal.panel.record_id == journal.model.entry(0).id)  # type: ignore[union-attr]
    qtbot.mouseClick(journal.panel.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    trends = shell.go("Trends")
    qtbot.mouseClick(trends.group.button(7), Qt.MouseButton.LeftButton)
    summary = shell.go("Summary")
    qtbot.waitUntil(lambda: summary.content is not None)
    settings = shell.go("Settings")
    assert settings.name.text() == "Sam"
    settings.autolock.setValue(9)
    settings.name.setFocus()
    qtbot.keyClicks(settings.name, "my")
    settings.flush()
    settle(qtbot, window)
    window.lock()
    settle(qtbot, window)

    assert on_ui == [], f"the vault was used on the UI thread: {sorted(set(on_ui))}"
    # The walk did reach the vault, from the runner's threads.
    assert {"save", "get", "timeline", "stats", "delete", "set_setting", "close"} <= elsewhere, elsewhere
