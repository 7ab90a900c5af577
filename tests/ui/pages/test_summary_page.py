"""The Summary screen: the preview comes quickly, choices reach the page, and the app prints the
same page as the command line."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6.QtPdf")

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from journal.records import (
    AgendaItem,
    CapitalCheck,
    CheckIn,
    Contact,
    Goal,
    GoalStep,
    Plan,
    UseRecord,
    UseTracking,
)
from journal.vault import Vault
from tests.conftest import PASSPHRASE, dataset_path
from tests.ui.printing.test_summary_pdf import read_pdf
from ui.context import Context
from ui.pages.summary import SummaryPage
from ui.tasks import TaskRunner
from ui.theme import UiSettings


@pytest.fixture
def page(qtbot: Any, vault: Vault, tmp_path: Path) -> SummaryPage:
    runner = TaskRunner()
    runner.attach(vault)
    context = Context(runner, UiSettings(tmp_path / "ui-settings"), lambda: None, vault.folder)
    widget = SummaryPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    return widget


def show_and_wait(qtbot: Any, page: SummaryPage) -> None:
    """Ask for the summary and wait until the preview has drawn the page (how fast: bench/)."""
    with qtbot.waitSignal(page.preview_ready, timeout=5000):
        page.show()
        page.refresh()
    assert page.preview.has_page()


def test_preview_shows_the_page_for_a_year_of_entries(qtbot: Any, page: SummaryPage,
                                                      vault: Vault, tmp_path: Path) -> None:
    """How quickly it appears is measured in bench/summary_bench.py, not asserted here."""
    vault.import_data(json.loads(dataset_path(tmp_path, 365, "today").read_text(encoding="utf-8")))
    for _ in range(2):  # asked again, it is drawn again
        show_and_wait(qtbot, page)
    assert page.save_pdf(tmp_path / "shown.pdf")
    count, text, _ = read_pdf(tmp_path / "shown.pdf")
    assert count == 1 and "(28 days)" in text
    assert re.search(r"\d+ check-ins on \d+ of 28 days", text) and re.search(r"Hope \d+\.\d", text)


def test_app_and_command_line_print_the_same_page(
    qtbot: Any, page: SummaryPage, vault: Vault, data_dir: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault.import_data(json.loads(dataset_path(tmp_path, 60, "today").read_text(encoding="utf-8")))
    vault.set_setting("name", "Sam")
    show_and_wait(qtbot, page)
    app_pdf = tmp_path / "app.pdf"
    assert page.save_pdf(app_pdf)

    from ui import launcher

    cli_pdf = tmp_path / "cli.pdf"
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = launcher.main(["--data-dir", str(data_dir), "--passphrase-stdin", "summary", "--out",
                     str(cli_pdf)])
    assert code == 0
    app_count, app_text, app_meta = read_pdf(app_pdf)
    cli_count, cli_text, cli_meta = read_pdf(cli_pdf)
    assert app_count == cli_count == 1
    assert app_text == cli_text
    assert app_meta == cli_meta and app_meta["title"] and app_meta["author"] == ""
    assert "Sam" in app_text and re.search(r"Hope \d+\.\d", app_text)

    printed = tmp_path / "printed.pdf"  # the print dialog's route: the same renderer
    printer = page.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    page.print_to(printer)
    count, text, meta = read_pdf(printed)
    assert count == 1 and text == app_text and meta == app_meta


def test_choices_reach_the_page(qtbot: Any, page: SummaryPage, vault: Vault,
                                tmp_path: Path) -> None:
    secret = CheckIn(mood=4, hope=6, note="TICKEDWORDS from today")
    hidden = CheckIn(mood=4, hope=6, note="UNTICKEDWORDS from today")
    for record in (secret, hidden, Contact("Robin Private", role="sponsor"),
                   AgendaItem("Ask about the housing letter")):
        vault.save(record)
    show_and_wait(qtbot, page)
    assert not page.names.isChecked()  # names are off unless chosen
    model = page.entries_model
    assert model.rowCount() == 2
    row = next(r for r in range(model.rowCount()) if model.row_id(r) == secret.id)
    with qtbot.waitSignal(page.preview_ready, timeout=5000):
        model.setData(model.index(row), Qt.CheckState.Checked.value,
                      Qt.ItemDataRole.CheckStateRole)
    assert page.options().excerpt_ids == (secret.id,)
    out = tmp_path / "chosen.pdf"
    assert page.save_pdf(out)
    _, text, _ = read_pdf(out)
    assert "TICKEDWORDS" in text and "UNTICKEDWORDS" not in text
    assert "Robin Private" not in text
    assert "Ask about the housing letter" in text

    with qtbot.waitSignal(page.preview_ready, timeout=5000):
        page.names.setChecked(True)
    assert page.save_pdf(out)
    assert "Robin Private" in read_pdf(out)[1]

    with qtbot.waitSignal(page.preview_ready, timeout=5000):
        page.sections["triggers"].setChecked(False)
    assert page.save_pdf(out)
    assert "Triggers noted" not in read_pdf(out)[1]


# design.md, "Summary v2": the keys in page order, and the ones ticked until the person chooses.
CONTRACT_SECTIONS = ["header", "scores", "connection", "triggers", "gratitude", "support", "agenda", "goals",
                     "plans", "capital", "use", "safety", "excerpts", "notes"]
CONTRACT_DEFAULT = {"header", "scores", "connection", "triggers", "gratitude", "support", "agenda", "goals",
                    "notes"}


def test_the_version_2_sections_are_tick_boxes_that_reach_the_page(qtbot: Any, page: SummaryPage,
                                                                   vault: Vault, tmp_path: Path) -> None:
    today = dt.date.today()
    steps = (GoalStep("Ring the college", True), GoalStep("Open evening"))
    vault.save(Goal(text="Back to college", steps=steps))
    vault.save(Plan(if_part="I pass the pub on Friday", then_part="I call Sam", category="places"))
    vault.save(CapitalCheck(answers=(5, 4, 6, 3, 5, 4, 5, 6, 4, 5), at=f"{today.isoformat()}T10:00:00+00:00"))
    vault.set_use_tracking(UseTracking(True, ("alcohol",)))
    for offset in range(28):
        day = (today - dt.timedelta(days=offset)).isoformat()
        vault.save(UseRecord("alcohol", offset in (3, 9), "", day))
    show_and_wait(qtbot, page)
    assert list(page.sections) == CONTRACT_SECTIONS
    assert {key for key, box in page.sections.items() if box.isChecked()} == CONTRACT_DEFAULT
    out = tmp_path / "default.pdf"
    assert page.save_pdf(out)
    _, text, _ = read_pdf(out)
    assert "My goals" in text and "Back to college" in text
    for absent in ("My if-then plans", "Recovery capital (BARC-10)", "My use record"):
        assert absent not in text

    for key, on in (("plans", True), ("capital", True), ("use", True), ("goals", False)):
        with qtbot.waitSignal(page.preview_ready, timeout=5000):
            page.sections[key].setChecked(on)
    assert page.options().sections == frozenset(CONTRACT_DEFAULT - {"goals"} | {"plans", "capital", "use"})
    out = tmp_path / "chosen.pdf"
    assert page.save_pdf(out)
    count, text, _ = read_pdf(out)
    assert count == 1
    assert "My goals" not in text and "Back to college" not in text
    assert "My if-then plans" in text and "I call Sam" in text
    assert "Recovery capital (BARC-10)" in text and "47" in text
    assert "My use record" in text and "alcohol" in text


def test_agenda_add_and_tick_done(qtbot: Any, page: SummaryPage, vault: Vault) -> None:
    show_and_wait(qtbot, page)
    page.agenda_text.setText("Talk about going back to college")
    with qtbot.waitSignal(page.preview_ready, timeout=5000):
        page.agenda_text.returnPressed.emit()
    items = [item for item in vault.list("agenda") if isinstance(item, AgendaItem)]
    assert [(i.text, i.done) for i in items] == [("Talk about going back to college", False)]
    assert page.content is not None and page.content.agenda is not None
    assert page.content.agenda.items == ("Talk about going back to college",)
    with qtbot.waitSignal(page.preview_ready, timeout=5000):
        page.agenda_model.setData(page.agenda_model.index(0), Qt.CheckState.Checked.value,
                                  Qt.ItemDataRole.CheckStateRole)
    stored = vault.get("agenda", items[0].id)
    assert isinstance(stored, AgendaItem) and stored.done
    assert page.content is not None and page.content.agenda is not None
    assert page.content.agenda.items == ()


def test_save_writes_only_the_chosen_file(qtbot: Any, page: SummaryPage, tmp_path: Path) -> None:
    show_and_wait(qtbot, page)
    folder = tmp_path / "chosen"
    folder.mkdir()
    assert page.save_pdf(folder / "summary.pdf")
    assert [p.name for p in folder.iterdir()] == ["summary.pdf"]
    assert not page.save_pdf(tmp_path / "missing-folder" / "summary.pdf")
    assert "could not be saved" in page.message.text()
