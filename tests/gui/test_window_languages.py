"""A window in another language than English: first run offers a model that understands it, Settings says
which model suits which languages, and the example searches are in the window's language once the model is."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from window_support import WAIT_MS, wait_ready

from photoseek.core import modellanguages
from photoseek.core.modelspec import DEFAULT_MODEL
from photoseek.core.settings import LibrarySettings
from photoseek.gui import i18n, modelchoice
from photoseek.gui.searchbar import EXAMPLES
from photoseek.gui.settings import LANGUAGE_MODEL_ASKED, Settings
from support import TOY_MODEL, TOY_MULTILINGUAL

pytestmark = pytest.mark.gui

SIGLIP2 = "ViT-B-16-SigLIP2:webli"


@pytest.fixture
def speaking(qapp) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """`speaking("de")`: the window in that language, as `photoseek gui` under LANG=de_DE or Settings would."""
    yield lambda language: i18n.install(qapp, language)
    i18n.install(qapp, "en")


def offer(window) -> QMessageBox | None:  # type: ignore[no-untyped-def]
    box = window.models.offer
    return box if box is not None and box.isVisible() else None


def test_every_curated_model_declares_its_languages_in_core() -> None:
    assert {entry.spec for entry in modelchoice.CURATED} <= set(modellanguages.KNOWN)


@pytest.mark.warns
def test_first_run_in_german_offers_a_multilingual_model_and_uses_it(qtbot, make_window, speaking):
    speaking("de")
    window = make_window(None)  # the default model, not downloaded: first run
    qtbot.waitUntil(lambda: offer(window) is not None, timeout=WAIT_MS)
    box = offer(window)
    assert "Deutsch" in box.windowTitle() and "SigLIP 2" in box.text() and "1,5 GB" in box.text()
    assert box.informativeText() == modelchoice.shown(modelchoice.curated(SIGLIP2).tradeoff)
    use = next(b for b in box.buttons() if "SigLIP 2" in b.text())
    use.click()

    qtbot.waitUntil(lambda: LibrarySettings.load(window.home.library_file).get("model") == SIGLIP2, timeout=WAIT_MS)
    # Offline here, so its download fails and says so; the question is not asked again.
    qtbot.waitUntil(lambda: window.empty.state is not None and window.empty.state.name == "model_unavailable",
                    timeout=WAIT_MS)
    assert offer(window) is None and window.models.offer is None
    assert Settings(window.home).get(LANGUAGE_MODEL_ASKED) == 1


@pytest.mark.warns
def test_keeping_the_english_model_downloads_it_and_is_not_asked_again(qtbot, make_window, speaking):
    speaking("ja")
    window = make_window(None)
    qtbot.waitUntil(lambda: offer(window) is not None, timeout=WAIT_MS)
    assert "日本語" in offer(window).windowTitle()
    offer(window).escapeButton().click()

    qtbot.waitUntil(lambda: window.empty.state is not None and window.empty.state.name == "model_unavailable",
                    timeout=WAIT_MS)
    assert "ダウンロードできませんでした" in window.empty.text.text(), "the download was tried, said in Japanese"
    assert LibrarySettings.load(window.home.library_file).get("model") == DEFAULT_MODEL
    window.models.first_download(DEFAULT_MODEL)  # as after the next start
    assert window.models.offer is None, "asked once"


@pytest.mark.warns
def test_an_english_window_is_not_asked(qtbot, make_window):
    window = make_window(None)
    qtbot.waitUntil(lambda: window.empty.state is not None and window.empty.state.name == "model_unavailable",
                    timeout=WAIT_MS)
    assert window.models.offer is None


def test_settings_say_which_languages_each_model_suits(qtbot, app_home, speaking):
    from photoseek.gui.settingsdialog import SettingsChoice, SettingsDialog

    def note(spec: str) -> str:
        dialog = SettingsDialog(SettingsChoice((), spec, (), 0))
        qtbot.addWidget(dialog)
        return dialog.languages_note.text()

    assert note(DEFAULT_MODEL) == "Queries in English only."
    assert note(SIGLIP2) == ("Good for queries in English, Deutsch, and français. Weaker in 日本語 and 简体中文.")
    assert note(str(TOY_MODEL)).startswith("Which languages this model understands is not known")
    speaking("fr")
    assert "Pour des requêtes en français, choisissez SigLIP 2" in note(DEFAULT_MODEL)
    assert "choisissez" not in note(SIGLIP2), "it suits French"
    speaking("zh_CN")
    assert note(SIGLIP2).endswith("的效果较弱。要使用简体中文查询，请选择 多语言 CLIP ViT-B/32。"), \
        "weak in Chinese: a better one (and no space between Chinese sentences)"


def test_example_searches_follow_the_model_into_the_window_language(qtbot, make_window, speaking, tmp_path):
    speaking("de")
    window = make_window(str(TOY_MULTILINGUAL))
    wait_ready(qtbot, window)
    german = tuple(modelchoice.QCoreApplication.translate("examples", example) for example in EXAMPLES)
    assert german != EXAMPLES and "Strand" in german[0]
    qtbot.waitUntil(lambda: german[0] in window.search_bar.examples.text(), timeout=WAIT_MS)
    assert EXAMPLES[0] not in window.search_bar.examples.text()


def test_core_explanations_are_shown_in_the_window_language(speaking):
    from photoseek.core import modelfiles, volumes
    from photoseek.core.modelspec import parse_model_spec

    offline = modelfiles.explain_download_failure(parse_model_spec(DEFAULT_MODEL), ConnectionError(modelfiles.NO_HUB))
    unreadable = volumes.UNREADABLE.format(detail="Permission denied")
    speaking("de")
    assert i18n.from_core(offline) == (
        f"Das Suchmodell {DEFAULT_MODEL} konnte nicht heruntergeladen werden: es besteht keine Verbindung zum "
        "Hugging Face Hub (offline oder von einem Proxy blockiert). Versuchen Sie es erneut, wenn Sie online sind, "
        "oder wählen Sie einen Modellordner oder eine Gewichtsdatei, die sich bereits auf diesem Computer befindet.")
    assert i18n.from_core(unreadable) == "nicht lesbar (Permission denied)"
    assert i18n.from_core(volumes.EMPTY).startswith("leer, obwohl")
    assert i18n.from_core("something core never said") == "something core never said"
    speaking("en")
    assert i18n.from_core(offline) == offline, "English stays what the command line prints"
