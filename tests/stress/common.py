"""Shared helpers of the reliability suite (issue 6).

Every test here runs in two sizes: the short default that `make test` runs on every change, and
the full size of the issue's figures when RJ_STRESS=full (`make stress`). With RJ_STRESS_RESULTS
set to a file, each test appends its figures there as one JSON line (docs/reliability.md is
written from them).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

FULL = os.environ.get("RJ_STRESS") == "full"
PW = "correct horse battery staple"
PW2 = "a different passphrase entirely"
DRIVER = Path(__file__).with_name("driver.py")
REPO = Path(__file__).resolve().parents[2]


def scale(short: int, full: int) -> int:
    """The count for this run: `short` in `make test`, `full` in `make stress`."""
    return full if FULL else short


def record(family: str, **figures: Any) -> None:
    """Append this test's figures to $RJ_STRESS_RESULTS (if set) for docs/reliability.md."""
    target = os.environ.get("RJ_STRESS_RESULTS")
    if not target:
        return
    line = {"family": family, "full": FULL, "at": dt.datetime.now().isoformat(timespec="seconds"),
            **figures}
    with open(target, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(line, ensure_ascii=False) + "\n")


def files(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes (a snapshot to compare before and after)."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def digest(record: Any) -> str:
    """A record's content in one word: the SHA-256 of its export form (kill -9 test and driver)."""
    from journal import exchange

    text = json.dumps(exchange.record_to_json(record), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def python_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, **extra}
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


PYTHON = sys.executable
