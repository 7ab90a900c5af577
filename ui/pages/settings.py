"""Settings: about you, auto-lock, the use record, appearance, passphrase, backup, export and import.

Personal settings (name, keyworker, auto-lock minutes, what the use record keeps track of) are
saved inside the vault; how the app looks (theme, text size) goes in the non-personal settings
file. The page shows the copy of the personal settings read at unlock (`Context.settings`) and
keeps it in step with what it saves; every save, backup, passphrase change, export and import is
an operation on the task runner, and every dialog is non-blocking so a lock can close it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCheckBox,
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

from journal import i18n, messages, paths
from journal.errors import JournalError, WrongPassphrase
from journal.i18n import Language
from journal.records import UseTracking

from .. import operations
from ..context import Context, Page
from ..file_dialogs import private_dialog
from ..language_choice import LanguageBox, saved_language
from ..passphrase import PassphraseHelp, problem
from ..theme import LOCK_WHEN_MINIMISED, TEXT_SIZES, THEME_LABELS, THEMES
from ..widgets import InlineMessage, fill_with_scrolling, label, named
from .shell import page_words

MOST_TRACKED = 6  # "a few": a list answered every day stays short


class MinutesBox(QSpinBox):
    """A number of minutes that reads right: "1 minute", "5 minutes" (a fixed suffix cannot)."""

    def textFromValue(self, value: int) -> str:
        return self.tr("%n minutes", "the auto-lock time", value)

    def valueFromText(self, text: str) -> int:
        digits = "".join(ch for ch in text if ch.isdigit())
        return int(digits) if digits else self.minimum()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        digits = "".join(ch for ch in text if ch.isdigit())
        if not digits:
            return QValidator.State.Intermediate, text, pos
        value = int(digits)
        ok = self.minimum() <= value <= self.maximum()
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos


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
        about = QGroupBox(self.tr("About you"))
        about_form = _form(about)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Optional"))
        named(self.name, self.tr("Your name or nickname"))
        self.keyworker = QLineEdit()
        self.keyworker.setPlaceholderText(self.tr("Optional"))
        named(self.keyworker, self.tr("Your keyworker's name"))
        about_form.addRow(self.tr("&Your name"), self.name)
        about_form.addRow(self.tr("&Keyworker"), self.keyworker)
        _buddy(about_form, self.name)
        _buddy(about_form, self.keyworker)
        about_form.addRow(
            label(self.tr("Kept inside your locked journal, shown on your summary if you choose."), "hint")
        )
        self.about_message = InlineMessage()
        about_form.addRow(self.about_message)

        # ---- privacy
        privacy = QGroupBox(self.tr("Locking"))
        privacy_form = _form(privacy)
        self.autolock = MinutesBox()
        self.autolock.setRange(1, 240)
        named(self.autolock, self.tr("Lock after this many minutes without use"))
        privacy_form.addRow(self.tr("Lock after"), self.autolock)
        _buddy(privacy_form, self.autolock)
        privacy_form.addRow(label(self.tr(
            "When nobody has touched the keyboard or mouse for this long, the journal locks itself. "
            "Ctrl+L locks at once."), "hint",
        ))
        self.lock_minimised = QCheckBox(self.tr("Lock when the window is &minimised"))
        named(self.lock_minimised, self.tr("Lock the journal when its window is minimised"))
        privacy_form.addRow(self.lock_minimised)
        privacy_form.addRow(label(self.tr(
            "It also locks when the computer goes to sleep or its screen locks."), "hint",
        ))

        # ---- the use record (personal: kept inside the vault)
        use = self._use_record_box()

        # ---- appearance
        look = QGroupBox(self.tr("Appearance"))
        look_form = _form(look)
        self.theme = QComboBox()
        for value in THEMES:
            self.theme.addItem(QCoreApplication.translate("theme", THEME_LABELS[value]), value)
        named(self.theme, self.tr("Colours"))
        self.text_size = QComboBox()
        for text, scale in TEXT_SIZES:
            self.text_size.addItem(QCoreApplication.translate("theme", text), scale)
        named(self.text_size, self.tr("Text size"))
        look_form.addRow(self.tr("&Colours"), self.theme)
        look_form.addRow(self.tr("Text &size"), self.text_size)
        _buddy(look_form, self.theme)
        _buddy(look_form, self.text_size)
        self.language = LanguageBox()
        look_form.addRow(self.tr("&Language"), self.language)
        _buddy(look_form, self.language)
        self.language_message = InlineMessage()
        look_form.addRow(self.language_message)
        self.language.chosen.connect(self._save_language)

        # ---- passphrase
        secret = QGroupBox(self.tr("Passphrase"))
        secret_form = _form(secret)
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for edit, name in ((self.current, self.tr("Current passphrase")), (self.new,
                self.tr("New passphrase")),
                           (self.repeat, self.tr("New passphrase again"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            named(edit, name)
        self.new_hint = label("", "hint")
        self.caps = label("", "warning")
        self.change_button = QPushButton(self.tr("Change passphrase"))
        named(self.change_button, self.tr("Change passphrase"))
        self.secret_message = InlineMessage()
        secret_form.addRow(self.tr("C&urrent"), self.current)
        secret_form.addRow(self.tr("&New"), self.new)
        secret_form.addRow("", self.new_hint)
        secret_form.addRow(self.tr("&Again"), self.repeat)
        secret_form.addRow("", self.caps)
        for edit in (self.current, self.new, self.repeat):
            _buddy(secret_form, edit)
        secret_form.addRow(label(self.tr(
            "Write the new passphrase down somewhere safe. Your recovery key, if you made one, "
            "keeps working."
        ), "warning"))
        secret_form.addRow("", self.change_button)
        secret_form.addRow(self.secret_message)
        self.secret_help = PassphraseHelp(
            (self.current, self.new, self.repeat), self.caps, self.secret_message,
            new=self.new, hint=self.new_hint, personal=lambda: (self.name.text(), self.keyworker.text()),
        )

        # ---- data
        data = QGroupBox(self.tr("Backups, export and import"))
        data_layout = QVBoxLayout(data)
        self.where = label("", "hint")
        data_layout.addWidget(self.where)
        self.backup_button = QPushButton(self.tr("Back up now"))
        named(self.backup_button, self.tr("Back up now"), self.tr("An encrypted copy in your backups folder"))
        self.backup_to_button = QPushButton(self.tr("Back up to a f&older…"))
        named(self.backup_to_button, self.tr("Back up to a folder you choose, for example a USB stick"))
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        named(self.restore_button, self.tr("Replace your journal with a backup; it is kept aside first"))
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.backup_to_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        data_layout.addLayout(row)
        data_layout.addWidget(label(
            self.tr("A backup is encrypted with your passphrase, like your journal."), "hint"
        ))
        data_layout.addWidget(label(self.tr(
            "The export is not encrypted. Anyone who has the file can read your journal; keep it somewhere "
                "safe."
        ), "warning"))
        self.export_button = QPushButton(self.tr("E&xport to a file…"))
        named(self.export_button, self.tr("Export everything to a file. The file is not encrypted"))
        self.import_button = QPushButton(self.tr("&Import from a file…"))
        named(self.import_button, self.tr("Import an export file into this journal"))
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
        layout.addWidget(label(page_words("Settings"), "title"))
        from ..dialogs.recovery_key import RecoveryKeyBox

        self.recovery_box = RecoveryKeyBox(self)
        from ..reminder import ReminderBox

        self.reminder_box = ReminderBox(context.ui_settings, self)
        for box in (about, privacy, use, look, self.reminder_box, secret, self.recovery_box, data):
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
        self.lock_minimised.toggled.connect(self._save_lock_minimised)
        self.theme.currentIndexChanged.connect(self._save_look)
        self.text_size.currentIndexChanged.connect(self._save_look)
        self.change_button.clicked.connect(self.change_passphrase)
        self.repeat.returnPressed.connect(self.change_passphrase)
        self.backup_button.clicked.connect(lambda: self.backup(None))
        self.backup_to_button.clicked.connect(self._choose_backup_folder)
        self.restore_button.clicked.connect(self.open_restore)
        self.export_button.clicked.connect(self._choose_export_file)
        self.import_button.clicked.connect(self._choose_import_file)

    # ---- the use record ------------------------------------------------------------------------

    def _use_record_box(self) -> QGroupBox:
        """Off until the person turns it on and names, in their own words, what to keep track of."""
        box = QGroupBox(self.tr("Use record"))
        form = _form(box)
        self.use_on = QCheckBox(self.tr("Keep a record of use on Today"))
        named(self.use_on, self.tr("Keep a record of use on Today"))
        self.use_names = QLineEdit()
        self.use_names.setPlaceholderText(self.tr("For example: alcohol, cannabis"))
        named(self.use_names, self.tr("What to keep track of"), self.tr("A few names, separated by commas"))
        form.addRow("", self.use_on)
        form.addRow(self.tr("Keep &track of"), self.use_names)
        _buddy(form, self.use_names)
        form.addRow(label(self.tr(
            "Up to {most}, in your own words. Today then asks about each: did you use it today, and "
            "how much if you like. No streaks, nothing counted against you; turning it off keeps "
            "your answers."
        ).format(most=MOST_TRACKED), "hint"))
        self.use_message = InlineMessage()
        form.addRow(self.use_message)
        self._use_timer = QTimer(self)
        self._use_timer.setSingleShot(True)
        self._use_timer.setInterval(700)
        self._use_timer.timeout.connect(self._save_use_tracking)
        self.use_on.toggled.connect(self._use_toggled)
        self.use_names.textEdited.connect(lambda _t: self._use_timer.start())
        return box

    def _use_toggled(self, on: bool) -> None:
        self.use_names.setEnabled(on)
        if not self._loading:
            self._save_use_tracking()
            if on and not self.use_names.text().strip():
                self.use_names.setFocus()

    def _use_names(self) -> tuple[str, ...]:
        names: list[str] = []
        for part in self.use_names.text().split(","):
            name = " ".join(part.split())
            if name and name.casefold() not in (n.casefold() for n in names):
                names.append(name)
        return tuple(names)

    def _save_use_tracking(self) -> None:
        self._use_timer.stop()
        names = self._use_names()
        if len(names) > MOST_TRACKED:
            too_many = self.tr("Up to {most}, please: a short list is easier to answer each day.")
            self.use_message.show_message(too_many.format(most=MOST_TRACKED))
            return
        setting = UseTracking(self.use_on.isChecked(), names)

        def saved(_none: None) -> None:
            self.use_message.show_message(self.tr("Saved."), fade_ms=2500)

        self.run(
            operations.save_use_tracking(setting), saved, lambda e: self.use_message.show_message(e.message)
        )

    def _use_loaded(self, setting: UseTracking) -> None:
        if self._use_timer.isActive():
            return
        self._loading = True
        try:
            self.use_on.setChecked(setting.on)
            self.use_names.setText(", ".join(setting.substances))
            self.use_names.setEnabled(setting.on)
        finally:
            self._loading = False

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
            self.lock_minimised.setChecked(settings.lock_when_minimised)
            self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
            scales = [scale for _t, scale in TEXT_SIZES]
            nearest = min(range(len(scales)), key=lambda i: abs(scales[i] - settings.text_scale))
            self.text_size.setCurrentIndex(nearest)
            self.language.show_language(saved_language(settings) or i18n.current_language())
        finally:
            self._loading = False
        self.recovery_box.refresh()
        self.run(operations.load_use_tracking(), self._use_loaded)
        folder = self.context.folder
        self.where.setText(
            self.tr("Your journal is in {folder}. Backups go to {backups}.").format(
                folder=folder, backups=paths.backups_dir(folder)
            )
        )

    def flush(self) -> None:
        if self._use_timer.isActive():
            self._save_use_tracking()
        if self._about_timer.isActive():
            self._about_timer.stop()
            self._save_about()

    # ---- saving ------------------------------------------------------------------------------

    def _save_about(self) -> None:
        name, keyworker = self.name.text().strip(), self.keyworker.text().strip()

        def saved(_none: None) -> None:
            self.context.update_settings(name=name, keyworker=keyworker)
            self.about_message.show_message(self.tr("Saved."), fade_ms=2500)

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

    def _save_lock_minimised(self, on: bool) -> None:
        if not self._loading:  # non-personal: the settings file, not the vault
            self.context.ui_settings.set_value(LOCK_WHEN_MINIMISED, on)

    def _save_look(self) -> None:
        if self._loading:
            return
        settings = self.context.ui_settings
        settings.set_value("theme", self.theme.currentData())
        settings.set_value("text_scale", self.text_size.currentData())
        self.context.settings_changed.emit()

    def _save_language(self, language: Language) -> None:
        """Kept in ui.ini; the pages are built in the language of the start, so it applies then."""
        self.context.ui_settings.set_value(i18n.SETTINGS_KEY, language.code)
        if language is i18n.current_language():
            words = self.tr("The app speaks {language}.")
        else:
            words = self.tr("The app will speak {language} the next time you open it.")
        self.language_message.show_message(words.format(language=language.name))

    # ---- passphrase ----------------------------------------------------------------------------

    def change_passphrase(self) -> None:
        current, new, repeat = self.current.text(), self.new.text(), self.repeat.text()
        personal = (self.name.text(), self.keyworker.text())
        wrong = problem(new, personal)
        if wrong is not None:
            self.secret_help.complain(wrong, lambda: problem(self.new.text(), personal) is not None)
            return
        if new != repeat:
            self.secret_help.complain(messages.translated(messages.PASSPHRASES_DIFFER),
                                      lambda: self.new.text() != self.repeat.text())
            return
        self.change_button.setEnabled(False)
        self.secret_message.show_message(self.tr("Changing your passphrase… this takes a moment."))

        def done(about_backups: list[str]) -> None:
            self.change_button.setEnabled(True)
            for edit in (self.current, self.new, self.repeat):
                edit.clear()
            self.secret_message.show_message(" ".join([
                self.tr("Your passphrase is changed. Use the new one next time you unlock."), *about_backups
            ]))

        def failed(error: JournalError) -> None:
            self.change_button.setEnabled(True)
            if isinstance(error, WrongPassphrase):
                self.secret_message.show_message(
                    self.tr("That is not your current passphrase, so nothing was changed. Please try again.")
                )
                self.current.selectAll()
                self.current.setFocus()
            else:
                self.secret_message.show_message(error.message)

        self.run(operations.change_passphrase(current, new), done, failed)

    # ---- backup, export, import ---------------------------------------------------------------

    def _file_dialog(self, title: str, mode: QFileDialog.AcceptMode, name_filter: str) -> QFileDialog:
        dialog = private_dialog(QFileDialog(self, title))
        dialog.setAcceptMode(mode)
        dialog.setNameFilter(name_filter)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        return dialog

    def backup(self, folder: Path | None) -> None:
        """An encrypted copy in `folder`, or else in the journal's own backups folder."""
        self.data_message.show_message(self.tr("Backing up…"))
        self.run(
            operations.back_up(folder or paths.backups_dir(self.context.folder)),
            lambda path: self.data_message.show_message(self.tr("Backed up to {file}.").format(file=path)),
            lambda e: self.data_message.show_message(e.message),
        )

    def open_restore(self) -> None:
        from ..dialogs.restore import RestoreDialog

        dialog = RestoreDialog(paths.backups_dir(self.context.folder), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_requested.connect(self.restore_from)
        self.restore_dialog = dialog
        dialog.open()

    def restore_from(self, backup: Path, passphrase: str) -> None:
        """Put a backup in place of the journal (the person has said yes), then lock, so the
        restored journal is opened with its own passphrase and read afresh by every page."""
        window = self.window()
        shell = getattr(window, "shell", None)
        if shell is not None:
            shell.flush()  # what is typed is saved into the journal that is kept aside
        self.restore_button.setEnabled(False)
        self.data_message.show_message(self.tr("Checking the backup and restoring… this takes a moment."))

        def done(kept: Path) -> None:
            text = self.tr(
                "Your journal was restored from {file}. Open it with the backup's passphrase. "
                "Your journal as it was before is kept in {kept}."
            ).format(file=backup.name, kept=kept)
            self.context.lock()
            show_start = getattr(window, "show_start", None)
            if show_start is not None:
                show_start(text)

        def failed(error: JournalError) -> None:
            self.restore_button.setEnabled(True)
            self.data_message.show_message(error.message)

        self.run(operations.restore_from_backup(backup, passphrase), done, failed)

    def _choose_backup_folder(self) -> None:
        dialog = self._file_dialog(self.tr("Back up to a folder"), QFileDialog.AcceptMode.AcceptOpen, "")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda path: self.backup(Path(path)))
        dialog.open()

    def _choose_export_file(self) -> None:
        dialog = self._file_dialog(
            self.tr("Export (not encrypted)"), QFileDialog.AcceptMode.AcceptSave,
            self.tr("Export files (*.json)"),
        )
        dialog.setDefaultSuffix("json")
        dialog.selectFile(paths.export_file_name())
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        dialog.open()

    def export_to(self, path: Path) -> None:
        self.data_message.show_message(self.tr("Exporting…"))
        self.run(
            operations.export_to(path),
            lambda p: self.data_message.show_message(self.tr(
                "Exported to {file}. This file is not encrypted: keep it safe, or delete it when done."
            ).format(file=p)),
            lambda e: self.data_message.show_message(e.message),
        )

    def _choose_import_file(self) -> None:
        dialog = self._file_dialog(
            self.tr("Import an export file"), QFileDialog.AcceptMode.AcceptOpen,
            self.tr("Export files (*.json)"),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.import_from(Path(path)))
        dialog.open()

    def import_from(self, path: Path) -> None:
        self.data_message.show_message(self.tr("Importing… your journal is unchanged until it is all read."))
        # Every page showing what came in hears of it through Context.changed.
        self.run(
            operations.import_from(path),
            self.data_message.show_message,
            lambda e: self.data_message.show_message(e.message),
        )
