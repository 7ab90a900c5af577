"""The app in Polish, as a Polish speaker meets it: words, plural forms and dates on real pages."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from journal import i18n, kdf
from journal.i18n import POLISH
from journal.records import CheckIn
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.i18n_support import ensure_built
from tests.pdf_text import pdf_text
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


def run_command(
    *args: str, env: dict[str, str], stdin: str = PASSPHRASE + "\n"
) -> subprocess.CompletedProcess[str]:
    """The installed command (ui.launcher: the summary needs the desktop's PDF drawing)."""
    ensure_built()
    clean = {k: v for k, v in os.environ.items() if k not in i18n.LOCALE_VARIABLES and k != "LANGUAGE"}
    return subprocess.run([sys.executable, "-m", "ui.launcher", *args], input=stdin, capture_output=True,
                          text=True, timeout=180, env={**clean, "QT_QPA_PLATFORM": "offscreen", **env})


@pytest.mark.parametrize(("option", "environment"), [(["--lang", "pl"], {"LANG": "C.UTF-8"}),
                                                     ([], {"LANG": "pl_PL.UTF-8"})])
def test_the_command_line_and_its_summary_speak_polish(tmp_path: Path, option: list[str],
                                                       environment: dict[str, str]) -> None:
    """`--lang pl`, or LANG=pl_PL.UTF-8 without it: Polish messages, errors and summary."""
    folder = tmp_path / "journal"
    Vault.create(folder, PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    base = [*option, "--data-dir", str(folder), "--passphrase-stdin"]
    saved = run_command(*base, "checkin", "--mood", "7", "--hope", "8", env=environment)
    assert saved.returncode == 0 and saved.stdout.strip() == "Zapisano wpis samopoczucia.", saved.stderr
    wrong = run_command(*base, "check", env=environment, stdin="not the passphrase\n")
    assert wrong.returncode == 3
    assert wrong.stderr.strip().startswith("To hasło nie otwiera tego dziennika.")
    out = tmp_path / "podsumowanie.pdf"
    summary = run_command(*base, "summary", "--out", str(out), "--days", "7", env=environment)
    assert summary.returncode == 0, summary.stderr
    assert summary.stdout.strip() == f"Jednostronicowe podsumowanie zapisano w {out}."
    text = pdf_text(out)
    for words in ("Podsumowanie z Recovery Journal", "Nadzieja, nastrój i głód", "(7 dni)",
                  "1 wpis w 1 z 7 dni"):
        assert words in text, text
    assert "Hope" not in text and "check-in" not in text
