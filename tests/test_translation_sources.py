"""The translation sources stay usable: strings lupdate can see, .ts files that match the code,
translations that keep the placeholders. (How to write strings: docs/translations.md.)"""

from __future__ import annotations

import ast
import re
import shutil
import string
from pathlib import Path

import pytest

from tests.i18n_support import ROOT, build_script

# On since Polish is complete (issue 16): an unfinished Polish entry fails `make test`.
POLISH_MUST_BE_COMPLETE = True

TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP"}
TR_NAMES = {"tr", "QT_TR_NOOP"}
COUNT = re.compile(r"%L?n")


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def call_problems(source: str) -> list[str]:
    """Calls pyside6-lupdate would skip or misread (see docs/translations.md, "Rules")."""
    problems = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        if name in TRANSLATE_NAMES and (len(node.args) >= 2 or node.keywords):
            text_index, count_index, literal_context = 1, 3, True
        elif name in TR_NAMES and isinstance(node.func, ast.Attribute | ast.Name):
            text_index, count_index, literal_context = 0, 2, False
        else:
            continue  # str.translate(table) and the like
        where = f"line {node.lineno}: {name}(...)"
        if node.keywords:
            problems.append(f"{where}: pass every argument by position (lupdate drops keyword ones)")
        if literal_context and not _literal(node.args[0]):
            problems.append(f"{where}: the context must be a string literal")
        if len(node.args) <= text_index:
            problems.append(f"{where}: no text")
            continue
        text = node.args[text_index]
        if isinstance(text, ast.JoinedStr | ast.BinOp | ast.Call):
            problems.append(f"{where}: the text must be a literal, not an f-string, + or .format()")
        elif name in ("tr", "QT_TR_NOOP", "QT_TRANSLATE_NOOP") and not _literal(text):
            problems.append(f"{where}: the text must be a string literal")
        if len(node.args) > text_index + 1:
            disambiguation = node.args[text_index + 1]
            none = isinstance(disambiguation, ast.Constant) and disambiguation.value is None
            if not (_literal(disambiguation) or none):
                problems.append(f"{where}: the disambiguation must be a string literal or None")
        counted = _literal(text) and COUNT.search(str(getattr(text, "value", "")))
        if counted and len(node.args) <= count_index:
            problems.append(f"{where}: %n in the text but no count argument")
    return problems


def test_the_rules_catch_what_lupdate_cannot_read() -> None:
    bad = """
translate("cli", f"Saved {name}")
translate("cli", "%n days", n=count)
translate(context, "Hello")
translate("cli", "%n days")
self.tr("Saved " + name)
self.tr("%n entries")
self.tr("Open", disambiguation)
"""
    assert {problem.split(":")[0] for problem in call_problems(bad)} == {f"line {n}" for n in range(2, 9)}
    good = """
translate("cli", "Saved {name}").format(name=name)
translate("cli", "%n days", None, count)
translate("summary", SECTION_TITLES[key])
self.tr("%n entries", None, len(rows))
self.tr("Open", "verb")
"text".translate(table)
"""
    assert call_problems(good) == []


def test_translatable_calls_are_ones_lupdate_can_read() -> None:
    problems = []
    for folder in ("journal", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            found = call_problems(path.read_text(encoding="utf-8"))
            problems += [f"{path.relative_to(ROOT)} {problem}" for problem in found]
    assert problems == []


def test_ts_sources_hold_every_string_in_the_code(tmp_path: Path) -> None:
    """`make translations` was run after the last string was added or changed."""
    script = build_script()
    for suffix in script.LANGUAGES:
        committed = script.ts_path(suffix)
        fresh = tmp_path / committed.name
        shutil.copy(committed, fresh)
        extra = ["-pluralonly"] if suffix == "en" else []
        script.lupdate([fresh], *extra)
        assert _live_keys(fresh) == _live_keys(committed), f"run `make translations` ({committed.name})"


def _live_keys(path: Path) -> set[tuple[str, str, str]]:
    script = build_script()
    keys = set()
    for key, message in script.messages(script.ET.parse(path)):
        translation = message.find("translation")
        if translation is None or translation.get("type") not in ("vanished", "obsolete"):
            keys.add(key)
    return keys


def _fields(text: str) -> tuple[set[str], bool]:
    names = {field[1] for field in string.Formatter().parse(text) if field[1] is not None}
    return names, bool(COUNT.search(text))


@pytest.mark.parametrize("suffix", ["en", "pl"])
def test_translations_keep_the_placeholders_of_the_english(suffix: str) -> None:
    script = build_script()
    wrong = []
    for key, message in script.messages(script.ET.parse(script.ts_path(suffix))):
        if not script.finished(message):
            continue
        source_fields = _fields(key[1])
        for text in script.translation_texts(message.find("translation")):
            try:
                fields = _fields(text)
            except ValueError as error:  # an unmatched { or }
                wrong.append(f"{key}: {text!r}: {error}")
                continue
            # A plural form may leave out the count ("one day" for 1), never a {name}.
            count_differs = fields[1] != source_fields[1] and message.get("numerus") != "yes"
            if fields[0] != source_fields[0] or count_differs:
                wrong.append(f"{key}: {text!r} has {fields}, the English {source_fields}")
    assert wrong == []


def test_english_plural_forms_are_written() -> None:
    """Every "%n …" string has its English singular and plural in recovery_journal_en.ts."""
    script = build_script()
    assert script.unfinished(script.ts_path("en")) == []


@pytest.mark.skipif(not POLISH_MUST_BE_COMPLETE, reason="switched on when the Polish translation is done")
def test_polish_is_complete() -> None:
    script = build_script()
    assert script.unfinished(script.ts_path("pl")) == []


def test_a_string_that_only_moved_keeps_its_translation(tmp_path: Path) -> None:
    path = tmp_path / "pl.ts"
    path.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context><name>NewPage</name>
    <message><source>Save</source><translation type="unfinished">Zapisz</translation></message>
    <message><source>Open</source><comment>verb</comment>
        <translation type="unfinished">Otwórz</translation></message>
    <message><source>New words</source><translation type="unfinished"></translation></message>
</context>
<context><name>OldPage</name>
    <message><source>Save</source><translation type="vanished">Zapisz</translation></message>
    <message><source>Open</source><comment>state</comment>
        <translation type="vanished">Otwórz</translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    script = build_script()
    assert script.carry_over_moved(path) == [("NewPage", "Save", "")]
    assert set(script.unfinished(path)) == {("NewPage", "Open", "verb"), ("NewPage", "New words", "")}
    assert "OldPage" in path.read_text(encoding="utf-8")  # "Open"/"state" stays for the translator
