"""`make bench` works: every benchmark script runs, small (`bench/run.py --quick`).

Only that they run and print their tables is checked: timings belong to bench/ itself, never to
an assert here (docs/benchmarks.md has the measured figures).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from journal.kdf import TEST_KDF_ENV

ROOT = Path(__file__).resolve().parents[1]


def test_every_benchmark_runs(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    env.pop(TEST_KDF_ENV, None)  # as `make bench` runs them: the test suite's cheap KDF refused
    done = subprocess.run([sys.executable, "bench/run.py", "--quick"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    for name in ("vault", "app_launch", "summary", "journal_scroll", "hard_time"):
        assert f"== {name}: done" in done.stdout, done.stdout[-3000:]
    assert "== startup: done" in done.stdout or "skipped: dist/recovery-journal is not built" in done.stdout
    if os.environ.get("CI") == "true":  # in CI a missing tool fails (make installs Xvfb)
        assert "== unlock_screen: done" in done.stdout, done.stdout[-3000:]
    else:
        assert "== unlock_screen: done" in done.stdout or "skipped: Xvfb is not installed" in done.stdout
    for table_line in ("| last 10 check-ins |", "ratio (target ≤ 1.15)", "app preview, ask to shown"):
        assert table_line in done.stdout
    if "== unlock_screen: done" in done.stdout:
        assert "app / bare, window mapped:" in done.stdout
    assert list(tmp_path.iterdir()) == []  # the benchmarks clean up their temporary vaults
