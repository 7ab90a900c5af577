"""The app's translations (ui.i18n): Qt's translators, QLocale, layout direction; and that Qt and
the core's own .qm reader give the same answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget

from journal import i18n, localformat, qm
from journal.i18n import ENGLISH, POLISH, PSEUDO_LONG, PSEUDO_RTL
from tests.i18n_support import POLISH_DAYS, POLISH_TS, compile_catalogue, ensure_built
from ui import i18n as ui_i18n
from ui.theme import UiSettings

ARABIC_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Test</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation><numerusform>zero %n</numerusform><numerusform>one %n</numerusform>
        <numerusform>two %n</numerusform><numerusform>few %n</numerusform>
        <numerusform>many %n</numerusform><numerusform>other %n</numerusform></translation>
    </message>
</context>
</TS>
"""
COUNTS = [*range(0, 260), 1000, 1001, 1002, 1011, 1012, 1022, 10_000, 100_001, 1_000_000]


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[object]:
    """`speak(language)` installs a language as run_app does; English again afterwards."""
    yield lambda language: ui_i18n.install(qapp, language)
    ui_i18n.uninstall(qapp)


@pytest.fixture
def test_catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    compile_catalogue(tmp_path, "recovery_journal_pl", POLISH_TS)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    return tmp_path


class Greeter(QLabel):
    """A widget as the app writes them: its words through self.tr (context "Greeter")."""

    def __init__(self) -> None:
        super().__init__()
        self.setText(self.tr("Good morning"))


@pytest.mark.usefixtures("test_catalogues")
def test_a_widget_tr_string_comes_back_translated(speak) -> None:  # type: ignore[no-untyped-def]
    assert Greeter().text() == "Good morning"
    speak(POLISH)
    assert Greeter().text() == "Dzień dobry"


@pytest.mark.usefixtures("test_catalogues")
def test_the_core_translates_through_qt_in_the_app(speak, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    speak(POLISH)

    def no_files(path: Path) -> qm.Catalogue:
        raise AssertionError(f"the core read {path} itself")

    monkeypatch.setattr(qm.Catalogue, "load", staticmethod(no_files))
    for count, expected in POLISH_DAYS.items():
        assert i18n.translate("Test", "%n days", None, count) == expected
    assert i18n.translate("Test", "Not reviewed yet") == "Not reviewed yet"  # unfinished: English


def test_qt_dialogs_speak_polish_dates_and_numbers_follow(speak) -> None:  # type: ignore[no-untyped-def]
    ensure_built()
    assert speak(POLISH) == ["qtbase_pl", "recovery_journal_pl"]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert [button.text() for button in buttons.buttons()] == ["Anuluj"]
    assert QCoreApplication.translate("QPrintPreviewDialog", "Print Preview") == "Podgląd wydruku"
    assert QLocale().toString(12345) == "12\u00a0345"
    assert QLocale().toString(QDate(2026, 11, 2), "d MMMM yyyy") == "2 listopada 2026"
    ui_i18n.uninstall(app())
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert [button.text() for button in buttons.buttons()] == ["Cancel"]


def test_right_to_left_pseudo_language_flips_the_layout(speak) -> None:  # type: ignore[no-untyped-def]
    ensure_built()
    speak(PSEUDO_RTL)
    assert app().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QWidget().isRightToLeft()
    shown = i18n.translate("i18n", "There is no language '{value}' in this app. Choose one of: {codes}.")
    assert shown.startswith("\u200f") and "\u202eThere\u202c" in shown
    speak(ENGLISH)
    assert app().layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_long_pseudo_language_from_the_built_catalogue(speak) -> None:  # type: ignore[no-untyped-def]
    ensure_built()
    speak(PSEUDO_LONG)
    source = "the language of messages and the summary: {codes} (default: your system's)"
    shown = QCoreApplication.translate("cli", source)
    assert shown.startswith("[ţĥé ļåñĝûåĝé") and shown.endswith("]")


def test_the_app_asks_qt_for_the_system_language_only_when_nothing_chose(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ui_i18n, "system_ui_languages", lambda: ["de-DE", "pl-PL", "en-GB"])
    i18n.start(["--data-dir", str(tmp_path)], {})
    assert ui_i18n.app_language() is POLISH
    i18n.start(["--data-dir", str(tmp_path)], {"LANG": "en_GB.UTF-8"})
    assert ui_i18n.app_language() is ENGLISH


# ---- one catalogue, two readers ---------------------------------------------------------------


@pytest.mark.parametrize(("language", "ts_text"), [("pl", POLISH_TS), ("ar", ARABIC_TS)])
def test_the_core_reader_agrees_with_qtranslator(
    qapp: QApplication, tmp_path: Path, language: str, ts_text: str
) -> None:
    path = compile_catalogue(tmp_path, f"check_{language}", ts_text)
    translator = QTranslator()
    assert translator.load(str(path))
    catalogue = qm.Catalogue.load(path)
    keys = [
        ("Test", "%n days", None),
        ("Test", "%Ln check-ins", None),
        ("Test", "Hello, {name}", None),
        ("Test", "Open", "verb, on a button"),
        ("Test", "Open", "state of a plan step"),
        ("Test", "Open", None),
        ("Test", "Open", "no such disambiguation"),
        ("Test", "Not reviewed yet", None),
        ("Test", "Left empty", None),
        ("Greeter", "Good morning", None),
        ("Nowhere", "Good morning", None),
        ("Test", "Never written", None),
    ]
    for context, source, disambiguation in keys:
        for n in (-1, *COUNTS):
            ours = catalogue.lookup(context, source, disambiguation, n) or ""
            assert ours == translator.translate(context, source, disambiguation, n), (context, source, n)


@pytest.mark.parametrize("language", i18n.LANGUAGES, ids=lambda language: language.code)
def test_the_core_formatter_writes_dates_and_numbers_as_qlocale(language: i18n.Language) -> None:
    locale = QLocale(language.qt_locale)
    days = [dt.date(2026, month, day) for month in range(1, 13) for day in (1, 9, 22)]
    days += [dt.date(2027, 1, day) for day in range(1, 8)] + [dt.date(999, 3, 4), dt.date(2009, 2, 28)]
    patterns = [
        localformat.LONG, localformat.DAY_MONTH, localformat.SHORT_MONTH, localformat.WEEKDAY_DATE,
        "ddd d MMM yyyy", "dd/MM/yy", "d.M.yyyy 'r.'", "MMMM yyyy", "'o''clock' d",
    ]
    for day in days:
        qdate = QDate(day.year, day.month, day.day)
        for pattern in patterns:
            assert localformat.format_date(day, pattern, language) == locale.toString(qdate, pattern), pattern
        short = locale.toString(qdate, QLocale.FormatType.ShortFormat)
        assert localformat.format_date(day, "short", language) == short
    numbers = [(0, 0), (7, 0), (999, 0), (1234, 0), (12345, 0), (-12345, 0), (1234567.25, 2), (0.5, 1)]
    numbers += [(-0.04, 1), (2.5, 0), (3.5, 0), (-2.5, 0), (1.005, 2), (0.125, 2), (99999.95, 1)]
    for value, decimals in numbers:
        expected = locale.toString(float(value), "f", decimals)
        assert localformat.format_number(value, decimals, language) == expected, value
    for value in (0.3, -0.4, 12345.0):  # a change, signed either way, as QLocale signs it
        sign = locale.positiveSign() if value > 0 else locale.negativeSign().replace("-", "\u2212")
        expected = sign + locale.toString(abs(value), "f", 1)
        assert localformat.format_change(value, 1, language) == expected, value
    assert localformat.format_time(dt.time(9, 5)) == QLocale("en_GB").toString(QTime(9, 5), "HH:mm")


def test_the_language_chosen_in_settings_reaches_the_command_line(tmp_path: Path) -> None:
    settings = UiSettings(tmp_path)
    settings.set_value("geometry", b"\x01\xd9\xd0\xcb\x00\x03%")  # QSettings writes @ByteArray(...)
    ui_i18n.switch(app(), POLISH, settings)
    try:
        assert i18n.settings_language(tmp_path) == "pl"
        assert i18n.choose_language(None, tmp_path, {"LANG": "en_GB.UTF-8"}) is POLISH
    finally:
        ui_i18n.uninstall(app())


# ---- the pseudo-language check (tests/ui/i18n_check.py) ---------------------------------------


def _form(label_text: str, button_text: str, width: int) -> QWidget:
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    form = QWidget()
    form.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    layout = QHBoxLayout(form)
    label = QLabel(label_text)
    label.setFixedWidth(width)
    button = QPushButton(button_text)
    button.setToolTip(button_text)
    layout.addWidget(label)
    layout.addWidget(button)
    return form


def test_the_check_finds_english_left_and_passes_pseudo_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.i18n_support import build_script
    from tests.ui.i18n_check import untranslated

    pseudo = build_script().pseudo_long
    english = _form("How are you today?", "&Save", 400)
    qtbot.addWidget(english)
    english.show()
    found = {(finding.field, finding.text) for finding in untranslated(english)}
    assert found == {("text", "How are you today?"), ("text", "&Save"), ("tool tip", "&Save")}

    translated = _form(pseudo("How are you today?"), pseudo("&Save"), 400)
    qtbot.addWidget(translated)
    translated.show()
    assert untranslated(translated) == []
    rtl = _form(build_script().pseudo_rtl("How are you today?"), "%", 400)
    qtbot.addWidget(rtl)
    rtl.show()
    assert untranslated(rtl) == []


def test_the_check_passes_over_the_persons_own_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.i18n_check import untranslated

    form = QWidget()
    name = QLabel("Alex Smith", form)
    ui_i18n.mark_user_text(name)
    qtbot.addWidget(form)
    form.show()
    assert untranslated(form) == []


def test_the_check_finds_a_label_too_narrow_for_its_longer_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.i18n_support import build_script
    from tests.ui.i18n_check import clipped

    longer = build_script().pseudo_long("Your plan for hard moments")
    roomy = _form(longer, "OK", 600)
    qtbot.addWidget(roomy)
    roomy.show()
    assert clipped(roomy) == []
    narrow = _form(longer, "OK", 120)
    qtbot.addWidget(narrow)
    narrow.show()
    assert [finding.text for finding in clipped(narrow)] == [longer]


def test_the_check_leaves_qts_standard_buttons_to_qt(qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.i18n_check import untranslated

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.addButton("Keep writing", QDialogButtonBox.ButtonRole.RejectRole)
    qtbot.addWidget(box)
    box.show()
    assert [finding.text for finding in untranslated(box)] == ["Keep writing"]
