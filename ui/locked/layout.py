"""How the locked forms sit in the window: a centred column under the app's logo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QWidget

from ..theme import icon


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
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop on an unnamed frame (ui.widgets)
    scroll.setWidget(holder)
    return scroll


def logo() -> QLabel:
    logo = QLabel()
    logo.setPixmap(icon("app").pixmap(64, 64))
    logo.setAlignment(Qt.AlignmentFlag.AlignLeft)
    logo.setAccessibleName(QCoreApplication.translate("MainWindow", "Recovery Journal"))
    return logo
