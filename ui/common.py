"""Small widgets and helpers every page shares.

- `ScaleInput`: a 0–10 slider with words at both ends, fully keyboard operable.
- `InlineMessage`: a calm, non-modal line for errors and confirmations (no pop-ups, no red).
- `Autosaver`: "never lose a word" in one place: edits are saved through the worker at most
  `DELAY_MS` after the last keystroke; a failed save keeps the text and shows why; `flush()` saves
  at once before lock or quit.
- `BackgroundCall`: run one function off the UI thread when there is no vault yet (unlocking).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
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

from journal.errors import JournalError

if TYPE_CHECKING:  # loaded at unlock, not at start-up (see ui.app)
    from journal.records import Record
    from journal.vault import Vault

    from .worker import VaultService

DELAY_MS: Final = 600


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


class InlineMessage(QLabel):
    """A message shown in place, never a modal box: kind words, nothing alarming."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setProperty("role", "message")
        self.setAccessibleName("Message")
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


class Autosaver(QObject):
    """Saves the record a page is editing, debounced, through the worker; keeps text on failure.

    `build` returns the record as it now stands on screen (or None if there is nothing to save).
    """

    saved = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        service: VaultService,
        build: Callable[[], Record | None],
        message: InlineMessage | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._build = build
        self._message = message
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._save_now)
        self.in_flight = 0
        # The last record whose save failed (kept in memory so a lock cannot lose it).
        self.unsaved: Record | None = None

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def schedule(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()

    def flush(self) -> None:
        """Save now if an edit is waiting (before lock, quit, or switching record)."""
        if not self._timer.isActive():
            return
        self._timer.stop()
        self._save_now()

    def _save_now(self) -> None:
        record = self._build()
        if record is None:
            return
        self.in_flight += 1

        def save(vault: Vault) -> Record:
            return vault.save(record)

        self._service.submit(save, self._on_saved, lambda error: self._on_failed(error, record))

    def _on_saved(self, record: Any) -> None:
        self.in_flight -= 1
        if self.unsaved is not None and self.unsaved.id == record.id:
            self.unsaved = None
        if self._message is not None and self._message.property("failed"):
            self._message.setProperty("failed", False)
            self._message.show_message("Saved. Everything you wrote is safe.", fade_ms=4000)
        self.saved.emit(record)

    def _on_failed(self, error: JournalError, record: Record) -> None:
        self.in_flight -= 1
        self.unsaved = record
        if self._message is not None:
            self._message.setProperty("failed", True)
            self._message.show_message(
                error.message + " What you typed is still here and will be saved with your next change."
            )
        self.failed.emit(error.message)


class _CallRelay(QObject):
    done = Signal(object)
    failed = Signal(object)


_calls: set[_CallRelay] = set()


def background_call(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> threading.Thread:
    """Run `work()` on a short-lived thread (Argon2 takes a moment), callbacks on the UI thread.

    Used before a vault is open (unlock, create), when there is no VaultService yet, and for
    the daily backup, which reads its own snapshot and must not hold up the worker.
    """
    relay = _CallRelay()
    _calls.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _calls.discard(relay)
        relay.deleteLater()
        callback(value)

    relay.done.connect(lambda value: finish(on_done, value), Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(lambda error: finish(on_error, error), Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            result = work()
        except BaseException as exc:
            relay.failed.emit(exc)
        else:
            relay.done.emit(result)

    thread = threading.Thread(target=run, name="rj-open", daemon=True)
    thread.start()
    return thread


def copy_to_clipboard(text: str) -> None:
    """Copy and remember that we did, so locking can clear it."""
    QGuiApplication.clipboard().setText(text)
    _clipboard_state["text"] = text


_clipboard_state: dict[str, str] = {}


def clear_our_clipboard() -> None:
    """On lock: if the clipboard still holds what the app put there, empty it."""
    ours = _clipboard_state.pop("text", None)
    if ours is None:
        return
    clipboard = QGuiApplication.clipboard()
    if clipboard.text() == ours:
        clipboard.clear()


def expanding(widget: QWidget) -> QWidget:
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return widget
