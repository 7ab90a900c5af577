"""Desktop app: launch → unlocked → Today with recent entries, and search latency, at 10 years.

    .venv/bin/python bench/app_launch.py [-n 7] [--days 3650] [--lang pl] [--json bench/out/app_launch.json]

Not part of the test suite. Two child programs run alternately, each from a fresh process on
Qt's offscreen platform against the same 10-year vault (real Argon2 profile):
- "bare": a plain PySide6 window that derives the key with argon2-cffi (the same costs), opens
  the file with sqlcipher3 (the same key and cipher settings), reads the last 10 check-ins into a
  QListWidget and shows it: the floor, what any Qt app must do, with nothing of journal/ or ui/;
- "app": the real app, started as the installed `recovery-journal` command starts it
  (ui.launcher.main), unlocked as a person would (passphrase → Enter) until Today shows its
  recent check-ins.
Time is from starting the process to the child printing READY, which both print when their list
of recent check-ins starts to paint with rows in it. The first start of each is a warm-up and is
left out; the children run without PYTHONDONTWRITEBYTECODE (some shells and CI set it), so the
warm-up leaves compiled bytecode as an installed app has it: otherwise every start recompiles
each module whose .pyc is stale, which charges the app (more modules) for its source edits, not
for its launch. Target: app ≤ 1.15× bare. Then, in this process, search-as-you-type latency:
from a keystroke in the Journal's search field to the list holding the new results (debounce +
worker query + model insert). Target ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PASSPHRASE = "correct horse battery staple"
# journal/dataset.py as a command, run from the checkout so it needs no install.
DATASET = [sys.executable, "-m", "journal.dataset"]

# The floor: the least any Qt app must do for the same screen, and nothing of journal/ or ui/.
# PySide6, argon2-cffi with the default profile's numbers (handed in by the parent), sqlcipher3
# with the same raw key and cipher settings, the query for the last 10 check-ins, a list widget.
# (On CPython 3.11 it lends None/True/False references as ui/__init__.py does: a PySide6 6.12
# work-around any app needs there, not work of ours; a no-op on 3.12, what `make` builds.)
CHILD_BARE = r"""
import sys
if sys.version_info < (3, 12):
    import ctypes
    for constant in (None, True, False):
        ctypes.c_ssize_t.from_address(id(constant)).value += 1 << 40
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow
from argon2.low_level import Type, hash_secret_raw
import sqlcipher3

time_cost, memory_kib, lanes = (int(n) for n in sys.argv[3].split(","))


class RecentList(QListWidget):
    def paintEvent(self, event):
        if self.count() and not hasattr(self, "ready"):
            self.ready = True
            print("READY", self.count(), flush=True)
            QTimer.singleShot(0, app.quit)
        super().paintEvent(event)


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Recovery Journal")
path = sys.argv[1] + "/vault.db"
with open(path, "rb") as handle:
    salt = handle.read(16)
key = hash_secret_raw(sys.stdin.readline().rstrip("\n").encode(), salt, time_cost, memory_kib, lanes, 32,
                      Type.ID)
connection = sqlcipher3.connect(path)
connection.execute(f"PRAGMA key = \"x'{key.hex()}{salt.hex()}'\"")
for pragma in ("cipher_page_size = 4096", "kdf_iter = 256000", "cipher_hmac_algorithm = HMAC_SHA512",
               "cipher_kdf_algorithm = PBKDF2_HMAC_SHA512", "cipher_plaintext_header_size = 0"):
    connection.execute("PRAGMA " + pragma)
rows = connection.execute(
    "SELECT at, mood, hope, note FROM checkins ORDER BY at_utc DESC, seq DESC LIMIT 10"
).fetchall()
view = RecentList()
for at, mood, hope, note in rows:
    view.addItem(f"{at} Mood {mood} Hope {hope} {note[:80]}")
window.setCentralWidget(view)
window.resize(1180, 780)
window.show()
assert not [m for m in sys.modules if m.split(".")[0] in ("journal", "ui")], "the floor carries our code"
app.exec()
"""

# The app starts exactly as the installed `recovery-journal` command starts it (ui.launcher.main,
# which hands journal.cli the desktop abilities; with no command, it imports ui.app and calls
# run_app). ui.app is imported a moment earlier than the command would, only so that this probe
# can wrap MainWindow.show: the same modules are loaded either way.
# Enter is pressed as Qt's line edit reports it (returnPressed), and READY is printed when Today's
# list of recent check-ins starts to paint with rows in it, as the bare list's is.
CHILD_APP = r"""
import sys
import ui.launcher
import ui.app
from PySide6.QtCore import QTimer

show = ui.app.MainWindow.show


def show_and_type(window):
    show(window)
    ui.app.MainWindow.show = show
    window.unlocked.connect(lambda: watch_today(window))
    QTimer.singleShot(0, lambda: type_passphrase(window))


def type_passphrase(window):
    field = window.unlock_screen.passphrase
    field.setText(sys.stdin.readline().rstrip("\n"))
    field.returnPressed.emit()


def watch_today(window):
    from PySide6.QtCore import QEvent, QObject

    page = window.shell.current_page

    class PaintProbe(QObject):
        def eventFilter(self, watched, event):
            painting = event.type() == QEvent.Type.Paint
            if painting and page.recent_model.rowCount() and not hasattr(self, "ready"):
                self.ready = True
                print("READY", page.recent_model.rowCount(), flush=True)
                QTimer.singleShot(0, lambda: (window.lock(), window.close()))
            return False

    window.paint_probe = PaintProbe(window)
    page.recent.viewport().installEventFilter(window.paint_probe)


ui.app.MainWindow.show = show_and_type
language = sys.argv[4:5]  # --lang CODE of the benchmark, handed on as a person would type it
sys.exit(ui.launcher.main([*(["--lang", *language] if language else []), "--data-dir", sys.argv[1]]))
"""


def make_vault(folder: Path, days: int) -> None:
    from journal import exchange
    from journal.vault import Vault

    data = folder / "dataset.json"
    subprocess.run(
        [*DATASET, "--days", str(days), "--end", "today", "-o", str(data)],
        check=True, capture_output=True, cwd=ROOT,
    )
    vault = Vault.create(folder / "journal", PASSPHRASE)
    try:
        vault.import_data(exchange.loads(data.read_text(encoding="utf-8")))
    finally:
        vault.close()


def profile_numbers() -> str:
    """The default Argon2id profile's costs, for the bare child (which imports nothing of ours)."""
    from journal import kdf

    profile = kdf.DEFAULT_PROFILE
    return f"{profile.time_cost},{profile.memory_kib},{profile.parallelism}"


def laptop_screen(folder: Path) -> str:
    """Qt's offscreen platform with a 1366×768 screen (its own default, 800×800, is small enough
    that the app opens maximised and Today puts its recent check-ins below the fold)."""
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1}
    ]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def run_child(code: str, journal: Path, settings: Path, language: str | None = None) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=laptop_screen(settings), PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(settings))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the warm-up writes .pyc files, as an install has
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(journal), str(settings), profile_numbers(),
         *([language] if language else [])], env=env,
        cwd=str(ROOT),
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(PASSPHRASE + "\n")
    process.stdin.flush()
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    _out, err = process.communicate(timeout=60)
    if not line.startswith("READY") or line.split()[1] == "0":
        raise SystemExit(f"child failed: {line!r} {err[-2000:]}")
    return elapsed


def search_latency(journal: Path, settings: Path, words: str) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    from ui.app import make_application
    from ui.main_window import MainWindow
    from ui.pages.journal import JournalPage
    from ui.theme import UiSettings

    app = make_application()
    window = MainWindow(journal, ui_settings=UiSettings(settings))
    window.show()

    def spin_until(condition, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(1)
        deadline = time.perf_counter() + timeout

        def check() -> None:
            if condition() or time.perf_counter() > deadline:
                loop.quit()

        timer.timeout.connect(check)
        timer.start()
        loop.exec()
        timer.stop()

    window.unlock_screen.passphrase.setText(PASSPHRASE)
    QTest.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    spin_until(lambda: window.is_unlocked)
    assert window.shell is not None
    page = window.shell.go("Journal")
    assert isinstance(page, JournalPage)
    spin_until(lambda: page.model.rowCount() > 0)
    times = []
    arrived: list[tuple[float, str]] = []
    page.model.loaded.connect(lambda: arrived.append((time.perf_counter(), page.model.where.search)))
    for _round in range(3):
        page.search.clear()
        spin_until(lambda: page.model.where.search == "" and not page.model.is_loading)
        typed = ""
        for char in words:
            typed += char
            arrived.clear()
            start = time.perf_counter()
            QTest.keyClick(page.search, char)
            target = typed
            spin_until(lambda: any(text == target for _t, text in arrived))  # noqa: B023
            if typed.strip():
                done = next(t for t, text in arrived if text == target)
                times.append((done - start) * 1000)
    window.lock()
    window.close()
    app.processEvents()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=7, help="measured launches of each")
    parser.add_argument("--days", type=int, default=3650)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--lang", help="start the app in this language (e.g. pl): translations "
                        "must not cost start-up; the bare window is the same floor")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rj-bench-") as tmp:
        folder = Path(tmp)
        print(f"Building a {args.days}-day vault…", flush=True)
        make_vault(folder, args.days)
        journal, settings = folder / "journal", folder / "settings"
        results: dict[str, list[float]] = {"bare": [], "app": []}
        run_child(CHILD_BARE, journal, settings)  # warm-ups fill the page cache
        run_child(CHILD_APP, journal, settings, args.lang)
        for i in range(args.n):
            order = ("bare", "app") if i % 2 == 0 else ("app", "bare")
            for name in order:
                code = CHILD_BARE if name == "bare" else CHILD_APP
                results[name].append(run_child(code, journal, settings, args.lang if name == "app" else None))
        bare = statistics.median(results["bare"])
        app = statistics.median(results["app"])
        searches = search_latency(journal, settings, "sponsor walk")
    print()
    print(f"Launch → unlocked → recent entries shown, {args.days} days, median of {args.n}:")
    print(f"  {'bare PySide6 window + unlock + last 10':<44} {bare * 1000:8.0f} ms")
    shown_in = f", in {args.lang}" if args.lang else ""
    print(f"  {'Recovery Journal (Today' + shown_in + ')':<44} {app * 1000:8.0f} ms")
    print(f"  {'ratio (target ≤ 1.15)':<44} {app / bare:8.2f}")
    print("Search results after a keystroke (Journal, typing 'sponsor walk', 3 rounds):")
    print(f"  {'median':<44} {statistics.median(searches):8.0f} ms")
    print(f"  {'95th percentile':<44} {sorted(searches)[int(len(searches) * 0.95) - 1]:8.0f} ms")
    print(f"  {'worst (target ≤ 100)':<44} {max(searches):8.0f} ms")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "days": args.days, "bare_s": results["bare"], "app_s": results["app"],
            "ratio": app / bare, "search_ms": searches,
        }, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
