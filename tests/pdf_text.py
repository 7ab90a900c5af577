"""Reading a PDF back as a person's tools would: page count, title, text and where each word
lies, by poppler's pdftotext and pdfinfo (the Debian package poppler-utils; `make system-deps`
installs it). In CI a missing tool fails the test rather than skipping it."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
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


def pdf_title(path: Path) -> str:
    """The title a PDF viewer shows in its title bar (the document's Title, read by pdfinfo)."""
    done = subprocess.run([_tool("pdfinfo"), "-enc", "UTF-8", str(path)], capture_output=True,
                          check=True, timeout=60)
    match = re.search(r"^Title:\s+(.*)$", done.stdout.decode("utf-8"), re.M)
    return match.group(1).strip() if match else ""


@dataclass(frozen=True)
class Word:
    """One word as pdftotext finds it on the page, in points from the top left corner."""

    text: str
    left: float
    top: float
    right: float
    bottom: float


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def pdf_words(path: Path) -> list[Word]:
    """Every word on the pages with where it lies (pdftotext -bbox), in pdftotext's order."""
    done = subprocess.run([_tool("pdftotext"), "-enc", "UTF-8", "-bbox", str(path), "-"],
                          capture_output=True, check=True, timeout=60)
    return [Word(html.unescape(text), float(left), float(top), float(right), float(bottom))
            for left, top, right, bottom, text in _WORD.findall(done.stdout.decode("utf-8"))]
