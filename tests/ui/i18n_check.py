"""The pseudo-language check: English left on screen, and words cut off by a layout.

Run a window in the accented pseudo-language (en-XA: every translated string comes back as
"[Šåṽé ýöûŕ çĥéçķ-îñ ~~~~]", 40% longer and bracketed), then:
- `untranslated(root)` lists every visible text (label, button, group title, tab, menu, list
  item, header, placeholder, tool tip, accessible name and description, window title) that still
  holds an English word outside the pseudo brackets: a string that never went through tr();
- `clipped(root)` lists every visible label or button too small for its (longer) text.
tests/ui/test_pseudo_pages.py switches this on page by page. A widget that shows the person's
own words (a name, a note) is marked with ui.i18n.mark_user_text and its text is passed over, as
are a dialog's standard buttons (Qt words those, from qtbase_<lang>.qm, which pseudo-languages
do not have); words that are the same in every language (e.g. "PDF") go in `allowed`. Dates and
numbers in the pseudo-languages are Greek's and Hebrew's (journal.i18n), so an English date on
screen is one that skipped QLocale or journal.localformat.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # Qt.mightBeRichText lives in QtGui
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from ui.i18n import USER_TEXT_PROPERTY

PSEUDO_SEGMENT = re.compile(r"\[[^\[\]]*\]", re.DOTALL)
RTL_SEGMENT = re.compile("\u202e[^\u202c]*\u202c")
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
SLACK_PX = 1


@dataclass(frozen=True)
class Finding:
    widget: str
    field: str
    text: str

    def __str__(self) -> str:
        return f"{self.widget} {self.field}: {self.text!r}"


def describe(widget: QWidget) -> str:
    """Where a widget is, for a person reading the failure: Window/page/objectName:Class."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and len(parts) < 4:
        name = current.objectName()
        parts.append(f"{name}:{type(current).__name__}" if name else type(current).__name__)
        current = current.parentWidget()
    return " < ".join(parts)


def plain(text: str) -> str:
    """What is read on screen: rich text as plain text, mnemonic & markers gone."""
    if GuiQt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return re.sub(r"&(.)", r"\1", text)


def english_left(text: str, allowed: frozenset[str] = frozenset()) -> list[str]:
    """English words in `text` outside pseudo-translated segments ([…] or right-to-left runs)."""
    remaining = RTL_SEGMENT.sub(" ", PSEUDO_SEGMENT.sub(" ", plain(text)))
    return [word for word in ENGLISH_WORD.findall(remaining) if word not in allowed]


def _user_text(widget: QWidget) -> bool:
    return bool(widget.property(USER_TEXT_PROPERTY))


def _menu_texts(actions: Iterable[object], prefix: str) -> Iterator[tuple[str, str]]:
    for action in actions:
        text = getattr(action, "text", lambda: "")()
        if text:
            yield f"{prefix} {text!r}", text
        tip = getattr(action, "toolTip", lambda: "")()
        if tip and tip != text.replace("&", ""):
            yield f"{prefix} {text!r} tool tip", tip
        menu = getattr(action, "menu", lambda: None)()
        if isinstance(menu, QMenu):
            yield from _menu_texts(menu.actions(), f"{prefix} > {text!r}")


def _qt_standard_button(widget: QWidget) -> bool:
    """A dialog's standard button (OK, Cancel, Save...): Qt words it, in qtbase_<lang>.qm."""
    box = widget.parentWidget()
    while box is not None and not isinstance(box, QDialogButtonBox):
        box = box.parentWidget()
    return (
        box is not None
        and isinstance(widget, QPushButton)
        and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
    )


def texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(field, text) for every string the widget shows or tells a screen reader."""
    user = _user_text(widget) or _qt_standard_button(widget)
    if isinstance(widget, (QLabel, QAbstractButton)):
        if not user:
            yield "text", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "title", widget.title()
    elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox) and not widget.isEditable() and not user:
        for index in range(widget.count()):
            yield f"item {index}", widget.itemText(index)
    elif isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield f"tab {index}", widget.tabText(index)
            yield f"tab {index} tool tip", widget.tabToolTip(index)
    elif isinstance(widget, QListWidget) and not user:
        for row in range(widget.count()):
            item = widget.item(row)
            if not item.isHidden():
                yield f"item {row}", item.text()
                yield f"item {row} tool tip", item.toolTip()
    elif isinstance(widget, QMenuBar):
        yield from _menu_texts(widget.actions(), "menu")
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        # Column headers of tables (horizontalHeader) and trees (header).
        header = getattr(widget, "horizontalHeader", getattr(widget, "header", lambda: None))()
        if isinstance(header, QHeaderView) and header.isVisible():
            for section in range(model.columnCount()):
                if not header.isSectionHidden(section):
                    text = model.headerData(section, Qt.Orientation.Horizontal)
                    yield f"header {section}", str(text or "")
    yield "tool tip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    if widget.isWindow():
        yield "window title", widget.windowTitle()


def visible_widgets(root: QWidget) -> Iterator[QWidget]:
    if root.isVisible():
        yield root
    for child in root.findChildren(QWidget):
        if child.isVisible():
            yield child


def untranslated(root: QWidget, allowed: Iterable[str] = ()) -> list[Finding]:
    """Visible texts with English outside the pseudo marks (empty when all went through tr())."""
    allow = frozenset(allowed)
    findings = []
    for widget in visible_widgets(root):
        for field, text in texts_of(widget):
            if text and english_left(text, allow):
                findings.append(Finding(describe(widget), field, text))
    return findings


def clipped(root: QWidget) -> list[Finding]:
    """Visible labels and buttons smaller than their text needs (width, or height when wrapped)."""
    findings = []
    for widget in visible_widgets(root):
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                needed, has, unit = widget.heightForWidth(widget.width()), widget.height(), "px high"
            else:
                needed, has, unit = widget.sizeHint().width(), widget.width(), "px wide"
        elif isinstance(widget, QAbstractButton) and widget.text():
            needed, has, unit = widget.minimumSizeHint().width(), widget.width(), "px wide"
        else:
            continue
        if needed > has + SLACK_PX:
            findings.append(Finding(describe(widget), f"needs {needed}{unit}, has {has}", widget.text()))
    return findings
