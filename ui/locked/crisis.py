"""The crisis page before unlocking: no passphrase needed. The vault is shut, so nothing personal
can show: the built-in UK helplines (or the ones the person chose to show here, kept outside the
vault by their choice, ui/help_now.py), then general overdose advice, marked with what it is
written for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.records import default_helplines

from ..help_now import before_unlock, emergency_text, not_a_therapist
from ..overdose import region_note, show_advice
from ..phone_list import PhoneEntry, PhoneListModel, PhoneListView
from ..widgets import InlineMessage, fill_with_scrolling, label, named

if TYPE_CHECKING:
    from ..theme import UiSettings


class LockedCrisisPage(QWidget):
    """Reached from the unlock screen: needs no passphrase, shows nothing from inside the vault."""

    back = Signal()

    def __init__(self, ui_settings: UiSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui_settings = ui_settings
        self.message = InlineMessage()
        self.helplines = PhoneListModel(self)
        self.helpline_view = PhoneListView()
        self.helpline_view.setModel(self.helplines)
        named(self.helpline_view, self.tr("Helplines"), self.tr("Press Enter to copy a number"))
        self.helpline_view.copied.connect(self._copied)
        self.own_note = label(self.tr("These are the helplines you chose to show here."), "hint")
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice_note = label("", "hint")
        advice_card = QFrame()
        advice_card.setProperty("role", "card")
        advice_layout = QVBoxLayout(advice_card)
        advice_layout.setContentsMargins(16, 14, 16, 14)
        advice_layout.addWidget(self.advice)
        advice_layout.addWidget(self.advice_note)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(label(self.tr("Help right now"), "title"))
        layout.addWidget(label(emergency_text(), "warning"))
        layout.addWidget(label(not_a_therapist()))
        layout.addWidget(self.helpline_view)
        layout.addWidget(self.own_note)
        layout.addWidget(self.message)
        layout.addWidget(label(self.tr("Overdose"), "subtitle"))
        layout.addWidget(advice_card)
        self.inside_hint = label(
            self.tr("Your own crisis contacts and plan are inside your journal; unlock it to see them."),
            "hint",
        )
        layout.addWidget(self.inside_hint)
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
        """Each time it is shown: on a first run there is no journal yet (nothing to unlock,
        nothing inside to mention); the helplines are the person's chosen copy, if they made one."""
        back = self.tr("Back to unlock") if has_journal else self.tr("Back")
        self.back_button.setText(back)
        named(self.back_button, back)
        self.inside_hint.setVisible(has_journal)
        chosen = before_unlock(self.ui_settings) if self.ui_settings is not None else None
        if chosen is not None and chosen.helplines:
            lines = [PhoneEntry(line.name, line.phone, line.notes) for line in chosen.helplines]
        else:
            lines = [PhoneEntry(name, phone, notes) for name, phone, notes in default_helplines()]
        self.helplines.set_values(lines)
        self.own_note.setVisible(chosen is not None and bool(chosen.helplines))
        own_advice = chosen.advice if chosen is not None else ""
        show_advice(self.advice, own_advice)
        self.advice_note.setText(region_note(bool(own_advice)))
        self.message.clear_message()

    def _copied(self, _name: str, phone: str) -> None:
        self.message.show_message(self.tr("Copied {phone}.").format(phone=phone), fade_ms=3000)
