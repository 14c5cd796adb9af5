"""Searching from the window: as you type (debounced), with Enter, by dropping a photo, by "Find similar"."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from window_support import WAIT_MS, labels_of, wait_indexed

import shapes_world
from photoseek.gui import settings as opt

pytestmark = pytest.mark.gui


def test_typing_a_query_shows_matching_photos_once_typing_pauses(qtbot, make_window, toy_model, photos):
    window = make_window(toy_model, [photos[0].path.parent])
    wait_indexed(qtbot, window, len(photos))
    assert window.focusWidget() is window.search_bar.edit, "the search bar has focus on start"
    sent = window.backend.requests_sent

    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        qtbot.keyClicks(window.search_bar.edit, "a red circle")

    assert window.backend.requests_sent == sent + 1, "typing 12 characters sends one debounced search"
    assert labels_of(window, photos)[:2] == ["red circle", "red circle"]
    assert window.stack.currentWidget() is window.view
    assert re.fullmatch(r"\d+ match(es)?( and \d+ weaker)? in [\d,]+ ms", window.search_bar.info.text())


def test_enter_searches_without_waiting(qtbot, make_window, toy_model, photos):
    window = make_window(toy_model, [photos[0].path.parent])
    wait_indexed(qtbot, window, len(photos))
    qtbot.keyClicks(window.search_bar.edit, "a blue square")
    assert window.search_bar.debounce.isActive()
    sent = window.backend.requests_sent

    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)
        assert window.backend.requests_sent == sent + 1, "Enter sends the search at once"
        assert not window.search_bar.debounce.isActive()

    assert labels_of(window, photos)[:2] == ["blue square", "blue square"]


def test_dropping_a_photo_finds_similar_ones(qtbot, make_window, toy_model, photos, tmp_path):
    window = make_window(toy_model, [photos[0].path.parent])
    wait_indexed(qtbot, window, len(photos))
    query = shapes_world.write_one(tmp_path / "query.png", "green", "triangle", seed=99, max_px=96).path
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(query))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)

    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.dropEvent(drop)

    assert drop.isAccepted()
    assert labels_of(window, photos)[:2] == ["green triangle", "green triangle"]
    assert window.search_bar.image_chip.text() == "Photos like query.png"
    assert "Looks like query.png" in window.model.index(0).data(Qt.ItemDataRole.ToolTipRole)


def test_find_similar_on_a_result(qtbot, make_window, toy_model, photos):
    window = make_window(toy_model, [photos[0].path.parent])
    wait_indexed(qtbot, window, len(photos))
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_text("a yellow star")
    first = window.model.index(0)
    chosen = window.model.paths()[0]
    menu = window.view.context_menu(first)
    similar = next(a for a in menu.actions() if a.text() == "Find similar")

    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        similar.trigger()

    assert chosen not in window.model.paths(), "the photo itself is left out"
    assert labels_of(window, photos)[0] == "yellow star"


def test_a_stale_answer_is_dropped(qtbot, make_window, tiny_model, photos):
    window = make_window(tiny_model, [photos[0].path.parent])
    wait_indexed(qtbot, window, len(photos))
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_text("first")
    window.search_text("second")  # the answer to "first" may still arrive: it must not show
    window._search_done(window._latest_request - 1, [], 1.0)
    assert window.model.photo_count() == len(photos)


def test_searches_the_user_kept_to_come_back_as_they_type(qtbot, make_window, tiny_model, photos):
    window = make_window(tiny_model, [photos[0].path.parent])
    wait_indexed(qtbot, window, len(photos))
    edit = window.search_bar.edit
    for text in ("a red circle", "a blue square"):
        edit.setText(text)
        with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
            qtbot.keyClick(edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_text("a typo nobody kept")  # typed, never acted on
    assert window.recent_searches() == ["a blue square", "a red circle"]

    completer = window.search_bar.completer
    completer.setCompletionPrefix("red")
    assert [completer.completionModel().index(n, 0).data() for n in range(completer.completionCount())] == \
        ["a red circle"], "what was typed matches anywhere in an earlier search"
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        completer.activated.emit("a red circle")
    assert edit.text() == "a red circle"
    assert window.settings.get(opt.RECENT) == '["a blue square", "a red circle"]', "kept for the next start"
