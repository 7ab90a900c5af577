"""The Journal's list: a lazy Qt model over `vault.timeline`, and the delegate that draws it.

Rows come 200 at a time through Qt's canFetchMore/fetchMore, fetched off the UI thread with keyset
paging, so ten years scroll as smoothly as one week. Every reset bumps a generation number and
results of an older generation are dropped: a slow search can never overwrite a newer one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journal.errors import JournalError
from journal.i18n import QT_TRANSLATE_NOOP
from journal.vault import TimelineEntry, TimelineFilter

from . import operations
from .context import Context
from .dates import date_text, moment_text

PAGE_SIZE: Final = 200
KIND_WORDS: Final = {
    "checkin": QT_TRANSLATE_NOOP("TimelineModel", "Check-in"),
    "trigger": QT_TRANSLATE_NOOP("TimelineModel", "Trigger"),
    "gratitude": QT_TRANSLATE_NOOP("TimelineModel", "Gratitude"),
    "agenda": QT_TRANSLATE_NOOP("TimelineModel", "To talk about"),
}
EntryRole: Final = int(Qt.ItemDataRole.UserRole) + 1
KindRole: Final = EntryRole + 1
IdRole: Final = EntryRole + 2
_Index = QModelIndex | QPersistentModelIndex


def kind_words(kind: str) -> str:
    """What a person calls an entry of this kind, in the app's language."""
    return QCoreApplication.translate("TimelineModel", KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def shown_title(entry: TimelineEntry) -> str:
    """The title under the row's "Trigger · date" line: without the kind said just above it
    ("Trigger · feelings · …" read "Trigger" twice), and starting with a capital."""
    title = entry.title
    kind = kind_words(entry.kind) if entry.kind in KIND_WORDS else ""
    if kind and title.startswith(f"{kind} · "):
        title = title[len(kind) + 3:]
    return title[:1].upper() + title[1:]


def friendly_when(entry: TimelineEntry) -> str:
    try:
        if len(entry.when) == 10:
            return date_text(dt.date.fromisoformat(entry.when), "ddd d MMM yyyy")
        return moment_text(dt.datetime.fromisoformat(entry.when), "ddd d MMM yyyy, HH:mm")
    except ValueError:
        return entry.day


class TimelineModel(QAbstractListModel):
    """Newest first, paged lazily from the vault by the task runner."""

    loaded = Signal()  # a page arrived (first page of a new filter included)
    failed = Signal(str)

    def __init__(
        self,
        context: Context,
        where: TimelineFilter | None = None,
        *,
        page_size: int = PAGE_SIZE,
        single_page: bool = False,
    ) -> None:
        super().__init__()
        self._context = context
        self._page_size = page_size
        self._single_page = single_page
        self._where = where or TimelineFilter()
        self._rows: list[TimelineEntry] = []
        self._generation = 0
        self._loading = False
        # Nothing is fetched until the page first asks (reload/set_filter): pages are built
        # ahead of unlocking, before there is a vault to read.
        self._complete = True

    # ---- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{friendly_when(entry)} · {entry.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.spoken(entry)
        if role == EntryRole:
            return entry
        if role == KindRole:
            return entry.kind
        if role == IdRole:
            return entry.id
        return None

    def spoken(self, entry: TimelineEntry) -> str:
        """The entry as a screen reader says it: one sentence, kind and time first, no symbols
        read out ("middle dot")."""
        kind, when = kind_words(entry.kind), friendly_when(entry)
        title = entry.title.replace(" · ", ", ")
        if not entry.text.strip():
            return self.tr("{kind}, {when}: {title}.").format(kind=kind, when=when, title=title)
        return self.tr("{kind}, {when}: {title}. {text}").format(
            kind=kind, when=when, title=title, text=entry.text
        )

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete and not self._loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._complete or self._loading:
            return
        self._loading = True
        generation = self._generation
        where = self._where
        last = self._rows[-1] if self._rows else None
        before = (last.sort_key, last.id) if last else None
        self._context.run(
            operations.load_timeline(where, before, self._page_size),
            lambda rows: self._arrived(generation, rows),
            lambda error: self._failed(generation, error),
        )

    # ---- ours --------------------------------------------------------------------------------

    @property
    def where(self) -> TimelineFilter:
        return self._where

    @property
    def is_loading(self) -> bool:
        return self._loading

    @property
    def complete(self) -> bool:
        return self._complete

    def set_filter(self, where: TimelineFilter) -> None:
        """Start again from the top with a new filter; older answers in flight are dropped."""
        self._where = where
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._complete = False
        self._loading = False
        self.endResetModel()
        self.fetchMore()

    def clear(self) -> None:
        """Forget every row (locking)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._complete = True
        self.endResetModel()

    def entry(self, row: int) -> TimelineEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int:
        for row, entry in enumerate(self._rows):
            if entry.id == record_id:
                return row
        return -1

    def refresh_entry(self, kind: str, record_id: str) -> None:
        """Redraw one row after its record was edited, without losing the scroll position."""
        row = self.row_of(record_id)
        if row < 0:
            return
        generation = self._generation

        def done(entry: TimelineEntry | None) -> None:
            if generation != self._generation or entry is None:
                return
            current = self.row_of(record_id)
            if current >= 0:
                self._rows[current] = entry
                index = self.index(current)
                self.dataChanged.emit(index, index)

        self._context.run(operations.load_timeline_entry(kind, record_id), done, lambda _e: None)

    def remove_id(self, record_id: str) -> None:
        row = self.row_of(record_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def _arrived(self, generation: int, rows: list[TimelineEntry]) -> None:
        if generation != self._generation:
            return  # a newer filter has replaced this one
        self._loading = False
        if len(rows) < self._page_size or self._single_page:
            self._complete = True
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    def _failed(self, generation: int, error: JournalError) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._complete = True
        self.failed.emit(error.message)


class TimelineDelegate(QStyledItemDelegate):
    """Two lines per entry: when and what (bold), then the first words of the text."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.9))
        return base, bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        base, bold, small = self._fonts(option)
        height = QFontMetrics(small).height() + QFontMetrics(bold).height() + QFontMetrics(base).height() + 16
        return QSize(120, height)  # as wide as the list: a wider hint runs rows off its edge

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        entry = index.data(EntryRole)
        if not isinstance(entry, TimelineEntry):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        hint_color = text_color if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        base, bold, small = self._fonts(opt)
        rect: QRect = opt.rect.adjusted(10, 6, -10, -6)
        painter.save()
        line = QFontMetrics(small).height()
        painter.setFont(small)
        painter.setPen(hint_color)
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            f"{kind_words(entry.kind)} · {friendly_when(entry)}",
        )
        top = rect.top() + line
        painter.setFont(bold)
        painter.setPen(text_color)
        bold_height = QFontMetrics(bold).height()
        title = QFontMetrics(bold).elidedText(shown_title(entry), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), top, rect.width(), bold_height), 0, title)
        top += bold_height
        painter.setFont(base)
        text = QFontMetrics(base).elidedText(entry.text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), top, rect.width(), QFontMetrics(base).height()), 0, text)
        painter.restore()
