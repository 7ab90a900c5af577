"""Shared test set-up: headless Qt, a real vault in a temp folder, nothing in the real home.

Every test gets HOME, XDG folders and TMPDIR inside its own tmp_path, so a test that forgets to
pass a folder writes there and not into the developer's home (and the leak tests can look).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The cheap test KDF profile opens vaults only where this is set (journal/kdf.py); set before the
# core is imported, and inherited by the commands and apps the tests start.
os.environ["RECOVERY_JOURNAL_TEST_KDF"] = "1"

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from journal import i18n, kdf
from journal.vault import Vault

PASSPHRASE = "correct horse battery staple"
# GitHub Actions (and most CI services) set CI=true; there a test that cannot run is a failure.
IN_CI = os.environ.get("CI", "").lower() in ("true", "1")


def unavailable(reason: str) -> NoReturn:
    """A test cannot run here: a skip on a developer's machine, a failure in CI, where a skip
    would let a whole family of checks vanish from the run unnoticed."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: the run must have everything the suite needs)", pytrace=False)
    pytest.skip(reason)


def require_tool(
    name: str, hint: str = "`make system-deps` installs it", *, platforms: tuple[str, ...] = ("linux",)
) -> str:
    """The path of a command-line tool this test needs.

    Missing on a platform where the project's set-up installs it (`platforms`, as sys.platform
    begins): skipped on a developer's machine, failed under CI=true. On any other platform the
    tool is not part of the set-up, so the test is skipped there with the reason, in CI too.
    """
    found = shutil.which(name)
    if found:
        return found
    reason = f"{name} is not installed ({hint})"
    if not sys.platform.startswith(platforms):
        pytest.skip(f"{reason}; it is not part of the set-up on {sys.platform}")
    unavailable(reason)


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    home = tmp_path_factory.mktemp("home")
    for name, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.delenv("RECOVERY_JOURNAL_HOME", raising=False)
    # English whatever the developer's locale; a test that runs the command line in-process
    # leaves its language behind, so every test starts in English again.
    for name in i18n.LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    i18n.reset()
    yield
    i18n.reset()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "journal"


@pytest.fixture
def vault(data_dir: Path) -> Iterator[Vault]:
    """A new, empty vault made with the cheap test KDF profile."""
    opened = Vault.create(data_dir, PASSPHRASE, profile=kdf.TEST_PROFILE)
    yield opened
    opened.close()


def dataset_path(tmp_path: Path, days: int, end: str = "2026-11-21") -> Path:
    """A realistic export file of `days` days ending on `end` (journal/dataset.py, default seed)."""
    from journal import dataset

    out = tmp_path / f"dataset-{days}.json"
    if not out.exists():
        dataset.main(["--days", str(days), "--end", end, "-o", str(out)])
    return out


def filled_vault(folder: Path, days: int, **settings: str) -> tuple[Vault, dict]:
    """A vault (fast KDF) holding a realistic journal of `days` days, and the data it was made from."""
    import json

    data = json.loads(dataset_path(folder, days).read_text(encoding="utf-8"))
    vault = Vault.create(folder / "journal", PASSPHRASE, profile=kdf.TEST_PROFILE)
    vault.import_data(data)
    for key, value in settings.items():
        vault.set_setting(key, value)
    return vault, data


@pytest.fixture(autouse=True)
def garbage_collected_on_the_ui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that drives Qt collects cycles as the app does, on the UI thread only
    (ui/collector.py): automatic collection could free a widget on the vault lane and crash."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from ui.collector import UiThreadCollector

    collector = UiThreadCollector()
    collector.start()
    try:
        yield
    finally:
        collector.stop()
        collector.deleteLater()
