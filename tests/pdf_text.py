"""Reading a PDF back as a person's tools would: page count and text, by poppler's pdftotext and
pdfinfo (the Debian package poppler-utils; `make system-deps` installs it). In CI a missing tool
fails the test rather than skipping it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is missing (poppler-utils); `make system-deps` installs it")
        pytest.skip(f"{name} is not installed (poppler-utils)")
    return found


def pdf_text(path: Path) -> str:
    """The PDF's text, every run of whitespace folded to one space."""
    done = subprocess.run([_tool("pdftotext"), "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True, timeout=60)
    return " ".join(done.stdout.decode("utf-8").split())


def pdf_pages(path: Path) -> int:
    done = subprocess.run([_tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True,
                          timeout=60)
    match = re.search(r"^Pages:\s+(\d+)", done.stdout, re.M)
    assert match, done.stdout
    return int(match.group(1))
