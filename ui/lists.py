"""Short lists the person orders themselves: a Qt model and a view that fits its rows.

The safety plan's parts, the crisis contacts and the hard-time view all show short lists inside a
page that already scrolls. A list box with its own scroll bar inside a scrolling page is hard to
use (two scroll bars, a wheel that stops halfway), so `FitListView` is as tall as its rows, up to
`max_rows`, and only then scrolls. Reordering is the model's `moveRows`, which Qt's list view
also uses for a drag inside the list, so the buttons, Alt+Up/Alt+Down and a drag all end in one
place; the model says `edited` for every change the person makes, and never for a load.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QSizePolicy, QWidget

_Index = QModelIndex | QPersistentModelIndex
ValueRole: Final = int(Qt.ItemDataRole.UserRole) + 30


class OrderedListModel(QAbstractListModel):
    """A list in the person's order: their own words, or ids shown through `describe` (a
    subclass may hold other values, as ui.phone_list does).

    With `editable`, a row is edited in place (F2 or double-click) and emptying it removes it.
    """

    edited = Signal()

    def __init__(
        self,
        parent: Any = None,
        *,
        editable: bool = True,
        describe: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._values: list[Any] = []
        self._editable = editable
        self._describe = describe

    # ---- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._values)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._values):
            return None
        value = self._values[index.row()]
        if role == ValueRole or role == Qt.ItemDataRole.EditRole:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(value) if self._describe is not None else value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._describe(value) if self._describe is not None else value
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled
        if self._editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self._editable:
            return False
        text = " ".join(str(value).split())
        if not text:  # emptied: the line goes, as the person meant
            return self.removeRows(index.row(), 1)
        if text == self._values[index.row()]:
            return False
        self._values[index.row()] = text
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def moveRows(
        self, source_parent: _Index, source_row: int, count: int, destination_parent: _Index, destination: int
    ) -> bool:
        """Qt's list view calls this for a drag inside the list; the buttons call `move`."""
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        last = source_row + count - 1
        if source_row < 0 or last >= len(self._values) or not 0 <= destination <= len(self._values):
            return False
        if source_row <= destination <= last + 1:
            return False  # onto itself: nothing moves
        if not self.beginMoveRows(QModelIndex(), source_row, last, QModelIndex(), destination):
            return False
        moving = self._values[source_row:last + 1]
        del self._values[source_row:last + 1]
        at = destination if destination < source_row else destination - count
        self._values[at:at] = moving
        self.endMoveRows()
        self.edited.emit()
        return True

    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or row < 0 or count < 1 or row + count > len(self._values):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._values[row:row + count]
        self.endRemoveRows()
        self.edited.emit()
        return True

    # ---- what the page asks ------------------------------------------------------------------

    def append(self, value: Any) -> int:
        """Add a row at the end (the person typed it); returns its row."""
        row = len(self._values)
        self.beginInsertRows(QModelIndex(), row, row)
        self._values.append(value)
        self.endInsertRows()
        self.edited.emit()
        return row

    def move(self, row: int, delta: int) -> int:
        """Move one row up (-1) or down (+1); returns where it is now."""
        target = row + delta
        if not 0 <= row < len(self._values) or not 0 <= target < len(self._values):
            return row
        self.moveRows(QModelIndex(), row, 1, QModelIndex(), target + 1 if delta > 0 else target)
        return target

    def values(self) -> tuple[Any, ...]:
        return tuple(self._values)

    def set_values(self, values: Sequence[Any]) -> None:
        """Load (not an edit: `edited` stays quiet)."""
        if list(values) == self._values:
            return
        self.beginResetModel()
        self._values = list(values)
        self.endResetModel()

    def refresh(self) -> None:
        """The words `describe` gives have changed (a contact's new number): draw them again."""
        if self._values:
            self.dataChanged.emit(self.index(0), self.index(len(self._values) - 1))

    def clear(self) -> None:
        """Lock: forget every row."""
        self.set_values([])


class FitListView(QListView):
    """A list as tall as its rows (up to `max_rows`), for lists inside a scrolling page.

    With `movable`, rows can be dragged into a new order and Alt+Up / Alt+Down move the current
    row (the owner does it, on `move_requested`); with `removable`, Delete asks for the row to go
    (`remove_requested`).
    """

    move_requested = Signal(int)  # -1 up, +1 down
    remove_requested = Signal()

    def __init__(
        self, *, max_rows: int = 8, movable: bool = False, removable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.max_rows = max_rows
        self.movable = movable
        self.removable = removable
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        if movable:
            self.setDragEnabled(True)
            self.setAcceptDrops(True)
            self.setDropIndicatorShown(True)
            self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged,
                           model.dataChanged, model.rowsMoved):
                signal.connect(self._contents_changed)
        self._contents_changed()

    def _contents_changed(self, *_: object) -> None:
        self.updateGeometry()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.updateGeometry()

    def _rows_height(self) -> int:
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        shown = min(rows, self.max_rows)
        height = sum(max(self.sizeHintForRow(row), 1) for row in range(shown))
        spacing = self.spacing() * 2 * shown
        return height + spacing

    def sizeHint(self) -> QSize:
        frame = self.frameWidth() * 2
        height = max(self._rows_height(), self.fontMetrics().height() + 8)
        return QSize(super().sizeHint().width(), height + frame)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if self.movable and alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        editing = self.state() == QAbstractItemView.State.EditingState
        if self.removable and event.key() == Qt.Key.Key_Delete and not editing:
            self.remove_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
