"""First run: what the app is, a passphrase (twice), and an optional name and keyworker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..passphrase import long_enough, strength_hint, too_short_message
from ..theme import icon
from ..widgets import InlineMessage, label, named
from .layout import centered, logo


class WelcomeScreen(QWidget):
    """First run: what the app is, a passphrase (twice), optional name and keyworker."""

    create_requested = Signal(str, str, str)  # passphrase, name, keyworker
    crisis_requested = Signal()
    other_folder_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(10)
        layout.addWidget(logo())
        layout.addWidget(label("Welcome to Recovery Journal", "title"))
        layout.addWidget(label(
            "A private place to check in with yourself, notice what helps, and see your hope grow."
        ))
        layout.addWidget(label(
            "<b>Everything stays on this computer.</b> Nothing goes online, ever: "
            "no accounts, no cloud, no tracking. Your journal is locked with a passphrase only you know."
        ))
        self.folder_label = label("", "hint")
        layout.addWidget(self.folder_label)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        named(self.passphrase, "Choose a passphrase")
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        named(self.repeat, "Type the passphrase again")
        self.hint = label(strength_hint(""), "hint", wrap=False)
        self.name = QLineEdit()
        self.name.setPlaceholderText("Optional: a first name or nickname")
        named(self.name, "What should the journal call you? Optional")
        self.keyworker = QLineEdit()
        self.keyworker.setPlaceholderText("Optional")
        named(self.keyworker, "Your keyworker's name. Optional")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Passphrase", self.passphrase)
        form.addRow("", self.hint)
        form.addRow("&Again", self.repeat)
        layout.addLayout(form)
        layout.addWidget(label(self.tr(
            "<b>Please write your passphrase down and keep it somewhere safe.</b> Next you can print "
            "a recovery key. If the passphrase is forgotten and there is no recovery key, it cannot "
            "be recovered: nobody (not even us) can open your journal."
        ), "warning"))
        more = QFormLayout()
        more.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        more.addRow("Your &name", self.name)
        more.addRow("&Keyworker", self.keyworker)
        layout.addLayout(more)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        self.create_button = QPushButton("Create my journal")
        self.create_button.setProperty("role", "primary")
        self.create_button.setDefault(True)
        named(self.create_button, "Create my journal")
        self.crisis_button = QPushButton(icon("crisis"), "Need help right now?")
        named(self.crisis_button, "Need help right now? Crisis helplines")
        self.other_button = QPushButton("Open a journal in another folder…")
        named(self.other_button, "Open a journal in another folder")
        row = QHBoxLayout()
        row.addWidget(self.create_button)
        row.addStretch(1)
        row.addWidget(self.crisis_button)
        layout.addLayout(row)
        other_row = QHBoxLayout()
        other_row.addWidget(self.other_button)
        other_row.addStretch(1)
        layout.addLayout(other_row)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(centered(content))
        for widget, buddy in ((form, self.passphrase), (form, self.repeat)):
            item = widget.labelForField(buddy)
            if isinstance(item, QLabel):
                item.setBuddy(buddy)
        for buddy in (self.name, self.keyworker):
            item = more.labelForField(buddy)
            if isinstance(item, QLabel):
                item.setBuddy(buddy)
        self.passphrase.textChanged.connect(lambda text: self.hint.setText(strength_hint(text)))
        self.passphrase.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self.name.setFocus)
        self.name.returnPressed.connect(self.keyworker.setFocus)
        self.keyworker.returnPressed.connect(self._submit)
        self.create_button.clicked.connect(self._submit)
        self.crisis_button.clicked.connect(self.crisis_requested.emit)
        self.other_button.clicked.connect(self.other_folder_requested.emit)
        self.setTabOrder(self.passphrase, self.repeat)
        self.setTabOrder(self.repeat, self.name)
        self.setTabOrder(self.name, self.keyworker)
        self.setTabOrder(self.keyworker, self.create_button)
        self.setTabOrder(self.create_button, self.crisis_button)
        self.setTabOrder(self.crisis_button, self.other_button)

    def prepare(self, folder: Path) -> None:
        self.folder_label.setText(f"Your journal will be kept in {folder}")
        for edit in (self.passphrase, self.repeat, self.name, self.keyworker):
            edit.clear()
        self.message.clear_message()
        self.set_busy(False)
        self.passphrase.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        self.create_button.setText("Creating your journal…" if busy else "Create my journal")

    def _submit(self) -> None:
        passphrase = self.passphrase.text()
        if not long_enough(passphrase):
            self.message.show_message(too_short_message())
            self.passphrase.setFocus()
            return
        if passphrase != self.repeat.text():
            self.message.show_message(
                "The two passphrases are not the same. Please type the second one again."
            )
            self.repeat.clear()
            self.repeat.setFocus()
            return
        self.message.clear_message()
        self.create_requested.emit(passphrase, self.name.text().strip(), self.keyworker.text().strip())

    def clear_secrets(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()
