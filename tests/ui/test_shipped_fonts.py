"""The fonts in resources/fonts/: the summary and the app look the same with or without system fonts.

A computer without Noto Sans (Windows, a bare Debian) used to lay the summary out in another font,
so lines wrapped differently and the page no longer matched. Here the page is drawn twice in
separate processes, once with this machine's fonts and once with fontconfig shown no fonts at all,
and the two must be the same page.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ui.resources import FONT_FILES, load_fonts, resources_dir

REPO = Path(__file__).resolve().parents[2]

DRAW_AND_DESCRIBE = r"""
import datetime as dt, json, sys, tempfile
from pathlib import Path
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication
app = QApplication(["test", "-platform", "offscreen"])
from journal import dataset, kdf
from journal.summary import SummaryOptions, build_summary
from journal.vault import Vault
from ui.printing.summary_pdf import summary_pdf_bytes
from ui.resources import load_fonts
from ui.theme import apply_theme

with tempfile.TemporaryDirectory() as folder:
    vault = Vault.create(Path(folder) / "journal", "pw", profile=kdf.TEST_PROFILE)
    vault.import_data(dataset.generate(120, end="2026-11-21"))
    vault.set_setting("name", "Siobhán Kowalczyk-Yılmaz")
    vault.set_setting("keyworker", "Zoë Okafor")
    # Names on; gratitude off, because a person's own emoji come from the computer's fonts.
    sections = frozenset({"header", "scores", "connection", "triggers", "support", "agenda"})
    options = SummaryOptions(include_names=True, sections=sections)
    pdf, report = summary_pdf_bytes(build_summary(vault, options, today=dt.date(2026, 11, 21)))
    vault.close()
Path(sys.argv[1]).write_bytes(pdf)
apply_theme(app, "light", 1.0)
print(json.dumps({
    "used_height": report.used_height,
    "overflowed": report.overflowed,
    # fontconfig lists its generic names even when it has no fonts at all
    "system_families": len(set(QFontDatabase.families()) - set(load_fonts())
                           - {"Sans Serif", "Serif", "Monospace"}),
    "app_font": QFontInfo(app.font()).family(),
}))
"""


def draw(tmp_path: Path, name: str, env: dict[str, str]) -> tuple[dict[str, Any], Path]:
    pdf = tmp_path / f"{name}.pdf"
    result = subprocess.run(
        [sys.executable, "-c", DRAW_AND_DESCRIBE, str(pdf)],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1]), pdf


def pdf_text(pdf: Path) -> str:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument(None)
    document.load(str(pdf))
    try:
        assert document.pageCount() == 1
        return document.getAllText(0).text()
    finally:
        document.close()


def test_every_shipped_font_is_registered_with_its_licence(qapp: Any) -> None:
    assert load_fonts() == ("Noto Sans", "Noto Sans Math")
    from PySide6.QtGui import QFontDatabase

    assert {"Regular", "Bold", "Italic", "Bold Italic"} <= set(QFontDatabase.styles("Noto Sans"))
    fonts = resources_dir() / "fonts"
    assert sorted(p.name for p in fonts.glob("*.ttf")) == sorted(FONT_FILES)
    licence = (fonts / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in licence
    assert all(name in licence for name in FONT_FILES)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig is how Linux finds fonts")
def test_the_summary_is_the_same_page_with_no_fonts_installed(tmp_path: Path, qapp: Any) -> None:
    config = tmp_path / "no-fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    base = {k: v for k, v in os.environ.items() if not k.startswith("FONTCONFIG")}
    here, here_pdf = draw(tmp_path, "with-system-fonts", base)
    bare, bare_pdf = draw(tmp_path, "without-fonts", {**base, "FONTCONFIG_FILE": str(config)})

    assert bare["system_families"] == 0 < here["system_families"]  # the setting really hid them
    assert bare["app_font"] == here["app_font"] == "Noto Sans"
    assert not bare["overflowed"]
    assert bare["used_height"] == here["used_height"]
    text = pdf_text(bare_pdf)
    assert "Siobhán Kowalczyk-Yılmaz" in text and "Hope" in text
    assert text == pdf_text(here_pdf)  # the same words, broken into the same lines
    assert b"DejaVu" not in bare_pdf.read_bytes() + here_pdf.read_bytes()
