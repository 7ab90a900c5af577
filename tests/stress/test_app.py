"""Issue 6, the app's half: auto-lock (test 7) and a full disk with the app open (test 6).

7. Idle, a dialog open, mid-edit, a menu open → locked within the timeout + 5 s, no journal text
   in any visible widget, what was typed mid-edit saved; 50 runs each in make stress.
6. A save that fails because the disk is full → the plain sentence on screen within 1 s of the
   save, the typed text kept in the editor, and saved once space returns.

The real MainWindow is driven offscreen through pytest-qt, as a person would (keys, Enter)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

import ui  # noqa: F401  (first: PySide6 6.12 on Python 3.11 needs ui's None/True/False loan)
from journal import kdf, messages
from journal.records import CheckIn
from journal.vault import Vault

from .common import FULL, PW, record, scale

pytestmark = pytest.mark.usefixtures("fast_kdf")


IDLE_MS = 1500
BOUND_S = IDLE_MS / 1000 + 5  # the bound: the timeout + 5 s


def visible_text() -> str:
    """Every piece of text any visible widget shows: labels, fields, notes, buttons, list rows."""
    parts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
                parts.append(widget.text())
            elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
                parts.append(widget.toPlainText())
            elif isinstance(widget, QMessageBox):
                parts.append(widget.text() + widget.informativeText())
            elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         *(Qt.ItemDataRole.UserRole + n for n in range(8))]
                for row in range(min(model.rowCount(), 200)):  # what the delegate paints too
                    index = model.index(row, 0)
                    parts.extend(str(model.data(index, role)) for role in roles)
    return "\n".join(parts)


@pytest.fixture
def journal(tmp_path: Path) -> tuple[Path, str]:
    """A journal whose entries hold a secret marker, so 'no journal text on screen' can be checked."""
    secret = f"SECRET-{uuid.uuid4().hex[:8]}"
    folder = tmp_path / "journal"
    with Vault.create(folder, PW, profile=kdf.TEST_PROFILE) as vault:
        for day in range(1, 6):
            vault.save(CheckIn(mood=5, hope=6, note=f"{secret} day {day}",
                               at=f"2026-11-{day:02d}T09:00:00+00:00"))
    return folder, secret


@pytest.fixture
def window(qtbot, journal: tuple[Path, str], tmp_path: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow
    from ui.theme import UiSettings

    made = MainWindow(journal[0], ui_settings=UiSettings(tmp_path / "ui-settings"),
                      profile=kdf.TEST_PROFILE, idle_ms=IDLE_MS)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    if made.is_unlocked:
        made.lock()


def unlock(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    field = window.unlock_screen.passphrase
    qtbot.keyClicks(field, PW)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10_000)


def note_editor(window) -> QPlainTextEdit:  # type: ignore[no-untyped-def]
    """The Today page's check-in note (the first visible multi-line editor on the page)."""
    page = window.shell.go("Today")
    editors = [w for w in page.findChildren(QPlainTextEdit) if w.isVisible() and not w.isReadOnly()]
    assert editors, "no note editor on Today"
    return editors[0]


def test_auto_lock_idle_dialog_mid_edit_menu(qtbot, window, journal: tuple[Path, str]) -> None:  # type: ignore[no-untyped-def]
    folder, secret = journal
    runs = scale(1, 50)
    locked_at: list[float] = []
    window.locked.connect(lambda: locked_at.append(time.monotonic()))
    latencies: dict[str, list[float]] = {"idle": [], "dialog open": [], "mid-edit": [], "menu open": []}
    text_left = typed_lost = 0
    typed: list[str] = []
    for run in range(runs):
        for scenario in latencies:
            unlock(qtbot, window)
            if scenario == "idle":
                journal_page = window.shell.go("Journal")
                qtbot.waitUntil(lambda p=journal_page: secret in visible_text(), timeout=IDLE_MS // 2)
            elif scenario == "dialog open":  # a dialog showing journal text, as a delete prompt does
                box = QMessageBox(window)
                box.setText(f"Delete the entry “{secret} day 1”?")
                box.show()
                qtbot.waitUntil(box.isVisible)
            elif scenario == "mid-edit":
                editor = note_editor(window)
                words = f"half a thought {run} {uuid.uuid4().hex[:6]}"
                typed.append(words)
                qtbot.keyClicks(editor, words)
            else:
                menu = window.menuBar().actions()[0].menu()
                menu.popup(window.mapToGlobal(window.rect().center()))
                qtbot.waitUntil(menu.isVisible)
            last_input = time.monotonic()
            count = len(locked_at)
            qtbot.waitUntil(lambda c=count: len(locked_at) > c, timeout=int(BOUND_S * 1000) + 5000)
            latencies[scenario].append(locked_at[-1] - last_input)
            assert window.stack.currentWidget() is window.unlock_screen
            shown = visible_text()
            text_left += secret in shown or any(w in shown for w in typed)
            assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if w is not window)
    with Vault.open(folder, PW) as vault:  # what was being typed when it locked was saved
        notes = {c.note for c in vault.list("checkin")}
    typed_lost = sum(not any(w in n for n in notes) for w in typed)
    slowest = {k: round(max(v), 2) for k, v in latencies.items()}
    record("auto-lock", runs_per_scenario=runs, timeout_s=IDLE_MS / 1000, bound_s=BOUND_S,
           slowest_lock_s=slowest, runs_with_journal_text_visible=text_left, typed_text_lost=typed_lost)
    assert text_left == 0
    assert typed_lost == 0
    if FULL:  # the documented bound, asserted by the stress run (make test only records it)
        assert all(v <= BOUND_S for v in slowest.values()), slowest


def test_disk_full_keeps_typed_text_on_screen_and_saves_later(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    runs = scale(2, 50)
    window.session.idle.stop()
    unlock(qtbot, window)
    window.session.idle.stop()  # no auto-lock in the middle of this test
    vault = window.session.runner.vault
    delays = []
    kept = saved = 0
    for run in range(runs):
        editor = note_editor(window)
        vault.query("VACUUM")  # no free pages left inside the file: the save must grow it
        pages = vault.query("PRAGMA page_count")[0][0]
        vault.query(f"PRAGMA max_page_count = {pages}")
        words = f"words that must not vanish {run} " + "x" * 40_000
        editor.setPlainText("")
        editor.insertPlainText(words)  # one big paste
        started = time.monotonic()
        qtbot.waitUntil(lambda: "disk is full" in visible_text(), timeout=10_000)
        delays.append(time.monotonic() - started)
        kept += editor.toPlainText() == words
        vault.query("PRAGMA max_page_count = 1073741823")  # space returns
        qtbot.keyClicks(editor, "!")
        qtbot.waitUntil(lambda w=words: any(c.note == w + "!" for c in vault.list("checkin")), timeout=10_000)
        saved += 1
        window.shell.current_page.start_another() if hasattr(
            window.shell.current_page, "start_another") else None
    assert vault.check().ok
    record("disk-full-app", runs=runs, message_shown=len(delays), text_kept_on_screen=kept,
           saved_after_space_returned=saved, slowest_message_s=round(max(delays), 2),
           message=messages.DISK_FULL)
    assert kept == runs and saved == runs
    if FULL:  # docs/reliability.md: within 1 s of the paste, the autosave pause included
        assert max(delays) < 1.0, delays


def test_unlocking_makes_the_days_automatic_backup(qtbot, window, journal: tuple[Path, str]) -> None:  # type: ignore[no-untyped-def]
    """Issue 6 test 8 in the app: the first unlock of the day writes backups/auto/daily-DATE.db."""
    from journal import autobackup

    folder, _secret = journal
    window.session.idle.stop()
    unlock(qtbot, window)
    window.session.idle.stop()
    # The daily copy appears first, the week's copy of it right after.
    qtbot.waitUntil(lambda: len(autobackup.automatic_backups(folder)) == 2, timeout=15_000)
    (daily, weekly) = sorted(autobackup.automatic_backups(folder), key=lambda p: p.name)
    assert daily.name.startswith("daily-") and weekly.name.startswith("weekly-")
    assert autobackup.latest_good_backup(folder, PW) == daily
