"""At the "Larger" text size, and at a system font 150% of the usual, every word on every screen is
whole at 1024×600: no label, button or hint cut off, in the window or behind a scroll area's edge."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from journal import kdf
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import settle, unlock
from tests.ui.fit_check import cut_words
from ui.pages.shell import PAGES
from ui.theme import TEXT_SIZES, apply_theme

LARGER = dict(TEXT_SIZES)["Larger"]
SYSTEM_150 = 1.5  # the app's Normal size on a desktop whose font is set to 150%


@pytest.fixture
def text_scale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    apply_theme(qapp, "light", request.param)
    yield request.param
    apply_theme(qapp, "light", 1.0)


def _small_window(qtbot: Any, make_window: Any) -> Any:
    window = make_window()
    window.showNormal()
    window.resize(1024, 600 - 48)  # a netbook screen, less the title bar
    qtbot.waitUntil(lambda: window.height() == 600 - 48)
    return window


@pytest.mark.parametrize("text_scale", [LARGER, SYSTEM_150], indirect=True)
def test_no_word_is_cut_on_any_page(qtbot: Any, make_window: Any, data_dir: Any, text_scale: float) -> None:
    Vault.create(data_dir, PASSPHRASE, profile=kdf.TEST_PROFILE).close()
    window = _small_window(qtbot, make_window)
    problems = [f"unlock: {finding}" for finding in cut_words(window)]
    unlock(qtbot, window)
    for name, *_ in PAGES:
        window.shell.go(name)
        settle(qtbot, window)
        qtbot.wait(20)
        problems += [f"{name}: {finding}" for finding in cut_words(window)]
    assert not problems, f"{len(problems)} cut at text size {text_scale}:\n" + "\n".join(problems)


@pytest.mark.parametrize("text_scale", [LARGER, SYSTEM_150], indirect=True)
def test_no_word_is_cut_on_the_first_run_screen(qtbot: Any, make_window: Any, text_scale: float) -> None:
    window = _small_window(qtbot, make_window)
    assert not cut_words(window), cut_words(window)
