"""The page the plan's kinds share (Goals, If–then plans, Recovery capital): a list on the left, the
open record's form on the right, autosaving, Delete with Ctrl+Z to undo.

Unlike the Journal's timeline these lists are short (a few dozen goals or plans, a sheet a month),
so the page loads them whole through the task runner into a small Qt model, and reloads when
another page changes that kind (Context.changed).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal.records import Record

from ..context import Context, Page
from ..editors.panel import EditorPanel
from ..tasks import VaultOp
from ..theme import icon
from ..widgets import FormScroll, label, named, widget_shortcut

_Index = QModelIndex | QPersistentModelIndex
RecordRole: Final = int(Qt.ItemDataRole.UserRole) + 20
FilterRole: Final = RecordRole + 1


class RecordsModel(QAbstractListModel):
    """Records of one kind, each shown as the words `describe` gives it."""

    def __init__(
        self, describe: Callable[[Record], str], key: Callable[[Record], str], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._describe = describe
        self._key = key  # what the page's filter matches (a goal's status)
        self._rows: list[Record] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(record)
        if role == RecordRole:
            return record
        if role == FilterRole:
            return self._key(record)
        return None

    def set_records(self, records: Sequence[Record]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def update(self, record: Record) -> bool:
        row = self.row_of(record.id)
        if row < 0:
            return False
        self._rows[row] = record
        self.dataChanged.emit(self.index(row), self.index(row))
        return True


class ListedPage(Page):
    """A list of one kind of record beside its form; subclasses say what and how."""

    kind = ""
    heading = ""
    intro = ""
    new_label = ""
    empty_text = ""
    # (words, key) for the filter above the list; empty: no filter
    filters: tuple[tuple[str, str], ...] = ()

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.set_words()
        self._select_after_load: str | None = None
        self.model = RecordsModel(self.describe, self.filter_key, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(FilterRole)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setSpacing(2)
        named(
            self.view, self.heading, self.tr("Press Delete to delete the selected one; Ctrl+Z puts it back")
        )
        self.empty = label(self.empty_text, "hint")
        self.new_button = QPushButton(icon("add"), self.new_label)
        self.new_button.setProperty("role", "primary")
        named(self.new_button, self.new_label)
        self.filter = QComboBox()
        for words, key in self.filters:
            self.filter.addItem(words, key)
        named(self.filter, self.tr("Show"))
        self.panel = EditorPanel(context, self)
        self.panel.empty.setText(self.tr("Choose one on the left, or start a new one."))
        bar = QHBoxLayout()
        bar.addWidget(self.filter)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.empty)
        # The form scrolls rather than making the window taller than a 1024×600 screen.
        form = FormScroll(self.panel)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(form)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 600])  # the form gets the room (the stretch applies only to growth)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.heading, "title"))
        if self.intro:
            layout.addWidget(label(self.intro, "hint"))
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.filter.setVisible(bool(self.filters))  # only once it has a parent
        self.filter.currentIndexChanged.connect(self._filter_now)
        self.new_button.clicked.connect(lambda: self.new_record())
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.panel.saved.connect(self._on_saved)
        self.panel.deleted.connect(lambda _record: self.reload())
        widget_shortcut(QKeySequence.StandardKey.Delete, self.view, self.panel.delete_current)
        context.changed.connect(self._on_changed)

    # ---- what a subclass says -------------------------------------------------------------------

    def set_words(self) -> None:
        """Set heading, intro, new_label, empty_text and filters (translated: called once the
        page is a QObject, so `self.tr` works)."""

    def load(self) -> VaultOp[Any]:
        raise NotImplementedError

    def describe(self, record: Record) -> str:
        raise NotImplementedError

    def filter_key(self, record: Record) -> str:
        return ""

    def make_new(self, request: dict[str, Any]) -> Record:
        raise NotImplementedError

    # ---- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        self.run(self.load(), self._loaded, lambda error: self.panel.message.show_message(error.message))

    def _loaded(self, records: list[Record]) -> None:
        self.model.set_records(records)
        self._filter_now()
        if self._select_after_load:
            record_id, self._select_after_load = self._select_after_load, None
            self.select(record_id)

    def _filter_now(self) -> None:
        key = self.filter.currentData() if self.filters else ""
        self.proxy.setFilterFixedString(key or "")
        shown = self.proxy.rowCount()
        self.empty.setVisible(shown == 0)
        if self.model.rowCount() and not shown:
            self.empty.setText(self.tr("Nothing here with this choice. Choose another above."))
        else:
            self.empty.setText(self.empty_text)

    def select(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row))
        if not index.isValid():  # filtered out: show everything
            self.filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row))
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # ---- opening and editing ------------------------------------------------------------------

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = current.data(RecordRole) if current.isValid() else None
        if isinstance(record, Record) and record.id != self.panel.record_id:
            self.panel.show_record(record)

    def new_record(self, request: dict[str, Any] | None = None) -> None:
        self.view.clearSelection()
        self.panel.show_record(self.make_new(request or {}))
        editor = self.panel.editor
        if editor is not None:
            editor.setFocus()
            editor.focusNextChild()

    def _on_saved(self, record: Record) -> None:
        if not self.model.update(record):
            self._select_after_load = record.id
            self.reload()

    def _on_changed(self, kind: str, source: object) -> None:
        if kind == self.kind and source is not self:
            self.reload()

    # ---- page protocol ---------------------------------------------------------------------------

    def activate(self, request: object = None) -> None:
        if isinstance(request, dict) and request.get("open"):
            self._select_after_load = str(request["open"])
        self.reload()
        if isinstance(request, dict) and request.get("new"):
            new = request["new"]
            self.new_record(new if isinstance(new, dict) else {})
        elif not isinstance(request, dict):
            self.view.setFocus()

    def flush(self) -> None:
        self.panel.flush()

    def location(self) -> dict[str, Any]:
        record_id = self.panel.record_id
        return {"open": record_id} if record_id else {}

    def restore(self, location: dict[str, Any]) -> None:
        if location.get("open"):
            self._select_after_load = str(location["open"])
            self.reload()
