"""Placeholder desktop entry point until the desktop-app issue lands: opens a plain window."""

from __future__ import annotations

import sys
from pathlib import Path


def run_app(data_dir: Path, argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    label = QLabel("Recovery Journal")
    label.setWindowTitle("Recovery Journal")
    label.resize(480, 320)
    label.show()
    return int(app.exec())
