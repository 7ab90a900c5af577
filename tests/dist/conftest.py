"""Tests of the frozen app in dist/recovery-journal/ (built by `make dist`).

`make test` does not even collect this folder (pytest never recurses into folders named `dist`
unless given them), so the unit tests stay fast. Run directly (`pytest tests/dist`) without a
build, these tests are skipped with the reason; `make dist-test` sets RJ_DIST_REQUIRED=1, which
turns a missing build into a failure.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dist_support import APP_DIR, EXE


@pytest.fixture(scope="session")
def frozen_app() -> Path:
    if not EXE.is_file():
        message = f"{APP_DIR} is not built: run `make dist` first (then `make dist-test`)"
        if os.environ.get("RJ_DIST_REQUIRED"):
            pytest.fail(message)
        pytest.skip(message)
    return APP_DIR
