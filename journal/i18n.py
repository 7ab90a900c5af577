"""Languages for the core: which one, and every sentence the command line and the summary say in it.

One catalogue per language serves the app and the command line: Qt Linguist sources in
resources/translations/recovery_journal_<lang>.ts, compiled by `make translations`/the build into
.qm files. In the app, the desktop side installs Qt's translators and hands `QCoreApplication.translate`
to `set_backend`, so core strings go through Qt like every widget's. Without Qt (the command line,
a server), `translate` reads the same .qm with journal/qm.py, lazily, on the first string that
needs it. English strings are the source text: with English chosen, `translate` returns its
argument untouched (plural messages alone read the small English catalogue, for "1 day"/"2 days").

How to write a translatable string here: docs/translations.md. In short, `translate("Context",
"Plain text with {name} placeholders").format(name=...)`, and for counts
`translate("Context", "%n days", None, count)`, always with literal strings and positional
arguments, because that is what `pyside6-lupdate` can see.

The language is chosen once at start (`choose_language`): `--lang CODE`, else the choice saved in
Settings (the non-personal ui.ini), else the system locale (LC_ALL, LC_MESSAGES, LANG), else
English. Dates and numbers in core text go through journal.localformat, which writes them as
QLocale does in the app.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

from . import messages
from .errors import UsageError
from .languages import (
    ENGLISH,
    LANGUAGES,
    POLISH,
    PSEUDO_LONG,
    PSEUDO_RTL,
    Language,
    current_language,
    find_language,
    selectable_languages,
    set_language,
)

if TYPE_CHECKING:  # loaded by the first string that needs them, not with every command
    from .qm import Catalogue

__all__ = [
    "ENGLISH", "LANGUAGES", "POLISH", "PSEUDO_LONG", "PSEUDO_RTL", "Language", "current_language",
    "find_language", "selectable_languages", "set_language",
]

CATALOGUE_PREFIX: Final = "recovery_journal_"
SETTINGS_FILE: Final = "ui.ini"
SETTINGS_KEY: Final = "language"
LOCALE_VARIABLES: Final = ("LC_ALL", "LC_MESSAGES", "LANG")


def parse_language_option(text: str) -> Language:
    """`--lang CODE`: an unknown language is a usage error (exit 2), as the contract says."""
    language = find_language(text)
    if language is None:
        message = translate("i18n", "There is no language '{value}' in this app. Choose one of: {codes}.")
        raise UsageError(message.format(value=text, codes=", ".join(known.code for known in LANGUAGES)))
    return language


def option_value(argv: Sequence[str], name: str) -> str | None:
    """The value of a global option (`--lang CODE` or `--lang=CODE`) in a command line, read
    before the parser is built, since its help texts are translated. Stops at `--`."""
    for index, arg in enumerate(argv):
        if arg == "--":
            return None
        if arg == name:
            return argv[index + 1] if index + 1 < len(argv) else None
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


def start(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> Language:
    """Choose and set the language of a command line before anything is said.

    Settings and the system decide first, so that an unknown `--lang` is reported in the
    language the person would otherwise get; then `--lang`, which raises UsageError if unknown.
    """
    global _defaulted
    from . import paths

    folder = paths.settings_dir(paths.data_dir(option_value(argv, "--data-dir")))
    language, _defaulted = _choose(None, folder, environ, ())
    set_language(language)
    option = option_value(argv, "--lang")
    if option is not None:
        set_language(parse_language_option(option))
        _defaulted = False
    return current_language()


def chosen_by_default() -> bool:
    """True when `start` found no option, saved choice or locale variable and fell back to
    English: the app then asks Qt for the system's UI languages (macOS and Windows rarely set
    LANG for a program started from the desktop)."""
    return _defaulted


def settings_language(settings_folder: Path) -> str | None:
    """The language saved in Settings: `language=` in the [General] section of ui.ini, the INI
    file QSettings writes for the app's non-personal settings). Read here without Qt, for the command line."""
    path = settings_folder / SETTINGS_FILE
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    if SETTINGS_KEY not in text.lower():  # most never choose one: no INI parser then (~2 ms at start)
        return None
    import configparser

    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(text)
    except configparser.Error:
        return None
    value = parser.get("General", SETTINGS_KEY, fallback="").strip().strip('"')
    return value or None


def system_language_names(environ: Mapping[str, str]) -> list[str]:
    """The system's message locale, as POSIX orders it: the first set of LC_ALL, LC_MESSAGES, LANG.

    On Windows, where none of them is usually set, the user's locale name from the system.
    """
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if value:
            return [value]
    if sys.platform == "win32":  # pragma: no cover - only on Windows
        import ctypes

        buffer = ctypes.create_unicode_buffer(85)
        if ctypes.windll.kernel32.GetUserDefaultLocaleName(buffer, len(buffer)):
            return [buffer.value]
    return []


def choose_language(
    option: str | None,
    settings_folder: Path | None,
    environ: Mapping[str, str] | None = None,
    system_languages: Sequence[str] = (),
) -> Language:
    """The contract's order: `--lang`, else Settings, else the system locale, else English.

    An unknown `--lang` raises UsageError; an unknown saved choice or system locale is passed
    over (a person whose computer is in German gets English, not an error). `system_languages`
    lets the app add what Qt knows of the system (macOS and Windows UI languages).
    """
    return _choose(option, settings_folder, environ, system_languages)[0]


def _choose(
    option: str | None, settings_folder: Path | None, environ: Mapping[str, str] | None, system: Sequence[str]
) -> tuple[Language, bool]:
    """The language, and whether nothing chose it (English by default)."""
    if option is not None:
        return parse_language_option(option), False
    if settings_folder is not None:
        saved = settings_language(settings_folder)
        found = find_language(saved) if saved else None
        if found is not None:
            return found, False
    names = system_language_names(os.environ if environ is None else environ)
    for name in [*names, *system]:
        found = find_language(name)
        if found is not None:
            return found, False
    return ENGLISH, True


# ---- translation ------------------------------------------------------------------------------

Backend = Callable[[str, str, "str | None", int], str]

_defaulted = False
_backend: Backend | None = None
_catalogues: dict[str, Catalogue | None] = {}  # by catalogue name; None: missing or unreadable
_lock = threading.Lock()


def translations_dir() -> Path:
    """resources/translations, from a checkout or from the frozen (PyInstaller) app."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parents[1]
    return root / "resources" / "translations"


def catalogue_path(language: Language) -> Path:
    return translations_dir() / f"{CATALOGUE_PREFIX}{language.catalogue}.qm"


def set_backend(backend: Backend | None) -> None:
    """Let Qt translate core strings too (the app passes QCoreApplication.translate), so the app
    has one translation engine; None goes back to reading .qm files here."""
    global _backend
    _backend = backend


def reset() -> None:
    """English, no backend, nothing cached: for tests, which share one process."""
    global _defaulted
    _defaulted = False
    set_language(ENGLISH)
    set_backend(None)
    with _lock:
        _catalogues.clear()


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language; the same call shape as QCoreApplication.translate.

    `context` groups strings for translators (the module's name, e.g. "cli"); `disambiguation`
    tells apart two uses of the same English words; `n` >= 0 picks the plural form and replaces
    `%n` (plain digits) or `%Ln` (digits grouped as the language writes them). Text with no
    finished translation comes back in English.
    """
    if _backend is not None:
        return _backend(context, text, disambiguation, n)
    language = current_language()
    if n < 0 and language is ENGLISH:
        return text
    catalogue = _catalogue(language)
    found = catalogue.lookup(context, text, disambiguation, n) if catalogue is not None else None
    result = text if found is None else found
    return replace_count(result, n) if n >= 0 else result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation where it is defined (a table, a constant) and returns it
    unchanged; translate it where it is shown: `translate(context, TABLE[key])`. (Qt's name,
    because that is the name pyside6-lupdate looks for.)"""
    return text


def replace_count(text: str, n: int) -> str:
    """What QCoreApplication.translate does after the lookup: `%n` → n, `%Ln` → n grouped."""
    if "%" not in text:
        return text
    if "%Ln" in text:
        from .localformat import format_number

        text = text.replace("%Ln", format_number(n))
    return text.replace("%n", str(n))


def _catalogue(language: Language) -> Catalogue | None:
    """The language's catalogue, read on first use; None (so English) if missing or unreadable."""
    from .qm import Catalogue, QmFormatError

    with _lock:
        if language.catalogue not in _catalogues:
            try:
                _catalogues[language.catalogue] = Catalogue.load(catalogue_path(language))
            except (OSError, QmFormatError):
                _catalogues[language.catalogue] = None
        return _catalogues[language.catalogue]


# The core's error sentences (journal/messages.py) are translated with the same engine.
messages.use(translate)
