"""Making a recovery key in the app: the offer after a first journal is made, and Settings' box.

Making a key ends the earlier one, so the order is: the person chooses where the sheet goes (a
printer, or a PDF file); then the key is made (an operation on the task runner); then the sheet is
printed, or the PDF, drawn beforehand, is written. So a file on disk always holds a key that
works, and a printer dialog cancelled changes nothing. After a sheet is made the buttons go, so a
second press cannot quietly end the key just printed.

The dialog is not modal: Ctrl+L and the Lock button work while it is up, and locking closes it
with everything else. It can also be closed while the key is being made: the answer then finds
the dialog gone (deleted on close), so the sheet is still written or printed and what happened is
said on the window's status line instead.

The printing code (the sheet shares the summary's page drawing, ~60 ms to import) loads when a
sheet is printed or saved: the offer after unlock needs none of it, and a pause on the UI thread
then held up whatever the person was doing (bench/app_launch.py, a search keystroke 140 ms late).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal import paths
from journal.errors import JournalError
from journal.recovery import RecoveryKey

from .. import operations
from ..context import Context, Page
from ..file_dialogs import private_dialog
from ..tasks import VaultOp
from ..widgets import InlineMessage, label, named

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter


class RecoveryKeyDialog(QDialog):
    """Print the sheet of a new recovery key, or save it as a PDF, or not now."""

    made = Signal()  # a new key was made (its sheet printed or saved)

    def __init__(
        self, context: Context, *, first_journal: bool, has_key: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Your recovery key"))
        # Not modal: the window behind stays usable, so Ctrl+L and the Lock button always lock.
        self.setWindowModality(Qt.WindowModality.NonModal)
        # The dialogs open now, if any (tests and the lock reach them here).
        self.file_dialog: QFileDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(12)
        layout.addWidget(label(
            self.tr("Your journal is ready. One more step, if you like") if first_journal
            else self.tr("A new recovery key") if has_key else self.tr("Make a recovery key"),
            "subtitle",
        ))
        layout.addWidget(label(self.tr(
            "A recovery key opens your journal if you ever forget your passphrase. Print its sheet, "
            "or save it as a PDF to print later, and keep the paper somewhere safe, like a passport."
        )))
        if has_key:
            self.caution = label(self.tr(
                "Your earlier recovery sheet stops working as soon as the new key is made."
            ), "warning")
        else:
            self.caution = label(self.tr(
                "If you skip this and later forget your passphrase, nobody can open your journal: "
                "not you, not us, not anyone. You can make a recovery key later in Settings."
            ), "hint")
        layout.addWidget(self.caution)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        self.print_button = QPushButton(self.tr("Print the sheet…"))
        self.print_button.setProperty("role", "primary")
        named(self.print_button, self.tr("Make a recovery key and print its sheet"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        named(self.save_button, self.tr("Make a recovery key and save its sheet as a PDF file"))
        self.close_button = QPushButton(self.tr("Not now") if first_journal else self.tr("Cancel"))
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button.clicked.connect(self.choose_file)
        self.close_button.clicked.connect(self.reject)
        self.setMinimumWidth(520)

    # ---- printing ----------------------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        from journal.recovery_sheet import default_page

        from ..printing.recovery_sheet import pdf_title
        from ..printing.summary_pdf import PDF_CREATOR, page_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(default_page()))
        printer.setDocName(pdf_title())
        printer.setCreator(PDF_CREATOR)
        return printer

    def choose_printer(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_sheet(printer))
        self.print_dialog = dialog
        QDialog.open(dialog)  # QPrintDialog's own open() wants a receiver

    def print_sheet(self, printer: QPrinter) -> None:
        """Make the key, then print its sheet on `printer` (the print dialog's route ends here)."""
        from journal.recovery_sheet import build_sheet

        from ..printing.recovery_sheet import render_sheet

        new_key = RecoveryKey.new()
        sheet = build_sheet(new_key)

        def made(_none: object) -> None:
            try:
                render_sheet(sheet, printer)
            except OSError:
                self._finished(self.tr(
                    "Your new recovery key was made, but its sheet could not be printed. Nobody has "
                    "the new key yet, so please make another one and save it as a PDF instead."
                ))
                return
            self._finished(self.tr(
                "Your recovery sheet went to the printer. Check that it printed, then keep it "
                "somewhere safe."
            ))

        self._start(operations.make_recovery_key(new_key), made)

    # ---- saving as a PDF ---------------------------------------------------------------------

    def choose_file(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        dialog = private_dialog(QFileDialog(self, self.tr("Save your recovery sheet"), folder))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # no recent-files entry
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.selectFile(paths.RECOVERY_SHEET_FILE)
        dialog.fileSelected.connect(lambda path: self.save_to(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def save_to(self, path: Path) -> None:
        """Draw the sheet of a new key, make the key, then write the sheet to `path` only."""
        from journal.recovery_sheet import build_sheet

        from ..printing.recovery_sheet import sheet_pdf_bytes

        new_key = RecoveryKey.new()
        pdf = sheet_pdf_bytes(build_sheet(new_key))
        self._start(
            operations.make_recovery_key(new_key, path, pdf),
            lambda saved: self._finished(self.tr(
                "Saved your recovery sheet to {file}. Print it, keep the paper somewhere safe, "
                "then delete the file."
            ).format(file=saved)),
        )

    # ---- both ----------------------------------------------------------------------------------

    def _start(self, operation: VaultOp[Path | None], done: Callable[[Path | None], None]) -> None:
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self._say(self.tr("Making your recovery key…"))
        self.context.run(operation, done, self._failed)

    def _closed(self) -> bool:
        """The person closed the dialog before the answer came (closing deletes it): its words
        go to the status line, where they can still be read."""
        return not shiboken6.isValid(self) or not self.isVisible()

    def _failed(self, error: JournalError) -> None:
        if self._closed():
            self.context.message.emit(error.message)
            return
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self._say(error.message)

    def _say(self, words: str) -> None:
        self.message.show_message(words)
        self.adjustSize()  # the dialog grows with what it says

    def _finished(self, words: str) -> None:
        if self._closed():
            self.context.message.emit(words)
            if shiboken6.isValid(self):
                self.made.emit()
            return
        self.caution.hide()  # what it warned of is done
        self._say(words)
        self.print_button.hide()
        self.save_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setFocus()
        self.made.emit()


class RecoveryKeyBox(QGroupBox):
    """Settings' part: whether the journal has a recovery key, since when, and making a new one."""

    def __init__(self, page: Page) -> None:
        super().__init__()
        self.setTitle(self.tr("Recovery key"))
        self.page = page
        self._has_key = False
        self.dialog: RecoveryKeyDialog | None = None
        layout = QVBoxLayout(self)
        self.status = label("")
        layout.addWidget(self.status)
        self.make_button = QPushButton(self.tr("Make a recovery key…"))
        named(self.make_button, self.tr("Make a recovery key and print or save its sheet"))
        row = QHBoxLayout()
        row.addWidget(self.make_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.make_button.clicked.connect(self.open_dialog)

    def refresh(self) -> None:
        self.page.run(operations.load_recovery_key_made(), self._show)

    def _show(self, made: str | None) -> None:
        self._has_key = made is not None
        if made is None:
            self.status.setText(self.tr(
                "You have no recovery key yet. Without one, a forgotten passphrase means nobody can "
                "open your journal."
            ))
            self.make_button.setText(self.tr("Make a recovery key…"))
            return
        day = QDate.fromString(made, Qt.DateFormat.ISODate)
        if day.isValid():
            self.status.setText(self.tr(
                "You made your recovery key on {date}. Keep its sheet somewhere safe. A new key "
                "ends the earlier one: its sheet then stops working."
            ).format(date=QLocale().toString(day, QLocale.FormatType.LongFormat)))
        else:
            self.status.setText(self.tr(
                "Your journal has a recovery key. A new key ends the earlier one: its sheet then "
                "stops working."
            ))
        self.make_button.setText(self.tr("Make a new recovery key…"))

    def open_dialog(self) -> None:
        dialog = RecoveryKeyDialog(
            self.page.context, first_journal=False, has_key=self._has_key, parent=self.window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.made.connect(self.refresh)
        # Closed while a key is being made, the dialog is gone when the answer comes and cannot
        # say `made`: read again now; the vault lane runs operations in order, so this reads the
        # journal after the key was made.
        dialog.finished.connect(lambda _result: self.refresh())
        self.dialog = dialog
        dialog.show()


def offer_after_unlock(context: Context, parent: QWidget, *, first_journal: bool,
                       say: Callable[[str], None]) -> RecoveryKeyDialog | None:
    """Right after a first journal is made: the dialog. A journal made before recovery keys,
    opened for the first time since: one sentence on the status line, once, never a dialog in
    the way of someone who may have opened their journal in a hard moment."""
    if first_journal:
        dialog = RecoveryKeyDialog(context, first_journal=True, has_key=False, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def offered(first_time: bool) -> None:
        if first_time:
            say(QCoreApplication.translate(
                "recovery_key",
                "New: a recovery key opens your journal if you ever forget your passphrase. "
                "Settings can make one.",
            ))

    context.run(operations.first_recovery_key_offer(), offered, lambda _error: None)
    return None
