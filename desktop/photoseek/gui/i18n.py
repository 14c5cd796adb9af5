"""The window's language: Qt translators for PhotoSeek's strings and for Qt's own (dialog buttons).

Every string the window shows goes through Qt's translation system: `self.tr(…)` in a QObject
subclass, `QCoreApplication.translate(context, …)` elsewhere, `QT_TRANSLATE_NOOP` for constants.
Counts use Qt's plural forms ("%Ln photo(s)" with the count), so English too is a translation:
`photoseek_en.qm` holds only its plural forms and is always loaded, under the user's language.
"""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from photoseek.core import phrases
from photoseek.gui.resources import TRANSLATIONS

log = logging.getLogger("photoseek.gui.i18n")

SOURCE_LANGUAGE = "en"
# The languages the window speaks, each named in itself (what a user looks for in a list).
LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "ja": "日本語", "zh_CN": "简体中文"}


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
    english = QTranslator(app)
    if english.load(str(TRANSLATIONS / f"photoseek_{SOURCE_LANGUAGE}.qm")):
        translators.append(english)
        loaded.append(SOURCE_LANGUAGE)
    else:
        log.warning("the English plural forms are missing from %s: counts read “%%n photo(s)”", TRANSLATIONS)
    if locale.language() != QLocale.Language.English:  # installed last is asked first
        ours = QTranslator(app)
        if ours.load(locale, "photoseek", "_", str(TRANSLATIONS)):  # photoseek_zh_CN, else photoseek_zh…
            translators.append(ours)
            loaded.insert(0, Path(ours.filePath()).stem.removeprefix("photoseek_"))
        else:
            log.info("no translation for %s: the window speaks English", locale.name())
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


def decimal(value: float, places: int) -> str:
    """`value` with `places` decimals as the user's language writes them ("0.812", "0,812"), rounded as
    Python rounds (QLocale rounds ties up: a score would read differently in two places)."""
    return f"{value:.{places}f}".replace(".", QLocale().decimalPoint())


def from_core(message: str) -> str:
    """A sentence from photoseek.core (a reason, an explanation) in the window's language, where core marked
    it translatable (`photoseek.core.phrases`); anything else as it came."""
    for template, pattern in _core_patterns():
        found = pattern.fullmatch(message)
        if found:
            values = {name: from_core(value) for name, value in found.groupdict().items()}
            return QCoreApplication.translate(phrases.CONTEXT, template).format(**values)
    return message


@functools.cache
def _core_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each core template as a pattern that captures its values: "cannot read file ({detail})"."""
    patterns = []
    for template in phrases.translatable():
        parts = re.split(r"\{(\w+)\}", template)  # text, name, text, name, …, text
        regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
        patterns.append((template, re.compile(regex, re.DOTALL)))
    return tuple(patterns)
