"""The clipboard: what the app copies there, it takes back when the journal locks."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

_clipboard_state: dict[str, str] = {}


def copy_to_clipboard(text: str) -> None:
    """Copy and remember that we did, so locking can clear it."""
    QGuiApplication.clipboard().setText(text)
    _clipboard_state["text"] = text


def clear_our_clipboard() -> None:
    """On lock: if the clipboard still holds what the app put there, empty it."""
    ours = _clipboard_state.pop("text", None)
    if ours is None:
        return
    clipboard = QGuiApplication.clipboard()
    if clipboard.text() == ours:
        clipboard.clear()
