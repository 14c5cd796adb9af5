"""Narrowing the window by folder, date, file type and camera (chips under the search box, removable one by one),
for the library and for a search alike, and ordering the grid by date either way."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QDate, Qt
from window_support import DAYS, WAIT_MS, dated_library, photo_index, wait_indexed

from photoseek.core.imaging import EXIF_MAKE, EXIF_MODEL
from photoseek.core.search import SearchFilters
from photoseek.gui import emptystate
from photoseek.gui.filterbar import DateRangeDialog

pytestmark = pytest.mark.gui
DECEMBER = sum(count for taken, count in DAYS if taken and taken.startswith("2024:12"))


@pytest.fixture
def window(qtbot, make_window, tiny_model, tmp_path):  # type: ignore[no-untyped-def]
    trip = dated_library(tmp_path / "photos" / "trip")
    home_photos = dated_library(tmp_path / "photos" / "home", tint=60)
    window = make_window(tiny_model, [tmp_path / "photos"])
    window.trip, window.home_photos = trip, home_photos
    every = len(window.trip) + len(window.home_photos)
    wait_indexed(qtbot, window, every)
    qtbot.waitUntil(lambda: window.model.photo_count() == every and window.model.has_headings, timeout=WAIT_MS)
    return window


def shown_in(window, folder: Path) -> bool:  # type: ignore[no-untyped-def]
    return all(Path(path).parent == folder for path in window.model.paths())


def test_search_in_this_folder_then_a_date_range_then_back(qtbot, window, tmp_path):
    trip = tmp_path / "photos" / "trip"
    menu = window.view.context_menu(window.model.index(window.model.row_of(str(window.trip[0]))))
    with qtbot.waitSignal(window.timeline_shown, timeout=WAIT_MS):
        next(a for a in menu.actions() if a.text() == "Search in this folder").trigger()
    assert window.model.photo_count() == len(window.trip) and shown_in(window, trip)
    assert [chip.text() for chip in window.filter_bar.chips] == ["In trip  ✕"]

    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_text("a photo")
    assert 0 < window.model.photo_count() <= len(window.trip) and shown_in(window, trip), "a search stays inside"
    tooltip = photo_index(window, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "· match " in tooltip and "\nIn trip" in tooltip, "the score on hover, and why it is here"

    dialog = window.filter_bar.choose_dates()
    assert isinstance(dialog, DateRangeDialog)
    dialog.first.setDate(QDate(2024, 12, 1))
    dialog.last.setDate(QDate(2024, 12, 31))
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        dialog.accept()
    assert window.model.photo_count() == DECEMBER and shown_in(window, trip)
    assert len(window.filter_bar.chips) == 2

    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.filter_bar.chips[0].click()  # the folder chip: both folders again, still December
    assert window.model.photo_count() == 2 * DECEMBER
    with qtbot.waitSignal(window.timeline_shown, timeout=WAIT_MS):
        window.search_bar.clear()
    assert window.model.photo_count() == 2 * DECEMBER, "the filters stay while the window is open"
    assert window.filter_bar.filters == SearchFilters(date_from=date(2024, 12, 1), date_to=date(2024, 12, 31))


def test_a_filter_that_leaves_nothing_says_so_and_clears(qtbot, window):
    with qtbot.waitSignal(window.timeline_shown, timeout=WAIT_MS):
        window.filter_bar.toggle_type("png", True)  # the library holds JPEGs only
    assert window.current_empty_state().name == "nothing_filtered"
    assert window.stack.currentWidget() is window.empty
    with qtbot.waitSignal(window.timeline_shown, timeout=WAIT_MS):
        window.empty.buttons[emptystate.CLEAR_FILTERS].click()
    assert window.model.photo_count() == len(window.trip) + len(window.home_photos) and not window.filter_bar.chips


def day_of(path: str) -> int:
    """Which of `DAYS` the photo was made on (0: the newest)."""
    return int(Path(path).name[3])


def test_the_grid_in_date_order_either_way(qtbot, window):
    order = window.filter_bar.order
    newest = window.model.paths()
    assert [order.itemData(n) for n in range(order.count())] == ["newest", "oldest"], "the library has no best match"
    order.setCurrentIndex(order.findData("oldest"))
    assert window.model.paths() == newest[::-1], "the library, oldest first"
    assert window.model.is_heading(0) and day_of(window.model.paths()[0]) == len(DAYS) - 1

    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_text("a photo")
    assert order.currentData() == "best", "a search starts with the best match first"
    scores = [hit["score"] for hit in window.model.hits()]
    assert scores == sorted(scores, reverse=True)
    order.setCurrentIndex(order.findData("oldest"))
    days = [day_of(path) for path in window.model.paths()]
    assert days == sorted(days, reverse=True) and len(set(days)) == len(DAYS), "results, oldest first"
    order.setCurrentIndex(order.findData("newest"))
    days = [day_of(path) for path in window.model.paths()]
    assert days == sorted(days), "results, newest first"
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        order.setCurrentIndex(order.findData("best"))
    scores = [hit["score"] for hit in window.model.hits()]
    assert scores == sorted(scores, reverse=True), "best match first again: the engine's order"

    with qtbot.waitSignal(window.timeline_shown, timeout=WAIT_MS):
        window.search_bar.clear()
    assert order.currentData() == "oldest" and window.model.paths() == newest[::-1], "each keeps its own order"


def test_the_folder_list_counts_and_narrows(qtbot, window, tmp_path):
    panel = window.folders
    root = tmp_path / "photos"
    every = len(window.trip) + len(window.home_photos)
    rows = {panel.topLevelItem(n).text(0): panel.topLevelItem(n) for n in range(panel.topLevelItemCount())}
    assert rows["All photos"].text(1) == str(every) and rows[str(root)].text(1) == str(every)
    children = {rows[str(root)].child(n).text(0): rows[str(root)].child(n) for n in range(rows[str(root)].childCount())}
    assert {name: item.text(1) for name, item in children.items()} == {"home": str(len(window.home_photos)),
                                                                      "trip": str(len(window.trip))}
    with qtbot.waitSignal(window.timeline_shown, timeout=WAIT_MS):
        panel.setCurrentItem(children["trip"])  # what a click does
    assert shown_in(window, root / "trip") and [chip.text() for chip in window.filter_bar.chips] == ["In trip  ✕"]
    with qtbot.waitSignal(window.timeline_shown, timeout=WAIT_MS):
        window.filter_bar.chips[0].click()
    assert window.model.photo_count() == every and panel.chosen_folder() == "", "the chip and the list agree"
    assert children["trip"].text(1) == str(len(window.trip)), "the counts are the whole library's, not the view's"


def with_camera(path: Path, make: str, model: str, shade: int) -> Path:
    exif = Image.Exif()
    if make:
        exif[EXIF_MAKE], exif[EXIF_MODEL] = make, model
    Image.new("RGB", (80, 60), (shade, 120, 200 - shade)).save(path, exif=exif)
    return path


def test_the_camera_filter_lists_the_library_cameras_and_follows_new_ones(qtbot, make_window, tiny_model, tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    canon = [with_camera(folder / f"IMG_{n}.jpg", "Canon", "Canon EOS R5", 30 * n) for n in range(4)]
    for n in range(2):
        with_camera(folder / f"scan_{n}.jpg", "", "", 200 + 20 * n)
    window = make_window(tiny_model, [folder])
    wait_indexed(qtbot, window, 6)
    qtbot.waitUntil(lambda: window.filter_bar.cameras == {"Canon EOS R5": 4, "": 2}, timeout=WAIT_MS)

    window.filter_bar._fill_menu()  # what opening the Filter menu does
    cameras = next(a.menu() for a in window.filter_bar.menu.actions() if a.text() == "Camera")
    assert [a.text() for a in cameras.actions()] == ["Canon EOS R5 (4)", "Camera not known (2)"]
    with qtbot.waitSignal(window.timeline_shown, timeout=WAIT_MS):
        cameras.actions()[0].trigger()
    assert sorted(window.model.paths()) == sorted(map(str, canon))
    assert [chip.text() for chip in window.filter_bar.chips] == ["Canon EOS R5  ✕"]

    with_camera(folder / "DSC_0001.jpg", "NIKON CORPORATION", "NIKON D750", 90)  # the watcher sees it
    qtbot.waitUntil(lambda: window.filter_bar.cameras.get("NIKON D750") == 1, timeout=WAIT_MS)
    with qtbot.waitSignal(window.timeline_shown, timeout=WAIT_MS):
        window.filter_bar.chips[0].click()
    qtbot.waitUntil(lambda: window.model.photo_count() == 7, timeout=WAIT_MS)
