"""Acting on several photos: select them (Ctrl+A, Shift/Ctrl-click, a rubber band), copy them into a folder,
onto the clipboard or out by dragging, move them to the system's trash and undo it — on real files, with the
index following."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from window_support import WAIT_MS, activate, dated_library, wait_indexed

from photoseek.gui import photoactions

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, make_window, tiny_model, tmp_path):  # type: ignore[no-untyped-def]
    made = dated_library(tmp_path / "photos", scale=2)  # 24 photos on four days
    window = make_window(tiny_model, [tmp_path / "photos"])
    window.resize(1000, 700)
    wait_indexed(qtbot, window, len(made))
    qtbot.waitUntil(lambda: window.model.photo_count() == len(made) and window.model.has_headings, timeout=WAIT_MS)
    activate(qtbot, window)
    window.made = made
    return window


def click(qtbot, view, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier,
                     view.visualRect(view.model().index(row, 0)).center())


def drag_band(view, start: QPoint, end: QPoint) -> None:  # type: ignore[no-untyped-def]
    """Press on empty space and drag: the rubber band."""
    target = view.viewport()
    for kind, point, buttons in ((QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton),
                                 (QEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton),
                                 (QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)):
        event = QMouseEvent(kind, QPointF(point), QPointF(target.mapToGlobal(point)), Qt.MouseButton.LeftButton,
                            buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(target, event)


def test_selecting_several_photos_every_way(qtbot, window):
    view, model = window.view, window.model
    view.setFocus()
    qtbot.keySequence(view, QKeySequence.StandardKey.SelectAll)
    assert view.selected_paths() == model.paths(), "Ctrl+A: every photo, no heading"

    first, fourth = model.photo_row(0), model.photo_row(3)  # the first day has 4 photos, the second 6
    click(qtbot, view, first)
    click(qtbot, view, model.photo_row(2), Qt.KeyboardModifier.ShiftModifier)
    click(qtbot, view, model.photo_row(5), Qt.KeyboardModifier.ControlModifier)
    assert view.selected_paths() == [model.paths()[n] for n in (0, 1, 2, 5)]
    click(qtbot, view, model.photo_row(1), Qt.KeyboardModifier.ControlModifier)
    assert view.selected_paths() == [model.paths()[n] for n in (0, 2, 5)], "Ctrl-click takes one out again"

    cells = [view.visualRect(model.index(row)) for row in (first, fourth)]
    drag_band(view, QPoint(2, cells[0].top() - 2), QPoint(cells[1].right() - 5, cells[1].bottom() - 5))
    assert view.selected_paths() == model.paths()[:4], "the rubber band takes the photos it touches"

    with qtbot.waitSignal(window.timeline_shown, timeout=WAIT_MS):
        window._index_changed()  # the library refreshed (a photo added elsewhere): the selection stays
    assert view.selected_paths() == model.paths()[:4]

    dragged = model.mimeData(view.selectionModel().selectedIndexes()).urls()
    assert sorted(url.toLocalFile() for url in dragged) == sorted(model.paths()[:4]), "dragged out together"

    view.setFocus()
    qtbot.keySequence(view, QKeySequence.StandardKey.Copy)
    clipboard = QGuiApplication.clipboard().mimeData()
    assert [url.toLocalFile() for url in clipboard.urls()] == model.paths()[:4]
    assert clipboard.text().splitlines() == model.paths()[:4]


def test_a_dozen_photos_copied_into_a_folder(qtbot, window, tmp_path, monkeypatch):
    view, model = window.view, window.model
    target = tmp_path / "for the album"
    target.mkdir()
    (target / Path(model.paths()[0]).name).write_bytes(b"a photo already there")
    monkeypatch.setattr(photoactions.QFileDialog, "getExistingDirectory", lambda *a, **k: str(target))
    dozen = model.paths()[:12]
    for n in range(12):
        click(qtbot, view, model.photo_row(n), Qt.KeyboardModifier.ControlModifier if n else
              Qt.KeyboardModifier.NoModifier)
    assert view.selected_paths() == dozen
    menu = view.context_menu(model.index(model.photo_row(3)))
    action = next(a for a in menu.actions() if a.text() == "Copy 12 photos to folder…")

    with qtbot.waitSignal(window.file_jobs.finished, timeout=WAIT_MS):
        action.trigger()

    copied = sorted(p.name for p in target.iterdir())
    assert len(copied) == 13, "twelve copies next to what was there"
    first = Path(dozen[0])
    assert (target / first.name).read_bytes() == b"a photo already there", "nothing is overwritten"
    assert (target / f"{first.stem} (2){first.suffix}").read_bytes() == first.read_bytes()
    assert all((target / Path(p).name).read_bytes() == Path(p).read_bytes() for p in dozen[1:])
    assert window.statusBar().currentMessage() == f"Copied 12 photos to {target}"
    assert all(Path(p).exists() for p in dozen), "the originals stay"


def test_moving_to_the_trash_asks_first_and_can_be_undone(qtbot, window, tmp_path, monkeypatch):
    # The freedesktop trash of this test, on a fresh account: its data folder does not exist yet.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    trash = tmp_path / "data" / "Trash"
    view, model = window.view, window.model
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(photoactions.QMessageBox, "question", lambda *a, **k: answers.pop(0))
    chosen = model.paths()[1:3]
    click(qtbot, view, model.photo_row(1))
    click(qtbot, view, model.photo_row(2), Qt.KeyboardModifier.ShiftModifier)

    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert all(Path(p).exists() for p in chosen), "Cancel: nothing moves"

    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert not any(Path(p).exists() for p in chosen)
    assert sorted(p.name for p in (trash / "files").iterdir()) == sorted(Path(p).name for p in chosen)
    assert not set(chosen) & set(model.paths()), "they leave the grid at once"
    assert window.undo_bar.isVisible() and window.undo_bar.label.text() == "Moved 2 photos to the Trash"
    wait_indexed(qtbot, window, len(window.made) - 2)  # and the index

    window.undo_bar.button.click()
    assert all(Path(p).exists() for p in chosen) and list((trash / "files").iterdir()) == []
    assert list((trash / "info").iterdir()) == [], "the trash forgets them"
    wait_indexed(qtbot, window, len(window.made))
    qtbot.waitUntil(lambda: set(chosen) <= set(model.paths()), timeout=WAIT_MS)


def desktop_entry(folder: Path, name: str, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.desktop").write_text(f"[Desktop Entry]\nType=Application\n{body}\n", encoding="utf-8")


def test_open_with_offers_the_applications_for_photos_and_starts_one_on_them(qtbot, window, tmp_path,
                                                                                monkeypatch):
    view, model = window.view, window.model
    apps, opened = tmp_path / "data" / "applications", tmp_path / "opened.txt"
    viewer = tmp_path / "viewer.py"
    viewer.write_text("import pathlib, sys\npathlib.Path(sys.argv[1]).write_text('\\n'.join(sys.argv[2:]))\n")
    desktop_entry(apps, "shapes-viewer", f"Name=Shape Viewer\nMimeType=image/jpeg;image/png;\n"
                                         f"Exec={sys.executable} {viewer} {opened} %F")
    desktop_entry(apps / "kde", "broken", "Name=Broken Viewer\nMimeType=image/jpeg;\nExec=/no/such/viewer %f")
    desktop_entry(apps, "notes", f"Name=Notes\nMimeType=text/plain;\nExec={sys.executable} %f")
    desktop_entry(apps, "helper", f"Name=Helper\nNoDisplay=true\nMimeType=image/jpeg;\nExec={sys.executable} %f")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_DATA_DIRS", str(tmp_path / "no system applications"))

    two = model.paths()[:2]
    click(qtbot, view, model.photo_row(0))
    click(qtbot, view, model.photo_row(1), Qt.KeyboardModifier.ControlModifier)
    menu = view.context_menu(model.index(model.photo_row(1)))
    (open_with,) = [a.menu() for a in menu.actions() if a.text() == "Open with"]
    assert [a.text() for a in open_with.actions() if not a.isSeparator()] == [
        "Broken Viewer", "Shape Viewer", "Other application…"], "those that open JPEGs and show in menus"

    next(a for a in open_with.actions() if a.text() == "Shape Viewer").trigger()
    qtbot.waitUntil(lambda: opened.exists() and opened.read_text().splitlines() == two, timeout=WAIT_MS)

    next(a for a in open_with.actions() if a.text() == "Broken Viewer").trigger()
    assert window.statusBar().currentMessage().startswith("Broken Viewer did not start: ")
