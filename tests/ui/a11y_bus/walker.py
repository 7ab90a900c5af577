"""Walk one application's tree on the accessibility bus and print it as JSON lines.

Run with the system's Python 3, which has Debian's pyatspi (python3-pyatspi), never the project's
.venv: this is what a screen reader sees, read over AT-SPI from outside the app's process.

    python3 walker.py PID showing   the objects a person can reach now (subtrees that are not
                                    showing are left out: other pages, closed menus)
    python3 walker.py PID all       every object the app exposes, shown or not (the lock check)
    python3 walker.py PID listen    print each announcement the app makes until stopped (the
                                    first line, {"ready": true}, says it is listening)

One JSON object a line: path (roles from the window down), role, name, description, states,
and the text of objects that have the Text interface.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi

MOST_CHILDREN = 300  # a long list's rows past this are left out (and counted)
STATES = {
    "focusable": pyatspi.STATE_FOCUSABLE,
    "focused": pyatspi.STATE_FOCUSED,
    "showing": pyatspi.STATE_SHOWING,
    "sensitive": pyatspi.STATE_SENSITIVE,
}


def find_application(pid: int):  # type: ignore[no-untyped-def]
    """The app's root object; it registers a moment after its first window shows."""
    deadline = time.monotonic() + 20
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.get_process_id() == pid:
                return app
        if time.monotonic() > deadline:
            raise SystemExit(f"no application with process id {pid} on the accessibility bus")
        time.sleep(0.2)


def text_of(accessible) -> str:  # type: ignore[no-untyped-def]
    try:
        text = accessible.queryText()
    except NotImplementedError:
        return ""
    return str(text.getText(0, -1) or "")


def walk(accessible, path: str, showing_only: bool, out) -> None:  # type: ignore[no-untyped-def]
    states = accessible.getState()
    flags = {word: bool(states.contains(state)) for word, state in STATES.items()}
    role = accessible.getRoleName()
    here = f"{path}/{role}" if path else role
    out.write(json.dumps({
        "path": here,
        "role": role,
        "name": accessible.name or "",
        "description": accessible.description or "",
        "text": text_of(accessible),
        **flags,
    }) + "\n")
    count = accessible.childCount
    if count > MOST_CHILDREN:
        out.write(json.dumps({"path": here, "left_out": count - MOST_CHILDREN}) + "\n")
    for index in range(min(count, MOST_CHILDREN)):
        child = accessible.getChildAtIndex(index)
        if child is None:
            continue
        if showing_only and not child.getState().contains(pyatspi.STATE_SHOWING):
            continue
        walk(child, here, showing_only, out)


def listen(pid: int) -> None:
    """Announcements ("object:announcement", AT-SPI's event for Qt's QAccessibleAnnouncementEvent)."""

    def heard(event) -> None:  # type: ignore[no-untyped-def]
        try:
            if event.source.get_process_id() != pid:
                return
        except Exception:
            return
        print(json.dumps({"event": str(event.type), "text": str(event.any_data)}), flush=True)

    pyatspi.Registry.registerEventListener(heard, "object:announcement")
    print(json.dumps({"ready": True}), flush=True)
    pyatspi.Registry.start()


def main() -> None:
    pid, mode = int(sys.argv[1]), sys.argv[2]
    app = find_application(pid)
    if mode == "listen":
        listen(pid)
    else:
        walk(app, "", mode == "showing", sys.stdout)


if __name__ == "__main__":
    main()
