"""Start-up to the unlock screen: exec → first window mapped, the app beside a bare PySide6 window.

    .venv/bin/python bench/unlock_screen.py [-n 15] [--no-keepassxc] [--baseline DIR] [--frozen]
                                            [--baseline-frozen EXE] [--json bench/out/unlock.json]

Not part of the test suite. On a private Xvfb, through Qt's xcb plugin, these start one after
another, the order turning each round:
- "bare": a PySide6 QMainWindow of the app's size, titled and shown, run by the same interpreter
  (.venv/bin/python) with nothing of ours imported: the floor any PySide6 app pays;
- "app": the installed `recovery-journal` command (.venv/bin/recovery-journal) on an existing
  journal, so it shows its unlock screen;
- "KeePassXC" (a reference only, if /usr/bin/keepassxc is installed; it is no dependency of the
  project): its unlock screen for an existing database. Debian's build uses Qt 5 and is C++;
- with `--baseline DIR`, the app's code from another checkout (for example `git archive` of the
  commit before a change, unpacked in DIR), started the same way by the same interpreter, so a
  change is measured before and after in one run;
- with `--frozen`, the standalone app from `make dist` (dist/recovery-journal/recovery-journal);
- with `--baseline-frozen EXE`, another standalone build (a dist/recovery-journal folder copied
  aside before a change), so the standalone app too is measured before and after in one run.

The time is from just before the process is started to the X server mapping its first top-level
window (a MapNotify on the root window, waited for with select(): nothing polls, so the bench takes
no CPU from the program it times). The window's first frame is timed too (the first Damage
event on that window: Qt has painted it), so work moved to just after the map still shows.
The window is then closed as a window manager would (WM_DELETE_WINDOW) and the process waited for.
The first start of each is a warm-up (page cache, .pyc files) and is left out. Target: app ≤ 1.15×
bare (issue 10). The load average is printed before and after: on a 2-core machine shared with
other work, read the figures against it.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import json
import os
import platform
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "dist"))

from dist_support import X11, clean_env, host_dirs, xvfb  # noqa: E402

VENV_BIN = ROOT / ".venv" / "bin"
FROZEN = ROOT / "dist" / "recovery-journal" / "recovery-journal"
TARGET = 1.15

# The app from another checkout, as the installed command starts it (ui.launcher.main).
FROM_TREE = "import sys; sys.path.insert(0, sys.argv.pop(1)); from ui.launcher import main; sys.exit(main())"

# The floor: what every PySide6 app does to put a main window on the screen, and nothing more.
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Bare window")
window.resize(1180, 780)
window.show()
sys.exit(app.exec())
"""

CREATE_NOTIFY = 16
MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
DAMAGE_REPORT_NON_EMPTY = 3


class _CreateWindowEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p), ("parent", ctypes.c_ulong), ("window", ctypes.c_ulong),
        ("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
        ("border_width", ctypes.c_int), ("override_redirect", ctypes.c_int),
    ]


class _MapEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p), ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
    ]


class _DamageEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p), ("drawable", ctypes.c_ulong),
    ]


class _AnyEvent(ctypes.Union):
    _fields_ = [
        ("type", ctypes.c_int), ("create", _CreateWindowEvent), ("map", _MapEvent),
        ("damage", _DamageEvent), ("pad", ctypes.c_long * 24),
    ]


@dataclass
class Start:
    mapped_s: float
    painted_s: float | None
    title: str


class MapWatch(X11):
    """The X11 helper of the dist tests, plus waiting for events: the root's new windows (created,
    mapped) and the first drawing in them (the DAMAGE extension)."""

    def __init__(self, display_name: str) -> None:
        super().__init__(display_name)
        lib = self.lib
        lib.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        lib.XConnectionNumber.argtypes = [ctypes.c_void_p]
        lib.XPending.argtypes = [ctypes.c_void_p]
        lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_AnyEvent)]
        lib.XSelectInput(self.display, self.root, SUBSTRUCTURE_NOTIFY_MASK)
        lib.XSync(self.display, 0)
        self.fd = lib.XConnectionNumber(self.display)
        self.damage = ctypes.CDLL(ctypes.util.find_library("Xdamage") or "libXdamage.so.1")
        self.damage.XDamageQueryExtension.argtypes = [
            ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)
        ]
        self.damage.XDamageCreate.restype = ctypes.c_ulong
        self.damage.XDamageCreate.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]
        self.damage.XDamageDestroy.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not self.damage.XDamageQueryExtension(self.display, ctypes.byref(event_base),
                                                 ctypes.byref(error_base)):
            raise RuntimeError("the X server has no DAMAGE extension")
        self.damage_notify = event_base.value  # XDamageNotify is the extension's event 0

    def drain(self) -> None:
        """Forget events left over from the previous program."""
        self.lib.XSync(self.display, 0)
        event = _AnyEvent()
        while self.lib.XPending(self.display):
            self.lib.XNextEvent(self.display, ctypes.byref(event))

    def time_start(self, command: list[str], env: dict[str, str], timeout: float = 60) -> Start:
        """Start `command`; seconds until its first top-level window is mapped, then drawn in."""
        self.drain()
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        damages: dict[int, int] = {}  # window → its Damage object, from the moment it is created
        window = 0
        mapped = painted = None
        event = _AnyEvent()
        deadline = started + timeout
        try:
            while painted is None:
                left = deadline - time.perf_counter()
                if left <= 0 or process.poll() is not None:
                    stderr = process.stderr.read() if process.stderr else ""
                    raise SystemExit(f"{command[0]}: no window was mapped and drawn: {stderr[-2000:]}")
                if not self.lib.XPending(self.display):
                    select.select([self.fd], [], [], min(left, 0.5))
                while self.lib.XPending(self.display):
                    self.lib.XNextEvent(self.display, ctypes.byref(event))
                    now = time.perf_counter()
                    kind = event.type
                    if kind == CREATE_NOTIFY and not event.create.override_redirect:
                        damages[event.create.window] = self.damage.XDamageCreate(
                            self.display, event.create.window, DAMAGE_REPORT_NON_EMPTY)
                        self.lib.XFlush(self.display)
                    elif kind == MAP_NOTIFY and mapped is None and event.map.window in damages:
                        mapped, window = now, event.map.window
                    elif kind == self.damage_notify and window and event.damage.drawable == window:
                        painted = now
            title = self._name(window)
        finally:
            for damage in damages.values():
                self.damage.XDamageDestroy(self.display, damage)
            if window:
                self.request_close(window)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        assert mapped is not None
        return Start(mapped - started, painted - started, title)


def keepassxc_database(folder: Path, env: dict[str, str]) -> Path | None:
    """A small KeePassXC database to show the unlock screen of, or None without KeePassXC."""
    cli = shutil.which("keepassxc-cli")
    if shutil.which("keepassxc") is None or cli is None:
        return None
    database = folder / "reference.kdbx"
    subprocess.run([cli, "db-create", "--set-password", str(database)], input="reference\nreference\n",
                   env=env, capture_output=True, text=True, check=True)
    return database


def load_average() -> tuple[float, float, float]:
    """The machine's load over 1, 5 and 15 minutes, to read the figures against (POSIX only)."""
    if sys.platform != "win32":
        return os.getloadavg()
    return (0.0, 0.0, 0.0)


def describe(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    quarter = max(0, len(ordered) // 4)
    return {
        "median_s": statistics.median(values), "min_s": ordered[0], "max_s": ordered[-1],
        "q1_s": ordered[quarter], "q3_s": ordered[-1 - quarter],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=15, help="measured starts of each program")
    parser.add_argument("--no-keepassxc", action="store_true", help="leave the reference out")
    parser.add_argument("--baseline", type=Path, metavar="DIR",
                        help="also time the app's code in this checkout (before a change)")
    parser.add_argument("--frozen", action="store_true", help="also time the app from `make dist`")
    parser.add_argument("--baseline-frozen", type=Path, metavar="EXE",
                        help="also time this standalone app's executable (another build)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if args.baseline and not (args.baseline / "ui" / "launcher.py").is_file():
        raise SystemExit(f"{args.baseline} is not a checkout of this project")
    if args.frozen and not FROZEN.exists():
        raise SystemExit(f"{FROZEN} is missing: run `make dist` first")
    if args.baseline_frozen and not args.baseline_frozen.is_file():
        raise SystemExit(f"{args.baseline_frozen} is not a standalone app's executable")
    app = VENV_BIN / "recovery-journal"
    if not app.exists():
        raise SystemExit(f"{app} is missing: run `make run` or `make test` once first")

    load_before = load_average()
    with tempfile.TemporaryDirectory(prefix="rj-unlock-") as tmp, xvfb() as display:
        base = Path(tmp)
        env = clean_env(host_dirs(base / "host"), DISPLAY=display, QT_QPA_PLATFORM="xcb")
        journal = base / "journal"
        subprocess.run([str(app), "--data-dir", str(journal), "--passphrase-stdin", "init"],
                       input="benchmark pass\n", env=env, capture_output=True, text=True, check=True)
        programs: dict[str, list[str]] = {
            "bare PySide6 QMainWindow": [str(VENV_BIN / "python"), "-c", BARE],
            "Recovery Journal unlock screen": [str(app), "--data-dir", str(journal)],
        }
        if args.baseline:
            programs["Recovery Journal unlock screen, baseline"] = [
                str(VENV_BIN / "python"), "-c", FROM_TREE, str(args.baseline.resolve()),
                "--data-dir", str(journal)]
        if args.frozen:
            programs["Recovery Journal unlock screen, standalone (make dist)"] = [
                str(FROZEN), "--data-dir", str(journal)]
        if args.baseline_frozen:
            programs["Recovery Journal unlock screen, standalone, baseline"] = [
                str(args.baseline_frozen.resolve()), "--data-dir", str(journal)]
        database = None if args.no_keepassxc else keepassxc_database(base, env)
        if database is not None:
            programs["KeePassXC unlock screen (reference)"] = ["keepassxc", str(database)]
        watch = MapWatch(display)
        try:
            warmup = {name: watch.time_start(command, env) for name, command in programs.items()}
            starts: dict[str, list[Start]] = {name: [] for name in programs}
            names = list(programs)
            for i in range(args.n):
                for name in names[i % len(names):] + names[:i % len(names)]:
                    starts[name].append(watch.time_start(programs[name], env))
        finally:
            watch.close()
    load_after = load_average()

    results = {
        name: {
            "mapped": describe([s.mapped_s for s in runs]),
            "painted": describe([s.painted_s for s in runs if s.painted_s is not None]),
            "title": runs[0].title,
            "first_start_s": warmup[name].mapped_s,
            "runs": len(runs),
        }
        for name, runs in starts.items()
    }
    bare = results["bare PySide6 QMainWindow"]
    print(f"Start-up to the first window mapped (Xvfb, xcb), warm cache, {args.n} starts each, "
          f"the order turning; {platform.python_version()}, {os.cpu_count()} cores")
    print(f"load average before {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}, "
          f"after {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}")
    print("| program | mapped: median | q1–q3 | min | × bare | first frame: median | × bare |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, r in results.items():
        mapped, painted = r["mapped"], r["painted"]
        print(f"| {name} | {mapped['median_s']:.3f} s | {mapped['q1_s']:.3f}–{mapped['q3_s']:.3f} s "
              f"| {mapped['min_s']:.3f} s | {mapped['median_s'] / bare['mapped']['median_s']:.2f}× "
              f"| {painted['median_s']:.3f} s "
              f"| {painted['median_s'] / bare['painted']['median_s']:.2f}× |")
    ratio = results["Recovery Journal unlock screen"]["mapped"]["median_s"] / bare["mapped"]["median_s"]
    print(f"app / bare, window mapped: {ratio:.2f}× (target ≤ {TARGET}×)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "n": args.n, "load_before": load_before, "load_after": load_after, "results": results,
            "ratio": ratio,
        }, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
