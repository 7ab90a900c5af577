"""The gentle daily reminder (issue 11): off by default, fires once a day at its time (the clock
is the test's), says nothing personal, and starting at login writes the XDG autostart file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QTime

from journal import cli
from journal.records import CheckIn
from tests.ui.conftest import app_vault, settle, unlock
from tests.ui.test_flows import go, visible_text
from ui import autostart
from ui.reminder import choose, reminder_text


class Clock:
    def __init__(self, when: str) -> None:
        self.now = dt.datetime.fromisoformat(when)

    def __call__(self) -> dt.datetime:
        return self.now


def test_the_reminder_fires_at_its_time_with_nothing_personal(qtbot, make_window, closed_vault,
                                                               ui_settings) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(qtbot, window)
    vault = app_vault(window)
    vault.set_setting("name", "Samira")
    vault.save(CheckIn(mood=3, hope=4, note="the words only I should see"))
    settle(qtbot, window)
    reminder = window.reminder
    clock = Clock("2026-12-01T19:00:00")
    reminder.clock = clock
    reminder.tray = None
    shown: list[str] = []
    reminder.due.connect(shown.append)
    assert not reminder.check()  # off by default
    choose(ui_settings, True, QTime(20, 0), now=clock)
    clock.now = dt.datetime.fromisoformat("2026-12-01T19:59:30")
    assert not reminder.check()
    clock.now = dt.datetime.fromisoformat("2026-12-01T20:00:10")
    assert reminder.check()
    assert shown == [reminder_text()]
    assert window.statusBar().currentMessage() == reminder_text()
    for personal in ("Samira", "the words only I should see", "3", "4"):
        assert personal not in shown[0]
    assert not reminder.check()  # once a day
    clock.now = dt.datetime.fromisoformat("2026-12-01T23:00:00")
    assert not reminder.check()
    # Locked, the next day, the note still shows (it holds nothing from the journal).
    window.lock()
    clock.now = dt.datetime.fromisoformat("2026-12-02T20:05:00")
    assert reminder.check()
    assert window.statusBar().isVisible() and window.statusBar().currentMessage() == reminder_text()
    assert "the words only I should see" not in visible_text(window)


def test_a_time_already_past_today_starts_tomorrow(ui_settings, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.reminder import DailyReminder

    clock = Clock("2026-12-01T19:00:00")
    reminder = DailyReminder(ui_settings, now=clock, tray_available=lambda: False)
    choose(ui_settings, True, QTime(18, 0), now=clock)
    assert not reminder.check()
    clock.now = dt.datetime.fromisoformat("2026-12-02T18:00:00")
    assert reminder.check()


def test_starting_at_login_writes_and_removes_the_autostart_file(
    qtbot, make_window, closed_vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    window = make_window()
    unlock(qtbot, window)
    settings = go(window, "Settings")
    box = settings.reminder_box
    assert "Anyone who uses this computer account" in visible_text(window)
    assert not box.at_login.isChecked()
    box.at_login.setChecked(True)
    entry = tmp_path / "config" / "autostart" / "recovery-journal.desktop"
    text = entry.read_text(encoding="utf-8")
    assert "[Desktop Entry]" in text and "--minimized" in text
    box.at_login.setChecked(False)
    assert not entry.exists()
    box.enabled.setChecked(True)
    assert window.reminder.enabled


def test_minimized_reaches_the_app(tmp_path: Path) -> None:
    started: list[tuple[object, ...]] = []
    desktop = cli.Desktop(run_app=lambda *args: started.append(args) or 0,
                          write_summary_pdf=lambda c, p: None)
    assert cli.main(["--data-dir", str(tmp_path), "--minimized"], desktop=desktop) == 0
    assert cli.main(["--data-dir", str(tmp_path)], desktop=desktop) == 0
    assert started == [(tmp_path, True), (tmp_path,)]
    assert autostart.command()[-1] == "--minimized"
