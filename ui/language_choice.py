"""The language box offered in Settings and on the welcome screen (docs/translations.md).

Each language is listed in its own name ("English", "Polski"), so a person who cannot read the
language the app speaks now still finds theirs. The choice is kept in the non-personal ui.ini
(`journal.i18n.SETTINGS_KEY`), where `journal.i18n.choose_language` reads it at the next start;
the welcome screen also switches at once (ui.main_window.MainWindow.change_language).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from journal import i18n
from journal.i18n import Language

from .theme import UiSettings


def saved_language(settings: UiSettings) -> Language | None:
    """The language chosen in Settings or on the welcome screen, if any."""
    value = settings.value(i18n.SETTINGS_KEY)
    return i18n.find_language(str(value)) if value else None


class LanguageBox(QComboBox):
    """English, Polski…: the app's languages, the one it speaks now selected."""

    chosen = Signal(object)  # the Language the person picked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for language in i18n.selectable_languages():
            self.addItem(language.name, language.code)
        self.setAccessibleName(self.tr("Language"))
        self.show_language(i18n.current_language())
        self.activated.connect(self._activated)

    def show_language(self, language: Language) -> None:
        """Select `language` without saying it was chosen (a pseudo-language, not offered, is
        named in the empty box)."""
        blocked = self.blockSignals(True)
        self.setCurrentIndex(self.findData(language.code))
        self.setPlaceholderText(language.name)
        self.blockSignals(blocked)

    def _activated(self, index: int) -> None:
        language = i18n.find_language(str(self.itemData(index)))
        if language is not None:
            self.chosen.emit(language)
