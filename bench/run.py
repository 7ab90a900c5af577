"""`make bench`: every benchmark in turn, with the commands docs/benchmarks.md gives for them.

    .venv/bin/python bench/run.py [NAME ...]      (names: vault, app_launch, unlock_screen, summary,
                                                   startup)

Nothing is measured here; each script prints its own figures and targets. The start-up benchmark
compares the standalone app with the source install, so it runs only when `make dist` has built
dist/. Exits non-zero if any benchmark failed.
"""

from __future__ import annotations

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
}
NEEDS_DIST = {"startup"}


def main(argv: list[str]) -> int:
    chosen = argv or list(BENCHMARKS)
    unknown = [name for name in chosen if name not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark: {', '.join(unknown)} (choose from {', '.join(BENCHMARKS)})",
              file=sys.stderr)
        return 2
    failed: list[str] = []
    for name in chosen:
        command = [sys.executable, *BENCHMARKS[name]]
        print(f"\n== {name}: {' '.join(BENCHMARKS[name])}", flush=True)
        if name in NEEDS_DIST and not (ROOT / "dist" / "recovery-journal").is_dir():
            print("skipped: dist/recovery-journal is not built (run `make dist` first)")
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
