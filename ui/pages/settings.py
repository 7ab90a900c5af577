"""Settings: about you, auto-lock, appearance, passphrase, backup, export and import.

Personal settings (name, keyworker, auto-lock minutes) are saved inside the vault; how the app
looks (theme, text size) goes in the non-personal settings file. The page shows the copy of the
personal settings read at unlock (`Context.settings`) and keeps it in step with what it saves;
every save, backup, passphrase change, export and import is an operation on the task runner, and
every dialog is non-blocking so a lock can close it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal import messages, paths
from journal.errors import JournalError, WrongPassphrase

from .. import operations
from ..context import Context, Page
from ..passphrase import long_enough, strength_hint, too_short_message
from ..theme import TEXT_SIZES, THEME_LABELS, THEMES
from ..widgets import InlineMessage, fill_with_scrolling, label, named


def _form(box: QGroupBox) -> QFormLayout:
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _buddy(form: QFormLayout, widget: QWidget) -> None:
    item = form.labelForField(widget)
    if isinstance(item, QLabel):
        item.setBuddy(widget)


class SettingsPage(Page):
    title = "Settings"

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._loading = False
        # The file dialog open now, if any (tests and the lock reach it here).
        self.file_dialog: QFileDialog | None = None

        # ---- about you
        about = QGroupBox("About you")
        about_form = _form(about)
        self.name = QLineEdit()
        self.name.setPlaceholderText("Optional")
        named(self.name, "Your name or nickname")
        self.keyworker = QLineEdit()
        self.keyworker.setPlaceholderText("Optional")
        named(self.keyworker, "Your keyworker's name")
        about_form.addRow("Your &name", self.name)
        about_form.addRow("&Keyworker", self.keyworker)
        _buddy(about_form, self.name)
        _buddy(about_form, self.keyworker)
        about_form.addRow(
            label("Kept inside your locked journal, shown on your summary if you choose.", "hint")
        )
        self.about_message = InlineMessage()
        about_form.addRow(self.about_message)

        # ---- privacy
        privacy = QGroupBox("Locking")
        privacy_form = _form(privacy)
        self.autolock = QSpinBox()
        self.autolock.setRange(1, 240)
        self.autolock.setSuffix(" minutes")
        named(self.autolock, "Lock after this many minutes without use")
        privacy_form.addRow("Lock after", self.autolock)
        _buddy(privacy_form, self.autolock)
        privacy_form.addRow(label(
            "When nobody has touched the keyboard or mouse for this long, the journal locks itself. "
            "Ctrl+L locks at once.", "hint",
        ))

        # ---- appearance
        look = QGroupBox("Appearance")
        look_form = _form(look)
        self.theme = QComboBox()
        for value in THEMES:
            self.theme.addItem(THEME_LABELS[value], value)
        named(self.theme, "Colours")
        self.text_size = QComboBox()
        for text, scale in TEXT_SIZES:
            self.text_size.addItem(text, scale)
        named(self.text_size, "Text size")
        look_form.addRow("&Colours", self.theme)
        look_form.addRow("&Text size", self.text_size)
        _buddy(look_form, self.theme)
        _buddy(look_form, self.text_size)

        # ---- passphrase
        secret = QGroupBox("Passphrase")
        secret_form = _form(secret)
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for edit, name in ((self.current, "Current passphrase"), (self.new, "New passphrase"),
                           (self.repeat, "New passphrase again")):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            named(edit, name)
        self.new_hint = label(strength_hint(""), "hint", wrap=False)
        self.change_button = QPushButton("Change passphrase")
        named(self.change_button, "Change passphrase")
        self.secret_message = InlineMessage()
        secret_form.addRow("C&urrent", self.current)
        secret_form.addRow("N&ew", self.new)
        secret_form.addRow("", self.new_hint)
        secret_form.addRow("A&gain", self.repeat)
        for edit in (self.current, self.new, self.repeat):
            _buddy(secret_form, edit)
        secret_form.addRow(label(self.tr(
            "Write the new passphrase down somewhere safe. Your recovery key, if you made one, "
            "keeps working."
        ), "warning"))
        secret_form.addRow("", self.change_button)
        secret_form.addRow(self.secret_message)

        # ---- data
        data = QGroupBox("Backups, export and import")
        data_layout = QVBoxLayout(data)
        self.where = label("", "hint")
        data_layout.addWidget(self.where)
        self.backup_button = QPushButton("Back up now")
        named(self.backup_button, "Back up now", "An encrypted copy in your backups folder")
        self.backup_to_button = QPushButton("Back up to a folder…")
        named(self.backup_to_button, "Back up to a folder you choose, for example a USB stick")
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.backup_to_button)
        row.addStretch(1)
        data_layout.addLayout(row)
        data_layout.addWidget(label(
            "A backup is encrypted with your passphrase, like your journal.", "hint"
        ))
        data_layout.addWidget(label(messages.EXPORT_WARNING.replace("Note: ", ""), "warning"))
        self.export_button = QPushButton("Export to a file…")
        named(self.export_button, "Export everything to a file. The file is not encrypted")
        self.import_button = QPushButton("Import from a file…")
        named(self.import_button, "Import an export file into this journal")
        row2 = QHBoxLayout()
        row2.addWidget(self.export_button)
        row2.addWidget(self.import_button)
        row2.addStretch(1)
        data_layout.addLayout(row2)
        self.data_message = InlineMessage()
        data_layout.addWidget(self.data_message)

        content = QWidget()
        content.setMaximumWidth(820)
        layout = QVBoxLayout(content)
        layout.addWidget(label("Settings", "title"))
        from ..dialogs.recovery_key import RecoveryKeyBox

        self.recovery_box = RecoveryKeyBox(self)
        for box in (about, privacy, look, secret, self.recovery_box, data):
            layout.addWidget(box)
        layout.addStretch(1)
        fill_with_scrolling(self, content)

        self._about_timer = QTimer(self)
        self._about_timer.setSingleShot(True)
        self._about_timer.setInterval(500)
        self._about_timer.timeout.connect(self._save_about)
        self.name.textEdited.connect(lambda _t: self._about_timer.start())
        self.keyworker.textEdited.connect(lambda _t: self._about_timer.start())
        self.autolock.valueChanged.connect(self._save_autolock)
        self.theme.currentIndexChanged.connect(self._save_look)
        self.text_size.currentIndexChanged.connect(self._save_look)
        self.new.textChanged.connect(lambda text: self.new_hint.setText(strength_hint(text)))
        self.change_button.clicked.connect(self.change_passphrase)
        self.repeat.returnPressed.connect(self.change_passphrase)
        self.backup_button.clicked.connect(lambda: self.backup(None))
        self.backup_to_button.clicked.connect(self._choose_backup_folder)
        self.export_button.clicked.connect(self._choose_export_file)
        self.import_button.clicked.connect(self._choose_import_file)

    # ---- page protocol -----------------------------------------------------------------------

    def activate(self, request: object = None) -> None:
        saved = self.context.settings
        self._loading = True
        try:
            if not self._about_timer.isActive():
                self.name.setText(saved.name)
                self.keyworker.setText(saved.keyworker)
            self.autolock.setValue(saved.autolock_minutes)
            settings = self.context.ui_settings
            self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
            scales = [scale for _t, scale in TEXT_SIZES]
            nearest = min(range(len(scales)), key=lambda i: abs(scales[i] - settings.text_scale))
            self.text_size.setCurrentIndex(nearest)
        finally:
            self._loading = False
        self.recovery_box.refresh()
        folder = self.context.folder
        self.where.setText(f"Your journal is in {folder}. Backups go to {paths.backups_dir(folder)}.")

    def flush(self) -> None:
        if self._about_timer.isActive():
            self._about_timer.stop()
            self._save_about()

    # ---- saving ------------------------------------------------------------------------------

    def _save_about(self) -> None:
        name, keyworker = self.name.text().strip(), self.keyworker.text().strip()

        def saved(_none: None) -> None:
            self.context.update_settings(name=name, keyworker=keyworker)
            self.about_message.show_message("Saved.", fade_ms=2500)

        self.run(
            operations.save_about_you(name, keyworker),
            saved,
            lambda e: self.about_message.show_message(e.message),
        )

    def _save_autolock(self, minutes: int) -> None:
        if self._loading:
            return

        def saved(_none: None) -> None:
            self.context.update_settings(autolock_minutes=int(minutes))
            self.context.settings_changed.emit()

        self.run(operations.save_autolock(minutes), saved)

    def _save_look(self) -> None:
        if self._loading:
            return
        settings = self.context.ui_settings
        settings.set_value("theme", self.theme.currentData())
        settings.set_value("text_scale", self.text_size.currentData())
        self.context.settings_changed.emit()

    # ---- passphrase ----------------------------------------------------------------------------

    def change_passphrase(self) -> None:
        current, new, repeat = self.current.text(), self.new.text(), self.repeat.text()
        if not long_enough(new):
            self.secret_message.show_message(too_short_message())
            return
        if new != repeat:
            self.secret_message.show_message(messages.PASSPHRASES_DIFFER)
            return
        self.change_button.setEnabled(False)
        self.secret_message.show_message("Changing your passphrase… this takes a moment.")

        def done(_none: None) -> None:
            self.change_button.setEnabled(True)
            for edit in (self.current, self.new, self.repeat):
                edit.clear()
            self.secret_message.show_message(
                "Your passphrase is changed. Use the new one next time you unlock."
            )

        def failed(error: JournalError) -> None:
            self.change_button.setEnabled(True)
            if isinstance(error, WrongPassphrase):
                self.secret_message.show_message(
                    "That is not your current passphrase, so nothing was changed. Please try again."
                )
                self.current.selectAll()
                self.current.setFocus()
            else:
                self.secret_message.show_message(error.message)

        self.run(operations.change_passphrase(current, new), done, failed)

    # ---- backup, export, import ---------------------------------------------------------------

    def _file_dialog(self, title: str, mode: QFileDialog.AcceptMode, name_filter: str) -> QFileDialog:
        dialog = QFileDialog(self, title)
        dialog.setAcceptMode(mode)
        dialog.setNameFilter(name_filter)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        return dialog

    def backup(self, folder: Path | None) -> None:
        """An encrypted copy in `folder`, or else in the journal's own backups folder."""
        self.data_message.show_message("Backing up…")
        self.run(
            operations.back_up(folder or paths.backups_dir(self.context.folder)),
            lambda path: self.data_message.show_message(f"Backed up to {path}."),
            lambda e: self.data_message.show_message(e.message),
        )

    def _choose_backup_folder(self) -> None:
        dialog = self._file_dialog("Back up to a folder", QFileDialog.AcceptMode.AcceptOpen, "")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda path: self.backup(Path(path)))
        dialog.open()

    def _choose_export_file(self) -> None:
        dialog = self._file_dialog(
            "Export (not encrypted)", QFileDialog.AcceptMode.AcceptSave, "Export files (*.json)"
        )
        dialog.setDefaultSuffix("json")
        dialog.selectFile(paths.export_file_name())
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        dialog.open()

    def export_to(self, path: Path) -> None:
        self.data_message.show_message("Exporting…")
        self.run(
            operations.export_to(path),
            lambda p: self.data_message.show_message(
                f"Exported to {p}. This file is not encrypted: keep it safe, or delete it when done."
            ),
            lambda e: self.data_message.show_message(e.message),
        )

    def _choose_import_file(self) -> None:
        dialog = self._file_dialog(
            "Import an export file", QFileDialog.AcceptMode.AcceptOpen, "Export files (*.json)"
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.import_from(Path(path)))
        dialog.open()

    def import_from(self, path: Path) -> None:
        self.data_message.show_message("Importing… your journal is unchanged until it is all read.")
        # Every page showing what came in hears of it through Context.changed.
        self.run(
            operations.import_from(path),
            self.data_message.show_message,
            lambda e: self.data_message.show_message(e.message),
        )
