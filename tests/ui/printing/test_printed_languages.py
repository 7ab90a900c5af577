"""The printed pages in the language they are printed in: the title a PDF viewer shows in its
title bar (and a printer's job list), and, in a right-to-left language, a page that starts at the
right margin, as a reader of Arabic or Hebrew reads it.

Read back with poppler (pdfinfo, pdftotext -bbox), as a person's PDF viewer would. The
right-to-left pseudo-language (ar-XB) writes English backwards, one forced run per word, so
pdftotext finds its words a letter at a time; the checks use what it leaves as it is: the
person's own words, numbers, and the positions of whole lines.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from journal.i18n import ENGLISH, POLISH, Language
from journal.languages import PSEUDO_RTL
from journal.recovery import parse
from journal.recovery_sheet import build_sheet
from journal.safety_page import build_plan_page
from journal.summary import SummaryOptions, build_summary
from journal.vault import Vault
from tests.conftest import filled_vault
from tests.i18n_support import ensure_built
from tests.pdf_text import Word, pdf_title, pdf_words
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


# ---- right to left -------------------------------------------------------------------------------


def word(words: list[Word], text: str) -> Word:
    found = [w for w in words if w.text == text]
    assert len(found) == 1, (text, found)
    return found[0]


def line_of(words: list[Word], top: float) -> list[Word]:
    return sorted((w for w in words if abs(w.top - top) < 1.0), key=lambda w: w.left)


@pytest.fixture(scope="module")
def printed(
    qapp: QApplication, journal: Vault, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[str, list[Word]]]:
    """Every page's words, in English and in the right-to-left pseudo-language."""
    out: dict[str, dict[str, list[Word]]] = {}
    for language in (ENGLISH, PSEUDO_RTL):
        paths = print_all(journal, tmp_path_factory.mktemp(language.code), language)
        out[language.code] = {name: pdf_words(path) for name, path in paths.items()}
    return out


def test_the_summary_starts_at_the_right_margin_right_to_left(printed: dict[str, Any]) -> None:
    english, rtl = printed["en"]["summary"], printed["ar-XB"]["summary"]
    # The person's name heads the first column of the header: at the left margin in English,
    # at the right margin right to left (the name itself still reads "Sam Example").
    assert abs(word(english, "Sam").left - LEFT) < NEAR
    sam, example = word(rtl, "Sam"), word(rtl, "Example")
    assert abs(example.right - RIGHT) < NEAR and sam.right < example.left
    # The title's line ends at the right margin; the footer's last line too.
    end = max((w for w in rtl if w.top < sam.top - 20), key=lambda w: w.right)
    title = line_of(rtl, end.top)
    assert abs(end.right - RIGHT) < NEAR
    assert min(w.left for w in title) > RIGHT - 300  # set against the right, not spread across
    last = line_of(rtl, max(w.top for w in rtl))
    assert abs(last[-1].right - RIGHT) < NEAR and last[0].left > LEFT + 20
    assert abs(line_of(english, max(w.top for w in english))[0].left - LEFT) < NEAR


def chart_scale(words: list[Word]) -> Word:
    """The chart's "10": the top of its scale, with "5" and "0" set under it, right-aligned."""
    for ten in (w for w in words if w.text == "10"):
        under = [w for w in words if w.text in ("5", "0") and abs(w.right - ten.right) < 0.5
                 and 0 < w.top - ten.top < 120]
        if len(under) == 2:
            return ten
    raise AssertionError("no chart scale found")


def test_the_chart_keeps_its_axes_in_the_place_mirrored(printed: dict[str, Any]) -> None:
    """The chart moves to the right half with the rest of the page (the table of figures to its
    left), but is drawn as Qt Charts draws one in a right-to-left window: the scale on its
    left, time running left to right."""
    english, rtl = chart_scale(printed["en"]["summary"]), chart_scale(printed["ar-XB"]["summary"])
    assert english.left < LEFT + 15
    width = RIGHT - LEFT
    chart_left = RIGHT - (width - min(214.0, width * 0.44) - 20.0)  # scores.py: table, gap, chart
    assert chart_left < rtl.left and rtl.right < chart_left + 15


def test_signed_changes_keep_their_sign_in_front_right_to_left(printed: dict[str, Any]) -> None:
    """"+0.6" in the table, not "0.6+": the sign carries a left-to-right mark, as QLocale's does."""
    texts = [w.text for w in printed["ar-XB"]["summary"]]
    assert any(re.fullmatch(r"[+\u2212]\d+\.\d", t) for t in texts), texts
    assert not any(re.fullmatch(r"\d+\.\d[+\u2212]", t) for t in texts), texts


def test_the_safety_plan_is_mirrored_and_its_phone_numbers_read_in_order(printed: dict[str, Any]) -> None:
    english, rtl = printed["en"]["plan"], printed["ar-XB"]["plan"]
    indent = 11.0  # summary/page.py INDENT: a name sits inside its list
    assert abs(word(english, "Samaritans").left - (LEFT + indent)) < NEAR
    samaritans = word(rtl, "Samaritans")
    assert abs(samaritans.right - (RIGHT - indent)) < NEAR
    # Its number at the far side, still "116 123" (not "123 116": groups of digits in reverse).
    number = [w.text for w in line_of(rtl, samaritans.top) if w.text.isdigit()]
    assert number == ["116", "123"]
    assert line_of(rtl, samaritans.top)[0].left < LEFT + NEAR


def test_the_recovery_sheet_is_mirrored_and_each_number_stays_under_its_group(
    printed: dict[str, Any],
) -> None:
    pad = 12.0  # recovery_sheet.py: the key's box
    english = printed["en"]["sheet"]
    assert abs(line_of(english, word(english, KEY).top)[0].left - (LEFT + pad)) < NEAR  # "Recovery key:"
    rtl = printed["ar-XB"]["sheet"]
    title = line_of(rtl, min(w.top for w in rtl))  # "Your recovery key", at the right margin
    assert abs(title[-1].right - RIGHT) < NEAR and title[0].left > RIGHT - 250
    key = word(rtl, KEY)  # one word: the key's letters keep their order
    line = line_of(rtl, key.top)
    assert abs(line[-1].right - (RIGHT - pad)) < NEAR and line[0] == key  # the label, then the key
    numbers = [w for w in rtl if w.text in "1234567" and 0 < w.top - key.bottom < 10]
    assert [w.text for w in sorted(numbers, key=lambda w: w.left)] == list("1234567")
    group = (key.right - key.left) / 7  # seven groups of five, nearly the same width
    for number in numbers:
        middle = key.left + group * (int(number.text) - 0.5)
        assert abs((number.left + number.right) / 2 - middle) < group / 3, number
