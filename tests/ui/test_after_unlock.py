"""Just after unlocking: Today comes first. Its recent check-ins are the newest ten, each of its
loads is asked for once, and the view for a hard moment is built only after Today's data is in
(building it holds the UI thread; before, it held Today's answers back by ~100 ms)."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

from journal.records import CheckIn
from journal.vault import Vault
from tests.ui.conftest import settle, unlock
from tests.ui.test_flows import open_vault


def add_checkins(folder: Path, count: int) -> None:
    with open_vault(folder) as vault, vault.transaction():
        for i in range(count):
            vault.save(CheckIn(mood=5, hope=5, note=f"n{i}", at=f"2026-03-{i + 1:02d}T09:00:00+00:00"))


def recent_notes(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.shell.current_page.recent_model
    return [model.entry(row).text for row in range(model.rowCount())]


def test_today_lists_the_ten_newest_checkins(qtbot, make_window, closed_vault) -> None:  # type: ignore[no-untyped-def]
    add_checkins(closed_vault, 12)
    window = make_window()
    unlock(qtbot, window)
    settle(qtbot, window)
    assert recent_notes(window) == [f"n{i}" for i in range(11, 1, -1)]


def test_today_lists_all_of_a_few_checkins(qtbot, make_window, closed_vault) -> None:  # type: ignore[no-untyped-def]
    add_checkins(closed_vault, 3)
    window = make_window()
    unlock(qtbot, window)
    settle(qtbot, window)
    assert recent_notes(window) == ["n2", "n1", "n0"]


def test_each_of_todays_loads_is_asked_for_once(qtbot, make_window, closed_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    runner = window.session.runner
    asked: list[str] = []
    run = runner.run

    def recording_run(operation: Any, *args: Any, **kwargs: Any) -> int:
        asked.append(operation.name)
        return run(operation, *args, **kwargs)

    monkeypatch.setattr(runner, "run", recording_run)
    unlock(qtbot, window)
    settle(qtbot, window)
    twice = {name: n for name, n in Counter(asked).items() if n > 1}
    assert not twice, f"asked more than once at unlock: {twice}"
    assert "load the timeline" in asked


def test_the_hard_time_view_is_built_after_todays_data(qtbot, make_window, closed_vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    add_checkins(closed_vault, 3)
    # Reading Today's page takes a while, as on a journal of years on a slow computer.
    read_page = Vault.timeline_slice

    def slow_read(self: Vault, *args: Any) -> Any:
        time.sleep(0.3)
        return read_page(self, *args)

    monkeypatch.setattr(Vault, "timeline_slice", slow_read)
    window = make_window()
    built_when_today_arrived: list[bool] = []

    def watch() -> None:
        shell = window.shell
        shell.current_page.recent_model.loaded.connect(
            lambda: built_when_today_arrived.append(shell.hard_time is not None)
        )

    window.unlocked.connect(watch)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(built_when_today_arrived))
    assert built_when_today_arrived[0] is False
    # …and it is ready soon after, so the first click opens it at once.
    qtbot.waitUntil(lambda: window.shell.hard_time is not None and window.shell.hard_time.loaded)
