"""Start Recovery Journal, minimised, when the person logs in (off unless they choose it).

Linux and other XDG desktops: a .desktop file in the autostart folder ($XDG_CONFIG_HOME/autostart,
by default ~/.config/autostart), the freedesktop.org standard GNOME, KDE, Xfce and others read.
Windows: a value under HKEY_CURRENT_USER\\...\\Run (the per-user registry key Windows itself
uses for this), written with the standard library's winreg. Only the Linux path is tested here
(this project's machines run Linux); the Windows one is guarded by the platform and untested;
macOS has neither and is not offered.

The command started is this copy of the app with --minimized: the standalone app's own
executable when frozen, otherwise the `recovery-journal` script this Python runs.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import sys
from pathlib import Path
from typing import Final

FILE_NAME: Final = "recovery-journal.desktop"
RUN_KEY: Final = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE: Final = "Recovery Journal"
MINIMIZED_FLAG: Final = "--minimized"


def supported() -> bool:
    return sys.platform.startswith("linux") or sys.platform == "win32" or "bsd" in sys.platform


def command() -> list[str]:
    """This copy of the app, started minimised."""
    if getattr(sys, "frozen", False):
        return [sys.executable, MINIMIZED_FLAG]
    script = Path(sys.executable).with_name("recovery-journal")
    if script.exists():
        return [str(script), MINIMIZED_FLAG]
    return [sys.executable, "-m", "ui.launcher", MINIMIZED_FLAG]


def autostart_dir() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart"


def desktop_entry(exec_args: list[str]) -> str:
    # The Exec key's quoting (freedesktop Desktop Entry spec): arguments with spaces in double quotes.
    quoted = " ".join(
        '"' + arg.replace("\\", "\\\\").replace('"', '\\"') + '"' if any(c in arg for c in ' "\\') else arg
        for arg in exec_args
    )
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Recovery Journal\n"
        f"Exec={quoted}\n"
        "Icon=io.github.recoveryjournal.RecoveryJournal\n"
        "X-GNOME-Autostart-enabled=true\n"
        "NoDisplay=false\n"
    )


def is_enabled() -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.QueryValueEx(key, RUN_VALUE)
            return True
        except OSError:
            return False
    return (autostart_dir() / FILE_NAME).exists()


def set_enabled(enabled: bool) -> None:
    """Turn starting at login on or off; OSError if the file or key cannot be written."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import subprocess
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            if enabled:
                winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, subprocess.list2cmdline(command()))
            else:
                with contextlib.suppress(FileNotFoundError):
                    winreg.DeleteValue(key, RUN_VALUE)
        return
    path = autostart_dir() / FILE_NAME
    if enabled:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(desktop_entry(command()), encoding="utf-8")
    else:
        path.unlink(missing_ok=True)


def describe() -> str:
    """The command, for a log or a test."""
    return shlex.join(command())
