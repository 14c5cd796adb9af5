"""The library stays current while the window is open, and catches up on what changed while it was closed."""

from __future__ import annotations

import shutil

import pytest
from window_support import WAIT_MS, wait_indexed

import shapes_world

pytestmark = pytest.mark.gui


def watching_with_results(qtbot, window, photos, query: str):  # type: ignore[no-untyped-def]
    """`window` once it has indexed `photos`, watches their folder and shows the results for `query`."""
    wait_indexed(qtbot, window, len(photos))
    qtbot.waitUntil(lambda: window.status["watcher"] in ("watching", "polling"), timeout=WAIT_MS)
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_text(query)
    return window


def test_a_photo_copied_into_a_watched_folder_appears_then_moves_then_disappears(
        qtbot, make_window, toy_model, photos, tmp_path):
    folder = photos[0].path.parent
    window = watching_with_results(qtbot, make_window(toy_model, [folder]), photos, "a red circle")

    outside = shapes_world.write_one(tmp_path / "new_red.png", "red", "circle", seed=1234, max_px=96).path
    copied = folder / "new_red.png"
    shutil.copy(outside, copied)  # no user action from here on
    qtbot.waitUntil(lambda: str(copied) in window.model.paths()[:3], timeout=WAIT_MS)

    renamed = folder / "renamed_red.png"
    copied.rename(renamed)
    qtbot.waitUntil(lambda: str(renamed) in window.model.paths()[:3] and str(copied) not in window.model.paths(),
                    timeout=WAIT_MS)

    renamed.unlink()
    qtbot.waitUntil(lambda: str(renamed) not in window.model.paths(), timeout=WAIT_MS)
    # The status comes from the worker, the answer from the search thread: either may be first.
    qtbot.waitUntil(lambda: window.status["photos"] == len(photos), timeout=WAIT_MS)


def test_start_reconciles_changes_made_while_closed_without_re_embedding(
        qtbot, make_window, tiny_model, photos, tmp_path):
    folder = photos[0].path.parent
    window = make_window(tiny_model, [folder])
    wait_indexed(qtbot, window, len(photos))
    window.close()
    assert window.shutdown_clean

    photos[0].path.unlink()
    shapes_world.write_one(folder / "added_while_closed.png", "blue", "square", seed=5, max_px=96)
    photos[1].path.rename(folder / "moved_while_closed" f"{photos[1].path.suffix}")

    reopened = make_window(tiny_model)
    with qtbot.waitSignal(reopened.backend.run_finished, timeout=WAIT_MS) as finished:
        pass
    report = finished.args[0]
    assert (report["added"], report["removed"], report["moved"]) == (1, 1, 1)
    assert report["unchanged"] == len(photos) - 2, "unchanged photos are not embedded again"
    wait_indexed(qtbot, reopened, len(photos))


def test_new_matches_found_while_the_user_is_in_the_results_wait_behind_a_bar(
        qtbot, make_window, toy_model, photos, tmp_path):
    folder = photos[0].path.parent
    window = watching_with_results(qtbot, make_window(toy_model, [folder]), photos, "a red circle")
    window.view.setCurrentIndex(window.model.index(2))  # the user is looking at the third result
    before, current = window.model.paths(), window.view.current_path()

    made = [shapes_world.write_one(tmp_path / f"red{n}.png", "red", "circle", seed=900 + n, max_px=96).path
            for n in range(3)]
    for photo in made:
        shutil.copy(photo, folder / photo.name)
    qtbot.waitUntil(lambda: "3 new matches" in window.new_matches.label.text() and window.new_matches.isVisible(),
                    timeout=WAIT_MS)
    assert window.model.paths() == before, "nothing on screen moved"
    assert window.view.current_path() == current

    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.new_matches.button.click()
    assert not window.new_matches.isVisible()
    top = window.model.paths()[:len(made) + 4]  # the toy model ranks the new red circles with the others
    assert {str(folder / photo.name) for photo in made} <= set(top)
