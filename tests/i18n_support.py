"""Helpers for the translation tests: small catalogues compiled on the spot, the build script.

The tests that check the mechanism (plural forms, fallbacks, Qt agreeing with journal.qm) use
catalogues written here, so they do not depend on how far the real translations have got.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]

POLISH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>Test</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation><numerusform>%n dzień</numerusform><numerusform>%n dni</numerusform>
            <numerusform>%n dni (wiele)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-ins</source>
        <translation><numerusform>%Ln wpis</numerusform><numerusform>%Ln wpisy</numerusform>
            <numerusform>%Ln wpisów</numerusform></translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Cześć, {name}</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb, on a button</comment>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>state of a plan step</comment>
        <translation>Otwarty</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished">Jeszcze nie sprawdzone</translation>
    </message>
    <message>
        <source>Left empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Greeter</name>
    <message>
        <source>Good morning</source>
        <translation>Dzień dobry</translation>
    </message>
</context>
</TS>
"""

# The expected Polish plural form for each count: one (1), few (2-4, 22-24, ... not 12-14),
# many (everything else, 0 included).
POLISH_DAYS = {
    0: "0 dni (wiele)", 1: "1 dzień", 2: "2 dni", 4: "4 dni", 5: "5 dni (wiele)",
    11: "11 dni (wiele)", 12: "12 dni (wiele)", 14: "14 dni (wiele)", 21: "21 dni (wiele)",
    22: "22 dni", 25: "25 dni (wiele)", 102: "102 dni", 112: "112 dni (wiele)", 122: "122 dni",
}


def build_script() -> ModuleType:
    """build/translations.py as a module (it is a script, not part of the packages)."""
    name = "recovery_journal_build_translations"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "build" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def compile_catalogue(folder: Path, stem: str, ts_text: str) -> Path:
    """Write `ts_text` as folder/<stem>.ts and compile it as the build does; returns the .qm."""
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / f"{stem}.ts"
    source.write_text(ts_text, encoding="utf-8")
    target = source.with_suffix(".qm")
    build_script().lrelease(source, target)
    return target


def ensure_built() -> None:
    """The real .qm files, built if `make` has not (a bare `pytest` run)."""
    script = build_script()
    sources = [script.ts_path(suffix) for suffix in script.LANGUAGES]
    built = [script.qm_path(suffix) for suffix in (*script.LANGUAGES, *script.PSEUDO)]
    newest = max(path.stat().st_mtime for path in sources)
    if any(not path.exists() or path.stat().st_mtime < newest for path in built):
        script.release()
