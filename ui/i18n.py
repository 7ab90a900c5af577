"""The app's language: Qt's translators, the default QLocale and the layout direction.

`install(app, language)` runs once at start, before the first widget is made (run_app), with the
language journal.i18n.choose_language picked (`--lang`, else Settings, else the system):
- our catalogue, resources/translations/recovery_journal_<lang>.qm, for every `self.tr(...)` and
  `QCoreApplication.translate(...)`, and for the core's `journal.i18n.translate`, which is handed
  QCoreApplication.translate so the app has one translation engine;
- Qt's own qtbase_<lang>.qm (standard dialogs: print preview, file dialogs, message boxes);
- QLocale.setDefault, so QLocale() dates and numbers follow the language;
- the layout direction (right to left for ar-XB).
The two files are memory-mapped by QTranslator, so this costs about a millisecond (docs/translations.md).

Changing the language while the app runs (`switch`) reinstalls all of this; widgets already made
keep their words until rebuilt (the app rebuilds its pages rather than every widget handling
QEvent.LanguageChange).

How to write translatable strings in the app: docs/translations.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from journal import i18n
from journal.i18n import Language

if TYPE_CHECKING:
    from .theme import UiSettings

USER_TEXT_PROPERTY = "rjUserText"

# Kept here so Python does not free a translator Qt still uses.
_installed: list[QTranslator] = []
_locale_before: list[QLocale] = []  # the default QLocale before the first install


def qt_translations_dir() -> Path:
    """Where Qt's own .qm files are: the PySide6 wheel's Qt/translations (or the frozen copy)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def system_ui_languages() -> list[str]:
    return QLocale.system().uiLanguages()


def app_language() -> Language:
    """The language journal.cli chose at start; where nothing chose one, the first of the
    system's UI languages (as Qt reads them on macOS and Windows) that the app speaks."""
    if i18n.chosen_by_default():
        for name in system_ui_languages():
            found = i18n.find_language(name)
            if found is not None:
                return found
    return i18n.current_language()


def install(app: QCoreApplication, language: Language) -> list[str]:
    """Speak `language`; returns the .qm files loaded (for logs and tests)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if not _locale_before:
        _locale_before.append(QLocale())
    loaded = []
    files = [(i18n.translations_dir(), f"{i18n.CATALOGUE_PREFIX}{language.catalogue}")]
    if language.qtbase:
        files.insert(0, (qt_translations_dir(), f"qtbase_{language.qtbase}"))
    for folder, name in files:  # installed last = searched first: ours before Qt's
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    QLocale.setDefault(QLocale(language.qt_locale))
    # Left to right is where every app starts, so only a change of direction is set: naming Qt's
    # namespace builds its 94 enum classes, which start-up otherwise leaves for later.
    if isinstance(app, QGuiApplication) and language.right_to_left != app.isRightToLeft():
        from PySide6.QtCore import Qt

        rtl = language.right_to_left
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    i18n.set_language(language)
    i18n.set_backend(QCoreApplication.translate)
    return loaded


def uninstall(app: QCoreApplication) -> None:
    """Back to English with no translators (tests share one QApplication)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if _locale_before:
        QLocale.setDefault(_locale_before.pop())
    if isinstance(app, QGuiApplication):
        from PySide6.QtCore import Qt

        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    i18n.reset()


def switch(app: QCoreApplication, language: Language, settings: UiSettings | None = None) -> None:
    """A new language chosen in Settings or on the welcome screen: saved (if `settings` is given)
    and installed; the caller rebuilds what is on screen."""
    if settings is not None:
        settings.set_value(i18n.SETTINGS_KEY, language.code)
    install(app, language)


def mark_user_text(widget: QWidget) -> None:
    """Says a widget shows the person's own words (a name, a note), which are never translated, so
    the pseudo-language check (tests/ui/i18n_check.py) passes it over."""
    widget.setProperty(USER_TEXT_PROPERTY, True)
