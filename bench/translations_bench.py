"""What a language costs at start: installing the app's translators, and the core's first string.

    .venv/bin/python bench/translations_bench.py [-n 9]

Not part of the test suite. Each figure is the median of `-n` fresh processes (the first call in
a process is what a launch pays; repeating it in one process would time warm caches):
- app: `ui.i18n.install(app, language)` once a QApplication exists (QTranslator loads of our .qm
  and Qt's qtbase_<lang>.qm, QLocale.setDefault, the layout direction), for English and Polish;
- core: the command line's first translated string in Polish (journal.qm reads the catalogue).
The launch as a whole (Launch -> Today against the bare window) is bench/app_launch.py; run it with
LANG=pl_PL.UTF-8 to have the app start in Polish.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
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


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=9)
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
