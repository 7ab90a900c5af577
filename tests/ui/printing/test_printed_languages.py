"""The printed pages in the language they are printed in: the title a PDF viewer shows in its
title bar (and a printer's job list). Read back with poppler (pdfinfo), as a person's PDF viewer
would.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from journal.i18n import ENGLISH, POLISH, Language
from journal.recovery import parse
from journal.recovery_sheet import build_sheet
from journal.safety_page import build_plan_page
from journal.summary import SummaryOptions, build_summary
from journal.vault import Vault
from tests.conftest import filled_vault
from tests.i18n_support import ensure_built
from tests.pdf_text import pdf_title
from ui import i18n as ui_i18n
from ui.context import Context
from ui.dialogs.recovery_key import RecoveryKeyDialog
from ui.pages.summary import SummaryPage
from ui.printing.recovery_sheet import write_sheet_pdf
from ui.printing.summary.plan_page import write_plan_pdf
from ui.printing.summary_pdf import write_summary_pdf
from ui.tasks import TaskRunner
from ui.theme import UiSettings

END = dt.date(2026, 11, 21)
KEY = "PDDTB-994T9-EQV5K-G13CW-EN4HH-05AR5-8Q63Q"
MM = 72 / 25.4
LEFT = 16 * MM  # the pages' side margins (summary/page.py MARGINS_MM), on A4
RIGHT = 210 * MM - 16 * MM
NEAR = 1.0  # points


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault, _ = filled_vault(tmp_path_factory.mktemp("languages"), 60, name="Sam Example",
                            keyworker="Jo Keyworker")
    yield vault
    vault.close()


@contextmanager
def speaking(language: Language) -> Iterator[None]:
    """The app's language, as ui.i18n installs it (translators, locale, layout direction)."""
    ensure_built()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ui_i18n.install(app, language)
    try:
        yield
    finally:
        ui_i18n.uninstall(app)


def print_all(vault: Vault, folder: Path, language: Language) -> dict[str, Path]:
    """The summary, the safety plan, its wallet card and a recovery sheet, in `language`."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {name: folder / f"{name}.pdf" for name in ("summary", "plan", "wallet", "sheet")}
    with speaking(language):
        write_summary_pdf(build_summary(vault, SummaryOptions(), today=END), paths["summary"])
        write_plan_pdf(build_plan_page(vault), paths["plan"])
        write_plan_pdf(build_plan_page(vault), paths["wallet"], wallet=True)
        write_sheet_pdf(build_sheet(parse(KEY), made=END, page="a4"), paths["sheet"])
    return paths


# ---- the titles ------------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "titles"), [
    (ENGLISH, {"summary": "Recovery Journal summary", "plan": "Safety plan",
               "wallet": "Safety plan: wallet card", "sheet": "Recovery Journal recovery key"}),
    (POLISH, {"summary": "Podsumowanie z Recovery Journal", "plan": "Plan bezpieczeństwa",
              "wallet": "Plan bezpieczeństwa: karta do portfela",
              "sheet": "Klucz odzyskiwania do Recovery Journal"}),
], ids=["en", "pl"])
def test_each_pdf_is_titled_in_the_language_it_is_printed_in(
    qapp: QApplication, journal: Vault, tmp_path: Path, language: Language, titles: dict[str, str]
) -> None:
    paths = print_all(journal, tmp_path, language)
    assert {name: pdf_title(path) for name, path in paths.items()} == titles


def test_print_jobs_are_named_in_polish(qtbot: Any, vault: Vault, tmp_path: Path) -> None:
    """What the printer's queue shows: QPrinter's document name, the PDF's title."""
    runner = TaskRunner()
    runner.attach(vault)
    context = Context(runner, UiSettings(tmp_path / "ui-settings"), lambda: None, vault.folder)
    with speaking(POLISH):
        summary = SummaryPage(context)
        qtbot.addWidget(summary)
        dialog = RecoveryKeyDialog(context, first_journal=False, has_key=False)
        qtbot.addWidget(dialog)
        assert summary.make_printer().docName() == "Podsumowanie z Recovery Journal"
        assert dialog.make_printer().docName() == "Klucz odzyskiwania do Recovery Journal"
