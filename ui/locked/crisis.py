"""The crisis page before unlocking: no passphrase needed, only the built-in helplines (the vault is
shut, so nothing personal can show)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from journal.records import DEFAULT_HELPLINES

from ..clipboard import copy_phone_number
from ..help_now import EMERGENCY_TEXT, NOT_A_THERAPIST, phone_card
from ..widgets import InlineMessage, fill_with_scrolling, label, named


class LockedCrisisPage(QWidget):
    """Reached from the unlock screen: needs no passphrase, shows only the built-in helplines."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = InlineMessage()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(label("Help right now", "title"))
        layout.addWidget(label(EMERGENCY_TEXT, "warning"))
        layout.addWidget(label(NOT_A_THERAPIST))
        for name, phone, notes in DEFAULT_HELPLINES:
            layout.addWidget(phone_card(name, phone, notes, self._copy))
        self.inside_hint = label(
            "Your own crisis contacts and helplines are inside your journal; unlock it to see them.",
            "hint",
        )
        layout.addWidget(self.inside_hint)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back.emit)
        self.prepare(has_journal=True)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back.emit)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        layout.addLayout(row)
        content.setMaximumWidth(760)
        fill_with_scrolling(self, content)

    def prepare(self, *, has_journal: bool) -> None:
        """On a first run there is no journal yet: nothing to unlock, nothing inside to mention."""
        back = "Back to unlock" if has_journal else "Back"
        self.back_button.setText(back)
        named(self.back_button, back)
        self.inside_hint.setVisible(has_journal)

    def _copy(self, phone: str) -> None:
        copy_phone_number(phone)
        self.message.show_message(f"Copied {phone}.", fade_ms=3000)
