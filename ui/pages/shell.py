"""The unlocked journal: navigation on the left, one page at a time on the right.

Pages are built the first time they are shown, so unlocking draws Today at once. The whole
screen (pages, models, undo stack) is thrown away on lock; only `location()` survives, in memory.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import QSize
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..context import Context, Page
from ..theme import icon
from ..widgets import named

# (name, icon, module, class)
PAGES: Final = (
    ("Today", "today", "ui.pages.today", "TodayPage"),
    ("Journal", "journal", "ui.pages.journal", "JournalPage"),
    ("Triggers", "trigger", "ui.pages.triggers", "TriggersPage"),
    ("Gratitude", "gratitude", "ui.pages.gratitude", "GratitudePage"),
    ("Support", "support", "ui.pages.support", "SupportPage"),
    ("Crisis", "crisis", "ui.pages.crisis", "CrisisPage"),
    ("Agenda", "agenda", "ui.pages.agenda", "AgendaPage"),
    ("Goals", "goal", "ui.pages.goals", "GoalsPage"),
    ("Plans", "plan", "ui.pages.plans", "PlansPage"),
    ("Recovery capital", "capital", "ui.pages.capital", "CapitalPage"),
    ("Trends", "trends", "ui.pages.trends", "TrendsPage"),
    ("Summary", "summary", "ui.pages.summary", "SummaryPage"),
    ("Settings", "settings", "ui.pages.settings", "SettingsPage"),
)


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
        named(self.nav, "Pages", "Use the arrow keys to move between pages")
        for number, (name, icon_name, _module, _cls) in enumerate(PAGES, start=1):
            item = QListWidgetItem(icon(icon_name), name)
            if number <= 10:
                item.setToolTip(f"{name} (Ctrl+{number % 10})")
            self.nav.addItem(item)
        self.lock_button = QPushButton(icon("lock"), "Lock")
        self.lock_button.setToolTip("Lock now (Ctrl+L)")
        named(self.lock_button, "Lock the journal now", "Ctrl+L")
        self.stack = QStackedWidget()
        side = QVBoxLayout()
        side.setContentsMargins(8, 10, 8, 10)
        title = QLabel("Recovery Journal")
        title.setProperty("role", "subtitle")
        side.addWidget(title)
        side.addWidget(self.nav, 1)
        side.addWidget(self.lock_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(side)
        layout.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self._show_row)
        self.lock_button.clicked.connect(context.lock)
        context.navigate.connect(self.go)
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

    def prepare(self, name: str) -> None:
        """Build a page ahead of time without showing or activating it (no vault needed)."""
        if any(p[0] == name for p in PAGES):
            self._make(name)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.go(PAGES[row][0], None)

    def go(self, name: str, request: object = None) -> Page:
        """Show a page (building it the first time), and pass it a request."""
        current = self.current_page
        if current is not None and current.title != name:
            current.flush()
        page = self._make(name)
        row = next(i for i, p in enumerate(PAGES) if p[0] == name)
        if self.nav.currentRow() != row:
            blocked = self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(blocked)
        self.stack.setCurrentWidget(page)
        page.activate(request)
        return page

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


def _bind(function: Callable[..., Any], *args: Any) -> Callable[[], None]:
    return lambda: function(*args)
