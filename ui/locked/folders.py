"""Choosing a journal folder (another journal, or a new one on a USB stick)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # loaded when a folder is first chosen, not at start-up
    from PySide6.QtWidgets import QFileDialog


def choose_folder(parent: QWidget, title: str, on_chosen: Callable[[Path], None]) -> QFileDialog:
    """A non-blocking folder chooser (a blocking one would survive an auto-lock)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from ..file_dialogs import private_dialog

    dialog = private_dialog(QFileDialog(parent, title))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda path: on_chosen(Path(path)))
    dialog.open()
    return dialog
