"""The screens before a journal is open: first-run welcome and unlock.

Neither shows anything from inside the vault. Both offer the crisis page (built-in helplines only)
and, for shared computers and USB sticks, another journal folder or a new journal in a folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .theme import icon
from .widgets import InlineMessage, label, named

if TYPE_CHECKING:  # loaded when a folder is first chosen, not at start-up
    from PySide6.QtWidgets import QFileDialog

MIN_PASSPHRASE: int = 8


def strength_hint(passphrase: str) -> str:
    """A plain hint; length matters most, so we suggest a few words rather than symbols."""
    words = len(passphrase.split())
    length = len(passphrase)
    if not passphrase:
        return "Tip: a few ordinary words together, like a short sentence only you would think of."
    if length < MIN_PASSPHRASE:
        return f"Too short: use at least {MIN_PASSPHRASE} characters. A few words together work well."
    if length < 12 and words < 3:
        return "Okay, but longer is stronger: try adding another word."
    if length < 20 and words < 4:
        return "Good. Another word would make it even stronger."
    return "Strong. Now make sure you will remember it."


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
    scroll.setWidget(holder)
    return scroll


def _logo() -> QLabel:
    logo = QLabel()
    logo.setPixmap(icon("app").pixmap(64, 64))
    logo.setAlignment(Qt.AlignmentFlag.AlignLeft)
    logo.setAccessibleName("Recovery Journal")
    return logo


def choose_folder(parent: QWidget, title: str, on_chosen: Callable[[Path], None]) -> QFileDialog:
    """A non-blocking folder chooser (a blocking one would survive an auto-lock)."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda path: on_chosen(Path(path)))
    dialog.open()
    return dialog


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
        layout.addWidget(_logo())
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
        layout.addWidget(label(
            "<b>Please write your passphrase down and keep it somewhere safe.</b> "
            "It cannot be recovered: if it is forgotten, nobody (not even us) can open your journal.",
            "warning",
        ))
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
        if len(passphrase) < MIN_PASSPHRASE:
            self.message.show_message(
                f"Please use a passphrase of at least {MIN_PASSPHRASE} characters. "
                "A few words together are easy to remember and hard to guess."
            )
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


class UnlockScreen(QWidget):
    """Passphrase in focus, a kind word if it is wrong, where the journal is, and help."""

    unlock_requested = Signal(str)
    restore_requested = Signal(object)  # the backup file (Path) to put back
    crisis_requested = Signal()
    other_folder_requested = Signal()
    new_journal_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(10)
        layout.addStretch(1)
        layout.addWidget(_logo())
        layout.addWidget(label("Recovery Journal", "title"))
        layout.addWidget(label("Welcome back. Type your passphrase to open your journal."))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText("Passphrase")
        named(self.passphrase, "Passphrase")
        self.unlock_button = QPushButton(icon("lock"), "Unlock")
        self.unlock_button.setProperty("role", "primary")
        named(self.unlock_button, "Unlock")
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        # Offered only when the journal file is damaged and a good automatic backup exists.
        self.restore_button = QPushButton()
        named(self.restore_button, "Restore your journal from its latest good automatic backup")
        self.restore_button.hide()
        self._offered_backup: Path | None = None
        self.restore_button.clicked.connect(
            lambda: self._offered_backup and self.restore_requested.emit(self._offered_backup)
        )
        layout.addWidget(self.restore_button)
        self.folder_label = label("", "hint")
        layout.addWidget(self.folder_label)
        self.remember = QCheckBox("Remember this folder on this computer")
        named(self.remember, "Remember this journal folder on this computer")
        self.remember.hide()
        layout.addWidget(self.remember)
        self.other_button = QPushButton("Open another journal folder…")
        named(self.other_button, "Open another journal folder, for example on a USB stick")
        self.new_button = QPushButton("Start a new journal here…")
        named(self.new_button, "Start a new journal in a folder you choose")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.other_button)
        folder_row.addWidget(self.new_button)
        folder_row.addStretch(1)
        layout.addLayout(folder_row)
        line = QFrame()
        line.setFixedHeight(1)
        line.setProperty("role", "rule")
        layout.addWidget(line)
        self.crisis_button = QPushButton(icon("crisis"), "Need help right now?")
        named(self.crisis_button, "Need help right now? Crisis helplines, no passphrase needed")
        crisis_row = QHBoxLayout()
        crisis_row.addWidget(self.crisis_button)
        crisis_row.addWidget(label("Helplines, no passphrase needed. In danger, call 999.", "hint"), 1)
        layout.addLayout(crisis_row)
        layout.addStretch(2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(centered(content, 520))
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.crisis_button.clicked.connect(self.crisis_requested.emit)
        self.other_button.clicked.connect(self.other_folder_requested.emit)
        self.new_button.clicked.connect(self.new_journal_requested.emit)
        self.setTabOrder(self.passphrase, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.restore_button)
        self.setTabOrder(self.restore_button, self.remember)
        self.setTabOrder(self.remember, self.other_button)
        self.setTabOrder(self.other_button, self.new_button)
        self.setTabOrder(self.new_button, self.crisis_button)

    def offer_restore(self, backup: Path | None, made: str = "") -> None:
        """Show (or, with None, hide) the button that puts a good automatic backup back."""
        self._offered_backup = backup
        self.restore_button.setText(f"Restore the backup from {made}…" if made else "Restore a backup…")
        self.restore_button.setVisible(backup is not None)

    def prepare(self, folder: Path, *, show_remember: bool, message: str = "") -> None:
        self.offer_restore(None)
        self.folder_label.setText(f"Journal folder: {folder}")
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
        self.unlock_button.setText("Opening…" if busy else "Unlock")

    def show_error(self, message: str) -> None:
        self.offer_restore(None)
        self.set_busy(False)
        self.message.show_message(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _submit(self) -> None:
        if not self.passphrase.text():
            self.message.show_message("Type your passphrase, then press Enter.")
            return
        self.set_busy(True)
        self.unlock_requested.emit(self.passphrase.text())

    def clear_secrets(self) -> None:
        self.passphrase.clear()
