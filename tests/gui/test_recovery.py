"""The window's ways out: damaged settings are reset, a damaged index is rebuilt, an unplugged folder is
marked offline and its photos stay — each with a readable message, never a crash loop."""

from __future__ import annotations

import shutil

import pytest
from window_support import WAIT_MS, run_photoseek, wait_indexed

from photoseek.core.settings import LibrarySettings
from photoseek.gui import emptystate
from photoseek.gui.app import serve_other_launches
from photoseek.gui.singleinstance import SingleInstance

pytestmark = [pytest.mark.gui, pytest.mark.warns]  # each test sets up a damaged or unavailable library


def shows(window, name: str) -> bool:  # type: ignore[no-untyped-def]
    state = window.current_empty_state()
    return state is not None and state.name == name and window.stack.currentWidget() is window.empty


def test_damaged_library_settings_offer_a_reset_to_the_last_good_copy(qtbot, make_window, tiny_model, photos,
                                                                      app_home):
    library = LibrarySettings.load(app_home.library_file)
    library.add_folder(photos[0].path.parent)
    library.set("model", tiny_model)
    library.save()
    library.set("threads", 1)
    library.save()  # the previous version is kept as library.json.bak
    app_home.library_file.write_text('{"roots": 5}')
    window = make_window(None)
    qtbot.waitUntil(lambda: shows(window, "settings_damaged"), timeout=WAIT_MS)
    assert str(app_home.library_file) in window.empty.text.text() and "damaged" in window.empty.title.text()
    window.empty.buttons[emptystate.RESET_SETTINGS].click()
    wait_indexed(qtbot, window, len(photos))
    assert [f["path"] for f in window.status["folders"]] == [str(photos[0].path.parent)]


def test_a_damaged_index_offers_a_rebuild_that_re_creates_it(qtbot, make_window, tiny_model, photos, app_home):
    window = make_window(tiny_model, [photos[0].path.parent])
    wait_indexed(qtbot, window, len(photos))
    window.close()
    shutil.rmtree(app_home.database)
    app_home.database.write_text("not a database")  # the case once blamed on "another PhotoSeek running"
    again = make_window(tiny_model)
    qtbot.waitUntil(lambda: shows(again, "damaged"), timeout=WAIT_MS)
    assert "photoseek rebuild" in again.empty.text.text() and "another program" not in again.empty.text.text()
    instance = SingleInstance(app_home)
    assert instance.listen()
    serve_other_launches(instance, again)
    try:
        asked = run_photoseek(qtbot, "search", "a red circle")
    finally:
        instance.close()
    assert asked.returncode == 2 and "cannot open its library now" in asked.stderr, "told at once, not left waiting"
    again.empty.buttons[emptystate.REBUILD].click()
    wait_indexed(qtbot, again, len(photos))
    assert again.engine_state[0] == "ready"


def test_an_unplugged_folder_is_marked_offline_and_its_photos_stay(qtbot, make_window, tiny_model, photos,
                                                                   tmp_path):
    folder = photos[0].path.parent
    window = make_window(tiny_model, [folder])
    wait_indexed(qtbot, window, len(photos))
    shutil.move(folder, tmp_path / "unplugged")
    window.backend.reindex()
    qtbot.waitUntil(lambda: bool(window.status.get("offline_folders")), timeout=WAIT_MS)
    assert window.status["photos"] == len(photos), "kept in the index"
    bar = window.statusBar()
    assert bar.offline_label.isVisible() and "1 folder offline" in bar.offline_label.text()
    assert str(folder) in bar.offline_label.toolTip()
    dialog = window.open_settings()
    assert "offline" in dialog.folder_list.item(0).text() and dialog.folders() == [str(folder)]
    dialog.reject()
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_text("a red circle")
    assert window.model.photo_count() == len(photos) and all(hit["offline"] for hit in window.model.hits())


def test_a_window_started_with_another_model_keeps_the_librarys_and_says_why(qtbot, make_window, tiny_model,
                                                                           toy_model, photos):
    first = make_window(tiny_model, [photos[0].path.parent])
    wait_indexed(qtbot, first, len(photos))
    first.close()
    window = make_window(toy_model)  # e.g. PHOTOSEEK_MODEL set for another library
    qtbot.waitUntil(lambda: "indexed with the model" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    wait_indexed(qtbot, window, len(photos))
    assert window.status["model"] == tiny_model and window.status["switch"] is None, "no silent re-embed"
