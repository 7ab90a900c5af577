"""Passphrase fields, on the welcome screen, the unlock screen, in Settings and when resetting
with the recovery key: a show/hide button, a Caps Lock warning, a strength hint, and messages
that go away once what they complained about is fixed.

Caps Lock: Qt has no portable way to ask the keyboard (QGuiApplication.queryKeyboardModifiers
does not report it, and X11, Wayland, Windows and macOS each have their own call). So
`CapsLockWatch` works it out the way web forms do, from what is typed: a letter in capitals
without Shift (or small with Shift) means Caps Lock is on, a letter whose case agrees with
Shift means it is off, and pressing Caps Lock itself turns a known state round. Until a letter
is typed nothing is said; that is the honest limit of the method.

The strength estimate is zxcvbn (journal/passphrases.py). Its first use loads word lists for a
third of a second, so `warm_up` loads it on a thread when a passphrase field first shows, and the
hint waits for a short pause in typing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton

from journal.passphrases import (
    MIN_PASSPHRASE_CHARS,
    MIN_SCORE,
    load_estimator,
    long_enough,
    problem,
    score,
    too_short_message,
)

from .theme import icon
from .widgets import InlineMessage, set_by_name

if TYPE_CHECKING:  # on the unlock screen: Qt's namespace is named where a key is read (ui.widgets)
    from PySide6.QtCore import QEvent

# The rule itself lives in the core (journal/passphrases.py), so the command line keeps it too.
MIN_PASSPHRASE: Final = MIN_PASSPHRASE_CHARS
HINT_DELAY_MS: Final = 150
REVEAL_KEYS: Final = "Ctrl+H"  # show or hide the passphrase being typed
__all__ = [
    "MIN_PASSPHRASE", "CapsLockWatch", "PassphraseHelp", "add_reveal", "long_enough", "problem",
    "strength_hint", "too_short_message",
]

_warmed = threading.Event()


def warm_up() -> None:
    """Load the estimator on a thread, once, so the first hint does not stall typing."""
    if _warmed.is_set():
        return
    _warmed.set()
    threading.Thread(target=load_estimator, name="zxcvbn warm-up", daemon=True).start()


def strength_hint(passphrase: str, personal: Sequence[str] = ()) -> str:
    """A plain hint; length matters most, so we suggest a few words rather than symbols. A
    common word or pattern ("password", "12345678") is never called okay, however long."""
    if not passphrase:
        return QCoreApplication.translate(
            "passphrase", "Tip: a few ordinary words together, like a short sentence only you would think of."
        )
    if not long_enough(passphrase):
        return QCoreApplication.translate(
            "passphrase", "Too short: use at least %n characters. A few words together work well.",
            None, MIN_PASSPHRASE,
        )
    guessable = score(passphrase, tuple(personal))
    if guessable < MIN_SCORE:
        return QCoreApplication.translate(
            "passphrase", "Too easy to guess: a common word or pattern. Try unusual words together."
        )
    if guessable == MIN_SCORE:
        return QCoreApplication.translate(
            "passphrase", "Okay, but longer is stronger: try adding another word."
        )
    if guessable == MIN_SCORE + 1:
        return QCoreApplication.translate("passphrase", "Good. Another word would make it even stronger.")
    return QCoreApplication.translate("passphrase", "Strong. Now make sure you will remember it.")


def add_reveal(edit: QLineEdit) -> QAction:
    """A show/hide button at the end of a passphrase field (an eye); hidden again whenever
    the field is cleared, so a passphrase is never left on show for the next person.

    Qt keeps a line edit's buttons out of the Tab order, so the keyboard has REVEAL_KEYS while
    the field has the focus (KeePassXC's key for the same), said in the tooltip and the keys list.
    """
    action = edit.addAction(icon("eye"), QLineEdit.ActionPosition.TrailingPosition)
    action.setCheckable(True)
    # A list and the context by name: see ui.widgets (start-up never builds Qt's namespace).
    action.setShortcuts([QKeySequence(REVEAL_KEYS)])
    set_by_name(action, "shortcutContext", "WidgetShortcut")

    def show(on: bool) -> None:
        edit.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        action.setIcon(icon("eye-off" if on else "eye"))
        words = (QCoreApplication.translate("passphrase", "Hide the passphrase") if on
                 else QCoreApplication.translate("passphrase", "Show the passphrase"))
        tip = (QCoreApplication.translate("passphrase", "Hide the passphrase ({keys})") if on
               else QCoreApplication.translate("passphrase", "Show the passphrase ({keys})"))
        action.setToolTip(tip.format(keys=REVEAL_KEYS))
        # Named on its button, not as the action's text: the button shows only the eye, and a
        # text would count as words that must fit in it.
        for button in action.associatedObjects():
            if isinstance(button, QToolButton):
                button.setAccessibleName(words)

    show(False)
    action.toggled.connect(show)
    edit.textChanged.connect(lambda text: action.setChecked(False) if not text else None)
    return action


class CapsLockWatch(QObject):
    """Whether Caps Lock is on, worked out from the letters typed into the fields it watches
    (see the module's docstring for why, and its limit): None until a letter says."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on: bool | None = None

    def watch(self, edit: QLineEdit) -> None:
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.KeyPress:
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QKeyEvent

            if isinstance(event, QKeyEvent):
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.key_typed(event.key(), event.text(), shift)
        return False

    def key_typed(self, key: int, text: str, shift: bool) -> None:
        from PySide6.QtCore import Qt

        if key == Qt.Key.Key_CapsLock:
            if self.on is not None:
                self._set(not self.on)
            return
        if len(text) == 1 and text.lower() != text.upper():  # a letter that has a case
            self._set(text.isupper() != shift)

    def _set(self, on: bool) -> None:
        if on != self.on:
            self.on = on
            self.changed.emit(on)


class PassphraseHelp(QObject):
    """Everything around a set of passphrase fields: show/hide on each, one Caps Lock warning,
    the strength hint for the new one, and a message that clears itself once fixed."""

    def __init__(
        self,
        fields: Sequence[QLineEdit],
        caps_label: QLabel,
        message: InlineMessage,
        *,
        new: QLineEdit | None = None,
        hint: QLabel | None = None,
        personal: Callable[[], Sequence[str]] = tuple,
    ) -> None:
        super().__init__(caps_label)
        self._fields = list(fields)
        self._caps_label = caps_label
        self._message = message
        self._new, self._hint, self._personal = new, hint, personal
        self._still_wrong: Callable[[], bool] | None = None
        caps_label.setText(self.tr("Caps Lock seems to be on: your passphrase may come out in capitals."))
        caps_label.setWordWrap(True)
        caps_label.hide()
        self.caps = CapsLockWatch(self)
        self.caps.changed.connect(lambda _on: self._show_caps())
        for field in self._fields:
            add_reveal(field)
            self.caps.watch(field)
            field.textChanged.connect(self._edited)
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(HINT_DELAY_MS)
        self._hint_timer.timeout.connect(self.update_hint)
        if new is not None and hint is not None:
            new.textChanged.connect(self._new_edited)
            hint.setText(strength_hint(""))

    def _show_caps(self) -> None:
        self._caps_label.setVisible(bool(self.caps.on))

    def _new_edited(self, text: str) -> None:
        warm_up()
        if not long_enough(text):  # no estimate needed: say it at once
            self._hint_timer.stop()
            self.update_hint()
        else:
            self._hint_timer.start()

    def update_hint(self) -> None:
        if self._new is not None and self._hint is not None:
            self._hint.setText(strength_hint(self._new.text(), tuple(self._personal())))

    def complain(self, text: str, still_wrong: Callable[[], bool]) -> None:
        """Show `text` until `still_wrong()` stops being true as the person types."""
        self._message.show_message(text)
        self._still_wrong = still_wrong

    def clear(self) -> None:
        self._still_wrong = None
        self._message.clear_message()

    def _edited(self, _text: str) -> None:
        if self._still_wrong is not None and not self._still_wrong():
            self.clear()
