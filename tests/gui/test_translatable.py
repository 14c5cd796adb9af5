"""Every string the window shows goes through Qt's translation system.

A pseudo-translator marks each string Qt asks it for; the real window is then opened on a real library,
searched, and every text it shows (widgets, menus, tooltips, accessible names, dialogs, the grid's rows)
must carry the mark. A string that reaches the screen unmarked would stay English in every language.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QWidget,
)
from window_support import WAIT_MS, photo_index, wait_indexed

from photoseek import APP_NAME
from photoseek.gui import i18n
from photoseek.gui import settings as opt
from photoseek.gui.resources import TRANSLATIONS
from photoseek.gui.resultsmodel import PATH_ROLE

pytestmark = pytest.mark.gui
OPEN, CLOSE = "⟦", "⟧"


class Marking(QTranslator):
    """Answers every lookup with the English source between marks (Qt still fills in %n)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"{OPEN}{source}{CLOSE}"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marking(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = Marking()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
    i18n.install(qapp, "en")


def texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for what a user sees or hears of `widget` and its visible children."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        name = f"{type(child).__name__} {child.objectName()}".strip()
        yield f"{name} tooltip", child.toolTip()
        yield f"{name} accessible name", child.accessibleName()
        yield f"{name} accessible description", child.accessibleDescription()
        if child.isWindow():
            yield f"{name} title", child.windowTitle()
        if isinstance(child, QLabel | QAbstractButton):
            yield f"{name} text", child.text()
        if isinstance(child, QLineEdit):
            yield f"{name} placeholder", child.placeholderText()
        if isinstance(child, QGroupBox):
            yield f"{name} title", child.title()
        if isinstance(child, QComboBox):
            yield from ((f"{name} item", child.itemText(n)) for n in range(child.count()))
        if isinstance(child, QTreeWidget):
            header = child.headerItem()
            yield from ((f"{name} header", header.text(c)) for c in range(header.columnCount()))
        for action in QWidget.actions(child):  # (MainWindow.actions is its PhotoActions)
            yield from action_texts(action)


def action_texts(action: QAction) -> Iterator[tuple[str, str]]:
    yield f"action {action.text()!r}", action.text()
    yield f"action {action.text()!r} tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "") \
        else ""
    if action.menu() is not None:
        for inner in action.menu().actions():
            yield from action_texts(inner)


def unmarked(texts: Iterator[tuple[str, str]], data: set[str]) -> list[tuple[str, str]]:
    """The texts that did not go through a translation, leaving out data (names, paths, counts, the app's name)."""
    left = []
    for where, text in texts:
        plain = text.replace("&", "").strip()
        if not plain or OPEN in plain or plain == APP_NAME or not re.search(r"[^\W\d_]", plain):
            continue
        if plain in data or any(plain.startswith(item) for item in data if len(item) > 3):
            continue
        left.append((where, text))
    return left


def test_every_string_the_window_shows_is_translatable(qtbot, marking, make_window, tiny_model, photos):
    (photos[0].path.parent / "truncated.jpg").write_bytes(b"\xff\xd8\xff\xe0 cut short")
    folder = photos[0].path.parent
    window = make_window(tiny_model, [folder])
    wait_indexed(qtbot, window, len(photos))
    qtbot.waitUntil(lambda: window.failures_button.isVisible(), timeout=WAIT_MS)
    data = {str(folder), folder.name, str(folder.parent), *(str(p.path) for p in photos),
            *(p.path.name for p in photos), "truncated.jpg", *i18n.LANGUAGES.values()}  # each language in itself
    seen: list[tuple[str, str]] = []

    seen += texts_of(window)  # the library, as the window opens on it
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_text("a red circle")
    data.add("a red circle")
    seen += texts_of(window)
    seen += grid_texts(window)
    first = photo_index(window, 0)
    seen += (("context menu", text) for _, text in menu_texts(window.view.context_menu(first)))
    window.view.selectAll()
    seen += (("menu on a selection", text) for _, text in menu_texts(window.view.context_menu(first)))
    seen += (("filter menu", text) for _, text in menu_texts(window.filter_bar.menu))

    window.show_preview(str(first.data(PATH_ROLE)))
    qtbot.waitUntil(window.preview.isVisible, timeout=WAIT_MS)
    seen += texts_of(window.preview)
    window.preview.close()
    settings = window.open_settings()
    seen += texts_of(settings)
    settings.reject()
    dates = window.filter_bar.choose_dates()
    seen += texts_of(dates)
    dates.reject()
    window.show_failures()
    seen += texts_of(window.failures_dialog)
    window.failures_dialog.close()

    assert [text for _, text in seen if OPEN in text], "the pseudo-translation reached the window"
    assert unmarked(iter(seen), data) == []


def grid_texts(window) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The grid's own rows: its headings and action rows, and each photo's tooltip (data left out by `unmarked`)."""
    model = window.model
    for row in range(model.rowCount()):
        index = model.index(row)
        if model.is_heading(row):
            heading = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if not is_date(heading):  # dates are written by QLocale, in the user's language already
                yield f"grid heading {row}", heading
        else:
            tooltip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
            # A tooltip is the photo's name and facts about it; its words must be translated.
            words = [line for line in tooltip.splitlines()[1:] if line and not line.startswith(str(Path("/")))]
            yield from ((f"tooltip of row {row}", line) for line in words)


def is_date(text: str) -> bool:
    locale = QLocale()
    return locale.toDate(text, QLocale.FormatType.LongFormat).isValid() or locale.toDate(text, "MMMM yyyy").isValid()


def menu_texts(menu) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    for action in menu.actions():
        yield from action_texts(action)


def test_counts_read_as_english_plurals(qapp):
    """The English plural forms ship as a translation: without them the window would say "3 photo(s)"."""
    assert i18n.install(qapp, "en") == ["en"]
    assert QCoreApplication.translate("statusbar", "%Ln folder(s) offline", "", 1) == "1 folder offline"
    assert QCoreApplication.translate("statusbar", "%Ln folder(s) offline", "", 12345) == "12,345 folders offline"


def test_the_shipped_translations_are_those_of_the_code(tmp_path):
    """A string added without `resources/translations/update.py` would stay English (or read "3 photo(s)")."""
    update = _update_tool()
    extracted = update.extract()
    fresh = tmp_path / "photoseek_en.ts"
    update.write(update.english(extracted), fresh)
    assert fresh.read_text(encoding="utf-8") == (TRANSLATIONS / "photoseek_en.ts").read_text(encoding="utf-8"), \
        "run resources/translations/update.py"
    for language, forms in update.LANGUAGES.items():
        shipped = TRANSLATIONS / f"photoseek_{language}.ts"
        fresh = tmp_path / shipped.name
        update.write(update.language(update.messages(extracted), language, update.translations(shipped), forms), fresh)
        assert fresh.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8"), \
            f"{shipped.name} lacks the window's current strings: run resources/translations/update.py"
    for ts in TRANSLATIONS.glob("photoseek_*.ts"):
        compiled = tmp_path / ts.with_suffix(".qm").name
        shutil.copy(ts, tmp_path / ts.name)
        update.release(tmp_path / ts.name)
        assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"{ts.name} is newer than its .qm"


@pytest.mark.parametrize("language", sorted(i18n.LANGUAGES.keys() - {i18n.SOURCE_LANGUAGE}))
def test_every_string_is_translated_in_every_shipped_language(language: str) -> None:
    """Each shipped language has every string the window shows, with the same {placeholders}, and as many
    plural forms as Qt's rules for that language ask (one in Japanese and Chinese, two in French and German)."""
    update = _update_tool()
    ts = TRANSLATIONS / f"photoseek_{language}.ts"
    done = update.translations(ts)
    missing = [key for key in update.messages(update.extract()) if key not in done]
    assert missing == [], f"{len(missing)} strings untranslated in {ts.name}, e.g. {missing[0]}"
    for (context, source, _), translation in done.items():
        forms = translation if isinstance(translation, list) else [translation]
        if update.COUNT.search(source):
            assert len(forms) == update.LANGUAGES[language] and all(f.count("%Ln") == 1 for f in forms), source
        for form in forms:
            assert placeholders(form) == placeholders(source), (context, source, form)
            # A sentence left as it is was not translated; one word may be the language's too ("offline").
            words = re.findall(r"\b[a-z]{4,}\b", re.sub(r"\{\w+\}", "", source))
            assert form != source or len(words) < 2, f"left in English: {context}: {source}"


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w+\}", text))


def _update_tool():  # type: ignore[no-untyped-def]
    """resources/translations/update.py, the tool that writes the shipped translations."""
    tools = importlib.util.spec_from_file_location("update", TRANSLATIONS / "update.py")
    update = importlib.util.module_from_spec(tools)
    tools.loader.exec_module(update)  # type: ignore[union-attr]
    return update


@pytest.fixture
def english_afterwards(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    i18n.install(qapp, "en")


@pytest.mark.parametrize("language", ["de", "ja"])
def test_the_window_speaks_the_chosen_language(qtbot, qapp, english_afterwards, make_window, tiny_model, photos,
                                               language):
    """The language chosen in Settings (or the system's) is what the window says, its counts in that
    language's plural forms; the choice is kept for the next start."""
    update = _update_tool()
    ts = update.translations(TRANSLATIONS / f"photoseek_{language}.ts")
    assert i18n.install(qapp, language) == [language, "en"]
    window = make_window(tiny_model, [photos[0].path.parent])
    wait_indexed(qtbot, window, len(photos))
    placeholder = ts[("SearchBar", "Describe a photo, e.g. “a red bicycle” — or drop a photo here", "")]
    assert window.search_bar.edit.placeholderText() == placeholder
    watching = ts[("statusbar", "Watching %Ln folder(s) for changes", "")][0]  # one folder: the first form
    qtbot.waitUntil(lambda: window.watcher_label.text() == watching.replace("%Ln", "1"), timeout=WAIT_MS)

    settings = window.open_settings()
    settings.language_combo.setCurrentIndex(settings.language_combo.findData("fr"))
    settings.accept_if_valid()
    assert window.settings.get(opt.LANGUAGE) == "fr"
    assert window.statusBar().currentMessage() == ts[("MainWindow", "The new language shows the next time "
                                                      "PhotoSeek starts", "")]
