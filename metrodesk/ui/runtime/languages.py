"""The interface's language: English, French or Spanish, as the system is set (LANGUAGE,
LC_ALL, LC_MESSAGES, LANG on Linux; the user's languages on Windows and macOS) unless the user
picked one in Settings.

`install(app)` puts three things in place, and `install` again with another language swaps
them: MetroDesk's own catalogue (`resources/translations/metrodesk_xx.qm`, built from the .ts
files by `python3 tasks.py translations`, the set-up and the bundle), Qt's own (`qtbase_xx.qm`:
the standard buttons, file dialogs and context menus Qt draws), and the default QLocale, so
that dates, numbers and amounts follow the language too. English has a catalogue as well: it
holds the plural forms ("1 backup", "2 backups").
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from metrodesk import i18n, resources
from metrodesk.i18n import QT_TR_NOOP
from metrodesk.ui.runtime.settings import LANGUAGE, Preferences

log = logging.getLogger(__name__)

#: the languages the interface speaks, each named in itself (as a language menu shows them)
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "es": "Español"}
DEFAULT = "en"


@dataclass
class _Installed:
    language: str = ""
    translators: tuple[QTranslator, ...] = ()


_installed = _Installed()


def system_language() -> str:
    """The first of the user's languages that MetroDesk speaks; English when none is."""
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT


def chosen_language(prefs: Preferences | None = None) -> str:
    """The language the Settings dialog asks for, else the system's."""
    value = (prefs or Preferences()).get(LANGUAGE)
    return value if value in LANGUAGES else system_language()


def current_language() -> str:
    """The language installed now ("" before `install`)."""
    return _installed.language


def catalogue(language: str) -> Path:
    return resources.folder() / "translations" / f"metrodesk_{language}.qm"


def qt_catalogue_folder() -> Path:
    """Where Qt's own translations are: PySide6's folder, or the bundle's copy of it."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Translate the interface into `language` (default: the chosen one); returns it.
    Windows built before keep their texts: the app builds its window again (see app.py)."""
    language = language if language in LANGUAGES else chosen_language()
    assert language is not None
    if language == _installed.language:
        return language
    for old in _installed.translators:
        app.removeTranslator(old)
    translators = []
    for path in (qt_catalogue_folder() / f"qtbase_{language}.qm", catalogue(language)):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            translators.append(translator)
        elif language != DEFAULT or path.name.startswith("metrodesk"):
            # a broken install or a checkout whose catalogues were never built: say so once
            log.warning("translations missing: %s", path)
    _installed.language = language
    _installed.translators = tuple(translators)
    QLocale.setDefault(locale_for(language))
    i18n.install(_qt_translate, language, _qt_number)
    return language


def locale_for(language: str) -> QLocale:
    """The system's own locale when it speaks `language` (a Canadian keeps fr_CA dates), else
    the language as written in the system's country (English in Spain: en_ES, dates 04/11/2016),
    else the language's main one. The C locale of servers and tests stays C in English (ISO
    dates); digits are grouped in every locale."""
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        locale = QLocale(system) if language == DEFAULT else QLocale(language)
    elif system.name().split("_")[0] == language:
        locale = QLocale(system)
    else:
        locale = QLocale(QLocale.codeToLanguage(language), system.territory())
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale


#: said in the language just chosen, which the window shows from the next start
RESTART_NOTICE = QT_TR_NOOP("The new language applies from the next start of MetroDesk.")


def in_language(language: str, text: str) -> str:
    """`text` (a text of the catalogue) as `language` says it, whatever language the interface
    speaks now: a notice about the language just chosen reads in that language."""
    translator = QTranslator()
    if language != DEFAULT and translator.load(str(catalogue(language))):
        return translator.translate("", text) or text
    return text


def _qt_translate(text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)


def _qt_number(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)
