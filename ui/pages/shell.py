"""The unlocked journal: navigation on the left, one page at a time on the right.

Pages are built the first time they are shown, so unlocking draws Today at once. The whole
screen (pages, models, undo stack) is thrown away on lock; only `location()` survives, in memory.
The "I'm having a hard time" view (ui/pages/hard_time.py) is a second layer over all of it: it
covers the pages without leaving them, so nothing typed is lost, and it is built and loaded just
after unlock so it opens at once.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal.i18n import QT_TRANSLATE_NOOP

from ..context import Context, Page
from ..help_now import HARD_TIME_VIEW

if TYPE_CHECKING:
    from .hard_time import HardTimeView
from ..theme import icon
from ..widgets import named

# After the first page's data has arrived, its rows paint; the hard-time view is built just after.
HARD_TIME_PREPARE_MS: Final = 100

# (name, icon, module, class). The name is the page's key (navigation, saved locations) and, through
# page_words, what the person reads.
PAGES: Final = (
    (QT_TRANSLATE_NOOP("Shell", "Today"), "today", "ui.pages.today", "TodayPage"),
    (QT_TRANSLATE_NOOP("Shell", "Journal"), "journal", "ui.pages.journal", "JournalPage"),
    (QT_TRANSLATE_NOOP("Shell", "Triggers"), "trigger", "ui.pages.triggers", "TriggersPage"),
    (QT_TRANSLATE_NOOP("Shell", "Gratitude"), "gratitude", "ui.pages.gratitude", "GratitudePage"),
    (QT_TRANSLATE_NOOP("Shell", "Support"), "support", "ui.pages.support", "SupportPage"),
    (QT_TRANSLATE_NOOP("Shell", "Crisis"), "crisis", "ui.pages.crisis", "CrisisPage"),
    (QT_TRANSLATE_NOOP("Shell", "My plan"), "plan", "ui.pages.plan", "PlanPage"),
    (QT_TRANSLATE_NOOP("Shell", "Agenda"), "agenda", "ui.pages.agenda", "AgendaPage"),
    (QT_TRANSLATE_NOOP("Shell", "Goals"), "goal", "ui.pages.goals", "GoalsPage"),
    (QT_TRANSLATE_NOOP("Shell", "If–then plans"), "ifthen", "ui.pages.plans", "PlansPage"),
    (QT_TRANSLATE_NOOP("Shell", "Recovery capital"), "capital", "ui.pages.capital", "CapitalPage"),
    (QT_TRANSLATE_NOOP("Shell", "Trends"), "trends", "ui.pages.trends", "TrendsPage"),
    (QT_TRANSLATE_NOOP("Shell", "Summary"), "summary", "ui.pages.summary", "SummaryPage"),
    (QT_TRANSLATE_NOOP("Shell", "Settings"), "settings", "ui.pages.settings", "SettingsPage"),
)


def page_words(name: str) -> str:
    """A page's name as shown, in the app's language."""
    return QCoreApplication.translate("Shell", name)


class Shell(QWidget):
    """Navigation plus the page stack for one unlocked session."""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pages: dict[str, Page] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(180)
        self.nav.setUniformItemSizes(True)
        self.nav.setSpacing(1)
        named(self.nav, self.tr("Pages"), self.tr("Use the arrow keys to move between pages"))
        for number, (name, icon_name, _module, _cls) in enumerate(PAGES, start=1):
            item = QListWidgetItem(icon(icon_name), page_words(name))
            if number <= 10:
                item.setToolTip(self.tr("{page} (Ctrl+{number})").format(page=page_words(name),
                        number=number % 10))
            self.nav.addItem(item)
        self.hard_time_button = QPushButton(icon("heart"), self.tr("I'm having a hard time"))
        self.hard_time_button.setToolTip(self.tr("Your plan for a hard moment, step by step (Ctrl+Shift+H)"))
        named(self.hard_time_button, self.tr("I'm having a hard time"), self.tr("Ctrl+Shift+H"))
        # A click must not take the focus from the note being written: Escape gives it back there.
        self.hard_time_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.hard_time: HardTimeView | None = None
        self._focus_before: QWidget | None = None
        self.lock_button = QPushButton(icon("lock"), self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock now (Ctrl+L)"))
        named(self.lock_button, self.tr("Lock the journal now"), self.tr("Ctrl+L"))
        self.stack = QStackedWidget()
        side = QVBoxLayout()
        side.setContentsMargins(8, 10, 8, 10)
        title = QLabel(QCoreApplication.translate("MainWindow", "Recovery Journal"))
        title.setProperty("role", "subtitle")
        side.addWidget(title)
        side.addWidget(self.nav, 1)
        side.addWidget(self.hard_time_button)
        side.addWidget(self.lock_button)
        self.body = QWidget()
        layout = QHBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(side)
        layout.addWidget(self.stack, 1)
        self.layers = QStackedLayout(self)
        self.layers.addWidget(self.body)
        self.nav.currentRowChanged.connect(self._show_row)
        self.lock_button.clicked.connect(context.lock)
        self.hard_time_button.clicked.connect(lambda: self.open_hard_time())
        context.navigate.connect(self._navigate)
        for number in range(1, min(len(PAGES), 10) + 1):  # Ctrl+1 … Ctrl+0: the first ten pages
            QShortcut(
                QKeySequence(f"Ctrl+{number % 10}"), self,
                _bind(self.go, PAGES[number - 1][0]),
            )

    def _make(self, name: str) -> Page:
        page = self.pages.get(name)
        if page is not None:
            return page
        _, _, module_name, class_name = next(p for p in PAGES if p[0] == name)
        page_class: type[Page] = getattr(importlib.import_module(module_name), class_name)
        page = page_class(self.context)
        self.pages[name] = page
        self.stack.addWidget(page)
        return page

    def refresh_icons(self) -> None:
        """Icons are tinted for the theme: draw them again after a theme change."""
        for row, (_name, icon_name, _m, _c) in enumerate(PAGES):
            item = self.nav.item(row)
            if item is not None:
                item.setIcon(icon(icon_name))
        self.lock_button.setIcon(icon("lock"))
        self.hard_time_button.setIcon(icon("heart"))

    def prepare(self, name: str) -> None:
        """Build a page ahead of time without activating it (no vault needed), and make it the
        current one, so that showing the shell does not pick the side bar's first row (which
        would activate a page, and `restore` would then activate it again: every first load
        asked twice at unlock)."""
        if any(p[0] == name for p in PAGES):
            self._put_in_front(name, self._make(name))

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.go(PAGES[row][0], None)

    def _navigate(self, name: str, request: object = None) -> None:
        if name == HARD_TIME_VIEW:
            self.open_hard_time(request)
        else:
            self.go(name, request)

    # ---- "I'm having a hard time" ------------------------------------------------------------

    def hard_time_view(self) -> HardTimeView:
        """The view, built the first time it is needed (or just after unlock)."""
        if self.hard_time is None:
            from .hard_time import HardTimeView

            self.hard_time = HardTimeView(self.context)
            self.hard_time.closed.connect(self.close_hard_time)
            self.hard_time.edit_plan.connect(lambda: self.go("My plan"))
            self.layers.addWidget(self.hard_time)
        return self.hard_time

    def open_hard_time(self, request: object = None) -> HardTimeView:
        """Cover the pages with the plan for a hard moment; remember where the focus was."""
        view = self.hard_time_view()
        if self.layers.currentWidget() is not view:
            focus = QApplication.focusWidget()
            self._focus_before = focus if focus is not None and self.body.isAncestorOf(focus) else None
        view.start(request)
        self.layers.setCurrentWidget(view)
        view.next_button.setFocus()
        return view

    def close_hard_time(self, *, restore_focus: bool = True) -> None:
        """Back to the page as it was, the focus (and a half-typed note) where it was."""
        if self.hard_time is None or self.layers.currentWidget() is not self.hard_time:
            return
        self.layers.setCurrentWidget(self.body)
        focus, self._focus_before = self._focus_before, None
        if restore_focus and focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus()
        elif restore_focus and self.current_page is not None:
            self.current_page.setFocus()

    @property
    def hard_time_open(self) -> bool:
        return self.hard_time is not None and self.layers.currentWidget() is self.hard_time

    def _prepare_hard_time(self) -> None:
        """Soon after unlock, so the first click on "I'm having a hard time" opens at once:
        build and load the view once the first page's data has all arrived (building it takes
        the UI thread ~100 ms, which would otherwise hold back the page the person came for)."""
        runner = self.context.runner
        if not runner.has_vault or self.hard_time is not None:
            return
        if runner.pending:
            runner.all_answered.connect(self._prepare_hard_time, Qt.ConnectionType.SingleShotConnection)
            return
        QTimer.singleShot(HARD_TIME_PREPARE_MS, self, self._build_hard_time)  # not if the shell went

    def _build_hard_time(self) -> None:
        if self.context.runner.has_vault and self.hard_time is None:
            self.hard_time_view().load()

    # ---- pages ----------------------------------------------------------------------------------

    def go(self, name: str, request: object = None) -> Page:
        """Show a page (building it the first time), and pass it a request."""
        self.close_hard_time(restore_focus=False)
        current = self.current_page
        if current is not None and current.title != name:
            current.flush()
        page = self._make(name)
        self._put_in_front(name, page)
        page.activate(request)
        return page

    def _put_in_front(self, name: str, page: Page) -> None:
        """The page on show and its row chosen in the side bar, without the side bar's signal
        (which would go to the page a second time)."""
        row = next(i for i, p in enumerate(PAGES) if p[0] == name)
        if self.nav.currentRow() != row:
            blocked = self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(blocked)
        self.stack.setCurrentWidget(page)

    @property
    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def flush(self) -> None:
        for page in self.pages.values():
            page.flush()

    def location(self) -> dict[str, Any]:
        page = self.current_page
        if page is None:
            return {}
        return {"page": page.title, "state": page.location()}

    def restore(self, location: dict[str, Any]) -> None:
        name = location.get("page") or "Today"
        page = self.go(name)
        state = location.get("state")
        if state:
            page.restore(state)
        self._prepare_hard_time()


def _bind(function: Callable[..., Any], *args: Any) -> Callable[[], None]:
    return lambda: function(*args)
