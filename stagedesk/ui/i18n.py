"""The interface language: which translators are installed, and the locale numbers follow.

The source strings are Dutch, so Dutch needs only Qt's own translations (dialog buttons);
English adds ``resources/i18n/stagedesk_en.qm``. Installing or removing a translator makes Qt
send every widget a LanguageChange event, which is how open windows retranslate themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from stagedesk.config import RESOURCES_DIR

DEFAULT_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")
I18N_DIR = RESOURCES_DIR / "i18n"

_LOCALES = {
    "nl": (QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def normalise(language: object) -> str:
    """A supported language code for whatever a setting or argument held."""
    text = str(language or "").strip().lower()[:2]
    return text if text in LANGUAGES else DEFAULT_LANGUAGE


class Translations:
    """Owns the installed translators (Qt keeps only a pointer, so they must stay alive)."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def set_language(self, language: str) -> str:
        """Switch to ``language`` (normalised); returns the language now in use."""
        language = normalise(language)
        # The locale first: the LanguageChange events below make widgets redraw numbers.
        QLocale.setDefault(QLocale(*_LOCALES[language]))
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._install(f"qtbase_{language}", qt_dir)
        if language != DEFAULT_LANGUAGE:
            self._install(f"stagedesk_{language}", str(I18N_DIR))
        self.language = language
        return language

    def _install(self, name: str, directory: str) -> bool:
        translator = QTranslator()
        if not translator.load(name, directory):
            return False
        QCoreApplication.installTranslator(translator)
        self._installed.append(translator)
        return True
