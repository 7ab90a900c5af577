"""The clipboard: what the app copies is marked secret, and the app takes it back.

- **Marked secret** (`secret_mime`), as KeePassXC does: `x-kde-passwordManagerHint: secret` keeps
  it out of clipboard managers that honour it (Klipper, CopyQ, GPaste); on Windows,
  `ExcludeClipboardContentFromMonitorProcessing` and `CanIncludeInClipboardHistory` /
  `CanUploadToCloudClipboard` = 0 keep it out of clipboard history (Win+V) and the cloud
  clipboard. Text copied from a note editor is marked the same way (`ui.widgets.NoteEdit`).
- **Taken back on lock and quit** (`clear_clipboard`): the clipboard and the X11 selection (what
  the mouse last selected, pasted with the middle button) are emptied whenever the app owns them,
  whatever put the text there (a copied phone number, a note copied with Ctrl+C, a selection made
  with the mouse); never what another program copied since.
- **A copied phone number is forgotten after 30 seconds** (`copy_to_clipboard(..., clear_after_ms)`),
  unless something else was copied meanwhile.

On platforms whose clipboard is Qt's own, inside this process (offscreen, and the framebuffer
ones), no other program can read it and it is always emptied.
"""

from __future__ import annotations

import sys
from typing import Final

from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

PHONE_CLEAR_MS: Final = 30_000
KDE_SECRET_HINT: Final = "x-kde-passwordManagerHint"
# Windows: Qt registers a custom MIME type as a clipboard format of the same name.
WINDOWS_NO_MONITOR: Final = "ExcludeClipboardContentFromMonitorProcessing"
WINDOWS_NO_HISTORY: Final = "CanIncludeInClipboardHistory"
WINDOWS_NO_CLOUD: Final = "CanUploadToCloudClipboard"
_DWORD_ZERO: Final = b"\x00\x00\x00\x00"
# Platforms whose clipboard lives inside the process (Qt's own, which no other program can read
# and which cannot say who owns it).
_PRIVATE_CLIPBOARD_PLATFORMS: Final = ("offscreen", "minimal", "minimalegl", "eglfs", "linuxfb", "vnc")


class _LastCopy:
    """What the app copied last (None once taken back), and a count of copies, so a 30-second
    clear knows whether a later copy replaced it."""

    text: str | None = None
    serial = 0


_last = _LastCopy()


def mark_secret(mime: QMimeData, platform: str = sys.platform) -> QMimeData:
    """Add the hints that keep clipboard managers and Windows' clipboard history from keeping it."""
    mime.setData(KDE_SECRET_HINT, b"secret")
    if platform == "win32":
        mime.setData(WINDOWS_NO_MONITOR, b"1")
        mime.setData(WINDOWS_NO_HISTORY, _DWORD_ZERO)
        mime.setData(WINDOWS_NO_CLOUD, _DWORD_ZERO)
    return mime


def secret_mime(text: str, platform: str = sys.platform) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    return mark_secret(mime, platform)


def _modes(clipboard: QClipboard) -> list[QClipboard.Mode]:
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    return modes


def copy_to_clipboard(text: str, *, clear_after_ms: int | None = None) -> None:
    """Copy `text` (and make it the X11 selection too), marked secret; with `clear_after_ms`, take
    it back after that long unless something else was copied since."""
    clipboard = QGuiApplication.clipboard()
    for mode in _modes(clipboard):  # one QMimeData each: the clipboard owns what it is given
        clipboard.setMimeData(secret_mime(text), mode)
    _last.serial += 1
    _last.text = text
    serial = _last.serial
    if clear_after_ms is not None:
        QTimer.singleShot(clear_after_ms, lambda: _forget(serial))


def copy_phone_number(phone: str) -> None:
    """A phone number: copied, and forgotten after 30 seconds."""
    copy_to_clipboard(phone, clear_after_ms=PHONE_CLEAR_MS)


def _forget(serial: int) -> None:
    if _last.serial != serial:  # the app copied something else since, or took it back
        return
    clipboard = QGuiApplication.clipboard()
    for mode in _modes(clipboard):
        if _still_ours(clipboard, mode):
            clipboard.clear(mode)
    _last.text = None


def _still_ours(clipboard: QClipboard, mode: QClipboard.Mode) -> bool:
    """Whether what the app copied last is still there (not replaced by another program's copy)."""
    return _last.text is not None and clipboard.text(mode) == _last.text and _owns(clipboard, mode)


def _owns(clipboard: QClipboard, mode: QClipboard.Mode) -> bool:
    """Whether this app owns the clipboard (or the selection) now."""
    if QGuiApplication.platformName() in _PRIVATE_CLIPBOARD_PLATFORMS:
        return True
    return clipboard.ownsSelection() if mode == QClipboard.Mode.Selection else clipboard.ownsClipboard()


def clear_clipboard() -> None:
    """On lock and quit: empty the clipboard and the selection wherever the app owns them (a copied
    number, a note copied or selected with the mouse), or still hold what it put there."""
    app = QGuiApplication.instance()
    if app is None:
        return
    clipboard = QGuiApplication.clipboard()
    for mode in _modes(clipboard):
        if _owns(clipboard, mode):
            clipboard.clear(mode)
    _last.text = None
    _last.serial += 1  # a pending 30-second clear has nothing left to do
