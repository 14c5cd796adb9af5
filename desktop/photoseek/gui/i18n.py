"""The window's language: Qt translators for PhotoSeek's strings and for Qt's own (dialog buttons).

Every string the window shows goes through Qt's translation system: `self.tr(…)` in a QObject
subclass, `QCoreApplication.translate(context, …)` elsewhere, `QT_TRANSLATE_NOOP` for constants.
Counts use Qt's plural forms ("%Ln photo(s)" with the count), so English too is a translation:
`photoseek_en.qm` holds only its plural forms and is always loaded, under the user's language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from photoseek.gui.resources import TRANSLATIONS

log = logging.getLogger("photoseek.gui.i18n")

SOURCE_LANGUAGE = "en"


def install(app: QCoreApplication, language: str | None = None) -> list[str]:
    """Load the translations for `language` ("de", "ja"…; None: the system's), English beneath them.
    Returns the languages loaded, the user's first."""
    locale = QLocale(language) if language else QLocale.system()
    if locale.language() == QLocale.Language.C:  # no language set (LANG=C): English, with digit grouping
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    for translator in getattr(app, "_photoseek_translators", []):
        app.removeTranslator(translator)
    loaded, translators = [], []
    for name in dict.fromkeys([SOURCE_LANGUAGE, locale.name().split("_")[0]]):  # installed last is asked first
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS / f"photoseek_{name}.qm")):
            translators.append(ours)
            loaded.insert(0, name)
        elif name == SOURCE_LANGUAGE:
            log.warning("the English plural forms are missing from %s: counts read “%%n photo(s)”", TRANSLATIONS)
        if name != SOURCE_LANGUAGE:
            qt = QTranslator(app)
            if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    app._photoseek_translators = translators  # type: ignore[attr-defined]
    return loaded


def number(value: int) -> str:
    """`value` as the user's language writes numbers ("12,345", "12.345", "12 345")."""
    return QLocale().toString(value)
