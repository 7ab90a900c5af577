"""What a screen reader gets, read over the real accessibility bus (AT-SPI), not from Qt's objects.

The app runs on a private X server (Xvfb) inside a private D-Bus session, with at-spi2-core's bus
launched there; tests/ui/a11y_bus/drive.py visits every screen, page and dialog, and at each one
tests/ui/a11y_bus/walker.py, run by the system's Python with Debian's pyatspi, reads the app's
whole tree from outside. It writes a distinctive sentence into a check-in note first, and locks
last. `make system-deps` installs the tools; in CI a missing one fails the test.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import require_tool, unavailable
from tests.dist.dist_support import xvfb

ROOT = Path(__file__).resolve().parents[2]
SECRET = "Zebra marmalade on the harbour wall at dawn"
# Roles a control someone can Tab to may have: what it is must be said, never "filler" or
# "unknown" (a widget Qt could not describe).
NO_ROLE = {"unknown", "invalid", "filler", "panel", "redundant object", "layered pane"}
EXPECTED_STATIONS = (
    "first-run welcome", "crisis page before unlocking", "recovery key dialog, first journal",
    "page Today", "page Journal", "page Triggers", "page Gratitude", "page Support", "page Crisis",
    "page My plan", "page Agenda", "page Goals", "page If–then plans", "page Recovery capital",
    "page Trends", "page Trends as tables", "page Summary", "page Settings",
    "recovery key dialog from Settings", "export file dialog", "print preview of the plan",
    "print preview of the summary", "keyboard shortcuts", "I'm having a hard time", "locked",
    "restore a backup?", "something went wrong", "forgot passphrase",
)


def python_with_pyatspi() -> str:
    """The system's Python 3 that has Debian's python3-pyatspi (never the project's .venv)."""
    for candidate in ("/usr/bin/python3", shutil.which("python3")):
        if candidate and Path(candidate).exists() and subprocess.run(
            [candidate, "-c", "import pyatspi"], capture_output=True, check=False
        ).returncode == 0:
            return candidate
    unavailable("No Python 3 with pyatspi (python3-pyatspi; `make system-deps` installs it)")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if not sys.platform.startswith("linux"):
        pytest.skip("AT-SPI is the accessibility bus of Linux desktops")
    require_tool("Xvfb")
    require_tool("dbus-run-session")
    require_tool("dbus-send")
    if not Path("/usr/libexec/at-spi-bus-launcher").exists() and not shutil.which("at-spi-bus-launcher"):
        unavailable("at-spi2-core is not installed (`make system-deps` installs it)")
    walker_python = python_with_pyatspi()
    work = tmp_path_factory.mktemp("a11y-bus")
    home = work / "home"
    home.mkdir()
    out = work / "report.json"
    with xvfb() as display:
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "XDG_", "QT_"))},
            "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_CACHE_HOME": str(home / ".cache"), "XDG_RUNTIME_DIR": str(work),
            "LANG": "C.UTF-8",
        }
        # Qt joins the accessibility bus only when the desktop says a screen reader may listen
        # (org.a11y.Status.IsEnabled): say so first, inside the private session.
        enable = (
            "dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus "
            "org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled "
            'variant:boolean:true >/dev/null && exec "$@"'
        )
        result = subprocess.run(
            ["dbus-run-session", "--", "sh", "-c", enable, "sh", sys.executable, "-m",
             "tests.ui.a11y_bus.drive", str(work / "folder"), str(out), walker_python, SECRET],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False,
        )
    assert out.exists(), f"the app did not finish its visit:\n{result.stdout}\n{result.stderr}"
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    assert not data["problems"], "\n".join(data["problems"]) + "\n" + result.stderr[-3000:]
    return data


def station(report: dict[str, Any], label: str) -> list[dict[str, Any]]:
    return next(s["objects"] for s in report["stations"] if s["label"] == label)


def exposes(obj: dict[str, Any], words: str) -> bool:
    return any(words.lower() in str(obj.get(field, "")).lower() for field in ("name", "description", "text"))


def test_the_walk_reached_every_screen_page_and_dialog(report: dict[str, Any]) -> None:
    labels = [s["label"] for s in report["stations"]]
    assert sorted(EXPECTED_STATIONS) == sorted(labels)
    for label in labels:
        assert len(station(report, label)) > 10, f"{label}: hardly anything on the bus"


def test_every_focusable_control_has_a_name_and_a_role(report: dict[str, Any]) -> None:
    missing: set[str] = set()
    for entry in report["stations"]:
        for obj in entry["objects"]:
            if not obj.get("focusable") or not obj.get("showing"):
                continue
            if obj["role"] in ("label", "table cell") and not obj["name"] and not obj["text"]:
                continue  # an empty label or a blank cell says nothing, so nothing is missing
            if not obj["name"].strip() or obj["role"] in NO_ROLE:
                missing.add(f"{entry['label']}: {obj['path']} {obj['name']!r}")
    assert not missing, "\n".join(sorted(missing))


def test_the_note_is_on_the_bus_while_unlocked_and_nowhere_after_lock(report: dict[str, Any]) -> None:
    # While open, a screen reader can read the note (so the search below can find it) ...
    assert any(exposes(obj, SECRET) for obj in station(report, "page Today"))
    assert any(exposes(obj, SECRET) for obj in station(report, "page Journal"))
    # ... and once locked, no object the app exposes, shown or hidden, holds any of it.
    locked = station(report, "locked")
    assert len(locked) > 20
    for fragment in ("Zebra marmalade", "harbour wall"):
        leaks = [obj["path"] for obj in locked if exposes(obj, fragment)]
        assert not leaks, leaks


def test_each_timeline_entry_reads_as_one_sentence(report: dict[str, Any]) -> None:
    entries = [obj for obj in station(report, "page Journal")
               if obj["role"] in ("list item", "table cell") and SECRET in obj["name"]]
    assert entries, "the check-in is not in the Journal's list on the bus"
    spoken = entries[0]["name"]
    assert spoken.startswith("Check-in, ") and spoken.endswith(SECRET)
    assert "·" not in spoken and "Mood 5, Hope 5" in spoken


def test_the_charts_have_words_and_a_table(report: dict[str, Any]) -> None:
    trends = station(report, "page Trends")
    chart = next(obj for obj in trends if obj["name"] == "Hope, mood and craving"
                 and obj["description"])
    assert "averaged" in chart["description"]
    tables = station(report, "page Trends as tables")
    cells = [obj["name"] for obj in tables if obj["role"] == "table cell"]
    assert "5.0" in cells and "Got through it" in cells
    assert any(obj["name"] == "Craving" and "header" in obj["role"] for obj in tables)
    assert any(obj["role"] == "table" and obj["name"] == "Hope, mood and craving, as a table"
               for obj in tables)


def test_the_shortcuts_dialog_lists_the_menus_keys(report: dict[str, Any]) -> None:
    cells = [obj["name"] for obj in station(report, "keyboard shortcuts") if obj["role"] == "table cell"]
    assert "Journal → Lock now" in cells and "Ctrl+L" in cells  # (rows scrolled out of view are not showing)


def test_saving_locking_and_errors_are_announced(report: dict[str, Any]) -> None:
    said = [event["text"] for event in report["announcements"]]
    assert any(text.startswith("Saved at ") for text in said), said
    assert "Your journal is locked." in said
    assert "does not open this journal" in said[-1]  # the wrong passphrase, after lock
    assert not any("Zebra" in text for text in said)
