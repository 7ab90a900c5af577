"""Start-up time to the unlock screen: the frozen app (dist/) next to `make run` (.venv), same run.

    .venv/bin/python bench/startup.py [-n 10] [--json bench/out/startup.json]

Both programs open the same existing journal, so each shows its unlock screen. They run on a
private Xvfb server through Qt's xcb plugin, one after the other in alternating order, and the time
is measured from starting the process to the moment its "Recovery Journal" window is mapped (seen
with XQueryTree, polled every 2 ms); the window is then closed as a window manager would. The first
start of each is a warm-up (it fills the page cache) and is reported separately.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "dist"))

from dist_support import X11, clean_env, host_dirs, xvfb  # noqa: E402

PROGRAMS = {
    "frozen (dist/recovery-journal)": ROOT / "dist" / "recovery-journal" / "recovery-journal",
    "make run (.venv/bin/recovery-journal)": ROOT / ".venv" / "bin" / "recovery-journal",
}


def start_once(program: Path, journal: Path, env: dict[str, str], x: X11) -> float:
    started = time.perf_counter()
    process = subprocess.Popen([str(program), "--data-dir", str(journal)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    window = x.wait_for_window("Recovery Journal", timeout=60, poll=0.002)
    elapsed = time.perf_counter() - started
    if window is None:
        process.kill()
        raise SystemExit(f"{program}: no window appeared: {process.communicate()[1]}")
    x.request_close(window)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10, help="measured starts of each program")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    for name, program in PROGRAMS.items():
        if not program.exists():
            raise SystemExit(f"{program} is missing ({name}): run `make dist` first")

    with tempfile.TemporaryDirectory() as tmp, xvfb() as display:
        base = Path(tmp)
        env = clean_env(host_dirs(base / "host"), DISPLAY=display, QT_QPA_PLATFORM="xcb")
        journal = base / "journal"
        subprocess.run([str(PROGRAMS["make run (.venv/bin/recovery-journal)"]), "--data-dir",
                        str(journal), "--passphrase-stdin", "init"], input="benchmark pass\n",
                       env=env, capture_output=True, text=True, check=True)
        x = X11(display)
        try:
            warmup = {name: start_once(program, journal, env, x) for name, program in PROGRAMS.items()}
            times: dict[str, list[float]] = {name: [] for name in PROGRAMS}
            order = list(PROGRAMS.items())
            for i in range(args.n):
                for name, program in order if i % 2 == 0 else reversed(order):
                    times[name].append(start_once(program, journal, env, x))
        finally:
            x.close()

    results = {
        name: {
            "median_s": round(statistics.median(values), 3),
            "min_s": round(min(values), 3),
            "max_s": round(max(values), 3),
            "first_start_s": round(warmup[name], 3),
            "runs": len(values),
        }
        for name, values in times.items()
    }
    print(f"start-up to the unlock screen (window mapped on Xvfb), {args.n} starts each, "
          f"{platform.processor() or platform.machine()}, {platform.python_version()}")
    print("| program | median | min | max | first start |")
    print("| --- | --- | --- | --- | --- |")
    for name, r in results.items():
        print(f"| {name} | {r['median_s']:.3f} s | {r['min_s']:.3f} s | {r['max_s']:.3f} s "
              f"| {r['first_start_s']:.3f} s |")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
