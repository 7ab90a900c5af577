"""`make bench`: every benchmark in turn, with the commands docs/benchmarks.md gives for them.

    .venv/bin/python bench/run.py [--quick] [NAME ...]

(names: vault, app_launch, unlock_screen, summary, startup, hard_time, journal_scroll)

Nothing is measured here; each script prints its own figures and targets. The start-up benchmark
compares the standalone app with the source install, so it runs only when `make dist` has built
dist/. Exits non-zero if any benchmark failed. `--quick` runs each one small (a year of entries,
one or two repetitions): the test suite runs it to prove every benchmark still works, and its
figures mean nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# name -> the documented command line (after the Python interpreter), in the order they run.
BENCHMARKS: dict[str, list[str]] = {
    "vault": ["bench/vault_bench.py", "--repeat", "40", "--import-repeat", "3", "--scale"],
    "app_launch": ["bench/app_launch.py", "-n", "15"],
    "unlock_screen": ["bench/unlock_screen.py", "-n", "15"],
    "summary": ["bench/summary_bench.py"],
    "startup": ["bench/startup.py", "-n", "15"],
    "hard_time": ["bench/hard_time_bench.py", "-n", "30"],
    "journal_scroll": ["bench/journal_scroll_bench.py", "-n", "20"],
}
NEEDS_DIST = {"startup"}
# A private X server (Debian's xvfb, installed with the `make dist-test` tools): skipped without it,
# except in CI, where a missing tool fails.
NEEDS_XVFB = {"unlock_screen"}
# The same scripts, as small as they go: to prove they run, not to measure.
QUICK: dict[str, list[str]] = {
    "vault": ["bench/vault_bench.py", "--years", "1", "--repeat", "2", "--import-repeat", "1"],
    "app_launch": ["bench/app_launch.py", "-n", "1", "--days", "30"],
    "unlock_screen": ["bench/unlock_screen.py", "-n", "1", "--no-keepassxc"],
    "summary": ["bench/summary_bench.py", "--years", "1", "--repeat", "2", "--no-verdict"],
    "startup": ["bench/startup.py", "-n", "1"],
    "hard_time": ["bench/hard_time_bench.py", "-n", "2", "--days", "30"],
    "journal_scroll": ["bench/journal_scroll_bench.py", "-n", "2", "--days", "1000"],
}


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    commands = QUICK if quick else BENCHMARKS
    argv = [arg for arg in argv if arg != "--quick"]
    chosen = argv or list(BENCHMARKS)
    unknown = [name for name in chosen if name not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark: {', '.join(unknown)} (choose from {', '.join(BENCHMARKS)})",
              file=sys.stderr)
        return 2
    failed: list[str] = []
    for name in chosen:
        command = [sys.executable, *commands[name]]
        print(f"\n== {name}: {' '.join(commands[name])}", flush=True)
        if name in NEEDS_DIST and not (ROOT / "dist" / "recovery-journal").is_dir():
            print("skipped: dist/recovery-journal is not built (run `make dist` first)")
            continue
        if name in NEEDS_XVFB and shutil.which("Xvfb") is None and os.environ.get("CI") != "true":
            print("skipped: Xvfb is not installed (`make system-deps` installs it)")
            continue
        started = time.monotonic()
        code = subprocess.run(command, cwd=ROOT, check=False).returncode
        print(f"== {name}: {'done' if code == 0 else f'FAILED (exit {code})'} "
              f"in {time.monotonic() - started:.0f} s", flush=True)
        if code != 0:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
