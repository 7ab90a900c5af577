"""The day's automatic backup waits for a pause in what the person is doing.

Copying the whole journal beside a search made that keystroke's results ~100 ms late; the backup
now starts once the journal has been left alone for a moment, and at the latest after a bound,
so steady use still gets it.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import ui.session
from journal import autobackup
from journal.vault import Vault
from tests.ui.conftest import MakeWindow, unlock
from ui.pages.journal import JournalPage

QUIET_MS = 600


@pytest.fixture
def backup_starts(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """When each daily backup started (time.monotonic), as it runs."""
    started: list[float] = []
    real_backup = autobackup.run_daily_backup

    def noted_backup(vault: Vault) -> Path | None:
        started.append(time.monotonic())
        return real_backup(vault)

    monkeypatch.setattr(autobackup, "run_daily_backup", noted_backup)
    monkeypatch.setattr(ui.session, "DAILY_BACKUP_DELAY_MS", 0)
    monkeypatch.setattr(ui.session, "BACKUP_QUIET_MS", QUIET_MS, raising=False)
    return started


def journal_search(qtbot, make_window: MakeWindow) -> JournalPage:  # type: ignore[no-untyped-def]
    """The app unlocked, on the Journal page, its search field in focus."""
    window = make_window()
    unlock(qtbot, window)
    assert window.shell is not None
    page = window.shell.go("Journal")
    assert isinstance(page, JournalPage)
    page.search.setFocus()
    return page


def search_letter_by_letter(qtbot, page: JournalPage, words: str, pause_ms: int) -> float:  # type: ignore[no-untyped-def]
    """Type into the Journal's search field as a person does; when the last letter went in."""
    for letter in words:
        qtbot.keyClick(page.search, letter)
        qtbot.wait(pause_ms)
    return time.monotonic()


def test_the_backup_waits_while_the_person_searches(
    qtbot, make_window: MakeWindow, closed_vault: Path, backup_starts: list[float]
) -> None:
    page = journal_search(qtbot, make_window)
    # Each letter asks for a search (after the field's short delay), well inside the pause.
    stopped = search_letter_by_letter(qtbot, page, "walking with my sponsor", pause_ms=150)
    assert not backup_starts, "the backup started while the person was searching"
    qtbot.waitUntil(lambda: bool(backup_starts), timeout=5000)
    assert backup_starts[0] - stopped >= (QUIET_MS - 200) / 1000
    qtbot.waitUntil(lambda: any(
        path.name.startswith("daily-") for path in autobackup.automatic_backups(closed_vault)
    ), timeout=5000)


def test_steady_use_still_gets_the_days_backup(
    qtbot, make_window: MakeWindow, closed_vault: Path, backup_starts: list[float],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ui.session, "BACKUP_WAIT_MAX_MS", 800, raising=False)
    page = journal_search(qtbot, make_window)
    typing_started = time.monotonic()
    for _round in range(4):  # never a pause as long as BACKUP_QUIET_MS
        search_letter_by_letter(qtbot, page, "walk", pause_ms=150)
        qtbot.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
        if backup_starts:
            break
    assert backup_starts, "the backup never started under steady use"
    assert backup_starts[0] - typing_started < 2.0
