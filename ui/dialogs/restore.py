"""Restore from a backup, inside the app (Settings), as safely as `recovery-journal restore`.

The person chooses a backup file and types its passphrase; the dialog then says in plain words
what will happen and asks once more. The work is the vault's own `restore_from` on the task
runner, the path the command line takes when the journal is open: the backup must open with the
passphrase and pass a full check before anything is touched, the journal as it is now is kept
aside first (an encrypted copy in the backups folder), and the restored journal is proved before
it replaces the file. Afterwards the journal locks, so it is opened again with the backup's
passphrase and every page reads the restored records from the start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..passphrase import PassphraseHelp
from ..widgets import InlineMessage, label, named


class RestoreDialog(QDialog):
    """Which backup, its passphrase, and a plain "yes, replace my journal"."""

    restore_requested = Signal(object, str)  # the backup file (Path), its passphrase

    def __init__(self, backups_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self._backups_folder = backups_folder
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("Choose a backup file"))
        named(self.file, self.tr("Backup file"))
        self.browse = QPushButton(self.tr("Choose…"))
        named(self.browse, self.tr("Choose a backup file"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        named(self.passphrase, self.tr("The passphrase of the backup"))
        self.caps = label("", "warning")
        self.message = InlineMessage()
        self.help = PassphraseHelp((self.passphrase,), self.caps, self.message)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Backup"), file_row)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow("", self.caps)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr(
            "Put your journal back as it was in a backup. Your journal as it is now is kept aside "
            "first, so nothing is lost."
        )))
        layout.addLayout(form)
        layout.addWidget(label(self.tr(
            "The passphrase is the one the journal had when the backup was made."
        ), "hint"))
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.browse.clicked.connect(self._choose)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        self.file_dialog: QFileDialog | None = None

    def _choose(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a backup"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Backups (*.db);;All files (*)"))
        dialog.setDirectory(str(self._backups_folder))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._chosen)
        self.file_dialog = dialog
        dialog.open()

    def _chosen(self, path: str) -> None:
        self.file.setText(path)
        self.passphrase.setFocus()

    def _submit(self) -> None:
        backup = Path(self.file.text().strip()) if self.file.text().strip() else None
        if backup is None or not backup.is_file():
            self.help.complain(self.tr("Please choose a backup file first."),
                               lambda: not Path(self.file.text().strip()).is_file())
            self.file.setFocus()
            return
        if not self.passphrase.text():
            self.help.complain(self.tr("Please type the passphrase of the backup."),
                               lambda: not self.passphrase.text())
            self.passphrase.setFocus()
            return
        if self.confirm(backup):
            self.restore_requested.emit(backup, self.passphrase.text())
            self.passphrase.clear()
            self.accept()

    def confirm(self, backup: Path) -> bool:
        """Ask once more, in plain words (tests replace this)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore from a backup"))
        box.setText(self.tr("Replace your journal with this backup?"))
        box.setInformativeText(self.tr(
            "Everything in your journal will be as it was in {file}. Anything written after the "
            "backup was made will not be in it. Your journal as it is now is kept in {folder} first, "
            "so you can go back to it. Then the journal locks: open it with the backup's passphrase."
        ).format(file=backup.name, folder=self._backups_folder))
        yes = box.addButton(self.tr("Replace my journal"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes
