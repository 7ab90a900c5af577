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

from ..language_choice import LanguageBox
from ..passphrase import PassphraseHelp, problem
from ..theme import icon
from ..widgets import ElidedLabel, InlineMessage, label, named
from .layout import centered, logo


class WelcomeScreen(QWidget):
    """First run: what the app is, a passphrase (twice), optional name and keyworker."""

    create_requested = Signal(str, str, str)  # passphrase, name, keyworker
    crisis_requested = Signal()
    other_folder_requested = Signal()
    language_chosen = Signal(object)  # a journal.i18n.Language

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(logo())
        top.addStretch(1)
        self.language = LanguageBox()
        self.language.chosen.connect(self.language_chosen.emit)
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)
        language_column = QVBoxLayout()  # at the top right, level with the logo's top
        language_column.addLayout(language_row)
        language_column.addStretch(1)
        top.addLayout(language_column)
        layout.addLayout(top)
        layout.addWidget(label(self.tr("Welcome to Recovery Journal"), "title"))
        layout.addWidget(label(self.tr(
            "A private place to check in with yourself, notice what helps, and see your hope grow."
        )))
        layout.addWidget(label(self.tr(
            "<b>Everything stays on this computer.</b> Nothing goes online, ever: "
            "no accounts, no cloud, no tracking. Your journal is locked with a passphrase only you know."
        )))
        self.folder_label = ElidedLabel()  # a long path shortens in the middle; whole in the tool tip
        self.folder_label.setProperty("role", "hint")
        layout.addWidget(self.folder_label)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        named(self.passphrase, self.tr("Choose a passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        named(self.repeat, self.tr("Type the passphrase again"))
        self.hint = label("", "hint")
        self.caps = label("", "warning")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Optional: a first name or nickname"))
        named(self.name, self.tr("What should the journal call you? Optional"))
        self.keyworker = QLineEdit()
        self.keyworker.setPlaceholderText(self.tr("Optional"))
        named(self.keyworker, self.tr("Your keyworker's name. Optional"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow("", self.hint)
        form.addRow(self.tr("&Again"), self.repeat)
        form.addRow("", self.caps)
        layout.addLayout(form)
        # Under the form, not in a row of it: a wrapped label in a QFormLayout gets room for more
        # lines than it has, and this hint is long in some languages.
        layout.addWidget(self.hint)
        layout.addWidget(label(self.tr(
            "<b>Please write your passphrase down and keep it somewhere safe.</b> Next you can print "
            "a recovery key. If the passphrase is forgotten and there is no recovery key, it cannot "
            "be recovered: nobody (not even us) can open your journal."
        ), "warning"))
        more = QFormLayout()
        more.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        more.addRow(self.tr("Your &name"), self.name)
        more.addRow(self.tr("&Keyworker"), self.keyworker)
        layout.addLayout(more)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        self.create_button = QPushButton(self.tr("Create my journal"))
        self.create_button.setProperty("role", "primary")
        self.create_button.setDefault(True)
        named(self.create_button, self.tr("Create my journal"))
        self.crisis_button = QPushButton(icon("crisis"), self.tr("Need help right now?"))
        named(self.crisis_button, self.tr("Need help right now? Crisis helplines"))
        self.other_button = QPushButton(self.tr("Open a journal in another folder…"))
        named(self.other_button, self.tr("Open a journal in another folder"))
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
        self.help = PassphraseHelp(
            (self.passphrase, self.repeat), self.caps, self.message, new=self.passphrase, hint=self.hint,
            personal=lambda: (self.name.text(), self.keyworker.text()),
        )
        self.passphrase.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self._submit)  # the name and keyworker are optional
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
        self.setTabOrder(self.other_button, self.language)

    def prepare(self, folder: Path) -> None:
        self.folder_label.setText(self.tr("Your journal will be kept in {folder}").format(folder=folder))
        for edit in (self.passphrase, self.repeat, self.name, self.keyworker):
            edit.clear()
        self.help.clear()
        self.set_busy(False)
        self.passphrase.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        self.create_button.setText(self.tr("Creating your journal…") if busy
                else self.tr("Create my journal"))

    def _submit(self) -> None:
        passphrase = self.passphrase.text()
        personal = (self.name.text(), self.keyworker.text())
        wrong = problem(passphrase, personal)
        if wrong is not None:
            self.help.complain(wrong, lambda: problem(self.passphrase.text(), personal) is not None)
            self.passphrase.setFocus()
            return
        if passphrase != self.repeat.text():
            self.help.complain(
                self.tr("The two passphrases are not the same. Please type the second one again."),
                lambda: self.passphrase.text() != self.repeat.text(),
            )
            self.repeat.clear()
            self.repeat.setFocus()
            return
        self.help.clear()
        self.create_requested.emit(passphrase, self.name.text().strip(), self.keyworker.text().strip())

    def clear_secrets(self) -> None:
        """The journal opened (or locked): nothing typed here stays, the name and keyworker
        included. setText("") rather than clear(): clear() keeps the removed text in the field's
        undo history."""
        for edit in (self.passphrase, self.repeat, self.name, self.keyworker):
            edit.setText("")
        self.message.clear_message()
