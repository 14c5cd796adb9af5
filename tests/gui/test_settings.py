"""Settings: the library's (folders, excludes, model, threads) are core's, in library.json; the window's own in INI."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtCore import QSettings
from window_support import WAIT_MS, wait_indexed

import shapes_world
from photoseek.core import modelfiles
from photoseek.core.modelspec import parse_model_spec
from photoseek.core.settings import LibrarySettings
from photoseek.gui import settings as opt
from photoseek.gui import settingsdialog
from photoseek.gui.settings import Settings
from support import TINY_MODEL

pytestmark = pytest.mark.gui


def test_window_preferences_are_declared_once_and_persist_as_ini_in_the_app_home(app_home):
    first = Settings(app_home)
    assert first.get(opt.THUMBNAIL_SIZE) == 160 and first.get(opt.RESULT_LIMIT) == 1000
    first.set(opt.THUMBNAIL_SIZE, 192)
    first.set(opt.GEOMETRY, b"\x01\x02")
    first.sync()

    again = Settings(app_home)
    assert (again.get(opt.THUMBNAIL_SIZE), again.get(opt.GEOMETRY)) == (192, b"\x01\x02")
    raw = QSettings(str(app_home.settings_file), QSettings.Format.IniFormat)
    assert raw.value("view/thumbnail_size") in (192, "192") and raw.value("version") in (2, "2")
    assert not any(s.key.startswith("engine/") for s in opt.ALL), "the library's settings live in core"


def test_an_earlier_releases_model_choice_moves_to_the_library_settings(qtbot, make_window, tiny_model, photos,
                                                                        app_home):
    """Releases before library.json kept the model in settings.ini, where the CLI never saw it."""
    legacy = QSettings(str(app_home.settings_file), QSettings.Format.IniFormat)
    legacy.setValue("version", 1)
    legacy.setValue("engine/model", tiny_model)
    legacy.setValue("engine/threads", 1)
    legacy.sync()
    window = make_window(None, [photos[0].path.parent])
    wait_indexed(qtbot, window, len(photos))
    library = LibrarySettings.load(app_home.library_file)
    assert (library.get("model"), library.get("threads")) == (tiny_model, 1)
    assert not QSettings(str(app_home.settings_file), QSettings.Format.IniFormat).contains("engine/model")


def test_removing_a_folder_and_excluding_files_drop_their_photos_from_the_index(
        qtbot, make_window, tiny_model, photos, tmp_path, monkeypatch):
    other = shapes_world.write_folder(tmp_path / "other", per_class=1, seed=8, max_px=64,
                                      classes=[("red", "circle"), ("white", "star")])
    (tmp_path / "other" / "broken.jpg").write_bytes(b"\xff\xd8 not really a photo")
    window = make_window(tiny_model, [photos[0].path.parent, other[0].path.parent])
    wait_indexed(qtbot, window, len(photos) + len(other))
    qtbot.waitUntil(lambda: window.model.photo_count() == len(photos) + len(other), timeout=WAIT_MS)

    dialog = window.open_settings()
    assert dialog.folders() == [str(photos[0].path.parent), str(other[0].path.parent)]
    texts = [dialog.folder_list.item(row).text() for row in range(2)]
    assert texts == [f"{photos[0].path.parent}  —  {len(photos)} photos",
                     f"{other[0].path.parent}  —  {len(other)} photos · 1 unreadable"], "counts and status per folder"
    asked: list[str] = []
    answers = [settingsdialog.QMessageBox.StandardButton.Cancel, settingsdialog.QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(settingsdialog.QMessageBox, "question",
                        lambda _parent, _title, text, *a: asked.append(text) or answers.pop(0))
    dialog.folder_list.setCurrentRow(1)
    dialog.remove_selected_folder()
    assert dialog.folders() == [str(photos[0].path.parent), str(other[0].path.parent)], "Cancel keeps it"
    assert f"Its {len(other)} photos leave the index" in asked[0] and "files themselves stay" in asked[0]
    dialog.remove_selected_folder()
    dialog.excludes_edit.setPlainText("*.png\n")
    dialog.threads_spin.setValue(1)
    dialog.accept()

    kept = [p for p in photos if p.path.suffix != ".png"]
    wait_indexed(qtbot, window, len(kept))
    assert [f["path"] for f in window.status["folders"]] == [str(photos[0].path.parent)]
    assert window.status["excludes"] == ["*.png"]
    qtbot.waitUntil(lambda: window.status["threads"] == 1, timeout=WAIT_MS)
    library = LibrarySettings.load(window.home.library_file)
    assert (library.get("threads"), library.excludes) == (1, ["*.png"]), "what the CLI reads too"


def test_a_bad_pattern_or_model_is_refused_in_the_dialog_with_a_readable_message(qtbot, make_window, tiny_model,
                                                                                 photos, tmp_path):
    window = make_window(tiny_model, [photos[0].path.parent])
    wait_indexed(qtbot, window, len(photos))
    dialog = window.open_settings()
    dialog.set_model(str(tmp_path / "no-such-model"))
    dialog.accept_if_valid()
    assert dialog.isVisible() and "model folder not found" in dialog.error_label.text()
    assert LibrarySettings.load(window.home.library_file).get("model") == tiny_model


def test_changing_the_model_re_indexes_in_the_background_and_is_remembered(
        qtbot, make_window, tiny_model, photos, tmp_path):
    other_model = tmp_path / "other-model"
    shutil.copytree(TINY_MODEL, other_model)
    config = json.loads((other_model / "open_clip_config.json").read_text())
    config["note"] = "a different model as far as the index is concerned"
    (other_model / "open_clip_config.json").write_text(json.dumps(config))
    window = make_window(tiny_model, [photos[0].path.parent])
    wait_indexed(qtbot, window, len(photos))

    dialog = window.open_settings()
    dialog.set_model(str(other_model))
    assert "re-indexes" in dialog.model_note.text()
    shown: list[str] = []
    window.backend.progress.connect(lambda _p: shown.append(window.index_progress.label.text()))
    with qtbot.waitSignal(window.backend.run_finished, timeout=WAIT_MS,
                          check_params_cb=lambda report: report["added"] == len(photos)) as finished:
        dialog.accept()

    assert any(text.startswith("Switching models") for text in shown), shown
    assert finished.args[0]["model_changed"]
    assert window.status["model"] == str(other_model)
    assert LibrarySettings.load(window.home.library_file).get("model") == str(other_model), "the CLI sees it"


def test_the_model_list_explains_each_choice(qtbot, app_home):
    from photoseek.gui.modelchoice import CURATED
    from photoseek.gui.settingsdialog import SettingsChoice, SettingsDialog

    dialog = SettingsDialog(SettingsChoice((), CURATED[0].spec, (), 0))
    qtbot.addWidget(dialog)
    assert dialog.model_combo.count() == len(CURATED)
    for row, entry in enumerate(CURATED):
        dialog.model_combo.setCurrentIndex(row)
        assert entry.download in dialog.model_combo.currentText()
        assert dialog.model_note.text().startswith(entry.tradeoff)
        assert modelfiles.hub_weights(parse_model_spec(entry.spec)) is not None, "a real, downloadable model"


def test_re_index_now_looks_through_the_folders_again(qtbot, make_window, tiny_model, photos, tmp_path):
    window = make_window(tiny_model, [photos[0].path.parent], watch_debounce=3600)  # the watcher stays quiet
    wait_indexed(qtbot, window, len(photos))
    extra = shapes_world.write_one(photos[0].path.parent / "late.png", "red", "star", seed=5, max_px=64).path
    # (as on a network share, where a watcher may miss it)
    dialog = window.open_settings()
    with qtbot.waitSignal(window.backend.run_finished, timeout=WAIT_MS,
                          check_params_cb=lambda report: report["added"] == 1):
        next(b for b in dialog.findChildren(settingsdialog.QPushButton) if b.text() == "Re-index now").click()
    wait_indexed(qtbot, window, len(photos) + 1)
    assert extra.exists()


def test_a_model_folder_can_be_chosen_and_is_remembered(qtbot, make_window, tiny_model, photos, tmp_path,
                                                        monkeypatch):
    from photoseek.gui.modelchoice import CURATED

    other_model = tmp_path / "my models" / "tiny"
    shutil.copytree(TINY_MODEL, other_model)
    window = make_window(tiny_model, [photos[0].path.parent])
    wait_indexed(qtbot, window, len(photos))
    dialog = window.open_settings()
    labels = [dialog.model_combo.itemText(n) for n in range(dialog.model_combo.count())]
    assert all(label.endswith("download") for label in labels[:len(CURATED)]), "nothing downloaded in this test"

    monkeypatch.setattr(settingsdialog.QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    next(b for b in dialog.findChildren(settingsdialog.QPushButton) if b.text() == "Choose model folder…").click()
    assert dialog.error_label.isVisible() and "no open_clip model" in dialog.error_label.text()
    monkeypatch.setattr(settingsdialog.QFileDialog, "getExistingDirectory", lambda *a, **k: str(other_model))
    next(b for b in dialog.findChildren(settingsdialog.QPushButton) if b.text() == "Choose model folder…").click()
    assert dialog.model_combo.currentData() == str(other_model) and not dialog.error_label.isVisible()
    dialog.accept()
    qtbot.waitUntil(lambda: window.status.get("model") == str(other_model), timeout=WAIT_MS)

    back = window.open_settings()
    back.set_model(tiny_model)
    back.accept()
    qtbot.waitUntil(lambda: window.status.get("model") == tiny_model, timeout=WAIT_MS)
    again = window.open_settings()
    offered = [again.model_combo.itemData(n) for n in range(again.model_combo.count())]
    assert str(other_model) in offered, "a model folder chosen once is offered again"
    again.reject()
