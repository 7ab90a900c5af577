"""The core's translations (journal.i18n, journal.qm) and the language choice, without Qt."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal import i18n, localformat, qm
from journal.errors import UsageError
from journal.i18n import ENGLISH, POLISH, PSEUDO_LONG, PSEUDO_RTL, translate
from tests.i18n_support import POLISH_DAYS, POLISH_TS, ROOT, build_script, compile_catalogue, ensure_built


@pytest.fixture(autouse=True)
def _english_after(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for variable in i18n.LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    i18n.reset()
    yield
    i18n.reset()


@pytest.fixture
def polish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Polish from a small test catalogue compiled as the build compiles the real ones."""
    compile_catalogue(tmp_path, "recovery_journal_pl", POLISH_TS)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    i18n.set_language(POLISH)


# ---- English ----------------------------------------------------------------------------------


def test_english_gives_back_the_very_text_without_reading_any_file(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_files(path: Path) -> qm.Catalogue:
        raise AssertionError(f"English read {path}")

    monkeypatch.setattr(qm.Catalogue, "load", staticmethod(no_files))
    text = "Saved at {time}"
    assert translate("Test", text) is text
    assert translate("Test", text, "a disambiguation") is text


def test_english_counts_replace_percent_n() -> None:
    assert translate("Test", "%n days", None, 3) == "3 days"
    assert translate("Test", "%Ln check-ins", None, 12345) == "12,345 check-ins"


# ---- Polish from a catalogue ------------------------------------------------------------------


@pytest.mark.usefixtures("polish")
@pytest.mark.parametrize(("count", "expected"), sorted(POLISH_DAYS.items()))
def test_polish_plural_forms(count: int, expected: str) -> None:
    assert translate("Test", "%n days", None, count) == expected


@pytest.mark.usefixtures("polish")
def test_polish_grouped_count_and_named_placeholder() -> None:
    assert translate("Test", "%Ln check-ins", None, 12345) == "12\u00a0345 wpisów"
    assert translate("Test", "%Ln check-ins", None, 1234) == "1234 wpisy"
    assert translate("Test", "Hello, {name}").format(name="Ala") == "Cześć, Ala"


@pytest.mark.usefixtures("polish")
def test_disambiguation_picks_the_right_translation() -> None:
    assert translate("Test", "Open", "verb, on a button") == "Otwórz"
    assert translate("Test", "Open", "state of a plan step") == "Otwarty"


@pytest.mark.usefixtures("polish")
def test_unfinished_missing_and_other_context_fall_back_to_english() -> None:
    assert translate("Test", "Not reviewed yet") == "Not reviewed yet"  # unfinished: English
    assert translate("Test", "Left empty") == "Left empty"
    assert translate("Test", "A sentence nobody has translated") == "A sentence nobody has translated"
    assert translate("Elsewhere", "Hello, {name}") == "Hello, {name}"  # same words, other context
    assert translate("Test", "%n weeks", None, 2) == "2 weeks"


def test_a_missing_or_damaged_catalogue_means_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    i18n.set_language(POLISH)
    assert translate("Test", "Hello, {name}") == "Hello, {name}"
    i18n.reset()
    (tmp_path / "recovery_journal_pl.qm").write_bytes(b"not a catalogue at all")
    i18n.set_language(POLISH)
    assert translate("Test", "%n days", None, 5) == "5 days"


def test_plural_rules_for_polish_as_qt_writes_them() -> None:
    # lrelease's Polish rules: n == 1 | n % 10 in 2..4 and n % 100 not in 10..19 | the rest.
    rules = bytes([0x01, 1, 0xFF, 0x14, 2, 4, 0xFD, 0x2C, 10, 19])
    forms = {n: qm.numerus_form(rules, n) for n in (0, 1, 2, 3, 4, 5, 12, 13, 14, 22, 25, 112, 1002)}
    assert forms == {0: 2, 1: 0, 2: 1, 3: 1, 4: 1, 5: 2, 12: 2, 13: 2, 14: 2, 22: 1, 25: 2, 112: 2, 1002: 1}


def test_a_backend_translates_instead_of_the_files() -> None:
    seen = []

    def backend(context: str, text: str, disambiguation: str | None, n: int) -> str:
        seen.append((context, text, disambiguation, n))
        return text.upper()

    i18n.set_backend(backend)
    assert translate("Test", "Saved", None, -1) == "SAVED"
    assert seen == [("Test", "Saved", None, -1)]


# ---- choosing the language --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pl", POLISH), ("pl_PL", POLISH), ("pl-PL", POLISH), ("pl_PL.UTF-8", POLISH), ("PL", POLISH),
        ("en", ENGLISH), ("en_US.UTF-8", ENGLISH), ("C", ENGLISH), ("POSIX", ENGLISH), ("C.UTF-8", ENGLISH),
        ("en-XA", PSEUDO_LONG), ("en_XA", PSEUDO_LONG), ("ar-XB", PSEUDO_RTL),
        ("de_DE.UTF-8", None), ("ar", None), ("xx", None), ("", None),
    ],
)
def test_find_language(text: str, expected: i18n.Language | None) -> None:
    assert i18n.find_language(text) is expected


def test_lang_pl_in_the_environment_picks_polish_when_no_option() -> None:
    assert i18n.choose_language(None, None, {"LANG": "pl_PL.UTF-8"}) is POLISH


def test_locale_variables_in_posix_order() -> None:
    assert i18n.choose_language(None, None, {"LANG": "pl_PL.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}) is ENGLISH
    assert i18n.choose_language(None, None, {"LC_MESSAGES": "pl_PL.UTF-8", "LC_ALL": "C"}) is ENGLISH
    assert i18n.choose_language(None, None, {"LANG": "en_GB.UTF-8", "LC_ALL": "pl_PL.UTF-8"}) is POLISH
    assert i18n.choose_language(None, None, {"LANG": "de_DE.UTF-8"}) is ENGLISH  # not ours: English
    assert i18n.choose_language(None, None, {}) is ENGLISH
    assert i18n.choose_language(None, None, {}, system_languages=["pl-PL"]) is POLISH


def test_settings_choice_beats_the_system_and_the_option_beats_both(tmp_path: Path) -> None:
    (tmp_path / "ui.ini").write_text(
        '[General]\ntheme=dark\nlanguage=pl\ngeometry=@ByteArray(\\x1\\xd9\\xd0\\xcb\\0\\x3\\0\\0%)\n',
        encoding="utf-8",
    )
    assert i18n.choose_language(None, tmp_path, {"LANG": "en_GB.UTF-8"}) is POLISH
    assert i18n.choose_language("en", tmp_path, {"LANG": "pl_PL.UTF-8"}) is ENGLISH
    (tmp_path / "ui.ini").write_text("[General]\nlanguage=klingon\n", encoding="utf-8")
    assert i18n.choose_language(None, tmp_path, {"LANG": "pl_PL.UTF-8"}) is POLISH  # unknown saved: skipped


def test_start_says_when_nothing_chose_the_language(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path)]
    assert i18n.start(data, {}) is ENGLISH and i18n.chosen_by_default()
    assert i18n.start(data, {"LANG": "pl_PL.UTF-8"}) is POLISH and not i18n.chosen_by_default()
    assert i18n.start(["--lang", "en", *data], {}) is ENGLISH and not i18n.chosen_by_default()


def test_unknown_lang_option_is_a_usage_error() -> None:
    with pytest.raises(UsageError) as caught:
        i18n.choose_language("xx", None, {})
    assert caught.value.exit_code == 2
    assert "'xx'" in caught.value.message and "pl" in caught.value.message


def test_option_value_reads_global_options_before_the_parser() -> None:
    assert i18n.option_value(["--lang", "pl", "export"], "--lang") == "pl"
    assert i18n.option_value(["--lang=en-XA", "export"], "--lang") == "en-XA"
    assert i18n.option_value(["export", "--", "--lang", "pl"], "--lang") is None
    assert i18n.option_value(["export"], "--lang") is None


# ---- the command line, as a person runs it ----------------------------------------------------


def run_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    ensure_built()
    clean = {k: v for k, v in os.environ.items() if k not in i18n.LOCALE_VARIABLES and k != "LANGUAGE"}
    return subprocess.run(
        [sys.executable, "-m", "journal", *args],
        capture_output=True, text=True, timeout=60, cwd=ROOT, env={**clean, **env},
    )


def test_cli_unknown_lang_exits_2(tmp_path: Path) -> None:
    result = run_cli("--data-dir", str(tmp_path), "--lang", "xx", "export", env={"LANG": "C.UTF-8"})
    assert result.returncode == 2
    assert "There is no language 'xx' in this app" in result.stderr


def test_cli_speaks_polish_with_lang_pl_or_the_option(tmp_path: Path) -> None:
    by_environment = run_cli("--data-dir", str(tmp_path), "--lang", "xx", env={"LANG": "pl_PL.UTF-8"})
    assert by_environment.returncode == 2
    assert "Ta aplikacja nie ma języka „xx”" in by_environment.stderr
    by_option = run_cli("--lang", "pl", "--help", env={"LANG": "C.UTF-8"})
    assert by_option.returncode == 0
    assert "język komunikatów i podsumowania" in by_option.stdout


# ---- dates and numbers for the command line ---------------------------------------------------


def test_numbers_and_dates_follow_the_language() -> None:
    day = dt.date(2026, 11, 2)
    assert localformat.format_number(1234567.5, 1) == "1,234,567.5"
    assert localformat.format_date(day) == "2 November 2026"
    assert localformat.format_date(day, "short") == "02/11/2026"
    assert localformat.format_date(day, "dddd d MMM 'at' yy") == "Monday 2 Nov at 26"
    assert localformat.format_time(dt.time(9, 5)) == "09:05"
    i18n.set_language(POLISH)
    assert localformat.format_number(1234567.5, 1) == "1\u00a0234\u00a0567,5"
    assert localformat.format_number(1234) == "1234"  # Polish groups from five digits
    assert localformat.format_number(-12345) == "-12\u00a0345"
    assert localformat.format_date(day) == "2 listopada 2026"
    assert localformat.format_date(day, localformat.WEEKDAY_DATE) == "poniedziałek 2 listopada"
    assert localformat.format_date(day, "short") == "2.11.2026"
    with pytest.raises(ValueError):
        localformat.format_date(day, "yyy")


def test_pseudo_languages_write_dates_in_another_script() -> None:
    """So that an English date on a pseudo-language screen can only be one that skipped QLocale."""
    day = dt.date(2026, 11, 2)
    assert localformat.format_date(day, language=PSEUDO_LONG) == "2 Νοεμβρίου 2026"
    assert localformat.format_date(day, language=PSEUDO_RTL) == "2 נובמבר 2026"


# ---- the pseudo-languages (made by build/translations.py) -------------------------------------


def test_pseudo_long_accents_brackets_and_lengthens() -> None:
    script = build_script()
    for text in ("Save your check-in", "Crisis support", "OK", "How are you today?\nTake your time."):
        shown = script.pseudo_long(text)
        assert shown.startswith("[") and shown.endswith("]")
        assert len(shown) >= 1.4 * len(text)
        assert not any("a" <= c.lower() <= "z" for c in shown), shown  # no plain English letter left


def test_pseudo_languages_keep_placeholders_markup_and_mnemonics() -> None:
    script = build_script()
    text = "<b>{count} days</b> since %n &amp; %L1 — &Save, see https://example.org/help"
    shown = script.pseudo_long(text)
    for kept in ("<b>", "</b>", "{count}", "%n", "&amp;", "%L1", "&S", "https://example.org/help"):
        assert kept in shown
    assert "days" not in shown
    rtl = script.pseudo_rtl("Save {name} now")
    assert rtl.startswith("\u200f") and "\u202eSave\u202c" in rtl and "{name}" in rtl


def test_pseudo_catalogue_has_every_string_of_the_code() -> None:
    """The built en-XA catalogue translates a string the code holds (a fresh extraction)."""
    ensure_built()
    i18n.set_language(PSEUDO_LONG)
    shown = translate("i18n", "There is no language '{value}' in this app. Choose one of: {codes}.")
    assert shown.startswith("[Ţĥéŕé îš ñö ļåñĝûåĝé '{value}'") and shown.endswith("]")


def test_the_core_translates_polish_where_qt_is_missing() -> None:
    ensure_built()
    script = """
import sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError("PySide6 is not available here")
sys.meta_path.insert(0, NoQt())
import datetime as dt
from journal import i18n, localformat
i18n.set_language(i18n.POLISH)
print(i18n.translate("i18n", "There is no language '{value}' in this app. Choose one of: {codes}."))
print(localformat.format_date(dt.date(2026, 11, 2)))
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Ta aplikacja nie ma języka „{value}”. Wybierz jeden z: {codes}.",
        "2 listopada 2026",
    ]
