"""The unlock screen: the passphrase in focus, a kind word if it is wrong, where the journal is,
and help. For a damaged journal it offers the latest good automatic backup.

For shared computers and USB sticks it also offers another journal folder or a new journal in a
folder; like every locked screen, it shows nothing from inside the vault.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..passphrase import PassphraseHelp
from ..theme import icon
from ..widgets import ElidedLabel, InlineMessage, label, named
from .layout import centered, logo


class UnlockScreen(QWidget):
    """Passphrase in focus, a kind word if it is wrong, where the journal is, and help."""

    unlock_requested = Signal(str)
    restore_requested = Signal(object)  # the backup file (Path) to put back
    crisis_requested = Signal()
    other_folder_requested = Signal()
    new_journal_requested = Signal()
    forgot_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(10)
        layout.addStretch(1)
        layout.addWidget(logo())
        layout.addWidget(label(self.tr("Recovery Journal"), "title"))
        layout.addWidget(label(self.tr("Welcome back. Type your passphrase to open your journal.")))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        named(self.passphrase, self.tr("Passphrase"))
        self.unlock_button = QPushButton(icon("lock"), self.tr("Unlock"))
        self.unlock_button.setProperty("role", "primary")
        named(self.unlock_button, self.tr("Unlock"))
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.caps = label("", "warning")
        layout.addWidget(self.caps)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        self.help = PassphraseHelp((self.passphrase,), self.caps, self.message)
        self.forgot_button = QPushButton(self.tr("Forgot your passphrase?"))
        self.forgot_button.setFlat(True)  # its pointing hand comes with show_link_cursor()
        # Looks like a link under the field, and is a button for the keyboard and screen readers.
        self.forgot_button.setStyleSheet(
            "QPushButton { color: palette(link); text-decoration: underline; border: none;"
            " padding: 2px 0px; text-align: left; }"
            " QPushButton:focus { outline: 1px dotted palette(text); }"
        )
        named(self.forgot_button, self.tr("Forgot your passphrase? Open your journal with its recovery key"))
        forgot_row = QHBoxLayout()
        forgot_row.addWidget(self.forgot_button)
        forgot_row.addStretch(1)
        layout.addLayout(forgot_row)
        # Offered only when the journal file is damaged and a good automatic backup exists.
        self.restore_button = QPushButton()
        named(self.restore_button, self.tr("Restore your journal from its latest good automatic backup"))
        self.restore_button.hide()
        self._offered_backup: Path | None = None
        self.restore_button.clicked.connect(
            lambda: self._offered_backup and self.restore_requested.emit(self._offered_backup)
        )
        layout.addWidget(self.restore_button)
        self.folder_label = ElidedLabel()
        self.folder_label.setProperty("role", "hint")
        layout.addWidget(self.folder_label)
        self.remember = QCheckBox(self.tr("Remember this folder on this computer"))
        named(self.remember, self.tr("Remember this journal folder on this computer"))
        self.remember.hide()
        layout.addWidget(self.remember)
        self.other_button = QPushButton(self.tr("Open another journal folder…"))
        named(self.other_button, self.tr("Open another journal folder, for example on a USB stick"))
        self.new_button = QPushButton(self.tr("Start a new, empty journal in another folder…"))
        named(self.new_button, self.tr(
            "Start a new, empty journal in a folder you choose; this journal stays as it is"
        ))
        for button in (self.other_button, self.new_button):  # one under the other: room for words
            folder_row = QHBoxLayout()
            folder_row.addWidget(button)
            folder_row.addStretch(1)
            layout.addLayout(folder_row)
        line = QFrame()
        line.setFixedHeight(1)
        line.setProperty("role", "rule")
        layout.addWidget(line)
        self.crisis_button = QPushButton(icon("crisis"), self.tr("Need help right now?"))
        named(self.crisis_button, self.tr("Need help right now? Crisis helplines, no passphrase needed"))
        crisis_row = QHBoxLayout()
        crisis_row.addWidget(self.crisis_button)
        crisis_row.addWidget(label(self.tr("Helplines, no passphrase needed. In danger, "
            "call 999."), "hint"), 1)
        layout.addLayout(crisis_row)
        layout.addStretch(2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(centered(content, 600))
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.crisis_button.clicked.connect(self.crisis_requested.emit)
        self.other_button.clicked.connect(self.other_folder_requested.emit)
        self.new_button.clicked.connect(self.new_journal_requested.emit)
        self.forgot_button.clicked.connect(self.forgot_requested.emit)
        self.setTabOrder(self.passphrase, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.forgot_button)
        self.setTabOrder(self.forgot_button, self.restore_button)
        self.setTabOrder(self.restore_button, self.remember)
        self.setTabOrder(self.remember, self.other_button)
        self.setTabOrder(self.other_button, self.new_button)
        self.setTabOrder(self.new_button, self.crisis_button)

    def show_link_cursor(self) -> None:
        """The pointing hand over the link-like button: called once the screen's first frame is
        up, because naming Qt.CursorShape builds Qt's namespace (~100 M instructions, see
        ui.widgets) and the hand is only seen when the pointer reaches the link."""
        from PySide6.QtCore import Qt

        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)

    def offer_restore(self, backup: Path | None, made: str = "") -> None:
        """Show (or, with None, hide) the button that puts a good automatic backup back."""
        self._offered_backup = backup
        self.restore_button.setText(
            self.tr("Restore the backup from "
                "{made}…").format(made=made) if made else self.tr("Restore a backup…")
        )
        self.restore_button.setVisible(backup is not None)

    def prepare(self, folder: Path, *, show_remember: bool, message: str = "") -> None:
        self.offer_restore(None)
        self.folder_label.setText(self.tr("Journal folder: {folder}").format(folder=folder))
        self.remember.setVisible(show_remember)
        self.passphrase.clear()
        self.set_busy(False)
        if message:
            self.message.show_message(message)
        else:
            self.message.clear_message()
        self.passphrase.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setReadOnly(busy)  # not disabled: that would drop the keyboard focus
        self.unlock_button.setText(self.tr("Opening…") if busy else self.tr("Unlock"))

    def show_error(self, message: str) -> None:
        self.offer_restore(None)
        self.set_busy(False)
        self.message.show_message(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _submit(self) -> None:
        if not self.passphrase.text():
            self.help.complain(self.tr("Type your passphrase, then press Enter."),
                               lambda: not self.passphrase.text())
            return
        self.set_busy(True)
        self.unlock_requested.emit(self.passphrase.text())

    def clear_secrets(self) -> None:
        self.passphrase.setText("")  # not clear(): that keeps the text in the undo history
