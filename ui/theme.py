"""Look and feel: palettes, text size, SVG icons, and the non-personal settings file.

Only things that say nothing about the person live in the QSettings INI file (theme, text size,
the window's size on each screen, the summary's chosen sections, period and paper, and a journal
folder only when the person ticked "remember"); everything personal
stays inside the vault. Icons are SVGs drawn for this app and tinted to the palette at load time,
so they stay sharp on high-DPI screens and readable in dark mode.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from functools import lru_cache
from pathlib import Path
from typing import Final

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from journal.files import PRIVATE_FILE, PRIVATE_FOLDER, make_folder
from journal.i18n import QT_TRANSLATE_NOOP

from .resources import FONT_FAMILY, load_fonts, resources_dir

THEMES: Final = ("system", "light", "dark")
THEME_LABELS: Final = {
    "system": QT_TRANSLATE_NOOP("theme", "Follow my computer"),
    "light": QT_TRANSLATE_NOOP("theme", "Light"),
    "dark": QT_TRANSLATE_NOOP("theme", "Dark"),
}
TEXT_SIZES: Final = (
    (QT_TRANSLATE_NOOP("theme", "Smaller"), 0.9),
    (QT_TRANSLATE_NOOP("theme", "Normal"), 1.0),
    (QT_TRANSLATE_NOOP("theme", "Larger"), 1.15),
    (QT_TRANSLATE_NOOP("theme", "Largest"), 1.35),
)

# Non-personal: whether minimising the window locks the journal (Settings, Locking).
LOCK_WHEN_MINIMISED: Final = "lock_when_minimised"

ACCENT_LIGHT: Final = "#2f7d6d"
ACCENT_DARK: Final = "#6cc3ae"
TRANSPARENT: Final = QColor(0, 0, 0, 0)  # Qt.GlobalColor.transparent, without Qt's namespace


class UiSettings:
    """The app's non-personal settings, in an INI file in the settings folder.

    Nothing personal, but still nobody else's business (which folder a journal is in, that this
    app is used at all): the folder is 0700 and the file 0600. QSettings writes a new file at each
    sync and gives it the umask's mode, so the mode is set again after every write.
    """

    def __init__(self, folder: Path) -> None:
        make_settings_folder(folder)
        self._settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
        self._make_private()

    def file_name(self) -> str:
        """Where these settings are kept (to show the person, and for tests)."""
        return self._settings.fileName()

    def value(self, key: str, default: object = None) -> object:
        return self._settings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)
        self._sync()

    def remove(self, key: str) -> None:
        self._settings.remove(key)
        self._sync()

    def _sync(self) -> None:
        self._settings.sync()
        self._make_private()

    def _make_private(self) -> None:
        with contextlib.suppress(OSError):
            Path(self._settings.fileName()).chmod(PRIVATE_FILE)

    @property
    def lock_when_minimised(self) -> bool:
        return str(self.value(LOCK_WHEN_MINIMISED, "false")).lower() == "true"

    @property
    def theme(self) -> str:
        value = str(self.value("theme", "system"))
        return value if value in THEMES else "system"

    @property
    def text_scale(self) -> float:
        try:
            return float(str(self.value("text_scale", 1.0)))
        except ValueError:
            return 1.0

    @property
    def computer_scheme(self) -> str | None:
        """"light" or "dark": what the computer preferred when the app last asked; None if never.

        Asking again costs start-up ~100 M instructions (see `is_dark`), so with "Follow my
        computer" the unlock screen is first drawn in this answer and the computer is asked just
        after (ui.app.after_first_frame). Only a change made while the app was closed shows, as
        the same switch of colours a change made while it is open does.
        """
        value = str(self.value("computer_scheme", ""))
        return value if value in ("light", "dark") else None

    def remember_computer_scheme(self, dark: bool) -> None:
        scheme = "dark" if dark else "light"
        if scheme != self.computer_scheme:
            self.set_value("computer_scheme", scheme)


def make_settings_folder(folder: Path) -> None:
    """The settings folder, 0700: made so, or made so again if an older version left it open."""
    make_folder(folder)
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            info = folder.stat()
            if info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) != PRIVATE_FOLDER:
                folder.chmod(PRIVATE_FOLDER)


_base_point_size: float | None = None


def is_dark(theme: str) -> bool:
    """Whether `theme` is dark now: for "system", whether the computer says it prefers dark.

    Asking the computer is the one thing at start-up that needs PySide6's `Qt` namespace, whose
    94 enum classes take ~100 M instructions (~16 ms, docs/benchmarks.md) to build: a chosen Light
    or Dark skips it, and "Follow my computer" asks after the first frame (ui.app).
    """
    if theme == "dark":
        return True
    if theme == "light":
        return False
    from PySide6.QtCore import Qt

    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str, text_scale: float) -> None:
    """Set the palette and font for the chosen theme and text size (follows the system by default).

    The font is the shipped Noto Sans (ui/resources.py), loaded here the first time, at the
    system's size times the person's text size.

    The palettes are made for the Fusion style, which `make_application` chooses on Qt's command
    line (setting it here would cost start-up ~5 ms to wrap QStyle for Python, measured).
    """
    global _base_point_size
    if _base_point_size is None:
        size = QGuiApplication.font().pointSizeF()
        _base_point_size = size if size > 0 else 10.0
    load_fonts()
    font = QFont(app.font())
    font.setFamilies([FONT_FAMILY])  # the shipped family: the same letters on every computer
    font.setPointSizeF(max(7.0, _base_point_size * text_scale))
    app.setFont(font)
    dark = is_dark(theme)
    app.setPalette(_dark_palette() if dark else _light_palette())
    size = max(7.0, _base_point_size * text_scale)
    tick = (resources_dir() / "icons" / f"tick-{'dark' if dark else 'light'}-theme.svg").as_posix()
    app.setStyleSheet(
        _STYLE.replace("TITLE_PT", f"{size * 1.6:.1f}pt").replace("SUBTITLE_PT", f"{size * 1.15:.1f}pt")
        .replace("TICK_SVG", tick).replace("BOX_PX", str(round(size * 1.45)))
    )
    icon.cache_clear()


def _light_palette() -> QPalette:
    colors = {
        QPalette.ColorRole.Window: "#f6f4ef",
        QPalette.ColorRole.WindowText: "#1f2933",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f0ede6",
        QPalette.ColorRole.Text: "#1f2933",
        QPalette.ColorRole.Button: "#ebe7de",
        QPalette.ColorRole.ButtonText: "#1f2933",
        QPalette.ColorRole.Highlight: ACCENT_LIGHT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1f2933",
        QPalette.ColorRole.PlaceholderText: "#6b7280",
        QPalette.ColorRole.Link: "#1d6b5b",
        QPalette.ColorRole.Mid: "#c9c3b6",
    }
    return _palette(colors, disabled="#8a8f98")


def _palette(colors: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    """A palette from one colour per role, with greyed text for disabled controls."""
    palette = QPalette()
    for role, value in colors.items():
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    # A disabled slider (a skipped craving) loses its accent colour, so it looks switched off.
    mid = QColor(colors[QPalette.ColorRole.Mid])
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, mid)
    return palette


def _dark_palette() -> QPalette:
    colors = {
        QPalette.ColorRole.Window: "#1e2124",
        QPalette.ColorRole.WindowText: "#e6e6e3",
        QPalette.ColorRole.Base: "#26292d",
        QPalette.ColorRole.AlternateBase: "#2c3035",
        QPalette.ColorRole.Text: "#e6e6e3",
        QPalette.ColorRole.Button: "#2f3338",
        QPalette.ColorRole.ButtonText: "#e6e6e3",
        QPalette.ColorRole.Highlight: ACCENT_DARK,
        QPalette.ColorRole.HighlightedText: "#10201c",
        QPalette.ColorRole.ToolTipBase: "#2f3338",
        QPalette.ColorRole.ToolTipText: "#e6e6e3",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Link: ACCENT_DARK,
        QPalette.ColorRole.Mid: "#4a4f55",
    }
    return _palette(colors, disabled="#7c8288")


_STYLE: Final = """
QLabel[role="title"] { font-size: TITLE_PT; font-weight: 600; }
QLabel[role="subtitle"] { font-size: SUBTITLE_PT; font-weight: 600; }
QLabel[role="hint"] { color: palette(placeholder-text); }
QLabel[role="message"] { padding: 6px 10px; border-radius: 6px;
    background: palette(alternate-base); border: 1px solid palette(mid); }
QLabel[role="warning"] { padding: 8px 10px; border-radius: 6px;
    background: palette(alternate-base); border-left: 4px solid #d39b2a; }
QListWidget#nav { border: none; background: transparent; outline: none; }
QListWidget#nav::item { padding: 2px 6px; margin: 0px; border-radius: 6px; }
QListWidget#nav::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QPushButton { padding: 5px 12px; }
QCheckBox::indicator { width: BOX_PXpx; height: BOX_PXpx; border: 1px solid palette(placeholder-text);
    border-radius: 3px; background: palette(base); }
QCheckBox::indicator:hover, QCheckBox::indicator:focus { border: 2px solid palette(highlight); }
QCheckBox::indicator:checked { background: palette(highlight); border-color: palette(highlight);
    image: url("TICK_SVG"); }
QCheckBox::indicator:disabled { border-color: palette(mid); background: palette(window); }
QCheckBox::indicator:checked:disabled { background: palette(mid); }
QSlider:focus { border: 1px solid palette(highlight); border-radius: 4px; }
QListWidget#nav QScrollBar:vertical { background: palette(window); width: 10px; margin: 0px; }
QListWidget#nav QScrollBar::handle:vertical { background: palette(mid); border-radius: 4px;
    min-height: 24px; }
QListWidget#nav QScrollBar::add-line, QListWidget#nav QScrollBar::sub-line { height: 0px; }
QListWidget#nav QScrollBar::add-page, QListWidget#nav QScrollBar::sub-page { background: none; }
QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);
    border: 1px solid palette(highlight); border-radius: 4px; }
QPushButton[role="primary"] { background: palette(highlight); color: palette(highlighted-text);
    border-radius: 5px; padding: 6px 16px; font-weight: 600; border: none; }
QPushButton[role="primary"]:focus { border: 2px solid palette(text); }
QListView:focus, QTableView:focus, QTreeView:focus { border: 2px solid palette(highlight); }
QFrame[role="rule"] { background: palette(mid); border: none; }
QFrame[role="card"] { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
"""


@lru_cache(maxsize=64)
def icon(name: str) -> QIcon:
    """An app icon tinted with the current text colour; empty if the file is missing."""
    path = resources_dir() / "icons" / f"{name}.svg"
    try:
        data = path.read_text(encoding="utf-8")
    except OSError:
        return QIcon()
    palette = QApplication.palette()
    if name != "app":
        color = palette.color(QPalette.ColorRole.WindowText).name()
        data = data.replace("#1f2933", color)
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    result = QIcon()
    sizes = (16, 24, 32, 48, 64, 128) if name == "app" else (16, 24, 32, 48)
    # Selected (the current page in the side bar, on the accent colour) is the same shape in the
    # selected-text colour, or a light icon vanishes on the light accent of the dark theme. The
    # colour is laid over the shape from a pixmap filled with it: QPainter.fillRect and QBrush
    # would name Qt's namespace, which the unlock screen's icons otherwise never need (ui.widgets).
    selected = palette.color(QPalette.ColorRole.HighlightedText)
    for size in sizes:  # Qt scales from the nearest; 48 covers 2x screens
        pixmap = QPixmap(size, size)
        pixmap.fill(TRANSPARENT)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
        if name != "app":
            colour = QPixmap(size, size)
            colour.fill(selected)
            tinted = QPixmap(pixmap)
            painter = QPainter(tinted)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.drawPixmap(0, 0, colour)
            painter.end()
            result.addPixmap(tinted, QIcon.Mode.Selected)
    return result
