"""How the locked forms sit in the window: a centred column under the app's logo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QWidget

from ..theme import icon
from ..widgets import set_by_name


def centered(content: QWidget, width: int = 560) -> QScrollArea:
    """Put a form in the middle of the window, scrolling if the window is small."""
    content.setMaximumWidth(width)
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.addStretch(1)
    layout.addWidget(content, 100)
    layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    set_by_name(scroll, "focusPolicy", "NoFocus")  # no Tab stop on an unnamed frame (ui.widgets)
    scroll.setWidget(holder)
    return scroll


def logo() -> QLabel:
    logo = QLabel()
    logo.setPixmap(icon("app").pixmap(64, 64))
    set_by_name(logo, "alignment", "AlignLeft")  # Qt.AlignmentFlag, by name: see ui.widgets
    logo.setAccessibleName(QCoreApplication.translate("MainWindow", "Recovery Journal"))
    return logo
