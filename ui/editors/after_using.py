"""The word after "I used" on a trigger: neutral, kind, and a way to the plan and the crisis page.

Shown when the person chooses "I used" (not when an old entry opens), in the calm colours of every
note: never a reset, never red, nothing counted. The links open the hard-time view (with the same
neutral word first) and the crisis page.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..help_now import HARD_TIME_VIEW, navigate_from
from ..widgets import label, named


class AfterUsing(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.words = label(
            self.tr("That happened. It doesn't undo what you've done so far. Writing it down is a "
                    "way of looking after yourself.")
        )
        self.plan_button = QPushButton(self.tr("Look at my plan"))
        named(self.plan_button, self.tr("Look at my plan"), self.tr("Opens your plan, step by step"))
        self.crisis_button = QPushButton(self.tr("Crisis page"))
        named(self.crisis_button, self.tr("Open the crisis page"))
        row = QHBoxLayout()
        row.addWidget(self.plan_button)
        row.addWidget(self.crisis_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.words)
        layout.addLayout(row)
        self.plan_button.clicked.connect(lambda: navigate_from(self, HARD_TIME_VIEW, {"after": "used"}))
        self.crisis_button.clicked.connect(lambda: navigate_from(self, "Crisis"))
        self.hide()
