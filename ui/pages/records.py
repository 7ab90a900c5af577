"""The list-and-editor page that Journal (everything), Triggers, Gratitude and Agenda are made of.

Each of them is this page with a different filter: a lazy timeline list on the left, the open
record's editor on the right (autosaving), search as you type through the task runner (debounced,
stale answers dropped), and delete with undo.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.i18n import QT_TRANSLATE_NOOP
from journal.records import Record
from journal.vault import TimelineFilter

from .. import operations
from ..context import Context, Page
from ..editors.panel import EditorPanel
from ..theme import icon
from ..timeline import IdRole, KindRole, TimelineModel, TimelineView
from ..widgets import FormScroll, label, named, widget_shortcut
from .shell import page_words

SEARCH_DELAY_MS: Final = 60  # keystroke to results within 100 ms at 10 years
PERIODS: Final = (
    (QT_TRANSLATE_NOOP("RecordsPage", "Any time"), None),
    (QT_TRANSLATE_NOOP("RecordsPage", "Last 7 days"), 7),
    (QT_TRANSLATE_NOOP("RecordsPage", "Last 28 days"), 28),
    (QT_TRANSLATE_NOOP("RecordsPage", "Last 90 days"), 90),
    (QT_TRANSLATE_NOOP("RecordsPage", "Last year"), 365),
    (QT_TRANSLATE_NOOP("RecordsPage", "Between dates…"), -1),
)
ALL_KINDS: Final = ("checkin", "trigger", "gratitude", "agenda")
KIND_FILTERS: Final = (
    (QT_TRANSLATE_NOOP("RecordsPage", "Everything"), ALL_KINDS),
    (QT_TRANSLATE_NOOP("RecordsPage", "Check-ins"), ("checkin",)),
    (QT_TRANSLATE_NOOP("RecordsPage", "Triggers"), ("trigger",)),
    (QT_TRANSLATE_NOOP("RecordsPage", "Gratitude"), ("gratitude",)),
    (QT_TRANSLATE_NOOP("RecordsPage", "To talk about"), ("agenda",)),
)


class RecordsPage(Page):
    """A searchable, filterable timeline with an editor beside it."""

    kinds: tuple[str, ...] = ALL_KINDS
    intro = ""
    new_label = ""
    show_kind_filter = False
    empty_text = QT_TRANSLATE_NOOP("RecordsPage", "Nothing here yet.")

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stale = True
        # The record on the right, if it came from the list (a new one not yet saved did not):
        # when a search or filter leaves it out, the right-hand side empties.
        self._listed: tuple[str, str] | None = None
        self._waiting_row: int | None = None  # the current row, until its page has been read
        self.model = TimelineModel(context, TimelineFilter(kinds=frozenset(self.kinds)))
        self.model.setParent(self)
        heading = label(page_words(self.title), "title")
        intro = label(QCoreApplication.translate("RecordsPage", self.intro), "hint")

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search your words…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        named(self.search, self.tr("Search {page}").format(page=page_words(self.title)),
                self.tr("Results update as you type"))
        self.kind_filter = QComboBox()
        for text, kinds in KIND_FILTERS:
            self.kind_filter.addItem(QCoreApplication.translate("RecordsPage", text), kinds)
        named(self.kind_filter, self.tr("Show"))
        self.period = QComboBox()
        for text, days in PERIODS:
            self.period.addItem(QCoreApplication.translate("RecordsPage", text), days)
        named(self.period, self.tr("When"))
        self.start = QDateEdit(QDate.currentDate().addDays(-27))
        self.end = QDateEdit(QDate.currentDate())
        for edit, name in ((self.start, self.tr("From date")), (self.end, self.tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
            named(edit, name)
            edit.hide()
            edit.dateChanged.connect(self._filter_now)
        self.new_button = QPushButton(icon("add"), self.new_words())
        self.new_button.setProperty("role", "primary")
        named(self.new_button, self.new_words())
        self.new_button.clicked.connect(self.new_record)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.period)
        bar.addWidget(self.start)
        bar.addWidget(self.end)
        bar.addWidget(self.new_button)

        self.view = TimelineView()
        self.view.setModel(self.model)
        named(
            self.view, self.tr("{page}: entries, newest first").format(page=page_words(self.title)),
            self.tr("Press Enter to open, Delete to delete"),
        )
        self.count = label("", "hint")
        self.empty = label(QCoreApplication.translate("RecordsPage", self.empty_text), "hint")
        self.empty.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.count)

        self.panel = EditorPanel(context, self)
        self.panel.saved.connect(self._on_saved)
        self.panel.deleted.connect(lambda record: self.model.remove_id(record.id))

        # The form scrolls rather than making the window taller than a 1024×600 screen.
        form = FormScroll(self.panel)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(form)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if self.intro:
            layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        # Only once they have a parent: showing a parentless widget opens it as its own window.
        self.kind_filter.setVisible(self.show_kind_filter)
        self.new_button.setVisible(bool(self.new_label))

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._filter_now)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.kind_filter.currentIndexChanged.connect(self._filter_now)
        self.period.currentIndexChanged.connect(self._on_period)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.view.activated.connect(self._open_editor)
        self.model.loaded.connect(self._on_loaded)
        self.model.located.connect(self._on_located)
        context.put_back.connect(self._on_put_back)
        self.model.failed.connect(self.panel.message.show_message)
        widget_shortcut(QKeySequence.StandardKey.Delete, self.view, self.panel.delete_current)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search,
                  context=Qt.ShortcutContext.WindowShortcut)
        context.changed.connect(self._on_changed)
        self.setTabOrder(self.search, self.kind_filter)
        self.setTabOrder(self.kind_filter, self.period)
        self.setTabOrder(self.period, self.new_button)
        self.setTabOrder(self.new_button, self.view)

    # ---- filters and search ----------------------------------------------------------------

    def current_filter(self) -> TimelineFilter:
        kinds = self.kind_filter.currentData() if self.show_kind_filter else self.kinds
        days = self.period.currentData()
        start = end = None
        if days == -1:
            start = self.start.date().toString("yyyy-MM-dd")
            end = self.end.date().toString("yyyy-MM-dd")
        elif days:
            end = dt.date.today().isoformat()
            start = (dt.date.today() - dt.timedelta(days=days - 1)).isoformat()
        return TimelineFilter(
            kinds=frozenset(kinds), start_day=start, end_day=end, search=self.search.text()
        )

    def _on_period(self) -> None:
        custom = self.period.currentData() == -1
        self.start.setVisible(custom)
        self.end.setVisible(custom)
        self._filter_now()

    def _filter_now(self) -> None:
        self._search_timer.stop()
        if self.context.ended:  # locked or quitting: the page is going (its filter box may be too)
            return
        self.model.set_filter(self.current_filter(), keep=self._listed)

    def new_words(self) -> str:
        """The words on the page's "new" button."""
        return QCoreApplication.translate("RecordsPage", self.new_label) if self.new_label else self.tr("New")

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_loaded(self) -> None:
        current = self.view.currentIndex()
        waited_for = current.isValid() and current.row() == self._waiting_row
        if waited_for and current.data(IdRole) is not None:
            self._on_current(current, current)
        if not self.model.complete:
            return
        rows = self.model.rowCount()
        searching = bool(self.model.where.search.strip())
        if rows == 0:
            self.count.setText("")
            self.empty.setText(
                self.tr("Nothing matches those words. Try fewer or different words.")
                if searching else QCoreApplication.translate("RecordsPage", self.empty_text)
            )
            self.empty.show()
        else:
            self.empty.hide()
            self.count.setText(
                # QCoreApplication.translate, not self.tr: PySide6 6.12 finds a base class's plural
                # forms from a subclass (JournalPage…) only through the base class's own context.
                QCoreApplication.translate("RecordsPage", "%Ln entries match", None, rows) if searching
                else QCoreApplication.translate("RecordsPage", "%Ln entries", None, rows)
            )

    def _on_located(self, record_id: str, row: int, show: bool) -> None:
        """The answer to where a record is: select and show it (after undo, a save, unlocking),
        or empty the right-hand side when a search or filter has left it out of the list."""
        if row < 0:
            if self._listed is not None and self._listed[1] == record_id == self.panel.record_id:
                self._listed = None
                self.panel.show_record(None)
            return
        if show:
            index = self.model.index(row)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            entry = self.model.entry(row)
            if entry is not None and self.panel.record_id != record_id:  # the row was current already
                self.open_record(entry.kind, entry.id)

    def _first_visible_row(self) -> int:
        index = self.view.indexAt(self.view.viewport().rect().topLeft())
        return max(index.row(), 0)

    def _on_put_back(self, record: Record) -> None:
        if record.kind in self.current_filter().kinds:
            self.model.show_record(record.kind, record.id, self._first_visible_row())

    # ---- opening and editing ---------------------------------------------------------------

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        kind, record_id = current.data(KindRole), current.data(IdRole)
        if record_id is None:  # not read yet (End, or a long jump): opened when its page comes
            self._waiting_row = current.row()
            return
        self._waiting_row = None
        if record_id == self.panel.record_id:
            return
        self.open_record(kind, record_id)

    def open_record(self, kind: str, record_id: str, focus: bool = False) -> None:
        self.panel.flush()

        def done(record: Record | None) -> None:
            self._listed = (record.kind, record.id) if record is not None else None
            self.panel.show_record(record)
            if focus and self.panel.editor is not None:
                self.panel.editor.setFocus()
                self.panel.editor.focusNextChild()

        self.run(operations.open_record(kind, record_id), done, self._failed)

    def _failed(self, error: JournalError) -> None:
        self.panel.message.show_message(error.message)

    def _open_editor(self, index: QModelIndex) -> None:
        if self.panel.editor is not None and self.panel.record_id == index.data(IdRole):
            self.panel.editor.focusNextChild()

    def new_record(self) -> None:
        record = self.make_new()
        if record is None:
            return
        self.view.clearSelection()
        self._listed = None
        self.panel.show_record(record)
        if self.panel.editor is not None:
            first = self.panel.editor.nextInFocusChain()
            self.panel.editor.setFocus()
            if first is not None:
                self.panel.editor.focusNextChild()

    def make_new(self) -> Record | None:
        return None

    def _on_saved(self, record: Record) -> None:
        if self.model.row_of(record.id) >= 0:
            self.model.refresh_entry(record.kind, record.id)
        elif record.kind in self.current_filter().kinds:
            self._listed = (record.kind, record.id)
            self.model.show_record(record.kind, record.id, self._first_visible_row())

    def _on_changed(self, _kind: str, source: object) -> None:
        if source is self:
            return
        self._stale = True
        if self.isVisible():
            self.activate()

    # ---- page protocol -----------------------------------------------------------------------

    def activate(self, request: object = None) -> None:
        if self._stale:
            self._stale = False
            if self.model.started:  # something changed elsewhere: read again where the list is
                self.model.refresh(self._first_visible_row())
            else:
                self.model.set_filter(self.current_filter())
        if isinstance(request, dict):
            if request.get("new"):
                self.new_record()
            elif request.get("open"):
                kind, record_id = request["open"]
                self.open_record(kind, record_id, focus=True)
        else:
            self.view.setFocus()

    def flush(self) -> None:
        self.panel.flush()

    def location(self) -> dict[str, Any]:
        base = self.panel.editor.base if self.panel.editor is not None else None
        return {"open": (base.kind, base.id)} if base is not None else {}

    def restore(self, location: dict[str, Any]) -> None:
        if "open" in location:
            kind, record_id = location["open"]
            self._stale = False
            self.model.set_filter(self.current_filter())
            self.model.show_record(kind, record_id)
            self.open_record(kind, record_id, focus=True)
