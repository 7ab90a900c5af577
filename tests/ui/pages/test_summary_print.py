"""Printing the summary: Print and Save as PDF are labelled buttons a person can see, a saved PDF
can be opened or found, and the choices of sections, period and paper are there next time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6.QtPdf")

from PySide6.QtCore import QPoint, QRect, QUrl

from journal.records import CheckIn
from journal.vault import Vault
from tests.ui.i18n_check import clipped
from ui.context import Context
from ui.pages.summary import SummaryPage
from ui.printing import preview
from ui.tasks import TaskRunner
from ui.theme import UiSettings


def make_page(qtbot: Any, vault: Vault, settings: UiSettings) -> SummaryPage:
    runner = TaskRunner()
    runner.attach(vault)
    page = SummaryPage(Context(runner, settings, lambda: None, vault.folder))
    qtbot.addWidget(page)
    page.resize(1000, 640)
    with qtbot.waitSignal(page.preview_ready, timeout=5000):
        page.show()
        page.refresh()
    return page


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(tmp_path / "ui-settings")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What the app asked the desktop to open, instead of opening it."""
    urls: list[QUrl] = []
    monkeypatch.setattr(preview, "open_url", lambda url: urls.append(url) or True)
    return urls


def test_preview_shows_print_and_save_as_words(qtbot: Any, vault: Vault, settings: UiSettings) -> None:
    vault.save(CheckIn(mood=6, hope=7, craving=2))
    page = make_page(qtbot, vault, settings)
    dialog = page.open_print_preview()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    for button in (dialog.print_button, dialog.save_button):
        assert button.isVisible() and button.text().startswith(("Print", "Save as PDF"))
        assert dialog.rect().contains(QRect(button.mapTo(dialog, QPoint(0, 0)), button.size()))
    assert not clipped(dialog), clipped(dialog)
    assert dialog.screen().availableGeometry().height() >= dialog.height() >= 300
    dialog.reject()


def test_saved_pdf_can_be_opened_or_shown_in_its_folder(
    qtbot: Any, vault: Vault, settings: UiSettings, tmp_path: Path, opened: list[QUrl]
) -> None:
    page = make_page(qtbot, vault, settings)
    dialog = page.open_print_preview()
    assert dialog is not None
    pdf = tmp_path / "out" / "summary.pdf"
    pdf.parent.mkdir()
    assert dialog.save_to(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert dialog.saved.isVisible() and str(pdf) in dialog.saved.words.text()
    dialog.saved.open_button.click()
    dialog.saved.folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(pdf), str(pdf.parent)]
    dialog.reject()
    # Saved from the page itself: the same two buttons under the preview.
    assert page.save_pdf(tmp_path / "page.pdf")
    assert page.saved.isVisible()
    page.saved.open_button.click()
    assert opened[-1].toLocalFile() == str(tmp_path / "page.pdf")


def test_choices_are_remembered_next_time(qtbot: Any, vault: Vault, settings: UiSettings) -> None:
    page = make_page(qtbot, vault, settings)
    page.sections["gratitude"].setChecked(False)
    page.paper.setCurrentIndex(page.paper.findData("letter"))
    page.period.setCurrentIndex(page.period.findData(7))
    again = make_page(qtbot, vault, UiSettings(Path(settings.file_name()).parent))
    assert not again.sections["gratitude"].isChecked()
    assert again.sections["triggers"].isChecked()
    assert again.paper.currentData() == "letter"
    assert again.period.currentData() == 7
    assert again.options().page == "letter"
