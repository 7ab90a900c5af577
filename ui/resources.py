"""The files shipped in resources/ (icons, fonts), from a checkout or from the standalone app.

The fonts are why this module exists on its own: the one-page summary must lay out the same on
every computer (a page that fits here must fit on the keyworker's Windows PC), so it is drawn with
Noto Sans (and Noto Sans Math for the minus sign) shipped in resources/fonts/ rather than
whatever the computer has; the app uses the same family, so what the person reads on screen
matches the page. Registering the five files costs about a millisecond (fontconfig reads only
their headers) and happens on first need: where the app applies its theme, and where the summary
renderer starts a page. The printing code imports only this and QtGui, not the app's widgets.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Final

from PySide6.QtGui import QFontDatabase, QGuiApplication

FONT_FAMILY: Final = "Noto Sans"
# Noto Sans lacks the minus sign (U+2212) the summary prints before a fall; Noto Sans Math has it.
SYMBOL_FAMILY: Final = "Noto Sans Math"
FONT_FILES: Final = (
    "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf",
    "NotoSansMath-Regular.ttf",
)


def resources_dir() -> Path:
    """The resources folder, both from a checkout and from a frozen (PyInstaller) build."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def load_fonts() -> tuple[str, ...]:
    """Register the shipped fonts with Qt, once, and name their families.

    Needs the QGuiApplication (Qt keeps application fonts in its font database). A missing or
    unreadable file is left out rather than stopping the app: text then falls back to the
    computer's own fonts, which is how it looked before the fonts were shipped.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("load_fonts() needs a QGuiApplication first")
    return _register_fonts()


@cache
def _register_fonts() -> tuple[str, ...]:
    families: set[str] = set()
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(sorted(families))
