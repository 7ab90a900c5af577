"""Fixtures for driving the real app window against a real vault in tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journal import kdf
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from ui.main_window import MainWindow
from ui.theme import UiSettings, apply_theme

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    return UiSettings(tmp_path / "ui-settings")


@pytest.fixture
def closed_vault(data_dir: Path) -> Path:
    """A journal folder holding a new, empty vault (closed, as on disk before the app opens it)."""
    Vault.create(data_dir, PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    return data_dir


@pytest.fixture
def make_window(qtbot, data_dir: Path, ui_settings: UiSettings) -> Iterator[MakeWindow]:  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", 1.0)

    def make(folder: Path | None = None, idle_ms: int | None = None) -> MainWindow:
        window = MainWindow(
            folder or data_dir, ui_settings=ui_settings, profile=kdf.TEST_PROFILE, idle_ms=idle_ms
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.is_unlocked:
            window.lock()


def unlock(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    """Type the passphrase and press Enter, as a person would; wait until Today is up."""
    field = window.unlock_screen.passphrase
    qtbot.keyClicks(field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=5000)


def settle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait until every operation asked for has been answered."""
    qtbot.waitUntil(lambda: window.session.runner.pending == 0, timeout=5000)


def app_vault(window: MainWindow) -> Vault:
    """The vault the app has open, for a test to check what was saved. (A test may read it from
    the UI thread; the app itself reaches it only through its task runner.)"""
    return window.session.runner.vault
