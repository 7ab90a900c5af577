"""Small widgets every screen shares: words, a calm inline message, a 0-10 scale.

- `label` and `named`: text that can be selected, and inputs with the name a screen reader speaks.
- `ElidedLabel`: a path that shortens in the middle in a narrow column.
- `InlineMessage`: a calm, non-modal line for errors and confirmations (no pop-ups, no red).
- `ScaleInput`: a 0–10 slider with words at both ends, fully keyboard operable.
- `fill_with_scrolling`: a page that scrolls only when the window is too small for it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)


def label(text: str, role: str | None = None, *, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def fill_with_scrolling(page: QWidget, content: QWidget) -> QScrollArea:
    """Make `content` the whole of `page`, scrolling when the window is too small for it
    (large text sizes, small laptop screens), without a frame or margins of its own."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll


def named(widget: QWidget, name: str, description: str = "") -> QWidget:
    """Give an input the name a screen reader speaks (every input must have one).

    Check boxes also stop stretching across their row: a click only toggles on the box and its
    words, so a wide, mostly empty check box looks clickable where it is not.
    """
    widget.setAccessibleName(name)
    if isinstance(widget, QCheckBox):
        widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    if description:
        widget.setAccessibleDescription(description)
    return widget


class ElidedLabel(QLabel):
    """One line (a folder path) that shortens in the middle when its column is narrow, rather
    than pushing the column wider or being cut at the edge; the whole text is in the tool tip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, self.width())
        super().setText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 12, super().minimumSizeHint().height())


class InlineMessage(QLabel):
    """A message shown in place, never a modal box: kind words, nothing alarming."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setProperty("role", "message")
        self.setAccessibleName(self.tr("Message"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, *, fade_ms: int = 0) -> None:
        self.setText(text)
        self.show()
        if fade_ms:
            self._timer.start(fade_ms)
        else:
            self._timer.stop()

    def clear_message(self) -> None:
        self._timer.stop()
        self.clear()
        self.hide()


class ScaleInput(QWidget):
    """A 0–10 scale with labelled ends; arrows, Page Up/Down, Home/End all work.

    With `optional=True` a "Skip" box leaves the value out (craving is optional).
    """

    changed = Signal()

    def __init__(
        self, name: str, low: str, high: str, *, optional: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._name = name
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(2)
        self.slider.setValue(5)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setMinimumWidth(160)  # a 1024-px screen keeps Today in two columns
        self.slider.setAccessibleName(f"{name}, 0 {low} to 10 {high}")
        self.value_label = QLabel("5")
        self.value_label.setMinimumWidth(24)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self.value_label.font()
        font.setBold(True)
        self.value_label.setFont(font)
        low_label, high_label = QLabel(low), QLabel(high)
        # Same width for every scale's end words, so the sliders line up one under another.
        metrics = low_label.fontMetrics()
        low_label.setMinimumWidth(metrics.horizontalAdvance("very low") + 6)
        high_label.setMinimumWidth(metrics.horizontalAdvance("very strong") + 6)
        low_label.setProperty("role", "hint")
        high_label.setProperty("role", "hint")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(low_label)
        row.addWidget(self.slider, 1)
        row.addWidget(high_label)
        row.addWidget(self.value_label)
        self.low_label, self.high_label = low_label, high_label
        self.skip: QCheckBox | None = None
        # Every scale keeps room for a "Skip" box, so an optional scale's slider is as long as
        # the others and they line up one under another.
        box = QCheckBox(self.tr("Skip"))
        box.setAccessibleName(f"Skip {name.lower()}")  # hidden, and so not read, when not optional
        if optional:
            self.skip = box
            box.toggled.connect(self._on_skip)
        else:
            policy = box.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            box.setSizePolicy(policy)
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            box.hide()
        row.addWidget(box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        self.slider.valueChanged.connect(self._on_value)
        self.setFocusProxy(self.slider)

    def _on_value(self, value: int) -> None:
        self.value_label.setText(str(value))
        self.changed.emit()

    def _on_skip(self, skipped: bool) -> None:
        self._show_skipped(skipped)
        self.changed.emit()

    def _show_skipped(self, skipped: bool) -> None:
        """A skipped scale is greyed out, and says why and how to use it again."""
        for widget in (self.slider, self.low_label, self.high_label, self.value_label):
            widget.setEnabled(not skipped)
        self.value_label.setText("–" if skipped else str(self.slider.value()))
        reason = self.tr("Skipped: untick Skip to give a number.") if skipped else ""
        self.slider.setToolTip(reason)
        self.value_label.setToolTip(reason)
        self.slider.setAccessibleDescription(reason)

    def value(self) -> int | None:
        if self.skip is not None and self.skip.isChecked():
            return None
        return int(self.slider.value())

    def set_value(self, value: int | None) -> None:
        """Set without emitting `changed` (loading a record is not an edit)."""
        blockers = [self.slider.blockSignals(True)]
        if self.skip is not None:
            blockers.append(self.skip.blockSignals(True))
            self.skip.setChecked(value is None)
        self.slider.setValue(5 if value is None else value)
        self._show_skipped(value is None and self.skip is not None)
        self.slider.blockSignals(blockers[0])
        if self.skip is not None:
            self.skip.blockSignals(blockers[1])
