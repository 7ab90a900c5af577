"""The print preview: the page, with Print and Save as PDF as labelled buttons, and what to do with
a saved PDF; and the summary's page drawn small beside its choices (PagePreview).

Why not QPrintPreviewDialog as it is: its Print button is an unlabelled icon at the end of a long
tool bar, hidden behind "»" at the dialog's default size, and it has no "Save as PDF". This is Qt's
own QPrintPreviewWidget (the drawing, the zoom) with the few buttons a person needs, in words.
After saving, "Open PDF" and "Show in folder" hand the file to the desktop (QDesktopServices).
The only file written is the one the person picks; the file dialog is Qt's own, so the desktop's
recent-files list never learns its name.

`make_accessible` names what Qt's preview widget leaves unnamed for a screen reader (its page
picture, page number and zoom fields) and keeps the picture out of the Tab order.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.summary import SummaryContent

from ..file_dialogs import forget_dialog_history
from .summary_pdf import render_summary_image


def open_url(url: QUrl) -> bool:
    """Hand a file or folder to the desktop (one place, so tests can watch it)."""
    return bool(QDesktopServices.openUrl(url))


def ask_pdf_path(parent: QWidget, title: str, file_name: str) -> Path | None:
    """The PDF file the person chooses (".pdf" added when left off), or None."""
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / file_name),
        QCoreApplication.translate("preview", "PDF files (*.pdf)"),
        options=QFileDialog.Option.DontUseNativeDialog,  # no desktop recent-files entry
    )
    forget_dialog_history()  # the dialog has written its history (folder names): drop it
    if not path:
        return None
    return Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")


def make_accessible(dialog: QWidget) -> None:
    for button in dialog.findChildren(QToolButton):
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if button.accessibleName():
            continue
        if button.defaultAction() is not None:
            button.setAccessibleName(button.defaultAction().text().replace("&", ""))
        else:  # the toolbar's » button, when the window is too narrow for every button
            button.setAccessibleName(QCoreApplication.translate("preview", "More buttons"))
    for edit in dialog.findChildren(QLineEdit):
        if isinstance(edit.parent(), QComboBox):
            words = QCoreApplication.translate("preview", "Zoom")
            edit.parent().setAccessibleName(words)  # type: ignore[union-attr]
        else:
            words = QCoreApplication.translate("preview", "Page number")
        edit.setAccessibleName(words)
    for view in dialog.findChildren(QGraphicsView):
        # A picture of the page: the toolbar's page and zoom buttons move around it.
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setAccessibleName(QCoreApplication.translate("preview", "The page as it will print"))


class SavedFile(QWidget):
    """"Saved to …" with Open PDF and Show in folder; hidden until a file is saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.open_button = QPushButton(self.tr("Open PDF"))
        self.open_button.setAccessibleName(self.tr("Open the saved PDF"))
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.folder_button.setAccessibleName(self.tr("Show the folder the PDF was saved in"))
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.open_folder)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.words, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
        self.hide()

    def show_saved(self, path: Path) -> None:
        self.path = path
        self.words.setText(self.tr("Saved to {file}.").format(file=path))
        self.show()

    def open_file(self) -> None:
        if self.path is not None:
            open_url(QUrl.fromLocalFile(str(self.path)))

    def open_folder(self) -> None:
        if self.path is not None:
            open_url(QUrl.fromLocalFile(str(self.path.parent)))


class PrintPreview(QDialog):
    """The page as it will print, with Print… and Save as PDF… in words.

    `paintRequested(printer)` asks the owner to draw the page, as QPrintPreviewDialog does;
    `save(path)` writes the PDF and says whether it worked (the owner words any failure).
    """

    paintRequested = Signal(QPrinter)

    def __init__(
        self,
        printer: QPrinter,
        title: str,
        file_name: str,
        save: Callable[[Path], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._printer = printer
        self._file_name = file_name
        self._save = save
        self.view = QPrintPreviewWidget(printer, self)
        self.view.paintRequested.connect(self.paintRequested)
        self.view.setZoomMode(QPrintPreviewWidget.ZoomMode.FitInView)

        self.fit_button = QPushButton(self.tr("Whole page"))
        self.fit_button.setToolTip(self.tr("Show the whole page"))
        self.fit_button.clicked.connect(self.view.fitInView)
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.zoom_in_button.clicked.connect(lambda: self.view.zoomIn())
        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.zoom_out_button.clicked.connect(lambda: self.view.zoomOut())
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the page as a PDF file"))
        self.save_button.clicked.connect(self.choose_and_save)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the page"))
        self.print_button.setProperty("role", "primary")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_now)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.saved = SavedFile()

        tools = QHBoxLayout()
        for button in (self.fit_button, self.zoom_out_button, self.zoom_in_button):
            tools.addWidget(button)
        tools.addStretch(1)
        for button in (self.save_button, self.print_button, self.close_button):
            tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.saved)
        self._fit_to_screen()
        make_accessible(self.view)

    def printer(self) -> QPrinter:
        return self._printer

    def _fit_to_screen(self) -> None:
        """Tall enough for the page, wide enough for every button in words, within the screen."""
        screen = self.screen()
        if screen is None:
            self.resize(800, 900)
            return
        room = screen.availableGeometry()
        height = max(300, min(1000, room.height() - 80))
        width = max(self.minimumSizeHint().width(), int(height * 0.8))
        self.resize(min(width, room.width() - 40), height)

    def print_now(self) -> None:
        """Qt's print dialog (printer, copies, pages), then the page to the chosen printer."""
        dialog = QPrintDialog(self._printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.view.print_()

    def choose_and_save(self) -> None:
        path = ask_pdf_path(self, self.windowTitle(), self._file_name)
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the PDF with the owner's `save`; on success offer to open it or its folder."""
        if not self._save(path):
            return False
        self.saved.show_saved(path)
        return True


class PagePreview(QWidget):
    """The page as it will print: drawn from the content at the widget's size, on a grey desk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(QSize(240, 300))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Preview of the printed page"))
        self._content: SummaryContent | None = None
        self._image: QImage | None = None
        self._message = self.tr("Preparing your summary…")

    def set_content(self, content: SummaryContent | None, message: str = "") -> None:
        self._content = content
        self._image = None
        self._message = message
        self.update()

    def render_now(self) -> None:
        """Draw the page image for the current size (also done lazily on paint)."""
        if self._content is None or self.width() < 10:
            return
        ratio = self.devicePixelRatioF()
        paper_w, paper_h = (215.9, 279.4) if self._content.page == "letter" else (210.0, 297.0)
        margin = 16
        width = min(self.width() - 2 * margin,
                    int((self.height() - 2 * margin) * paper_w / paper_h))
        image = render_summary_image(self._content, max(100, int(width * ratio)))
        image.setDevicePixelRatio(ratio)
        self._image = image

    def has_page(self) -> bool:
        return self._image is not None

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._image = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window().color().darker(108))
        if self._content is not None and self._image is None:
            self.render_now()
        if self._image is None:
            painter.setPen(self.palette().text().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._message)
            painter.end()
            return
        ratio = self._image.devicePixelRatio()
        w, h = self._image.width() / ratio, self._image.height() / ratio
        x, y = (self.width() - w) / 2, (self.height() - h) / 2
        painter.fillRect(int(x + 2), int(y + 3), int(w), int(h), QColor(0, 0, 0, 40))
        painter.drawImage(int(x), int(y), self._image)
        painter.end()


__all__ = ["PagePreview", "PrintPreview", "SavedFile", "ask_pdf_path", "open_url"]
