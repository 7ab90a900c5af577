"""Helpers for the tests of the frozen app in dist/: a clean environment, Xvfb, and X11 by ctypes.

The X11 part talks to libX11 directly (no extra Python package): find the app's top-level window
once it is mapped, give it the keyboard focus, type with XTest, and close it the way a window
manager does (WM_DELETE_WINDOW), so the app quits through its normal path.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_DIR = ROOT / "dist" / "recovery-journal"
LINUX = sys.platform.startswith("linux")
WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"
# The command-line executable; on Windows the one people start has no console (build spec), so
# the command line is recovery-journal-cli.exe and the window is opened with GUI_EXE.
EXE = APP_DIR / ("recovery-journal-cli.exe" if WINDOWS else "recovery-journal")
GUI_EXE = APP_DIR / ("recovery-journal.exe" if WINDOWS else "recovery-journal")
WINDOW_TITLE = "Recovery Journal"

# Lines Qt's offscreen platform plugin itself prints (it has no window manager to ask); they never
# appear with a real display, where stderr must be empty.
OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints()",)


def host_dirs(base: Path) -> dict[str, Path]:
    """Fresh, empty home, XDG and temp folders standing in for the host computer's."""
    dirs = {
        "HOME": base / "home",
        "XDG_CONFIG_HOME": base / "home" / ".config",
        "XDG_DATA_HOME": base / "home" / ".local" / "share",
        "XDG_CACHE_HOME": base / "home" / ".cache",
        "XDG_STATE_HOME": base / "home" / ".local" / "state",
        "XDG_RUNTIME_DIR": base / "runtime",
        "TMPDIR": base / "tmp",
    }
    for folder in dirs.values():
        folder.mkdir(parents=True, exist_ok=True)
    dirs["XDG_RUNTIME_DIR"].chmod(0o700)
    return dirs


def clean_env(dirs: dict[str, Path], **extra: str) -> dict[str, str]:
    """The environment of a person's session on a computer with no display (offscreen Qt)."""
    keep = ("PATH", "LANG", "LC_ALL", "TZ")
    if WINDOWS:  # Python cannot even seed its random numbers without SYSTEMROOT
        keep += ("SYSTEMROOT", "WINDIR", "PATHEXT")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    env.update({name: str(path) for name, path in dirs.items()})
    if WINDOWS:  # the same stand-in home, under the names Windows programs read
        home = dirs["HOME"]
        env.update(USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming"),
                   LOCALAPPDATA=str(home / "AppData" / "Local"), TEMP=str(dirs["TMPDIR"]),
                   TMP=str(dirs["TMPDIR"]))
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def listing(*folders: Path) -> set[str]:
    """Every file and folder under the given folders (what a person would find left behind)."""
    found: set[str] = set()
    for folder in folders:
        for path in folder.rglob("*"):
            found.add(str(path))
    return found


def error_lines(stderr: str, *, offscreen: bool) -> list[str]:
    lines = [line for line in stderr.splitlines() if line.strip()]
    if offscreen:
        lines = [line for line in lines if line.strip() not in OFFSCREEN_NOISE]
    return lines


def run(args: list[str], env: dict[str, str], *, stdin: str = "", cwd: Path | None = None,
        timeout: float = 120, prefix: list[str] | None = None,
        exe: Path = EXE) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*(prefix or []), str(exe), *args], input=stdin, capture_output=True, text=True,
        env=env, cwd=cwd, timeout=timeout, check=False,
    )


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """A private X server; yields its DISPLAY name."""
    binary = shutil.which("Xvfb")
    if binary is None:
        raise FileNotFoundError("Xvfb")
    read_fd, write_fd = os.pipe()
    process = subprocess.Popen(
        [binary, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp",
         "-noreset"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        process.terminate()
        process.wait(timeout=10)


# ---- X11 through ctypes ------------------------------------------------------------------------

class _WindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
        ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong), ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong), ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p),
    ]


class _ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int), ("data", ctypes.c_long * 5),
    ]


class _Event(ctypes.Union):
    _fields_ = [("client", _ClientMessage), ("pad", ctypes.c_long * 24)]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_IGNORE_ERRORS = _ERROR_HANDLER(lambda _display, _event: 0)  # windows may vanish while we look
IS_VIEWABLE = 2
CLIENT_MESSAGE = 33
REVERT_TO_PARENT = 2


class X11:
    """A connection to one X display, enough to find, type into and close the app's window."""

    def __init__(self, display_name: str) -> None:
        self.lib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        lib = self.lib
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        lib.XDefaultRootWindow.restype = ctypes.c_ulong
        lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        lib.XQueryTree.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
            ctypes.POINTER(ctypes.c_uint),
        ]
        lib.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_char_p)]
        lib.XGetWindowAttributes.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_WindowAttributes)
        ]
        lib.XFree.argtypes = [ctypes.c_void_p]
        lib.XInternAtom.restype = ctypes.c_ulong
        lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.XSendEvent.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.POINTER(_Event)
        ]
        lib.XFlush.argtypes = [ctypes.c_void_p]
        lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        lib.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_ulong]
        lib.XKeysymToKeycode.restype = ctypes.c_ubyte
        lib.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        lib.XStringToKeysym.restype = ctypes.c_ulong
        lib.XStringToKeysym.argtypes = [ctypes.c_char_p]
        lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        lib.XSetErrorHandler(_IGNORE_ERRORS)
        self.display = lib.XOpenDisplay(display_name.encode())
        if not self.display:
            raise RuntimeError(f"cannot open X display {display_name}")
        self.root = lib.XDefaultRootWindow(self.display)

    def close(self) -> None:
        self.lib.XCloseDisplay(self.display)

    def _children(self, window: int) -> list[int]:
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children = ctypes.POINTER(ctypes.c_ulong)()
        count = ctypes.c_uint()
        if not self.lib.XQueryTree(self.display, window, ctypes.byref(root), ctypes.byref(parent),
                                   ctypes.byref(children), ctypes.byref(count)):
            return []
        result = [children[i] for i in range(count.value)]
        if children:
            self.lib.XFree(children)
        return result

    def _name(self, window: int) -> str:
        name = ctypes.c_char_p()
        if self.lib.XFetchName(self.display, window, ctypes.byref(name)) and name.value is not None:
            text = name.value.decode("utf-8", "replace")
            self.lib.XFree(name)
            return text
        return ""

    def _viewable(self, window: int) -> bool:
        attributes = _WindowAttributes()
        if not self.lib.XGetWindowAttributes(self.display, window, ctypes.byref(attributes)):
            return False
        return attributes.map_state == IS_VIEWABLE

    def visible_windows(self) -> dict[int, str]:
        """Mapped top-level windows (no window manager: they are the root's children)."""
        return {w: self._name(w) for w in self._children(self.root) if self._viewable(w)}

    def wait_for_window(self, title: str, timeout: float, poll: float = 0.005) -> int | None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for window, name in self.visible_windows().items():
                if name == title:
                    return window
            time.sleep(poll)
        return None

    def focus(self, window: int) -> None:
        self.lib.XSetInputFocus(self.display, window, REVERT_TO_PARENT, 0)
        self.lib.XSync(self.display, 0)

    def type_keys(self, *keys: str) -> None:
        """Press keys with XTest; each item is a keysym name or a combination like "Control_L+l"."""
        xtst = ctypes.CDLL(ctypes.util.find_library("Xtst") or "libXtst.so.6")
        xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
        for combo in keys:
            codes = [
                self.lib.XKeysymToKeycode(self.display, self.lib.XStringToKeysym(part.encode()))
                for part in combo.split("+")
            ]
            for code in codes:
                xtst.XTestFakeKeyEvent(self.display, code, 1, 0)
            for code in reversed(codes):
                xtst.XTestFakeKeyEvent(self.display, code, 0, 0)
            self.lib.XSync(self.display, 0)
            time.sleep(0.03)

    def request_close(self, window: int) -> None:
        """What a window manager's close button does: send WM_DELETE_WINDOW."""
        event = _Event()
        event.client.type = CLIENT_MESSAGE
        event.client.window = window
        event.client.message_type = self.lib.XInternAtom(self.display, b"WM_PROTOCOLS", 0)
        event.client.format = 32
        event.client.data[0] = self.lib.XInternAtom(self.display, b"WM_DELETE_WINDOW", 0)
        event.client.data[1] = 0  # CurrentTime
        self.lib.XSendEvent(self.display, window, 0, 0, ctypes.byref(event))
        self.lib.XFlush(self.display)
