"""Browsing before searching: the window opens on the library, newest first under date headings (days, or
months when zoomed out), cells fill the grid's width, arrows and the preview step over headings, and
clearing a search returns to the timeline where the user left it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from window_support import WAIT_MS, activate, dated_library, photo_index

from photoseek.core.folders import folder_tree
from photoseek.gui.folderpanel import FolderPanel
from photoseek.gui.resultsmodel import BURST_ROLE, HEADING_ROLE
from support import burst_library

pytestmark = pytest.mark.gui

def wait_timeline(qtbot, window, photos: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.query is None and window.stack.currentWidget() is window.view
                    and window.model.has_headings and window.model.photo_count() == photos, timeout=WAIT_MS)


def headings(window) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    model = window.model
    return [(row, model.index(row).data(HEADING_ROLE)) for row in range(model.rowCount()) if model.is_heading(row)]


def long_day(year: int, month: int, day: int) -> str:
    return QLocale().toString(QDate(year, month, day), QLocale.FormatType.LongFormat)


def test_the_window_opens_on_the_library_newest_first_under_day_or_month_headings(qtbot, make_window, tiny_model,
                                                                               tmp_path):
    made = dated_library(tmp_path / "photos")
    window = make_window(tiny_model, [tmp_path / "photos"])
    wait_timeline(qtbot, window, len(made))

    assert window.model.paths() == [str(p) for p in made], "newest first: capture time, else the file's time"
    assert headings(window) == [(0, long_day(2024, 12, 31)), (3, long_day(2024, 12, 2)), (7, long_day(2023, 8, 14)),
                                (12, long_day(2021, 3, 9))]
    assert window.search_bar.info.text() == f"{len(made)} photos"
    assert not window.model.flags(window.model.index(0)) & Qt.ItemFlag.ItemIsSelectable, "a heading is no photo"
    if QLocale().language() == QLocale.Language.English:
        assert "December" in headings(window)[0][1] and "2024" in headings(window)[0][1]

    window.size_slider.setValue(96)  # zoomed out: months
    assert [text for _, text in headings(window)] == [QLocale().toString(QDate(y, m, 1), "MMMM yyyy")
                                                      for y, m in ((2024, 12), (2023, 8), (2021, 3))]
    assert headings(window)[0] == (0, headings(window)[0][1]) and headings(window)[1][0] == 6

    activate(qtbot, window)
    window.search_bar.edit.setFocus()
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Down)
    assert window.view.currentIndex().row() == 1, "into the grid on the first photo, not its heading"
    visited = [window.view.currentIndex().row()]
    for _ in range(len(made) + 3):
        qtbot.keyClick(window.view, Qt.Key.Key_Right)
        visited.append(window.view.currentIndex().row())
    assert not any(window.model.is_heading(row) for row in visited), "arrows step over headings"
    assert visited[-1] == window.model.rowCount() - 1, "and reach the last photo"

    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    qtbot.waitUntil(window.preview.isVisible, timeout=WAIT_MS)
    assert window.preview.position.text() == f"{len(made)} / {len(made)}", "photos are counted, headings are not"
    window.preview.previous_button.click()
    assert window.preview.position.text() == f"{len(made) - 1} / {len(made)}"
    assert not window.model.is_heading(window.view.currentIndex().row())


def test_clearing_a_search_returns_to_the_timeline_where_the_user_left_it(qtbot, make_window, tiny_model,
                                                                          tmp_path):
    made = dated_library(tmp_path / "photos", scale=4)
    window = make_window(tiny_model, [tmp_path / "photos"])
    window.resize(760, 460)
    wait_timeline(qtbot, window, len(made))
    bar = window.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 400, timeout=WAIT_MS)
    bar.setValue(bar.maximum() // 2)
    place = bar.value()

    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_text("a red circle")
    assert all("weaker" in text for _row, text in headings(window)) and bar.value() == 0, \
        "results from the top, best first (no date headings)"
    with qtbot.waitSignal(window.timeline_shown, timeout=WAIT_MS):  # the timeline, brought up to date
        window.search_bar.clear()
        assert window.model.has_headings and bar.value() == place, "at once, where the user was"
    assert window.model.photo_count() == len(made) and bar.value() == place, "the refresh keeps the place"


def test_cells_fill_the_width_of_the_grid(qtbot, make_window, tiny_model, tmp_path):
    made = dated_library(tmp_path / "photos", scale=4)
    window = make_window(tiny_model, [tmp_path / "photos"])
    wait_timeline(qtbot, window, len(made))
    view = window.view
    for width in (1000, 1133, 1287, 1400):
        window.resize(width, 600)
        qtbot.waitUntil(lambda w=width: window.width() == w, timeout=WAIT_MS)
        view.executeDelayedItemsLayout()
        top = view.visualRect(window.model.index(1)).top()  # the first day's 8 photos, after its heading
        row_cells = [view.visualRect(window.model.index(r)) for r in range(1, 9)
                     if view.visualRect(window.model.index(r)).top() == top]
        right_band = view.viewport().width() - row_cells[-1].right() - 1
        assert len(row_cells) >= 3
        assert row_cells[0].left() == view.spacing()
        assert right_band <= 2 * view.spacing() + len(row_cells), (width, right_band, "a ragged band")
        assert row_cells[0].width() >= view.delegate.natural_size(view.fontMetrics().height()).width()


def test_group_bursts_shows_each_burst_as_one_photo_and_is_remembered(qtbot, make_window, toy_model, tmp_path,
                                                                      app_home):
    made = burst_library(tmp_path / "photos")
    window = make_window(toy_model, [tmp_path / "photos"])
    wait_timeline(qtbot, window, 7)
    assert not window.filter_bar.group_bursts and window.filter_bar.bursts.accessibleName() == "Group bursts"

    with qtbot.waitSignal(window.timeline_shown, timeout=WAIT_MS):
        window.filter_bar.bursts.click()
    wait_timeline(qtbot, window, 4)
    burst = photo_index(window, window.model.paths().index(str(made["shot3"])))
    assert burst.data(BURST_ROLE) == 4 and "One of a burst of 4 shots" in burst.data(Qt.ItemDataRole.ToolTipRole)
    assert window.search_bar.info.text() == "7 photos", "the count is of photos, as in the folder list"
    all_photos = window.folders.topLevelItem(0)
    qtbot.waitUntil(lambda: all_photos.text(1) == "7", timeout=WAIT_MS)  # the folders still count every shot

    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_text("a red circle")
    shots = {str(made[f"shot{n}"]) for n in range(4)}
    assert sum(path in shots for path in window.model.paths()) == 1, "a search shows the burst once"
    window.close()

    again = make_window(toy_model)
    wait_timeline(qtbot, again, 4)
    assert again.filter_bar.group_bursts, "the choice is kept"


def test_the_folder_list_counts_nothing_before_the_library_is_read(qtbot):
    """Opened on a search (`--search`), the folders are listed before their photos are counted: no count
    then, rather than a 0 that looks like a lost library."""
    panel = FolderPanel()
    qtbot.addWidget(panel)
    trees = folder_tree(["/photos/trip/a.jpg", "/photos/trip/b.jpg", "/photos/c.jpg"], ["/photos"])
    panel.show_folders(trees, {}, None)
    assert [panel.topLevelItem(n).text(1) for n in range(2)] == ["", ""]
    assert panel.topLevelItem(1).child(0).text(1) == ""
    panel.show_folders(trees, {}, 3)
    assert [panel.topLevelItem(n).text(1) for n in range(2)] == ["3", "3"]
    assert panel.topLevelItem(1).child(0).text(1) == "2"
