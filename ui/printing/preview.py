"""Qt's print preview, made usable with a keyboard and a screen reader.

QPrintPreviewDialog's toolbar buttons take no keyboard focus (Print, page set-up and the page
arrows are then out of reach without a mouse), its page number and zoom fields have no name a
screen reader can say, and the page picture is a Tab stop a screen reader calls "filler".
`make_accessible` fixes these on one dialog, after it is built and before it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QGraphicsView, QLineEdit, QToolButton, QWidget


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
