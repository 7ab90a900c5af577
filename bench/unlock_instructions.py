"""Start-up to the unlock screen in instructions: the app beside a bare PySide6 window, by stage.

    .venv/bin/python bench/unlock_instructions.py [--stages] [--theme light|dark] [--baseline DIR]

Not part of the test suite. Wall-clock start-up on a shared two-core machine moves with whatever
else runs (bench/unlock_screen.py prints the load average beside its figures); the number of
instructions a start executes hardly moves. Each program runs once under valgrind's callgrind,
on a private Xvfb through Qt's xcb plugin, until the first turn of its event loop after the
window is shown (the window is mapped then; its first frame is painted in a later turn), and the
instructions of its main process are counted. The app starts as the installed command starts it
(ui.launcher.main) on an existing journal, with a settings file as a person's is after the first
run (the window's geometry, the computer's colour scheme as last seen: light), and the theme the
person chose (default: follow the computer).
With --stages it is also stopped at the end of each stage of its start, so the table says where
the instructions go. Needs valgrind (Debian's valgrind package: a tool for this benchmark, not a
dependency of the project). Takes about half a minute per run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "dist"))

from dist_support import clean_env, host_dirs, xvfb  # noqa: E402

PYTHON = ROOT / ".venv" / "bin" / "python"

# The bare window, stopped at a stage: "python" (interpreter and site), "pyside" (PySide6's
# QtWidgets imported), "application" (QApplication made) or "shown".
BARE = """
import os, sys
stop = sys.argv[1]
if stop != "python":
    from PySide6.QtWidgets import QApplication, QMainWindow
    if stop != "pyside":
        app = QApplication(sys.argv[:1])
        if stop != "application":
            from PySide6.QtCore import QTimer
            window = QMainWindow()
            window.setWindowTitle("Bare window")
            window.resize(1180, 780)
            window.show()
            QTimer.singleShot(0, lambda: os._exit(0))
            app.exec()
os._exit(0)
"""

# The app as the installed command starts it, stopped at the end of a stage: "core" (the
# command line: ui.launcher, journal.cli, the language), "pyside" (PySide6's QtGui and QtWidgets
# imported by ui.app), "ui.app" (the app's own modules), "application" (QApplication), "theme"
# (language, settings, fonts, palette, style sheet), "window" (MainWindow with its unlock
# screen) or "shown" (shown, one loop turn).
APP = """
import importlib.abc, importlib.machinery, os, sys
stop, tree = sys.argv.pop(1), sys.argv.pop(1)
if tree != "-":
    sys.path.insert(0, tree)


def exit_after(function):
    def run(*args, **kwargs):
        result = function(*args, **kwargs)
        os._exit(0)
    return run


def patch(name, module):
    if name == "ui.launcher" and stop == "core":
        module.run_app = lambda folder: os._exit(0)
    elif name == "ui.app":
        if stop == "ui.app":
            module.run_app = lambda *args, **kwargs: os._exit(0)
        wanted = {"application": "make_application", "theme": "apply_theme", "window": "MainWindow"}
        if stop in wanted:
            setattr(module, wanted[stop], exit_after(getattr(module, wanted[stop])))
    elif name == "ui.main_window" and stop == "shown":
        show = module.MainWindow.show

        def show_then_stop(window):
            from PySide6.QtCore import QTimer

            show(window)
            QTimer.singleShot(0, lambda: os._exit(0))

        module.MainWindow.show = show_then_stop


class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "ui.crash" and stop == "pyside":  # ui.app's first module after PySide6's
            os._exit(0)
        if name not in ("ui.launcher", "ui.app", "ui.main_window"):
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            patch(name, module)

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, Watch())
from ui.launcher import main

sys.exit(main())
"""

BARE_STAGES = ("python", "pyside", "application", "shown")
APP_STAGES = ("core", "pyside", "ui.app", "application", "theme", "window", "shown")


def instructions(command: list[str], env: dict[str, str], out: Path) -> int:
    """Instructions of the command's main process (valgrind's callgrind), in an empty folder."""
    out.mkdir(parents=True)
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}/cg.%p", "-q",
                    *command], env=env, check=True, capture_output=True, timeout=600)
    main_process = min(out.glob("cg.*"), key=lambda path: int(path.suffix[1:]))
    for line in main_process.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("totals:"):
            return int(line.split()[1])
    raise SystemExit(f"no totals in {main_process}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stages", action="store_true", help="also stop after each stage")
    parser.add_argument("--theme", choices=("light", "dark"), help="as chosen in Settings")
    parser.add_argument("--baseline", type=Path, metavar="DIR",
                        help="also count the app's code in this checkout (before a change)")
    args = parser.parse_args()
    if subprocess.run(["which", "valgrind"], capture_output=True).returncode != 0:
        raise SystemExit("valgrind is missing (apt-get install valgrind)")
    with tempfile.TemporaryDirectory(prefix="rj-instr-") as tmp, xvfb() as display:
        base = Path(tmp)
        dirs = host_dirs(base / "host")
        env = clean_env(dirs, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        journal = base / "journal"
        subprocess.run([str(PYTHON), "-m", "ui.launcher", "--data-dir", str(journal),
                        "--passphrase-stdin", "init"], input="benchmark pass\n", env=env, cwd=ROOT,
                       capture_output=True, text=True, check=True)
        settings = dirs["XDG_CONFIG_HOME"] / "RecoveryJournal"
        settings.mkdir(parents=True, exist_ok=True)
        theme = "computer_scheme=light\n" + (f"theme={args.theme}\n" if args.theme else "")
        (settings / "ui.ini").write_text(
            "[General]\ngeometry=@ByteArray(\\x1\\xd9\\xd0\\xcb\\0\\x3\\0\\0\\0\\0\\0\\x1\\0\\0\\0\\x19"
            "\\0\\0\\x4\\x9c\\0\\0\\x3\\x1e\\0\\0\\0\\x1\\0\\0\\0\\x19\\0\\0\\x4\\x9c\\0\\0\\x3\\x1e\\0\\0\\0\\0"
            "\\0\\0\\0\\0\\x5\\0\\0\\0\\0\\x1\\0\\0\\0\\x19\\0\\0\\x4\\x9c\\0\\0\\x3\\x1e)\n" + theme,
            encoding="utf-8")
        trees = {"this checkout": "-"}
        if args.baseline:
            trees["baseline"] = str(args.baseline.resolve())
        for tree in trees.values():  # compile every module once, as an installed app has them
            subprocess.run([str(PYTHON), "-c", APP, "shown", tree, "--data-dir", str(journal)],
                           env=env, cwd=base, capture_output=True, timeout=120, check=True)
        runs = 0

        def count(command: list[str]) -> int:
            nonlocal runs
            runs += 1
            return instructions(command, env, base / f"run{runs}")

        rows: list[tuple[str, str, int]] = []
        for stage in BARE_STAGES if args.stages else ("shown",):
            rows.append(("bare PySide6 QMainWindow", stage, count([str(PYTHON), "-c", BARE, stage])))
        for name, tree in trees.items():
            for stage in APP_STAGES if args.stages else ("shown",):
                command = [str(PYTHON), "-c", APP, stage, tree, "--data-dir", str(journal)]
                rows.append((f"Recovery Journal, {name}", stage, count(command)))
    bare = next(n for who, stage, n in rows if who.startswith("bare") and stage == "shown")
    print(f"Instructions to the unlock screen shown (callgrind, main process), theme "
          f"{args.theme or 'following the computer'}; {sys.version.split()[0]}")
    print("| program | stopped after | instructions | stage | × bare (shown) |")
    print("| --- | --- | ---: | ---: | ---: |")
    previous: dict[str, int] = {}
    for who, stage, n in rows:
        step = n - previous.get(who, 0)
        previous[who] = n
        ratio = f"{n / bare:.2f}×" if stage == "shown" else ""
        print(f"| {who} | {stage} | {n / 1e6:.0f} M | {step / 1e6:+.0f} M | {ratio} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
