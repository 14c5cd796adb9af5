"""The relevance cutoff in the window: matches first, the weaker ones behind a "Show N weaker matches"
row, "Nothing found" (with the weaker ones on offer) for something the library does not hold."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from window_support import WAIT_MS, wait_indexed

import shapes_world
from photoseek.gui import emptystate
from photoseek.gui import settings as opt
from photoseek.gui.answer import SHOW_WEAKER
from photoseek.gui.resultsmodel import ACTION_ROLE, HEADING_ROLE

pytestmark = pytest.mark.gui
PRESENT = [("red", "circle"), ("blue", "square"), ("green", "triangle"), ("yellow", "star"), ("red", "square"),
           ("blue", "circle")]
PER_CLASS = 5


@pytest.fixture
def window(qtbot, make_window, toy_model, tmp_path):  # type: ignore[no-untyped-def]
    photos = shapes_world.write_folder(tmp_path / "photos", PER_CLASS, seed=11, classes=PRESENT, max_px=256)
    window = make_window(toy_model, [tmp_path / "photos"], show_weaker=False)
    window.labels = {str(p.path): p.label for p in photos}
    wait_indexed(qtbot, window, len(photos))
    return window


def search(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_text(text)


def test_matches_then_a_row_that_shows_the_weaker_ones(qtbot, window):
    search(qtbot, window, "a red circle")
    shown = [window.labels[path] for path in window.model.paths()]
    assert shown.count("red circle") >= PER_CLASS - 1 and set(shown) == {"red circle"}, shown
    assert window.search_bar.info.text().startswith(f"{len(shown)} match")  # the count means matches

    last = window.model.index(window.model.rowCount() - 1)
    weaker = len(window.labels) - len(shown)
    assert last.data(ACTION_ROLE) == SHOW_WEAKER and last.data(HEADING_ROLE) == f"Show {weaker} weaker matches"
    assert not last.flags() & Qt.ItemFlag.ItemIsSelectable

    window.view.setFocus()
    window.view.setCurrentIndex(window.model.index(window.model.photo_row(len(shown) - 1)))
    qtbot.keyClick(window.view, Qt.Key.Key_Right)  # the arrows reach the row; Enter opens it
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.model.photo_count() == len(window.labels)
    heading = window.model.index(window.model.photo_row(len(shown)) - 1)
    assert heading.data(HEADING_ROLE) == f"{weaker} weaker matches" and heading.data(ACTION_ROLE) is None
    assert window.search_bar.info.text().startswith(f"{len(shown)} matches and {weaker} weaker")

    search(qtbot, window, "a blue square")  # a new search folds them again
    assert window.model.index(window.model.rowCount() - 1).data(ACTION_ROLE) == SHOW_WEAKER


def test_nothing_found_for_what_the_library_lacks_with_the_weaker_ones_on_offer(qtbot, window):
    search(qtbot, window, "a purple star")
    assert window.model.photo_count() == 0
    state = window.current_empty_state()
    assert state is not None and state.name == "nothing_found"
    assert window.stack.currentWidget() is window.empty
    button = window.empty.buttons[SHOW_WEAKER]
    assert button.text() == f"Show {len(window.labels)} weaker matches"
    assert window.search_bar.info.text().startswith("No matches")
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        button.click()
    assert window.stack.currentWidget() is window.view and window.model.photo_count() == len(window.labels)
    assert window.model.index(0).data(HEADING_ROLE) == f"{len(window.labels)} weaker matches"
    assert emptystate.CLEAR_SEARCH in dict(state.actions)


def test_settings_can_show_weaker_matches_without_asking(qtbot, window):
    search(qtbot, window, "a red circle")
    matches = window.model.photo_count()
    dialog = window.open_settings()
    assert not dialog.show_weaker_check.isChecked()
    dialog.show_weaker_check.setChecked(True)
    dialog.accept()
    assert window.model.photo_count() == len(window.labels), "the search on screen follows at once"
    assert window.settings.get(opt.SHOW_WEAKER) == 1

    search(qtbot, window, "a blue square")
    assert window.model.photo_count() == len(window.labels) and window.answer.weaker_open
    assert window.search_bar.info.text().startswith(f"{len(window.answer.matches)} match")
    assert " weaker" in window.search_bar.info.text()
    assert matches >= PER_CLASS - 1
