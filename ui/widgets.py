"""Small widgets every screen shares: words, a calm inline message, a 0-10 scale.

- `label` and `named`: text that can be selected, and inputs with the name a screen reader speaks.
- `InlineMessage`: a calm, non-modal line for errors and confirmations (no pop-ups, no red).
- `ScaleInput`: a 0–10 slider with words at both ends, fully keyboard operable.
- `fill_with_scrolling`: a page that scrolls only when the window is too small for it.

The unlock screen is built from this module, so it loads at start-up, and the start-up imports
of PySide6 cost what they build: a class's Python enums the first time the class is named, and
all 94 enums of the `Qt` namespace the first time anything in it is (~12 ms, docs/benchmarks.md).
So `Qt` and the slider are named inside ScaleInput, which only the journal's pages use, and a
label is made selectable through Qt's property system by the flag's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QObject


def label(text: str, role: str | None = None, *, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    selectable_by_mouse(widget)
    return widget


def selectable_by_mouse(widget: QLabel) -> None:
    """Let the person select (and so copy) a label's words with the mouse: what
    `setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)` does, without naming
    the `Qt` namespace (see the module's docstring)."""
    set_by_name(widget, "textInteractionFlags", "TextSelectableByMouse")


def set_by_name(target: QObject, prop: str, value: str) -> None:
    """Set one of a Qt object's enum or flag properties by the value's name, as a .ui file or a
    style sheet's qproperty- does; fails loudly on a misspelt property or value."""
    if not target.setProperty(prop, value):
        raise ValueError(f"{type(target).__name__} has no property {prop!r} taking {value!r}")


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


class InlineMessage(QLabel):
    """A message shown in place, never a modal box: kind words, nothing alarming."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setProperty("role", "message")
        self.setAccessibleName(self.tr("Message"))
        selectable_by_mouse(self)
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
        from PySide6.QtCore import Qt  # only the pages have scales: see the module's docstring
        from PySide6.QtWidgets import QSlider

        self._name = name
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(2)
        self.slider.setValue(5)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setMinimumWidth(220)
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
        self.skip: QCheckBox | None = None
        if optional:
            self.skip = QCheckBox("Skip")
            self.skip.setAccessibleName(f"Skip {name.lower()}")
            self.skip.toggled.connect(self._on_skip)
            row.addWidget(self.skip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        self.slider.valueChanged.connect(self._on_value)
        self.setFocusProxy(self.slider)

    def _on_value(self, value: int) -> None:
        self.value_label.setText(str(value))
        self.changed.emit()

    def _on_skip(self, skipped: bool) -> None:
        self.slider.setEnabled(not skipped)
        self.value_label.setText("–" if skipped else str(self.slider.value()))
        self.changed.emit()

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
        self.slider.setEnabled(value is not None or self.skip is None)
        self.value_label.setText("–" if value is None else str(value))
        self.slider.blockSignals(blockers[0])
        if self.skip is not None:
            self.skip.blockSignals(blockers[1])
