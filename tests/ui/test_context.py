"""A context after its journal has closed: late reads go nowhere, and a late change is never
dropped quietly (what a person typed must reach the vault or fail loudly)."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.records import CheckIn
from tests.ui.conftest import unlock
from tests.ui.test_flows import open_vault
from ui import operations
from ui.tasks import VaultOp


def test_after_the_end_a_read_is_dropped_and_a_change_still_saves(
    qtbot, make_window, closed_vault: Path
) -> None:
    window = make_window()
    unlock(qtbot, window)
    context = window.session.context
    assert context is not None
    context.end()  # as locking and quitting do, once the pages' own saves are done
    read: list[object] = []
    context.run(VaultOp("a late search", lambda vault: "results"), read.append)
    saved: list[object] = []
    late = CheckIn(mood=4, hope=5, note="typed as the journal closed")
    context.run(operations.save_record(late), saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    qtbot.wait(100)
    assert read == []  # nothing asked of the journal for a page that is going
    window.lock()
    with open_vault(closed_vault) as vault:
        assert [c.note for c in vault.recent_checkins(5)] == ["typed as the journal closed"]


def test_a_change_asked_once_the_journal_is_closed_fails_loudly(
    qtbot, make_window, closed_vault: Path
) -> None:
    window = make_window()
    unlock(qtbot, window)
    context = window.session.context
    assert context is not None
    window.lock()  # ends the context and closes the vault
    with pytest.raises(RuntimeError, match="no journal is open"):
        context.run(operations.save_record(CheckIn(mood=4, hope=5, note="too late")))
    with open_vault(closed_vault) as vault:
        assert vault.recent_checkins(5) == []
