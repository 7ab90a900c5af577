"""Translations: extract the strings, make the pseudo-languages, compile the .qm files.

    python build/translations.py update    # `make translations`: strings from journal/ and ui/
                                           # into the committed .ts sources, then `release`
    python build/translations.py release   # the build (run, test, dist): pseudo .ts and all .qm

Committed sources (resources/translations/):
- recovery_journal_en.ts: English plural forms only ("%n day"/"%n days"); every other English
  string is its own source text (lupdate -pluralonly, as Qt recommends for the source language);
- recovery_journal_pl.ts: Polish, every string.
Built, ignored by git: the pseudo-languages' .ts (en_XA: accented and 40% longer; ar_XB: right
to left), made here from the strings the code holds now (a fresh extraction, so a string added a
minute ago is already pseudo-translated) and the English plural forms; and every .qm, compiled
with `-nounfinished` so that a translation not yet marked finished shows English, in the app and
on the command line alike.

Extraction runs `pyside6-lupdate -locations none`: no line numbers in the .ts files, so moving
code does not rewrite them and branches that add strings merge cleanly.
"""

from __future__ import annotations

import argparse
import math
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("journal", "ui")
TRANSLATIONS = ROOT / "resources" / "translations"
WORK = ROOT / "build" / "work" / "translations"
PREFIX = "recovery_journal_"
# The committed languages: file suffix -> the .ts language attribute for a new file.
LANGUAGES = {"en": "en", "pl": "pl_PL"}
PSEUDO = ("en_XA", "ar_XB")
SOURCE_LANGUAGE = "en"

# ---- pseudo-translation -------------------------------------------------------------------------

ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# What must reach the screen unchanged: str.format fields and escaped braces, Qt's %n/%Ln/%1,
# HTML tags and entities, a mnemonic's & with its letter (Alt+letter must stay typeable), links.
PROTECTED = re.compile(
    r"\{\{|\}\}|\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}"
    r"|%L?n|%L?\d+|%\([A-Za-z_]+\)[rsd]|%[rsd]|<[^<>]+>|&(?:[A-Za-z]+|#\d+);|&&|&\w"
    r"|https?://[^\s<>\"]+|[\w.+-]+@[\w-]+\.[\w.]+"
)
LONGER = 0.4
RLM, RLO, PDF = "\u200f", "\u202e", "\u202c"
LETTERS = re.compile(r"[A-Za-z]+")


def _pieces(text: str) -> Iterable[tuple[str, bool]]:
    """`text` cut into (piece, protected) pieces."""
    pos = 0
    for match in PROTECTED.finditer(text):
        if match.start() > pos:
            yield text[pos : match.start()], False
        yield match.group(), True
        pos = match.end()
    if pos < len(text):
        yield text[pos:], False


def visible_length(text: str) -> int:
    """Characters a person reads: without tags, and a mnemonic's & not counted."""
    text = re.sub(r"<[^<>]+>", "", text)
    return len(re.sub(r"&(?=\w)", "", text))


def pseudo_long(text: str) -> str:
    """en-XA: "Save your check-in" -> "[Šåṽé ýöûŕ çĥéçķ-îñ ~~~~]": every letter accented (so any
    English left on screen stands out), bracketed (so a cut-off end shows) and at least 40%
    longer (so a layout that cannot grow shows)."""
    if not text:
        return text
    body = "".join(piece if protected else piece.translate(ACCENTED) for piece, protected in _pieces(text))
    need = math.ceil(visible_length(text) * LONGER)
    if need <= 2:
        return f"[{body}]"
    return f"[{body} {'~' * max(1, need - 3)}]"


def pseudo_rtl(text: str) -> str:
    """ar-XB: each run of Latin letters forced right-to-left (shown mirrored) and the paragraph
    made right-to-left, so text, alignment and punctuation behave as in Arabic or Hebrew."""
    if not text:
        return text
    body = "".join(
        piece if protected else LETTERS.sub(lambda m: f"{RLO}{m.group()}{PDF}", piece)
        for piece, protected in _pieces(text)
    )
    return RLM + body


PSEUDO_TRANSFORMS: dict[str, Callable[[str], str]] = {"en_XA": pseudo_long, "ar_XB": pseudo_rtl}

# ---- .ts files ------------------------------------------------------------------------------------


def ts_path(suffix: str) -> Path:
    return TRANSLATIONS / f"{PREFIX}{suffix}.ts"


def qm_path(suffix: str) -> Path:
    return TRANSLATIONS / f"{PREFIX}{suffix}.qm"


def tool(name: str) -> str:
    """A Qt tool from the PySide6 wheel, next to this Python (the venv) or on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is missing: it comes with PySide6-Essentials (run `make` first).")
    return found


def lupdate(targets: list[Path], *extra: str) -> None:
    command = [
        tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-silent",
        "-source-language", SOURCE_LANGUAGE, *extra, *SOURCES, "-ts", *map(str, targets),
    ]
    subprocess.run(command, check=True, cwd=ROOT)


def lrelease(source: Path, target: Path) -> None:
    command = [tool("pyside6-lrelease"), "-nounfinished", "-silent", str(source), "-qm", str(target)]
    subprocess.run(command, check=True, cwd=ROOT)


def message_key(context: ET.Element, message: ET.Element) -> tuple[str, str, str]:
    return (
        context.findtext("name", ""),
        message.findtext("source", ""),
        message.findtext("comment", ""),
    )


def messages(tree: ET.ElementTree) -> Iterable[tuple[tuple[str, str, str], ET.Element]]:
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield message_key(context, message), message


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
    return all(texts)


def unfinished(path: Path) -> list[tuple[str, str, str]]:
    """The (context, source, disambiguation) of every live message without a finished translation."""
    result = []
    for key, message in messages(ET.parse(path)):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("vanished", "obsolete"):
            continue
        if not finished(message):
            result.append(key)
    return result


def english_plurals() -> dict[tuple[str, str, str], list[str]]:
    """The English plural forms written in recovery_journal_en.ts, by message."""
    path = ts_path("en")
    if not path.exists():
        return {}
    forms = {}
    for key, message in messages(ET.parse(path)):
        if message.get("numerus") == "yes" and finished(message):
            forms[key] = [f.text or "" for f in message.iter("numerusform")]
    return forms


def write_pseudo(template: Path, suffix: str, plurals: dict[tuple[str, str, str], list[str]]) -> Path:
    """The pseudo-language's .ts: every extracted string transformed, every entry finished."""
    transform = PSEUDO_TRANSFORMS[suffix]
    tree = ET.parse(template)
    root = tree.getroot()
    # English plural rules (two forms): the pseudo text is English underneath.
    root.set("language", SOURCE_LANGUAGE)
    root.set("sourcelanguage", SOURCE_LANGUAGE)
    for key, message in messages(tree):
        old = message.find("translation")
        if old is not None:
            message.remove(old)
        translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            source = key[1]
            for form in plurals.get(key, [source, source]):
                ET.SubElement(translation, "numerusform").text = transform(form)
        else:
            translation.text = transform(key[1])
    target = ts_path(suffix)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target


def translation_texts(translation: ET.Element) -> tuple[str, ...]:
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return tuple(forms) if forms else (translation.text or "",)


def carry_over_moved(path: Path) -> list[tuple[str, str, str]]:
    """Keep translations of strings that only moved to another context (a class renamed, code
    moved to another module): lupdate fills them in from the old context but marks them
    unfinished, and unfinished shows English. Where the English and the disambiguation are the
    same and the old entry was finished, the meaning is the same: mark it finished and drop the
    old entry. Returns the keys carried over."""
    tree = ET.parse(path)
    root = tree.getroot()
    gone: dict[tuple[str, str], tuple[ET.Element, ET.Element, tuple[str, ...]]] = {}
    live: list[tuple[ET.Element, ET.Element, ET.Element]] = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                words = (message.findtext("source", ""), message.findtext("comment", ""))
                gone[words] = (context, message, translation_texts(translation))
            elif kind == "unfinished":
                live.append((context, message, translation))
    carried = []
    for context, message, translation in live:
        words = (message.findtext("source", ""), message.findtext("comment", ""))
        old = gone.pop(words, None)
        if old is None or old[2] != translation_texts(translation) or not all(old[2]):
            continue
        del translation.attrib["type"]
        old[0].remove(old[1])
        carried.append(message_key(context, message))
    if carried:
        for context in list(root.iter("context")):
            if context.find("message") is None:
                root.remove(context)
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return carried


def update() -> None:
    """Merge the strings the code holds now into the committed .ts sources.

    Strings gone from the code stay in the files as "vanished" (translators can reuse them)
    unless they only moved, see carry_over_moved."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for suffix, extra in (("en", ["-pluralonly"]), ("pl", [])):
        options = [*extra, "-target-language", LANGUAGES[suffix]]
        lupdate([ts_path(suffix)], *options)
        carried = carry_over_moved(ts_path(suffix))
        if carried:
            print(f"{ts_path(suffix).name}: kept {len(carried)} translation(s) of strings that moved")
            lupdate([ts_path(suffix)], *options)  # back to lupdate's own layout


def release() -> None:
    """Pseudo-languages from a fresh extraction, then every .qm."""
    WORK.mkdir(parents=True, exist_ok=True)
    template = WORK / "template.ts"
    template.unlink(missing_ok=True)
    lupdate([template], "-target-language", SOURCE_LANGUAGE)
    plurals = english_plurals()
    sources = [ts_path(suffix) for suffix in LANGUAGES if ts_path(suffix).exists()]
    sources += [write_pseudo(template, suffix, plurals) for suffix in PSEUDO]
    for source in sources:
        lrelease(source, source.with_suffix(".qm"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("step", choices=("update", "release"))
    args = parser.parse_args(argv)
    if args.step == "update":
        update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
