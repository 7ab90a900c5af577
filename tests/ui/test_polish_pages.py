"""The app in Polish, as a Polish speaker meets it: words, plural forms and dates on real pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from journal import kdf
from journal.i18n import POLISH
from journal.records import CheckIn
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.i18n_support import ensure_built
from tests.ui.conftest import unlock
from ui import i18n as ui_i18n


@pytest.fixture
def polish(qapp: QApplication) -> Iterator[None]:
    ensure_built()
    ui_i18n.install(qapp, POLISH)
    yield
    ui_i18n.uninstall(qapp)


@pytest.mark.usefixtures("polish")
def test_journal_pages_count_entries_in_polish_plural_forms(qtbot, make_window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """JournalPage and TriggersPage inherit RecordsPage's count: its three Polish forms reach
    them (PySide6's self.tr misses a base class's plural forms; the count is looked up by name)."""
    with Vault.create(data_dir, PASSPHRASE, profile=kdf.TEST_PROFILE) as vault:
        for hour in (8, 9, 10):
            vault.save(CheckIn(mood=5, hope=6, craving=None, at=f"2026-11-20T{hour:02d}:00:00+00:00"))
    window = make_window()
    unlock(qtbot, window)
    page = window.shell.go("Journal")
    qtbot.waitUntil(lambda: page.count.text() != "", timeout=5000)
    assert page.count.text() == "3 wpisy"
    assert window.shell.nav.item(1).text() == "Dziennik"
    rows = [page.model.index(row, 0).data() for row in range(page.model.rowCount())]
    assert rows[0].startswith("pt. 20 lis 2026, 10:00 · Nastrój 5 · Nadzieja 6"), rows[0]


@pytest.mark.usefixtures("polish")
def test_a_new_journal_in_polish_has_the_polish_helplines_after_the_uk_ones(tmp_path: Path) -> None:
    with Vault.create(tmp_path / "j", PASSPHRASE, profile=kdf.TEST_PROFILE) as vault:
        lines = sorted(vault.list("helpline"), key=lambda line: line.position)
    assert [line.phone for line in lines] == [
        "116 123", "0300 123 6600", "+48 800 199 990", "+48 800 702 222", "116 123",
    ]
    assert lines[0].notes.startswith("Bezpłatnie, w dzień i w nocy")


def test_a_new_journal_in_english_has_the_uk_helplines(tmp_path: Path) -> None:
    with Vault.create(tmp_path / "j", PASSPHRASE, profile=kdf.TEST_PROFILE) as vault:
        lines = sorted(vault.list("helpline"), key=lambda line: line.position)
    assert [(line.name, line.notes) for line in lines] == [
        ("Samaritans", "Free, day or night, for anyone who is struggling."),
        ("FRANK", "Honest information and advice about drugs, any time."),
    ]
