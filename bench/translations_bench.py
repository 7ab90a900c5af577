"""What a language costs at start: installing the app's translators, and the core's first string.

    .venv/bin/python bench/translations_bench.py [-n 9] [--launch N]

Not part of the test suite. Each figure is the median of `-n` fresh processes (the first call in
a process is what a launch pays; repeating it in one process would time warm caches):
- app: `ui.i18n.install(app, language)` once a QApplication exists (QTranslator loads of our .qm
  and Qt's qtbase_<lang>.qm, QLocale.setDefault, the layout direction), for English and Polish;
- core: the command line's first translated string in Polish (journal.qm reads the catalogue).
With --launch N, also the launch as a whole (bench/app_launch.py's children against a 10-year
vault: the bare window, the app in English, the app in Polish, interleaved N times), as wall
time and as CPU time: on a busy machine the wall-time ratio to the bare window wanders, while the
CPU time still shows whether Polish costs the app more work than English.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD_APP = r"""
import sys, time
from PySide6.QtWidgets import QApplication
import ui
from journal import i18n
from ui.i18n import install
app = QApplication(sys.argv[:1])
language = i18n.find_language(sys.argv[1])
start = time.perf_counter()
loaded = install(app, language)
print((time.perf_counter() - start) * 1000, ",".join(loaded))
"""

CHILD_CORE = r"""
import sys, time
from journal import i18n
i18n.set_language(i18n.find_language(sys.argv[1]))
start = time.perf_counter()
i18n.translate("i18n", "There is no language '{value}' in this app. Choose one of: {codes}.")
print((time.perf_counter() - start) * 1000, "")
"""


def run(code: str, language: str) -> tuple[float, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", code, language], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), out[1] if len(out) > 1 else ""


def children_cpu_seconds() -> float:
    """CPU time of this process's finished children; NaN on Windows, which has no getrusage."""
    if sys.platform != "win32":
        import resource

        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime
    return float("nan")


def launches(rounds: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import app_launch

    wall: dict[str, list[float]] = {"bare": [], "English": [], "Polish": []}
    cpu: dict[str, list[float]] = {name: [] for name in wall}
    with tempfile.TemporaryDirectory(prefix="rj-bench-") as tmp:
        folder = Path(tmp)
        app_launch.make_vault(folder, 3650)
        journal, settings = folder / "journal", folder / "settings"

        def launch(name: str) -> None:
            os.environ.pop("LC_ALL", None)
            os.environ["LANG"] = "pl_PL.UTF-8" if name == "Polish" else "C.UTF-8"
            code = app_launch.CHILD_BARE if name == "bare" else app_launch.CHILD_APP
            before = children_cpu_seconds()
            seconds = app_launch.run_child(code, journal, settings)
            wall[name].append(seconds * 1000)
            cpu[name].append((children_cpu_seconds() - before) * 1000)

        names = list(wall)
        for name in names:  # warm-ups: page cache and .pyc files
            launch(name)
            wall[name].clear()
            cpu[name].clear()
        for i in range(rounds):
            for name in names[i % 3 :] + names[: i % 3]:
                launch(name)
    bare = statistics.median(wall["bare"])
    print(f"Launch -> Today, 3650 days, median of {rounds}:")
    for name in names:
        middle = statistics.median(wall[name])
        print(
            f"  {name:8} wall {middle:6.0f} ms (ratio to bare {middle / bare:.2f})  "
            f"cpu {statistics.median(cpu[name]):6.0f} ms"
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=9)
    parser.add_argument("--launch", type=int, default=0, metavar="N", help="also N whole launches of each")
    args = parser.parse_args()
    for label, code, language in (
        ("app install, English", CHILD_APP, "en"),
        ("app install, Polish", CHILD_APP, "pl"),
        ("core first string, Polish", CHILD_CORE, "pl"),
    ):
        samples = [run(code, language) for _ in range(args.n)]
        times = [ms for ms, _files in samples]
        print(
            f"{label:28} median {statistics.median(times):6.2f} ms  "
            f"(min {min(times):.2f}, max {max(times):.2f})  {samples[0][1]}"
        )
    if args.launch:
        launches(args.launch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
