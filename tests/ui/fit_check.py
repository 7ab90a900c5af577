"""Words cut off on screen: a label, button, check box or hint too small for its words.

Stricter than i18n_check.clipped, for the larger text sizes: it also counts what a scroll area or a
narrow column hides (only the part of a widget inside all its parents is seen), a single word wider
than a word-wrapped label (word wrap cannot break it), and a placeholder longer than its box.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from tests.ui.i18n_check import Finding, describe, plain, visible_widgets

SLACK_PX = 1


def shown_width(widget: QWidget) -> int:
    """How much of the widget's width is inside every parent up to its window."""
    left, right = 0, widget.width()
    parent = widget.parentWidget()
    offset = widget.pos().x()
    while parent is not None:
        left, right = max(left, -offset), min(right, parent.width() - offset)
        if parent.isWindow():
            break
        offset += parent.pos().x()
        parent = parent.parentWidget()
    return max(0, right - left)


def _needs(widget: QWidget) -> Iterator[tuple[str, int, int]]:
    """(what, needed px, has px) for each way the widget's words could be cut."""
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        text = plain(widget.text())
        frame = widget.width() - widget.contentsRect().width() + 2 * widget.margin()
        metrics = widget.fontMetrics()
        if widget.wordWrap():
            longest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
            yield "longest word", longest + frame, shown_width(widget)
            yield "height", widget.heightForWidth(widget.width()), widget.height()
        else:
            widest = max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)
            yield "width", widest + frame, shown_width(widget)
    elif isinstance(widget, QAbstractButton) and widget.text():
        yield "width", widget.minimumSizeHint().width(), shown_width(widget)
    elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
        room = widget.contentsRect().width() - 8  # Qt's frame and text margins
        yield "placeholder", widget.fontMetrics().horizontalAdvance(widget.placeholderText()), room


def cut_words(root: QWidget) -> list[Finding]:
    findings = []
    for widget in visible_widgets(root):
        for what, needed, has in _needs(widget):
            if needed > has + SLACK_PX:
                text = widget.placeholderText() if isinstance(widget, QLineEdit) else widget.text()  # type: ignore[attr-defined]
                findings.append(Finding(describe(widget), f"{what} needs {needed}px, has {has}", text))
    return findings
