"""Settings: kept in an INI file in the app home; folders, excludes, model and threads change the library."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtCore import QSettings
from window_support import WAIT_MS, wait_indexed

import shapes_world
from photoseek.core import modelfiles
from photoseek.core.modelspec import parse_model_spec
from photoseek.gui import settings as opt
from photoseek.gui.settings import Settings
from support import TINY_MODEL

pytestmark = pytest.mark.gui


def test_settings_are_declared_once_and_persist_as_ini_in_the_app_home(app_home):
    first = Settings(app_home)
    assert first.get(opt.THREADS) == 0 and first.get(opt.THUMBNAIL_SIZE) == 160
    first.set(opt.THREADS, 3)
    first.set(opt.GEOMETRY, b"\x01\x02")
    first.sync()

    again = Settings(app_home)
    assert (again.get(opt.THREADS), again.get(opt.GEOMETRY)) == (3, b"\x01\x02")
    raw = QSettings(str(app_home.settings_file), QSettings.Format.IniFormat)
    assert raw.value("engine/threads") in (3, "3") and raw.value("version") in (1, "1")
    assert {s.key for s in opt.ALL} >= {"engine/model", "engine/threads", "view/thumbnail_size"}


def test_removing_a_folder_and_excluding_files_drop_their_photos_from_the_index(
        qtbot, make_window, tiny_model, photos, tmp_path):
    other = shapes_world.write_folder(tmp_path / "other", per_class=1, seed=8, max_px=64,
                                      classes=[("red", "circle"), ("white", "star")])
    window = make_window(tiny_model, [photos[0].path.parent, other[0].path.parent])
    wait_indexed(qtbot, window, len(photos) + len(other))

    dialog = window.open_settings()
    listed = [dialog.folder_list.item(i).text() for i in range(dialog.folder_list.count())]
    assert listed == [str(photos[0].path.parent), str(other[0].path.parent)]
    dialog.folder_list.setCurrentRow(1)
    dialog.remove_selected_folder()
    dialog.excludes_edit.setPlainText("*.png\n")
    dialog.threads_spin.setValue(1)
    dialog.accept()

    kept = [p for p in photos if p.path.suffix != ".png"]
    wait_indexed(qtbot, window, len(kept))
    assert window.status["folders"] == [str(photos[0].path.parent)]
    assert window.status["excludes"] == ["*.png"]
    assert window.settings.get(opt.THREADS) == 1
    qtbot.waitUntil(lambda: window.status["threads"] == 1, timeout=WAIT_MS)


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
    with qtbot.waitSignal(window.backend.run_finished, timeout=WAIT_MS,
                          check_params_cb=lambda report: report["added"] == len(photos)) as finished:
        dialog.accept()

    assert finished.args[0]["model_changed"]
    assert window.status["model"] == str(other_model)
    assert Settings(window.home).get(opt.MODEL) == str(other_model)


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
