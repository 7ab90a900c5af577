"""Where the app window opens: inside the screen's free area, at the size it had on that screen.

Why this exists: a fixed first size (1180×780) put the Lock button and the right-hand column off
a 1024×600 netbook screen and made the window taller than a 1366×768 laptop's. So:
- the first size is the comfortable size shrunk to the screen's available area (the area without
  panels and docks), leaving room for the title bar the window manager adds;
- on a small screen (≤ SMALL_SCREEN available) the window opens maximised: there is no room to
  spare for a desktop around it;
- the size the person leaves it at is remembered per screen (name and size), in the non-personal
  settings file, so a laptop used with and without a big monitor opens right on each.
A size saved for a screen that has since shrunk is not trusted: it must fit, or the first size is
used again.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QScreen

COMFORTABLE: Final = QSize(1180, 780)  # the size the pages were designed at
SMALL_SCREEN: Final = QSize(1100, 700)  # at or below this (either way), open maximised
FRAME_ALLOWANCE: Final = QSize(16, 48)  # window-manager borders and title bar, not yet known
SETTINGS_GROUP: Final = "window"


def first_geometry(available: QRect) -> tuple[QRect, bool]:
    """The window's first rectangle (without the frame) on a screen, and whether to maximise it."""
    small = available.width() <= SMALL_SCREEN.width() or available.height() <= SMALL_SCREEN.height()
    width = min(COMFORTABLE.width(), available.width() - FRAME_ALLOWANCE.width())
    height = min(COMFORTABLE.height(), available.height() - FRAME_ALLOWANCE.height())
    rect = QRect(0, 0, max(width, 200), max(height, 200))
    rect.moveCenter(available.center())
    rect.moveTop(max(available.top() + FRAME_ALLOWANCE.height() - 8, rect.top()))
    return rect, small


def fits(window: QRect, available: QRect) -> bool:
    """A window of this size (without its frame) still fits the screen's free area with a frame
    around it. Only the size is asked: Qt moves a restored window back onto the screen itself."""
    room = available.size() - FRAME_ALLOWANCE
    return window.width() <= room.width() and window.height() <= room.height()


def screen_key(screen: QScreen | None) -> str:
    """The settings key for a screen: its name and size (a monitor swapped at the same port
    with another size counts as another screen)."""
    if screen is None:
        return f"{SETTINGS_GROUP}/unknown"
    size = screen.geometry()
    name = "".join(c if c.isalnum() else "-" for c in screen.name()) or "screen"
    return f"{SETTINGS_GROUP}/{name}-{size.width()}x{size.height()}"


def saved_geometry(value: object) -> QByteArray | None:
    """What QWidget.saveGeometry wrote, if the settings hold one for this screen."""
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    return None


__all__ = ["COMFORTABLE", "SMALL_SCREEN", "first_geometry", "fits", "saved_geometry", "screen_key"]
