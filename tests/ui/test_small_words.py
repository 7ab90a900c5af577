"""The small things issue 11 found: plurals, capitals, a skipped craving that looks skipped and
says why, sliders that line up, focus and selection visible in the dark theme, buttons that say
what they do."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from journal.languages import ENGLISH
from journal.vault import TimelineEntry
from tests.i18n_support import ensure_built
from ui import i18n as ui_i18n
from ui.editors.checkin import CheckInEditor
from ui.pages.settings import MinutesBox
from ui.theme import apply_theme, icon
from ui.timeline import shown_title


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    ensure_built()
    ui_i18n.install(qapp, ENGLISH)
    yield
    ui_i18n.uninstall(qapp)


@pytest.mark.usefixtures("english")
def test_one_minute_is_singular(qtbot: Any) -> None:
    box = MinutesBox()
    qtbot.addWidget(box)
    box.setRange(1, 240)
    box.setValue(1)
    assert box.text() == "1 minute"
    box.setValue(15)
    assert box.text() == "15 minutes"
    box.lineEdit().setText("20 minutes")
    box.interpretText()
    assert box.value() == 20


def _entry(kind: str, title: str) -> TimelineEntry:
    return TimelineEntry(kind=kind, id="x", sort_key="", day="2026-11-30", when="2026-11-30", title=title,
                         text="")


def test_a_row_does_not_repeat_its_kind_and_starts_with_a_capital() -> None:
    trigger = _entry("trigger", "Trigger · feelings · intensity 7 · partly")
    assert shown_title(trigger) == "Feelings · intensity 7 · partly"
    assert shown_title(_entry("checkin", "time with someone in recovery")) == "Time with someone in recovery"
    assert shown_title(_entry("gratitude", "Grateful for 5 things")) == "Grateful for 5 things"


def test_an_unanswered_scale_is_as_long_as_the_others_and_says_why(qtbot: Any) -> None:
    """Scales start unanswered (version 2): the one left unanswered keeps the others' length and
    says, to the eye and to a screen reader, that it is not answered and how to answer it."""
    editor = CheckInEditor(compact=True)
    qtbot.addWidget(editor)
    editor.resize(700, 500)
    editor.show()
    qtbot.waitExposed(editor)
    editor.mood.set_value(4)
    editor.hope.set_value(6)
    editor.craving.set_value(None)
    assert editor.craving.slider.width() == editor.mood.slider.width() == editor.hope.slider.width()
    slider = editor.craving.slider
    assert "answer" in slider.toolTip() and "Not answered" in slider.accessibleDescription()
    assert not editor.mood.slider.toolTip()
    editor.craving.set_value(3)
    assert not slider.toolTip() and not slider.accessibleDescription()


def _brightness(icon_: QIcon, mode: QIcon.Mode) -> float:
    image = icon_.pixmap(24, 24, mode).toImage()
    colors = [QColor.fromRgba(image.pixel(x, y)) for x in range(24) for y in range(24)]
    lit = [color for color in colors if color.alpha() > 200]
    assert lit
    return sum(color.lightnessF() for color in lit) / len(lit)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_selected_side_bar_icon_stands_out_from_the_accent(qapp: QApplication, theme: str) -> None:
    apply_theme(qapp, theme, 1.0)
    try:
        accent = qapp.palette().color(QPalette.ColorRole.Highlight).lightnessF()
        selected = _brightness(icon("today"), QIcon.Mode.Selected)
        assert abs(selected - accent) > 0.35, (theme, selected, accent)
    finally:
        apply_theme(qapp, "light", 1.0)


def test_start_a_new_journal_says_what_it_does(qtbot: Any) -> None:
    from ui.locked.unlock import UnlockScreen

    screen = UnlockScreen()
    qtbot.addWidget(screen)
    words = screen.new_button.text().lower()
    assert "new" in words and "folder" in words
