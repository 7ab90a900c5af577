""""Forgot your passphrase?": open the journal with its recovery key and choose a new passphrase.

Reached from the unlock screen. The key is checked here, on the UI thread, as it is typed back
(journal.recovery.parse reads no file), so a typo is told at once as a typo, with its group; the
session then opens the journal with the key and sets the new passphrase on the task runner
(Session.reset_with_recovery_key). Like every locked screen it shows nothing from inside the vault.
"""

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

from journal.errors import RecoveryKeyTypo
from journal.recovery import parse

from ..passphrase import PassphraseHelp, problem
from ..widgets import InlineMessage, label, named
from .layout import centered, logo


class ForgotScreen(QWidget):
    """The recovery key from the sheet, a new passphrase twice, and the journal opens."""

    reset_requested = Signal(object, str)  # the parsed RecoveryKey, the new passphrase
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(10)
        layout.addStretch(1)
        mark = logo()
        mark.setAccessibleName(self.tr("Recovery Journal"))
        layout.addWidget(mark)
        layout.addWidget(label(self.tr("Forgot your passphrase?"), "title"))
        layout.addWidget(label(self.tr(
            "Your recovery key opens your journal. Type it from your recovery sheet, then choose a "
            "new passphrase. Capital letters, spaces and dashes do not matter."
        )))
        self.key = QLineEdit()
        self.key.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        named(self.key, self.tr("Recovery key, from your recovery sheet"))
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for edit, name in ((self.new, self.tr("New passphrase")),
                           (self.repeat, self.tr("New passphrase again"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            named(edit, name)
        self.hint = label("", "hint")
        self.caps = label("", "warning")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Recovery &key"), self.key)
        form.addRow(self.tr("&New passphrase"), self.new)
        form.addRow(self.tr("&Again"), self.repeat)
        form.addRow(self.hint)  # the whole width: long in some languages
        form.addRow(self.caps)
        for field in (self.key, self.new, self.repeat):
            item = form.labelForField(field)
            if isinstance(item, QLabel):
                item.setBuddy(field)
        layout.addLayout(form)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        self.help = PassphraseHelp(
            (self.new, self.repeat), self.caps, self.message, new=self.new, hint=self.hint
        )
        self.open_button = QPushButton(self.tr("Open my journal"))
        self.open_button.setProperty("role", "primary")
        named(self.open_button, self.tr("Open my journal with the recovery key and the new passphrase"))
        self.back_button = QPushButton(self.tr("Back"))
        named(self.back_button, self.tr("Back to the passphrase"))
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        layout.addLayout(row)
        layout.addWidget(label(self.tr(
            "No sheet? If both the passphrase and the recovery sheet are lost, nobody can open this "
            "journal: not you, not us, not anyone. You can still start a new journal in another "
            "folder."
        ), "hint"))
        layout.addStretch(2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(centered(content, 620))
        self.key.returnPressed.connect(self._key_entered)
        self.new.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self._submit)
        self.open_button.clicked.connect(self._submit)
        self.back_button.clicked.connect(self.back_requested.emit)
        self.setTabOrder(self.key, self.new)
        self.setTabOrder(self.new, self.repeat)
        self.setTabOrder(self.repeat, self.open_button)
        self.setTabOrder(self.open_button, self.back_button)

    def prepare(self, folder: Path) -> None:
        del folder  # one journal folder at a time: the session knows which
        self.clear_secrets()
        self.message.clear_message()
        self.set_busy(False)
        self.key.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.open_button.setEnabled(not busy)
        for edit in (self.key, self.new, self.repeat):
            edit.setReadOnly(busy)
        self.open_button.setText(self.tr("Opening…") if busy else self.tr("Open my journal"))

    def show_error(self, message: str) -> None:
        """A key that does not open the journal (or anything else that went wrong): say so."""
        self.set_busy(False)
        self.message.show_message(message)
        self.key.selectAll()
        self.key.setFocus()

    def _check_key(self) -> bool:
        try:
            parse(self.key.text())
        except RecoveryKeyTypo as typo:
            self.message.show_message(typo.message)
            self.key.setFocus()
            return False
        return True

    def _key_entered(self) -> None:
        if self._check_key():
            self.message.clear_message()
            self.new.setFocus()

    def _submit(self) -> None:
        if not self._check_key():
            return
        new = self.new.text()
        wrong = problem(new)
        if wrong is not None:
            self.help.complain(wrong, lambda: problem(self.new.text()) is not None)
            self.new.setFocus()
            return
        if new != self.repeat.text():
            self.help.complain(self.tr(
                "The two new passphrases are not the same. Please type the second one again."
            ), lambda: self.new.text() != self.repeat.text())
            self.repeat.clear()
            self.repeat.setFocus()
            return
        self.help.clear()
        self.set_busy(True)
        self.reset_requested.emit(parse(self.key.text()), new)

    def clear_secrets(self) -> None:
        for edit in (self.key, self.new, self.repeat):
            edit.clear()
