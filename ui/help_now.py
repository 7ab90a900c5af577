"""What both crisis pages show, locked and unlocked: the words for danger, the plain note that the
app is not a therapist, and a card for each number to ring."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from .theme import icon
from .widgets import label, named

EMERGENCY_TEXT: Final = (
    "If you or someone else is in danger right now, call <b>999</b> (or 112). "
    "If you have taken something and feel unwell, call 999 or go to A&amp;E."
)
NOT_A_THERAPIST: Final = (
    "This app is a private notebook, not a therapist or a doctor. "
    "Talking to a person helps: these lines are free and someone will listen."
)


def phone_card(name: str, phone: str, notes: str, on_copy: Callable[[str], None]) -> QFrame:
    """One way to get help: name, number in large type, a copy button."""
    frame = QFrame()
    frame.setProperty("role", "card")
    layout = QHBoxLayout(frame)
    text = QVBoxLayout()
    title = label(name, "subtitle")
    number = label(phone or "No number saved", "title")
    text.addWidget(title)
    text.addWidget(number)
    if notes:
        text.addWidget(label(notes, "hint"))
    layout.addLayout(text, 1)
    if phone:
        button = QPushButton(icon("copy"), "Copy number")
        named(button, f"Copy the number for {name}")
        button.clicked.connect(lambda: on_copy(phone))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return frame
