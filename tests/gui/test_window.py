"""The window around the results: empty states, keyboard, opening and previewing photos, unreadable files."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QApplication,
    QLineEdit,
    QProgressBar,
    QWidget,
)
from window_support import WAIT_MS, activate, current_photo, photo_index, wait_indexed, wait_ready

import shapes_world
from hostile_corpus import QUERIES
from photoseek.core.membership import LibraryRules
from photoseek.core.settings import LibrarySettings
from photoseek.gui import appearance, desktop, emptystate, modelchoice
from photoseek.gui import settings as opt
from photoseek.gui.folderwatch import FolderWatch
from photoseek.gui.mainwindow import MINIMUM_SIZE
from photoseek.gui.modeldownload import ModelDownloadDialog
from photoseek.gui.resultsmodel import COPIES_ROLE
from photoseek.gui.searchbar import EXAMPLES
from photoseek.gui.statusbar import watcher_text
from support import TINY_MODEL

pytestmark = pytest.mark.gui


def shows(window, state: str) -> bool:  # type: ignore[no-untyped-def]
    return window.stack.currentWidget() is window.empty and window.empty.state.name == state


@pytest.mark.warns
def test_first_run_without_the_default_model_explains_and_offers_a_local_model(qtbot, make_window, monkeypatch):
    window = make_window(None)  # the default hub model; tests are offline (HF_HUB_OFFLINE=1)
    qtbot.waitUntil(lambda: shows(window, "model_unavailable"), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.findChildren(ModelDownloadDialog), timeout=WAIT_MS)  # closed, deleted
    assert "could not be downloaded" in window.empty.text.text()
    assert set(window.empty.buttons) == {emptystate.DOWNLOAD_MODEL, emptystate.CHOOSE_MODEL}
    assert window.search_bar.edit.isEnabled(), "the window stays usable"

    monkeypatch.setattr(modelchoice.QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(TINY_MODEL / "open_clip_config.json"), ""))
    window.empty.buttons[emptystate.CHOOSE_MODEL].click()

    qtbot.waitUntil(lambda: window.status.get("model") == str(TINY_MODEL) and shows(window, "no_folders"),
                    timeout=WAIT_MS)
    assert LibrarySettings.load(window.home.library_file).get("model") == str(TINY_MODEL), "the CLI sees it too"


@pytest.mark.warns
def test_a_missing_model_folder_is_explained(qtbot, make_window, tmp_path):
    window = make_window(str(tmp_path / "no-such-model"))
    qtbot.waitUntil(lambda: shows(window, "model_unavailable"), timeout=WAIT_MS)
    assert "model folder not found" in window.empty.text.text()
    assert emptystate.CHOOSE_MODEL in window.empty.buttons


def test_empty_library_then_add_folder_then_ready_to_search(qtbot, make_window, tiny_model, photos, monkeypatch):
    window = make_window(tiny_model)
    qtbot.waitUntil(lambda: shows(window, "no_folders"), timeout=WAIT_MS)
    wait_ready(qtbot, window)
    assert [(n, d) for _, n, d in controls(window) if not (n and d)] == [], "every control is named and described"
    folder = str(photos[0].path.parent)
    monkeypatch.setattr("photoseek.gui.mainwindow.QFileDialog.getExistingDirectory", lambda *a, **k: folder)

    window.empty.buttons[emptystate.ADD_FOLDER].click()

    wait_indexed(qtbot, window, len(photos))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.view and window.model.photo_count() == len(photos),
                    timeout=WAIT_MS)  # the library itself, before any search
    assert "Watching 1 folder" in window.watcher_label.text()

    assert window.search_bar.examples.isVisible(), "first searches to click"
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.examples.linkActivated.emit(EXAMPLES[0])  # what clicking the link does
    assert window.search_bar.text == EXAMPLES[0] and window.stack.currentWidget() is window.view
    assert not window.search_bar.examples.isVisible()
    window.search_bar.clear()
    assert not window.search_bar.examples.isVisible(), "once a search was made, they stay out of the way"


def test_the_status_bar_says_not_watching_only_once_watching_was_given_up(tmp_path):
    """While the model loads nothing is watched yet: saying "Not watching folders" then alarms for nothing."""
    watch = FolderWatch(lambda paths: None, debounce=0.1, on_error=lambda message: None)
    assert watcher_text(watch.mode, folders=2) == ""
    watch.restart({str(tmp_path): str(tmp_path)}, LibraryRules([str(tmp_path)]))
    assert watcher_text(watch.mode, folders=1) == "Watching 1 folder for changes"
    watch.stop()  # the model could not be loaded
    assert watcher_text(watch.mode, folders=1) == "Not watching folders"


def test_a_folder_without_photos_says_so(qtbot, make_window, tiny_model, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    window = make_window(tiny_model, [empty])
    qtbot.waitUntil(lambda: shows(window, "index_empty") and "No photos found" in window.empty.title.text(),
                    timeout=WAIT_MS)


def test_nothing_found_state(qtbot, make_window, tiny_model, photos):
    window = make_window(tiny_model, [photos[0].path.parent])
    wait_indexed(qtbot, window, len(photos))
    window.query, window.answered = ("text", "zebra"), True
    window.model.set_hits([])
    window.refresh_view()
    assert shows(window, "nothing_found")
    with qtbot.waitSignal(window.timeline_shown, timeout=WAIT_MS):
        window.empty.buttons[emptystate.CLEAR_SEARCH].click()
    assert window.stack.currentWidget() is window.view and window.model.photo_count() == len(photos), \
        "back to the library"


def test_keyboard_open_preview_and_context_menu(qtbot, make_window, tiny_model, photos, monkeypatch):
    opened, revealed = [], []
    monkeypatch.setattr(desktop.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(desktop, "show_in_folder", lambda path: revealed.append(path) or True)
    window = make_window(tiny_model, [photos[0].path.parent])
    wait_indexed(qtbot, window, len(photos))
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_text("anything")
    view = window.view
    view.setFocus()
    view.setCurrentIndex(photo_index(window, 0))

    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert current_photo(window) == 1
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened == [window.model.paths()[1]]
    cell = view.visualRect(photo_index(window, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # a real double-click starts so
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened[-1] == window.model.paths()[0]
    view.setCurrentIndex(photo_index(window, 1))

    qtbot.keyClick(view, Qt.Key.Key_Space)
    preview = window.preview
    assert preview.isVisible()
    qtbot.waitUntil(lambda: preview.image_loaded, timeout=WAIT_MS)
    hit = window.model.hit(window.model.photo_row(1))
    assert preview.fields["Name"].text() == photos_name(hit["path"])
    assert preview.fields["Dimensions"].text() == f"{hit['width']} × {hit['height']} pixels"
    assert preview.fields["Camera"].text() == "unknown"
    qtbot.keyClick(preview, Qt.Key.Key_Right)
    assert current_photo(window) == 2 and preview.fields["Name"].text() == photos_name(window.model.paths()[2])
    qtbot.keyClick(preview, Qt.Key.Key_Space)
    assert not preview.isVisible()

    menu = view.context_menu(photo_index(window, 0))
    actions = {a.text(): a for a in menu.actions()}
    assert list(actions) == ["Open", "Open with", "Show in folder", "Copy", "Copy image", "Copy to folder…",
                             "Move to Trash…", "", "Find similar", "Search in this folder"]
    actions["Copy"].trigger()
    assert QGuiApplication.clipboard().text() == window.model.paths()[0]
    assert QGuiApplication.clipboard().mimeData().urls()[0].toLocalFile() == window.model.paths()[0]

    activate(qtbot, window)
    view.setFocus()
    qtbot.keySequence(view, QKeySequence("Ctrl+L"))
    assert window.search_bar.edit.hasFocus()


def _near(colour, other) -> bool:  # type: ignore[no-untyped-def]
    return sum(abs(a - b) for a, b in zip(colour.getRgb()[:3], other.getRgb()[:3], strict=True)) < 40


def photos_name(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def test_thumbnail_size_follows_ctrl_plus_minus_and_is_kept(qtbot, make_window, tiny_model):
    window = make_window(tiny_model)
    activate(qtbot, window)
    start = window.size_slider.value()
    qtbot.keySequence(window, QKeySequence("Ctrl+="))
    assert window.view.delegate.thumbnail_px == start + 32
    qtbot.keySequence(window, QKeySequence("Ctrl+-"))
    qtbot.keySequence(window, QKeySequence("Ctrl+-"))
    assert window.view.delegate.thumbnail_px == start - 32
    assert window.settings.get(opt.THUMBNAIL_SIZE) == start - 32


def test_unreadable_files_are_counted_and_listed_with_reasons(qtbot, make_window, tiny_model, photos):
    folder = photos[0].path.parent
    (folder / "truncated.jpg").write_bytes(b"\xff\xd8\xff\xe0 cut short")
    window = make_window(tiny_model, [folder])
    wait_indexed(qtbot, window, len(photos))
    qtbot.waitUntil(lambda: window.failures_button.isVisible(), timeout=WAIT_MS)
    assert window.failures_button.text() == "1 file could not be read"
    button = window.failures_button
    assert button.cursor().shape() == Qt.CursorShape.PointingHandCursor, "it looks clickable"
    link = button.palette().color(QPalette.ColorRole.Link)
    drawn = button.grab().toImage()
    assert any(_near(drawn.pixelColor(x, y), link) for x in range(drawn.width()) for y in range(drawn.height())), \
        "written in the link colour"

    window.failures_button.click()

    table = window.failures_dialog.table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == str(folder / "truncated.jpg")
    assert "corrupt" in table.item(0, 1).text() or "not an image" in table.item(0, 1).text()


def test_any_text_typed_or_pasted_is_searched_as_a_query(qtbot, make_window, tiny_model, photos):
    window = make_window(tiny_model, [photos[0].path.parent])
    wait_indexed(qtbot, window, len(photos))
    library = {str(p.path) for p in photos}
    for query in [*QUERIES, "a red\x00circle"]:  # a NUL can be pasted into the box, not passed on a command line
        with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS) as shown:
            window.search_bar.set_text(query)
        assert shown.args[0] > 0 and set(window.model.paths()) <= library, repr(query[:40])
    assert "error" not in window.statusBar().currentMessage()
    assert window.status["photos"] == len(photos)


def controls(root):  # type: ignore[no-untyped-def]
    """Every widget a user can reach or read as a control, with what a screen reader is told of it."""
    kinds = (QAbstractButton, QAbstractSlider, QAbstractItemView, QLineEdit, QProgressBar)
    for widget in root.findChildren(QWidget):
        parent = widget.parent()
        inside_a_view = isinstance(parent, QAbstractItemView) or (  # a view's own scroll bars
            isinstance(widget, QAbstractSlider) and isinstance(parent.parent(), QAbstractItemView))
        if isinstance(widget, kinds) and widget.isVisibleTo(root) and not inside_a_view:
            face = QAccessible.queryAccessibleInterface(widget)
            yield widget, face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def test_keyboard_paths_and_every_control_is_named_for_screen_readers(qtbot, make_window, tiny_model, photos):
    window = make_window(tiny_model, [photos[0].path.parent])
    wait_indexed(qtbot, window, len(photos))
    activate(qtbot, window)
    edit = window.search_bar.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "a red circle")
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    qtbot.keyClick(edit, Qt.Key.Key_Down)  # from the box into the results, on the first one
    assert window.view.hasFocus() and current_photo(window) == 0
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert current_photo(window) == 1
    edit.setFocus()
    with qtbot.waitSignal(window.search_bar.search_requested, timeout=WAIT_MS) as cleared:
        qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert cleared.args == [""] and edit.text() == ""
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.view and window.model.has_headings,
                    timeout=WAIT_MS)  # no search: the library

    edit.setFocus()
    reached = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [window.filter_bar.add_button, window.filter_bar.order, window.folders, window.view], \
        "Tab goes from the search box through the filters and the folders to the photos"

    window.index_progress.show_progress({"phase": "embedding", "done": 1, "total": 9})  # shown while indexing
    unnamed = [type(w).__name__ for w, name, _ in controls(window) if not name.strip()]
    undescribed = [name or type(w).__name__ for w, name, description in controls(window) if not description.strip()]
    assert (unnamed, undescribed) == ([], []), (unnamed, undescribed)


def test_the_window_opens_on_the_screen_and_restores_its_place_only_if_it_fits(qtbot, make_window, tiny_model):
    first = make_window(tiny_model)
    wait_ready(qtbot, first)
    free = first.screen().availableGeometry()
    assert free.contains(first.geometry()), "a first start fits the screen"
    first.setGeometry(free.right() - 100, free.top(), free.width() * 2, free.height() * 2)  # on a monitor now gone
    first.close()

    second = make_window(tiny_model)
    wait_ready(qtbot, second)
    assert second.width() <= free.width() * 0.95 and second.height() <= free.height() * 0.95, \
        "a place that no longer fits is not restored: the default size, within the screen"
    assert free.contains(second.geometry().center())
    kept = QRect(free.left() + 10, free.top() + 10, MINIMUM_SIZE.width() + 20, MINIMUM_SIZE.height() + 20)
    second.setGeometry(kept)
    second.close()

    third = make_window(tiny_model)
    wait_ready(qtbot, third)
    assert third.size() == kept.size() and free.contains(third.geometry()), "a place that fits is restored"
    third.resize(MINIMUM_SIZE)
    third.index_progress.show_progress({"phase": "scanning", "done": 123_456, "total": 0})
    qtbot.waitUntil(lambda: third.index_progress.pause_button.isVisible())
    for widget in (third.index_progress.label, third.index_progress.pause_button, third.size_slider,
                   third.watcher_label):
        shown = QRect(widget.mapTo(third, QPoint(0, 0)), widget.size())
        assert third.rect().contains(shown), f"{type(widget).__name__} fits the narrowest window"
    button = third.index_progress.pause_button
    assert button.width() >= button.sizeHint().width(), "Pause is not squeezed"


def test_identical_copies_are_one_tile_that_names_them(qtbot, make_window, tiny_model, photos):
    folder = photos[0].path.parent
    (folder / "backup").mkdir()
    copies = [folder / "backup" / photos[0].path.name, folder / f"copy{photos[0].path.suffix}"]
    for copy in copies:
        shutil.copy(photos[0].path, copy)
    window = make_window(tiny_model, [folder])
    wait_indexed(qtbot, window, len(photos) + len(copies))
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_text("anything")

    assert window.model.photo_count() == len(photos), "three identical files, one tile"
    row = next(window.model.row_of(hit["path"]) for hit in window.model.hits() if hit["copies"])
    tile = window.model.index(row)
    assert tile.data(COPIES_ROLE) == 2
    hit = window.model.hit(row)
    assert sorted([hit["path"], *hit["copies"]]) == sorted(map(str, [photos[0].path, *copies]))
    tooltip = tile.data(Qt.ItemDataRole.ToolTipRole)
    assert "Identical copies" in tooltip and all(copy in tooltip for copy in hit["copies"])


def test_the_preview_says_where_it_is_steps_with_buttons_and_never_blows_up_a_small_photo(
        qtbot, make_window, tiny_model, tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    small = shapes_world.write_one(folder / "small.png", "red", "circle", seed=1, max_px=64).path
    large = folder / "large.png"
    shapes_world.render("red", "square", random.Random(2), min_px=1200, max_px=1300).save(large)
    window = make_window(tiny_model, [folder])
    wait_indexed(qtbot, window, 2)
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_text("a red shape")
    rows = {Path(path).name: row for row, path in enumerate(window.model.paths())}
    preview = window.preview

    window.view.setCurrentIndex(photo_index(window, rows["small.png"]))
    window.show_preview(str(small))
    qtbot.waitUntil(lambda: preview.image_loaded, timeout=WAIT_MS)
    with Image.open(small) as photo:
        assert (preview.shown_size.width(), preview.shown_size.height()) == photo.size, "shown at its own size"
    assert preview.position.text() == f"{rows['small.png'] + 1} / 2"
    assert preview.fields["Match"].text().startswith(f"{window.model.hits()[rows['small.png']]['score']:.3f}")

    button = preview.next_button if rows["small.png"] == 0 else preview.previous_button
    assert button.isEnabled() and not (preview.previous_button if button is preview.next_button
                                        else preview.next_button).isEnabled(), "no step past either end"
    button.click()
    qtbot.waitUntil(lambda: preview.hit["path"] == str(large) and preview.image_loaded, timeout=WAIT_MS)
    room = preview.scroller.viewport().size()
    assert preview.shown_size.width() <= room.width() and preview.shown_size.height() <= room.height()
    assert max(preview.shown_size.width(), preview.shown_size.height()) >= min(room.width(), room.height()) - 1

    qtbot.keyClick(preview, Qt.Key.Key_Z)  # actual size: one photo pixel on one screen pixel, scrolled
    with Image.open(large) as photo:
        qtbot.waitUntil(lambda: (preview.shown_size.width(), preview.shown_size.height()) == photo.size,
                        timeout=WAIT_MS)
    assert preview.scroller.horizontalScrollBar().maximum() > 0 or preview.scroller.verticalScrollBar().maximum() > 0
    qtbot.keyClick(preview, Qt.Key.Key_Z)
    assert preview.shown_size.width() <= room.width() and preview.zoom_button.text() == "100 %", "fitted again"


def test_the_preview_shows_exposure_and_location_when_the_camera_recorded_them(qtbot, make_window, tiny_model,
                                                                              tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x829A], exif.get_ifd(0x8769)[0x829D] = 1 / 60, 4.0
    exif.get_ifd(0x8825).update({1: "S", 2: (33.0, 51.0, 35.9), 3: "E", 4: (151.0, 12.0, 40.0)})
    Image.new("RGB", (120, 90), (10, 120, 200)).save(folder / "sydney.jpg", exif=exif)
    Image.new("RGB", (120, 90), (200, 120, 10)).save(folder / "plain.jpg")
    window = make_window(tiny_model, [folder])
    wait_indexed(qtbot, window, 2)
    qtbot.waitUntil(lambda: window.model.photo_count() == 2, timeout=WAIT_MS)
    preview = window.preview
    window.show_preview(str(folder / "sydney.jpg"))
    qtbot.waitUntil(lambda: preview.image_loaded, timeout=WAIT_MS)
    assert preview.fields["Exposure"].text() == "1/60 s · f/4"
    assert preview.fields["Location"].text() == "33.85997° S, 151.21111° E"
    assert not preview.form.isRowVisible(preview.fields["Match"]), "browsing: no query, no score"
    window.show_preview(str(folder / "plain.jpg"))
    qtbot.waitUntil(lambda: preview.hit["path"].endswith("plain.jpg") and preview.image_loaded, timeout=WAIT_MS)
    assert not preview.form.isRowVisible(preview.fields["Location"]), "no GPS record: no row"


def test_dark_mode_follows_the_system_unless_chosen_in_settings_and_is_kept(qtbot, qapp, make_window, tiny_model):
    window = make_window(tiny_model)
    wait_ready(qtbot, window)
    assert not appearance.is_dark(qapp), "this test system's scheme is light"
    style = qapp.style().name()
    try:
        dialog = window.open_settings()
        qtbot.waitExposed(dialog)
        combo = dialog.appearance_combo
        combo.setCurrentIndex(combo.findData(appearance.DARK))
        dialog.accept_if_valid()
        qtbot.waitUntil(lambda: appearance.is_dark(qapp), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: window.view.palette().color(QPalette.ColorRole.Base).lightness() < 64,
                        timeout=WAIT_MS)  # the grid too, once Qt has told every widget
        window.close()

        again = make_window(tiny_model)
        wait_ready(qtbot, again)
        assert appearance.is_dark(qapp), "kept for the next start"
        again.set_appearance(appearance.SYSTEM)
        assert not appearance.is_dark(qapp), "back to the system's"
    finally:  # the other tests share this application
        qapp.styleHints().unsetColorScheme()
        qapp.setStyle(style)
        qapp.setPalette(qapp.style().standardPalette())
