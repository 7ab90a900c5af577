"""Small widgets every screen shares: words, a calm inline message, a 0-10 scale.

- `label` and `named`: text that can be selected, and inputs with the name a screen reader speaks.
- `ElidedLabel`: a path that shortens in the middle in a narrow column.
- `InlineMessage`: a calm, non-modal line for errors and confirmations (no pop-ups, no red).
- `ScaleInput`: a 0–10 slider with words at both ends, fully keyboard operable, that can stand
  unanswered until the person touches it.
- `fill_with_scrolling`: a page that scrolls only when the window is too small for it.
- `announce`: say a sentence to a screen reader without moving the focus ("Saved", an error,
  "locked"); every `InlineMessage` says its words this way.
- `NoteEdit`: the editor for the person's own words; what is copied from it is marked secret.

The unlock screen is built from this module, so it loads at start-up, and the start-up imports
of PySide6 cost what they build: a class's Python enums the first time the class is named (QStyle,
QAccessible and QEvent have hundreds of members), and all 94 enums of the `Qt` namespace the
first time anything in it is (~100 M instructions, ~16 ms; docs/benchmarks.md). So what only the
journal's pages use (the scale's drawing, shortcuts, the announcement) imports its classes where
it runs, the event classes are named for type checkers only, and a label is made selectable
through Qt's property system by the flag's name (`set_by_name`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent, QMimeData
    from PySide6.QtGui import (
        QKeyEvent,
        QKeySequence,
        QMouseEvent,
        QPaintEvent,
        QResizeEvent,
        QShortcut,
        QShowEvent,
    )
    from PySide6.QtWidgets import QToolButton


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


class NoteEdit(QPlainTextEdit):
    """A plain-text editor for the person's own words (notes, situations, responses). What is
    copied from it, or selected with the mouse on X11, carries the hints that keep clipboard
    managers and Windows' clipboard history from keeping it (ui/clipboard.py)."""

    def createMimeDataFromSelection(self) -> QMimeData:
        from .clipboard import mark_secret

        return mark_secret(super().createMimeDataFromSelection())


def fill_with_scrolling(page: QWidget, content: QWidget) -> QScrollArea:
    """Make `content` the whole of `page`, scrolling when the window is too small for it
    (large text sizes, small laptop screens), without a frame or margins of its own."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    # Not a Tab stop of its own: Tab would land on a frameless, unnamed area that shows no focus
    # and that a screen reader calls "filler". Moving the focus into the page scrolls it into
    # view, and Page Up/Page Down from any control inside still scroll it.
    set_by_name(scroll, "focusPolicy", "NoFocus")
    scroll.setWidget(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll


def widget_shortcut(
    key: QKeySequence.StandardKey | str, widget: QWidget, slot: Callable[[], object]
) -> QShortcut:
    """A key that acts only while `widget` has the focus (Delete in a list).

    PySide6 6.12 quietly ignores a `context=` given to QShortcut's constructor together with a
    function (the shortcut stays window-wide: Delete on a slider removed a gratitude item), so
    the context is set afterwards.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence, QShortcut

    shortcut = QShortcut(QKeySequence(key), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut


class FormScroll(QScrollArea):
    """A form that scrolls up and down when the window is short (1024×600), never sideways: it
    asks for its form's full width and only a little height, so a splitter beside a list gives
    the form the width it needs and the window never has to grow taller than the screen."""

    def __init__(self, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt

        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the form's fields take the focus, not its frame
        # A little room before the scroll bar, so a value at the right edge does not touch it.
        form.setContentsMargins(0, 0, 6, 0)
        self.setWidget(form)
        form.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # another record's form may need another width
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        form = self.widget()
        width = form.minimumSizeHint().width() if form is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(width + bar + 2 * self.frameWidth() + 6, 120)


def announce(source: QWidget, text: str, *, interrupt: bool = False) -> None:
    """Have a screen reader say `text` now, wherever the focus is (Qt 6.8's announcement, sent
    over AT-SPI, UI Automation or NSAccessibility). Polite by default: it waits for the sentence
    being read; `interrupt` is for what must be heard at once."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, text)
    if interrupt:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


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
        selectable_by_mouse(self)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        """Qt's middle elision, asked only when the text is wider than the label: on the unlock
        screen a folder path usually fits, and eliding names Qt's namespace (see the module's
        docstring). A hidden label has no width yet: it is elided when shown."""
        if not self.isVisible():
            super().setText(self._full)
            return
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(self._full) <= self.width():
            super().setText(self._full)
            return
        from PySide6.QtCore import Qt

        super().setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideMiddle, self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
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
        selectable_by_mouse(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, *, fade_ms: int = 0) -> None:
        self.setText(text)
        self.show()
        announce(self, text)
        if fade_ms:
            self._timer.start(fade_ms)
        else:
            self._timer.stop()

    def clear_message(self) -> None:
        self._timer.stop()
        self.clear()
        self.hide()


class ScaleSlider(QSlider):
    """A 0-10 slider that can stand unanswered, and jumps to where it is clicked.

    While unanswered it draws its groove without a handle (a handle in the middle would read as a
    5 the person never chose), and a focus frame so the keyboard can find it. The first touch
    answers it: a click (at the point clicked), a drag, an arrow, Page Up/Down, Home or End.
    Delete or Backspace asks for the answer to be taken back (`clear_requested`).
    """

    touched = Signal()
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # only the journal's pages have scales: see the module's docstring

        super().__init__(Qt.Orientation.Horizontal, parent)
        self.unset = False

    def set_unset(self, unset: bool) -> None:
        if unset != self.unset:
            self.unset = unset
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QStyle, QStyleOptionSlider

        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            style = self.style()
            control = QStyle.ComplexControl.CC_Slider
            groove = style.subControlRect(control, option, QStyle.SubControl.SC_SliderGroove, self)
            handle = style.subControlRect(control, option, QStyle.SubControl.SC_SliderHandle, self)
            point = event.position().toPoint()
            if self.unset or not handle.contains(point):
                span = max(1, groove.width() - handle.width())
                offset = point.x() - groove.x() - handle.width() // 2
                value = QStyle.sliderValueFromPosition(
                    self.minimum(), self.maximum(), offset, span, option.upsideDown
                )
                self.setValue(value)
                self.touched.emit()  # also when the value clicked is the one it stood at
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_requested.emit()
            event.accept()
            return
        moves = (
            Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End,
        )
        if self.unset and event.key() in moves:
            self.touched.emit()
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.unset:
            super().paintEvent(event)
            return
        from PySide6.QtGui import QPalette, QPen
        from PySide6.QtWidgets import QStyle, QStyleOptionFocusRect, QStyleOptionSlider, QStylePainter

        painter = QStylePainter(self)
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        option.subControls = QStyle.SubControl.SC_SliderGroove | QStyle.SubControl.SC_SliderTickmarks
        option.sliderPosition = option.minimum  # no filled part of the groove either
        option.sliderValue = option.minimum
        painter.drawComplexControl(QStyle.ComplexControl.CC_Slider, option)
        if self.hasFocus():
            frame = QStyleOptionFocusRect()
            frame.initFrom(self)
            frame.rect = self.rect().adjusted(1, 1, -1, -1)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 4, 4)


class ScaleInput(QWidget):
    """A 0-10 scale with words at both ends; arrows, Page Up/Down, Home/End all work.

    With `optional=True` the scale starts unanswered and stays so until the person touches it
    (`value()` is None): a check-in keeps only what the person set (docs/contracts.md, version 2).
    Its "Clear" button, or Delete on the slider, takes the answer back. Every scale keeps the
    same parts in the same places, so the sliders are equally long and line up.
    """

    changed = Signal()

    def __init__(
        self, name: str, low: str, high: str, *, optional: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QToolButton

        self._name = name
        self.optional = optional
        self.slider = ScaleSlider()
        self.slider.setRange(0, 10)
        self.slider.setPageStep(2)
        self.slider.setValue(5)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setMinimumWidth(160)  # a 1024-px screen keeps Today in two columns
        self.slider.setAccessibleName(
            QCoreApplication.translate("ScaleInput", "{name}, 0 {low} to 10 {high}").format(
                name=name, low=low, high=high
            )
        )
        self.value_label = QLabel("5")
        self.value_label.setMinimumWidth(self.value_label.fontMetrics().horizontalAdvance("10") + 8)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self.value_label.font()
        font.setBold(True)
        self.value_label.setFont(font)
        low_label, high_label = QLabel(low), QLabel(high)
        low_label.setProperty("role", "hint")
        high_label.setProperty("role", "hint")
        self.ends = (low_label, high_label)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(low_label)
        row.addWidget(self.slider, 1)
        row.addWidget(high_label)
        row.addWidget(self.value_label)
        self.clear_button: QToolButton | None = None
        self._set = True
        if optional:
            self.clear_button = QToolButton()
            self.clear_button.setText(QCoreApplication.translate("ScaleInput", "Clear"))
            clear_name = QCoreApplication.translate("ScaleInput", "Clear {name}: leave it unanswered")
            self.clear_button.setAccessibleName(clear_name.format(name=name))
            self.clear_button.setToolTip(
                QCoreApplication.translate("ScaleInput", "Leave {name} unanswered (Delete)").format(name=name)
            )
            self.clear_button.clicked.connect(self.clear)
            row.addWidget(self.clear_button)
            self._set = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        self.slider.valueChanged.connect(self._on_value)
        self.slider.touched.connect(self._on_touched)
        self.slider.sliderPressed.connect(self._on_touched)
        self.slider.clear_requested.connect(self.clear)
        self.setFocusProxy(self.slider)
        self._show_state()

    def line_up_ends(self, low_width: int, high_width: int) -> None:
        """Give the end words fixed widths, so scales one under another line up."""
        self.ends[0].setMinimumWidth(low_width)
        self.ends[1].setMinimumWidth(high_width)

    def end_widths(self) -> tuple[int, int]:
        return self.ends[0].sizeHint().width(), self.ends[1].sizeHint().width()

    @property
    def is_set(self) -> bool:
        return self._set

    def _on_touched(self) -> None:
        if not self._set:
            self._set = True
            self._show_state()
            self.changed.emit()

    def _on_value(self, _value: int) -> None:
        self._set = True
        self._show_state()
        self.changed.emit()

    def clear(self) -> None:
        """Take the answer back: the scale is unanswered again (only an optional scale)."""
        if not self.optional or not self._set:
            return
        self._set = False
        blocked = self.slider.blockSignals(True)
        self.slider.setValue(5)
        self.slider.blockSignals(blocked)
        self._show_state()
        self.changed.emit()

    def _show_state(self) -> None:
        self.slider.set_unset(not self._set)
        self.value_label.setText(str(self.slider.value()) if self._set else "–")
        if self.clear_button is not None:
            self.clear_button.setEnabled(self._set)
        self.slider.setAccessibleDescription(
            "" if self._set else QCoreApplication.translate(
                "ScaleInput", "Not answered. Use the arrow keys or click to answer."
            )
        )
        self.slider.setToolTip(
            "" if self._set else QCoreApplication.translate(
                "ScaleInput", "Not answered yet: click, or use the arrow keys, to answer."
            )
        )

    def value(self) -> int | None:
        if not self._set:
            return None
        return int(self.slider.value())

    def set_value(self, value: int | None) -> None:
        """Set without emitting `changed` (loading a record is not an edit). None leaves an
        optional scale unanswered."""
        blocked = self.slider.blockSignals(True)
        self.slider.setValue(5 if value is None else value)
        self.slider.blockSignals(blocked)
        self._set = value is not None or not self.optional
        self._show_state()
