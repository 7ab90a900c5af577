"""The window opens inside the screen's free area, maximised on a small screen, and remembers its
size per screen; every page fits a 1024×600 netbook."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSettings

from journal import kdf
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from ui import window_size

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("width", "height", "maximised"),
    [(1024, 600, True), (1366, 768, False), (1280, 800, False), (2560, 1600, False), (800, 800, True)],
)
def test_first_size_fits_the_screen(width: int, height: int, maximised: bool) -> None:
    available = QRect(0, 0, width, height - 32)  # a panel along one edge
    rect, maximise = window_size.first_geometry(available)
    framed = rect.adjusted(-8, -window_size.FRAME_ALLOWANCE.height() + 8, 8, 8)
    assert available.contains(framed), (rect, available)
    assert maximise == maximised
    assert rect.width() <= window_size.COMFORTABLE.width()


def test_a_big_screen_gets_the_comfortable_size_in_the_middle() -> None:
    available = QRect(0, 0, 2560, 1600)
    rect, _ = window_size.first_geometry(available)
    assert rect.size() == window_size.COMFORTABLE
    assert abs(rect.center().x() - available.center().x()) <= 1


def test_window_opens_inside_the_screen_and_remembers_its_size(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry())
    window.showNormal()
    window.setGeometry(40, 60, 700, 500)
    qtbot.waitUntil(lambda: window.geometry().width() == 700)
    window.close()
    keys = QSettings(window.ui_settings.file_name(), QSettings.Format.IniFormat).allKeys()
    assert any(key.startswith(window_size.SETTINGS_GROUP + "/") for key in keys), keys
    again = make_window()
    assert again.geometry().size().toTuple() == (700, 500)


def test_a_saved_size_too_big_for_the_screen_is_not_trusted(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.showNormal()
    window.setGeometry(0, 0, 3000, 2000)  # as if saved on a larger screen of the same name
    window.remember_size()
    window.close()
    again = make_window()
    assert again.screen().availableGeometry().contains(again.frameGeometry())


def _probe(tmp_path: Path, width: int, height: int, text_scale: float) -> dict[str, Any]:
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [
        {"name": "Probe", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}
    ]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.screen_probe", str(tmp_path / "journal"),
         str(tmp_path / f"settings-{width}"), str(text_scale)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize(("width", "height", "text_scale"), [(1024, 600, 1.15), (1366, 768, 1.0)])
def test_every_page_fits_the_screen(tmp_path: Path, width: int, height: int, text_scale: float) -> None:
    """On a real (offscreen) screen of that size: the window, with every page shown in turn,
    stays inside the available area, and no page asks for more room than there is."""
    Vault.create(tmp_path / "journal", PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    shown = _probe(tmp_path, width, height, text_scale)
    available = QRect(*shown["available"])
    assert shown["maximised"] == (width <= window_size.SMALL_SCREEN.width())
    for page, (frame, (min_width, min_height)) in shown["pages"].items():
        assert available.contains(QRect(*frame)), (page, frame, available)
        room = available.size() - window_size.FRAME_ALLOWANCE
        assert min_width <= room.width() and min_height <= room.height(), (page, min_width, min_height)
