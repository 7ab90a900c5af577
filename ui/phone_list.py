"""Numbers to ring, as large cards in a list: helplines and the person's own people.

The same cards show on the crisis page before unlocking, on the crisis page inside the journal and
in the hard-time view, so a number looks the same wherever a person in a bad moment meets it: the
name, the number in large type, a line of notes, and a Copy button drawn on the card. One click on
a card (or Enter, Space or Ctrl+C on it) copies its number through ui.clipboard, which takes it
back when the journal locks. A Qt model and a delegate, not a widget per card.
"""

from __future__ import annotations

from typing import Any, Final, NamedTuple

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from .clipboard import copy_phone_number
from .lists import FitListView, OrderedListModel

_Index = QModelIndex | QPersistentModelIndex
PhoneRole: Final = int(Qt.ItemDataRole.UserRole) + 40
NotesRole: Final = PhoneRole + 1
KeyRole: Final = PhoneRole + 2
MARGIN: Final = 6  # between cards
PAD: Final = 14  # inside a card


class PhoneEntry(NamedTuple):
    """One way to get help. `key` is the contact's or helpline's id (empty for built-in lines)."""

    name: str
    phone: str
    notes: str = ""
    key: str = ""


class PhoneListModel(OrderedListModel):
    """Phone entries in the order given (the person's order, where they choose one)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, editable=False)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        entry: PhoneEntry = self.values()[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.name
        if role == PhoneRole:
            return entry.phone
        if role == NotesRole:
            return entry.notes
        if role == KeyRole:
            return entry.key
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if not entry.phone:
                return QCoreApplication.translate("phone_list", "{name}: no number saved. {notes}").format(
                    name=entry.name, notes=entry.notes
                )
            return QCoreApplication.translate(
                "phone_list", "{name}: {phone}. {notes} Press Enter to copy the number."
            ).format(name=entry.name, phone=entry.phone, notes=entry.notes)
        if role == Qt.ItemDataRole.ToolTipRole and entry.phone:
            return QCoreApplication.translate("phone_list", "Click to copy {phone}").format(phone=entry.phone)
        return None

    def entries(self) -> tuple[PhoneEntry, ...]:
        return self.values()

    def keys(self) -> tuple[str, ...]:
        return tuple(entry.key for entry in self.values())


class PhoneCardDelegate(QStyledItemDelegate):
    """Draws a card: name, the number large, notes (wrapped), and a Copy button on the right."""

    def __init__(self, view: FitListView, *, number_scale: float = 1.6) -> None:
        super().__init__(view)
        self._view = view
        self._number_scale = number_scale

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        name = QFont(base)
        name.setBold(True)
        name.setPointSizeF(base.pointSizeF() * 1.15)
        number = QFont(base)
        number.setWeight(QFont.Weight.DemiBold)
        number.setPointSizeF(base.pointSizeF() * self._number_scale)
        return base, name, number

    def copy_text(self) -> str:
        return QCoreApplication.translate("phone_list", "Copy number")

    def _button_width(self, base: QFont) -> int:
        return QFontMetrics(base).horizontalAdvance(self.copy_text()) + 28

    def _text_width(self, total: int, base: QFont) -> int:
        return max(80, total - 2 * PAD - self._button_width(base) - PAD)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        base, name, number = self._fonts(option)
        width = self._view.viewport().width() or 400
        text_width = self._text_width(width, base)
        height = 2 * PAD + 2 * MARGIN
        height += QFontMetrics(name).boundingRect(
            QRect(0, 0, text_width, 10_000), int(Qt.TextFlag.TextWordWrap), str(index.data() or "")
        ).height()
        height += QFontMetrics(number).height() + 2
        notes = str(index.data(NotesRole) or "")
        if notes:
            height += 2 + QFontMetrics(base).boundingRect(
                QRect(0, 0, text_width, 10_000), int(Qt.TextFlag.TextWordWrap), notes
            ).height()
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        base, name_font, number_font = self._fonts(option)
        palette: QPalette = option.palette
        card = option.rect.adjusted(1, MARGIN, -1, -MARGIN)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus) or bool(
            option.state & QStyle.StateFlag.State_Selected
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(palette.color(QPalette.ColorRole.Highlight if focused else QPalette.ColorRole.Mid))
        pen.setWidthF(2.0 if focused else 1.0)
        painter.setPen(pen)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(card, 8, 8)
        text_color = palette.color(QPalette.ColorRole.Text)
        hint_color = palette.color(QPalette.ColorRole.PlaceholderText)
        text_width = self._text_width(option.rect.width(), base)
        left, top = card.left() + PAD, card.top() + PAD
        flags = int(Qt.TextFlag.TextWordWrap)
        name = str(index.data() or "")
        painter.setFont(name_font)
        painter.setPen(text_color)
        box = QFontMetrics(name_font).boundingRect(QRect(0, 0, text_width, 10_000), flags, name)
        painter.drawText(QRect(left, top, text_width, box.height()), flags, name)
        top += box.height()
        phone = str(index.data(PhoneRole) or "")
        painter.setFont(number_font)
        number_height = QFontMetrics(number_font).height()
        if phone:
            shown = QFontMetrics(number_font).elidedText(phone, Qt.TextElideMode.ElideRight, text_width)
            # Left to right inside a right-to-left layout: the digit groups of "+48 800 199 990"
            # would otherwise be shown in reverse order (a bidi isolate, drawn as nothing).
            painter.drawText(QRect(left, top + 2, text_width, number_height), 0, f"\u2066{shown}\u2069")
        else:
            painter.setFont(base)
            painter.setPen(hint_color)
            painter.drawText(
                QRect(left, top + 2, text_width, number_height),
                int(Qt.AlignmentFlag.AlignVCenter),
                QCoreApplication.translate("phone_list", "No number saved"),
            )
        top += number_height + 2
        notes = str(index.data(NotesRole) or "")
        if notes:
            painter.setFont(base)
            painter.setPen(hint_color)
            box = QFontMetrics(base).boundingRect(QRect(0, 0, text_width, 10_000), flags, notes)
            painter.drawText(QRect(left, top + 2, text_width, box.height()), flags, notes)
        if phone:
            self._paint_button(painter, palette, base, card)
        painter.restore()

    def _paint_button(self, painter: QPainter, palette: QPalette, base: QFont, card: QRect) -> None:
        width = self._button_width(base)
        height = QFontMetrics(base).height() + 12
        button = QRect(card.right() - PAD - width, card.top() + PAD, width, height)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid)))
        painter.setBrush(palette.color(QPalette.ColorRole.Button))
        painter.drawRoundedRect(button, 5, 5)
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        painter.setFont(base)
        painter.drawText(button, int(Qt.AlignmentFlag.AlignCenter), self.copy_text())


class PhoneListView(FitListView):
    """Cards to ring; one click, Enter, Space or Ctrl+C copies the number (`copied` says so).
    Every card shows (the page around it scrolls, not the list): a number is never hidden."""

    copied = Signal(str, str)  # name, phone

    def __init__(
        self, *, max_rows: int = 200, movable: bool = False, number_scale: float = 1.6,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(max_rows=max_rows, movable=movable, parent=parent)
        self.setItemDelegate(PhoneCardDelegate(self, number_scale=number_scale))
        self.setFrameShape(FitListView.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self.copy_row)

    def copy_row(self, index: QModelIndex) -> None:
        phone = str(index.data(PhoneRole) or "") if index.isValid() else ""
        if phone:
            copy_phone_number(phone)
            self.copied.emit(str(index.data() or ""), phone)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) or event.matches(
            QKeySequence.StandardKey.Copy
        ):
            self.copy_row(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)
