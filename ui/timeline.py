"""The Journal's list: a lazy Qt model over `vault.timeline`, and the delegate that draws it.

The model knows from the start how many entries the filter holds (one count, off the UI thread),
so the scroll bar spans every year and End goes straight to the oldest entry. Rows are read 200
at a time, when the view first asks for one (it asks only for the rows it draws), at their offset
(the older half read from the oldest end, so the last page is as quick as the first). Every
change bumps a generation number and answers of an older generation are dropped: a slow search
can never overwrite a newer one, nor a page read before a delete land one row out.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from journal.errors import JournalError
from journal.i18n import QT_TRANSLATE_NOOP
from journal.vault import TimelineEntry, TimelineFilter
from journal.vault.timeline import MATCH_END, MATCH_START

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
    """Newest first, as long as the whole filter from the start; rows are read a page at a time,
    by the task runner, when the view first asks for them (it asks only for what it shows)."""

    loaded = Signal()  # the length is known (a new filter or a refresh), or a page arrived
    # (record id, its row or -1 when it is not in the list, whether to show it): the answer to
    # `show_record`, or to `set_filter(…, keep=…)`.
    located = Signal(str, int, bool)
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
        self._cap = page_size if single_page else None
        self._where = where or TimelineFilter()
        # One slot per entry of the filter; None until its page has been read.
        self._rows: list[TimelineEntry | None] = []
        self._requested: set[int] = set()  # pages asked for (or read) since the last change
        self._in_flight: set[int] = set()  # pages asked for and not yet read
        self._generation = 0  # every change of filter, length or order; older answers are dropped
        self._counting = False
        self._find: tuple[str, str] | None = None
        self._find_shows = False
        # Nothing is read until the page first asks (reload/set_filter): pages are built
        # ahead of unlocking, before there is a vault to read.
        self._started = False

    # ---- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        if entry is None:
            self._request(index.row() // self._page_size)
            return None
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
        read out ("middle dot"); when searching, the words around the match."""
        kind, when = kind_words(entry.kind), friendly_when(entry)
        title = entry.title.replace(" · ", ", ")
        text = "".join(words for words, _ in marked_parts(entry.snippet)) if entry.snippet else entry.text
        if not text.strip():
            return self.tr("{kind}, {when}: {title}.").format(kind=kind, when=when, title=title)
        return self.tr("{kind}, {when}: {title}. {text}").format(
            kind=kind, when=when, title=title, text=text
        )

    # ---- ours --------------------------------------------------------------------------------

    @property
    def where(self) -> TimelineFilter:
        return self._where

    @property
    def is_loading(self) -> bool:
        return self._counting or bool(self._in_flight)

    @property
    def complete(self) -> bool:
        """Whether the length is known (every row is then counted, read or not)."""
        return self._started and not self._counting

    @property
    def started(self) -> bool:
        return self._started

    def set_filter(self, where: TimelineFilter, keep: tuple[str, str] | None = None) -> None:
        """Start again from the top with a new filter; older answers in flight are dropped.
        `keep` (kind, id): say through `located` whether that record is still in the list."""
        self._where = where
        self._find, self._find_shows = keep, False
        self.reload()

    def reload(self) -> None:
        """From the top: the list empties until the filter's length and first page arrive."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._requested = set()
        self._in_flight = set()
        self.endResetModel()
        self._start(anchor=0, reset=True)

    def refresh(self, anchor: int = 0) -> None:
        """Read the length and the rows again where they are, keeping the scroll position and
        the page around row `anchor` (after a change elsewhere: a delete, an undo, an import)."""
        if not self._started:
            self.reload()
            return
        self._generation += 1
        self._start(anchor=anchor, reset=False)

    def show_record(self, kind: str, record_id: str, anchor: int = 0) -> None:
        """Refresh, then say through `located` where this record is, wherever in the years."""
        self._find, self._find_shows = (kind, record_id), True
        self.refresh(anchor)

    def clear(self) -> None:
        """Forget every row (locking)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._requested = set()
        self._in_flight = set()
        self._counting = False
        self._started = False
        self._find = None
        self.endResetModel()

    def entry(self, row: int) -> TimelineEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int:
        for row, entry in enumerate(self._rows):
            if entry is not None and entry.id == record_id:
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
                old = self._rows[current]
                if old is not None and old.snippet:  # a search result keeps its matching words
                    entry = entry._replace(snippet=old.snippet)
                self._rows[current] = entry
                index = self.index(current)
                self.dataChanged.emit(index, index)

        self._context.run(operations.load_timeline_entry(kind, record_id), done, lambda _e: None)

    def remove_id(self, record_id: str) -> None:
        """Take a deleted entry out where it is; the rows around it stay, and so does the view."""
        row = self.row_of(record_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self._pages_moved()

    # ---- reading ---------------------------------------------------------------------------

    def _start(self, *, anchor: int, reset: bool) -> None:
        self._started = True
        self._counting = True
        self._requested = set()
        self._in_flight = set()
        generation = self._generation
        self._context.run(
            operations.open_timeline(self._where, self._page_size, self._cap, anchor, self._find),
            lambda start: self._counted(generation, start, reset),
            lambda error: self._failed(generation, error),
        )

    def _counted(self, generation: int, start: operations.TimelineStart, reset: bool) -> None:
        if generation != self._generation:
            return  # a newer filter or change has replaced this one
        self._counting = False
        old = len(self._rows)
        if reset or old == 0:
            self.beginResetModel()
            self._rows = [None] * start.total
            self._fill(start.page, start.rows)
            self.endResetModel()
        else:
            if start.total < old:
                self.beginRemoveRows(QModelIndex(), start.total, old - 1)
                del self._rows[start.total:]
                self.endRemoveRows()
            elif start.total > old:
                self.beginInsertRows(QModelIndex(), old, start.total - 1)
                self._rows.extend([None] * (start.total - old))
                self.endInsertRows()
            self._rows = [None] * start.total
            self._fill(start.page, start.rows)
            if start.total:
                self.dataChanged.emit(self.index(0), self.index(start.total - 1))
        self._requested = {start.page}
        self.loaded.emit()
        if self._find is not None:
            (_kind, record_id), shows = self._find, self._find_shows
            self._find = None
            self.located.emit(record_id, -1 if start.found is None else start.found, shows)

    def _fill(self, page: int, rows: list[TimelineEntry]) -> None:
        offset = page * self._page_size
        for i, entry in enumerate(rows[: max(0, len(self._rows) - offset)]):
            self._rows[offset + i] = entry

    def _request(self, page: int) -> None:
        if self._counting or page in self._requested or not self._started:
            return
        self._requested.add(page)
        self._in_flight.add(page)
        generation = self._generation
        offset = page * self._page_size
        self._context.run(
            operations.load_timeline_slice(self._where, offset, self._page_size, len(self._rows)),
            lambda rows: self._arrived(generation, page, rows),
            lambda error: self._failed(generation, error),
        )

    def _arrived(self, generation: int, page: int, rows: list[TimelineEntry]) -> None:
        if generation != self._generation:
            return
        self._in_flight.discard(page)
        self._fill(page, rows)
        offset = page * self._page_size
        last = min(len(self._rows), offset + len(rows)) - 1
        if last >= offset:
            self.dataChanged.emit(self.index(offset), self.index(last))
        self.loaded.emit()

    def _pages_moved(self) -> None:
        """A row went: pages on their way were read at the old positions, so drop them and let
        the view ask again for whatever it still lacks."""
        self._generation += 1
        self._in_flight = set()
        self._requested = {
            page for page in self._requested
            if all(e is not None for e in self._rows[page * self._page_size:(page + 1) * self._page_size])
        }
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def _failed(self, generation: int, error: JournalError) -> None:
        if generation != self._generation:
            return
        self._counting = False
        self._requested = set()
        self._in_flight = set()
        self._find = None
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
        line_rect = QRect(rect.left(), top, rect.width(), QFontMetrics(base).height())
        if entry.snippet:
            draw_marked(painter, line_rect, entry.snippet, base)
        else:
            text = QFontMetrics(base).elidedText(entry.text, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(line_rect, 0, text)
        painter.restore()


def marked_parts(snippet: str) -> list[tuple[str, bool]]:
    """A search snippet cut into (words, matched) pieces at the vault's match marks."""
    parts: list[tuple[str, bool]] = []
    for i, piece in enumerate(snippet.split(MATCH_START)):
        if i == 0:
            if piece:
                parts.append((piece, False))
            continue
        matched, _, rest = piece.partition(MATCH_END)
        if matched:
            parts.append((matched, True))
        if rest:
            parts.append((rest, False))
    return parts


def draw_marked(painter: QPainter, rect: QRect, snippet: str, font: QFont) -> None:
    """The words around a search match on one line, the matching words bold and underlined, cut
    with an ellipsis where the line ends (drawn by hand: a QTextDocument per row is too slow)."""
    marked = QFont(font)
    marked.setBold(True)
    marked.setUnderline(True)
    x, right = rect.left(), rect.right()
    for words, matched in marked_parts(snippet):
        painter.setFont(marked if matched else font)
        metrics = QFontMetrics(painter.font())
        room = right - x
        if room <= 0:
            break
        width = metrics.horizontalAdvance(words)
        if width > room:
            words = metrics.elidedText(words, Qt.TextElideMode.ElideRight, room)
            width = room
        painter.drawText(QRect(x, rect.top(), width + 1, rect.height()), 0, words)
        x += width


class TimelineView(QTableView):
    """The Journal's list: one column of rows of one height, like a list view, but a table.

    Why not QListView: it lays out every row after each reset or removal, creating an index
    for each (a call into the Python model per row): 0.3 s for 37,000 entries, on every new
    search. A table's rows are sections of its vertical header, which knows that equal sizes
    need no per-row work, so a list of thirty years costs what a list of a week does.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(TimelineDelegate(self))
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as it does a list view
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_rows()

    def _fit_rows(self) -> None:
        option = QStyleOptionViewItem()
        option.font = self.font()
        height = self.itemDelegate().sizeHint(option, QModelIndex()).height()
        self.verticalHeader().setMinimumSectionSize(1)
        self.verticalHeader().setDefaultSectionSize(height)

    def reset(self) -> None:
        """A new list (search, filter, lock) starts at its top. The table would keep the old
        scroll offset until its deferred layout ran; a first page arriving before that would show
        the new list's far end, and read it, instead of its first entries."""
        super().reset()
        self.verticalScrollBar().setValue(0)
        self.verticalHeader().setOffset(0)

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Home and End go to the first and the last entry, as in a list (in a table they
        would go along the row)."""
        rows = self.model().rowCount() if self.model() is not None else 0
        if rows and cursorAction == QAbstractItemView.CursorAction.MoveHome:
            return self.model().index(0, 0)
        if rows and cursorAction == QAbstractItemView.CursorAction.MoveEnd:
            return self.model().index(rows - 1, 0)
        return super().moveCursor(cursorAction, modifiers)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_rows()
        super().changeEvent(event)
