"""The build spec keeps up with the code (runs in `make dist-test`; needs no build).

The spec excludes every PySide6 module it does not list in QT_USED; a page that starts using
another one would work from source and crash only in the standalone app. This catches that.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build" / "recovery-journal.spec"


def _spec_qt_modules() -> set[str]:
    match = re.search(r"^QT_USED = (\{[^}]*\})", SPEC.read_text(encoding="utf-8"), re.MULTILINE)
    assert match, "QT_USED not found in the spec"
    return set(ast.literal_eval(match.group(1)))


def _qt_modules_used() -> dict[str, set[str]]:
    used: dict[str, set[str]] = {}
    for package in ("journal", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names: list[str] = []
                if isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
                elif isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                for name in names:
                    parts = name.split(".")
                    if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                        used.setdefault(parts[1], set()).add(str(path.relative_to(ROOT)))
    return used


def test_every_qt_module_the_code_imports_is_bundled() -> None:
    bundled = _spec_qt_modules()
    missing = {module: sorted(files) for module, files in _qt_modules_used().items()
               if module not in bundled}
    assert missing == {}, "add these to QT_USED in build/recovery-journal.spec (and check the size)"


def test_the_app_does_not_use_qt_network() -> None:
    """Nothing leaves the machine: the standalone app ships without QtNetwork."""
    assert "QtNetwork" not in _qt_modules_used()
    assert "QtNetwork" not in _spec_qt_modules()
