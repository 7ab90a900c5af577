"""Help → Keyboard shortcuts: every menu command and its keys, read from the window's own
actions when the dialog opens, so the list cannot drift from what the keys really do.

Keys that belong to a kind of control rather than to a command (in lists, on the hard-time view)
are listed after them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.i18n import QT_TRANSLATE_NOOP

from ..passphrase import REVEAL_KEYS
from ..widgets import label, named

# (keys, what they do) for keys handled by a kind of control, not by a menu command.
CONTROL_KEYS = (
    ("Tab, Shift+Tab", QT_TRANSLATE_NOOP("shortcuts", "Move to the next or the previous control")),
    ("Enter", QT_TRANSLATE_NOOP("shortcuts", "Open the chosen entry in a list")),
    ("Delete", QT_TRANSLATE_NOOP("shortcuts", "Delete the chosen entry (Ctrl+Z puts it back)")),
    ("F2", QT_TRANSLATE_NOOP("shortcuts", "Change the chosen line of a list in your plan")),
    ("Alt+Up, Alt+Down", QT_TRANSLATE_NOOP("shortcuts", "Move the chosen line of a list up or down")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("shortcuts", "Search your journal")),
    (REVEAL_KEYS, QT_TRANSLATE_NOOP("shortcuts", "Show or hide the passphrase you are typing")),
    ("Escape", QT_TRANSLATE_NOOP("shortcuts", "Close a dialog, or leave the hard-time view")),
    ("Alt", QT_TRANSLATE_NOOP("shortcuts", "With a menu's underlined letter: open that menu")),
)


def menu_shortcuts(menu_bar: QMenuBar) -> list[tuple[str, str]]:
    """(command, keys) for every command in the menus that has keys, in menu order."""
    found: list[tuple[str, str]] = []

    def visit(actions: list[QAction], prefix: str) -> None:
        for action in actions:
            menu = action.menu()
            if isinstance(menu, QMenu):
                visit(menu.actions(), action.text().replace("&", "") + " → ")
                continue
            keys = action.shortcuts()
            if action.isSeparator() or not keys:
                continue
            text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            found.append((prefix + action.text().replace("&", ""), text))

    visit(menu_bar.actions(), "")
    return found


class ShortcutsDialog(QDialog):
    """The keys, in a read-only table a screen reader reads row by row."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("What"), self.tr("Keys")])
        rows = menu_shortcuts(menu_bar) + [
            (QCoreApplication.translate("shortcuts", words), keys) for keys, words in CONTROL_KEYS
        ]
        for what, keys in rows:
            cells = [QStandardItem(what), QStandardItem(keys)]
            for cell in cells:
                cell.setEditable(False)
            self.model.appendRow(cells)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: no keyboard trap
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        named(self.table, self.tr("Keyboard shortcuts"), self.tr("Each row: what it does, then its keys"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Everything in Recovery Journal works from the keyboard.")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
