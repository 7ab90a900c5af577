"""The task runner: answers come back on the UI thread, a known failure reaches the page that asked,
a bug reaches the crash handler, and the side lane never waits behind the vault lane."""

from __future__ import annotations

import threading
from typing import Any

from journal import errors
from journal.records import CheckIn
from journal.vault import Vault
from ui.tasks import FolderOp, TaskRunner, VaultOp


def on_ui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_work_runs_off_the_ui_thread_in_order_and_answers_on_it(qtbot, vault: Vault) -> None:
    runner = TaskRunner()
    runner.attach(vault)
    ran: list[tuple[int, bool]] = []
    answered: list[tuple[int, bool]] = []
    for number in range(5):
        runner.run(
            VaultOp("count", lambda _v, n=number: ran.append((n, on_ui_thread())) or n),
            lambda n: answered.append((n, on_ui_thread())),
        )
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert ran == [(n, False) for n in range(5)]
    assert answered == [(n, True) for n in range(5)]


def test_a_known_failure_goes_to_the_page_and_a_bug_to_the_crash_handler(qtbot, vault: Vault) -> None:
    runner = TaskRunner()
    runner.attach(vault)
    failed: list[str] = []
    said: list[str] = []
    bugs: list[object] = []
    put_back: list[object] = []
    runner.said.connect(said.append)
    runner.unexpected.connect(bugs.append)

    def full(_vault: Vault) -> None:
        raise errors.DiskFull("The disk is full.")

    def broken(_vault: Vault) -> None:
        raise ZeroDivisionError

    runner.run(VaultOp("save", full), None, lambda error: failed.append(error.message))
    runner.run(VaultOp("save", full))  # nobody to tell: the status line says it
    runner.run(VaultOp("save", broken), None, lambda error: failed.append("never"), on_bug=put_back.append)
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert failed == ["The disk is full."]
    assert said == ["The disk is full."]
    assert [type(b) for b in bugs] == [ZeroDivisionError] and put_back == bugs


def test_changes_are_announced_once_saved_with_who_asked(qtbot, vault: Vault) -> None:
    from ui import operations

    runner = TaskRunner()
    runner.attach(vault)
    heard: list[tuple[str, object]] = []
    runner.changed.connect(lambda kind, source: heard.append((kind, source)))
    page = object()
    record = CheckIn(mood=5, hope=6)
    runner.run(
        operations.save_record(record), lambda saved: heard.append(("saved", saved.id)), initiator=page
    )
    runner.run(operations.load_known_tags(), initiator=page)  # reads change nothing
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert heard == [("saved", record.id), ("checkin", page)]


def test_answers_for_a_locked_session_are_dropped(qtbot, vault: Vault) -> None:
    runner = TaskRunner()
    runner.attach(vault)
    answered: list[Any] = []
    runner.run(VaultOp("count", lambda _v: 1), answered.append)
    runner.wait()
    runner.end_session()
    qtbot.wait(50)
    assert answered == [] and runner.pending == 0


def test_the_side_lane_does_not_wait_behind_the_vault_lane(qtbot, vault: Vault) -> None:
    """The daily backup (and Argon2 at unlock) go on while a long import holds the vault lane."""
    runner = TaskRunner()
    runner.attach(vault)
    release = threading.Event()
    answered: list[str] = []
    runner.run(VaultOp("import", lambda _v: release.wait(10)), lambda _r: answered.append("import"))
    runner.run(VaultOp("make the daily backup", lambda _v: "backup", side=True), answered.append)
    runner.run(FolderOp("unlock", lambda: "unlock"), answered.append)
    assert sorted(runner.pending_names()) == ["import", "make the daily backup", "unlock"]
    qtbot.waitUntil(lambda: len(answered) == 2)
    assert sorted(answered) == ["backup", "unlock"]
    release.set()
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert answered[-1] == "import"
