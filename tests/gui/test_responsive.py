"""The window never waits for a whole phase of a run: a scan of 50,000 files on a slow drive shows its
progress, lets searches through, pauses and closes at once; Close stops every phase; a refresh does
not reload the open preview; a bug in the worker is shown and the worker goes on; dialogs are not kept."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from window_support import WAIT_MS, parked_in_pause, photo_index, wait_indexed, wait_ready

import shapes_world
from photoseek.core import progress as run_progress
from photoseek.core.engine import Engine
from photoseek.gui.failuresdialog import FailuresDialog
from photoseek.gui.settingsdialog import SettingsDialog
from photoseek.gui.worker import Worker
from support import TINY_MODEL, SlowDrive, seed_index

pytestmark = pytest.mark.gui

BIG_FOLDERS, FILES_PER_FOLDER = 500, 100  # 50,000 files: empty files with photo names are enough for a scan
LATENCY_S = 0.004  # per folder listed: a slow network share


def seeded_library(app_home, root: Path, folders: int, per_folder: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Rows for these files are in the index before the window opens (as after an earlier run)."""
    engine = Engine(app_home, model=str(TINY_MODEL))
    try:
        return seed_index(engine, root, folders, per_folder)
    finally:
        engine.close()


class Hold:
    """On the worker thread, inside the run's progress callback: hold the run at the first report that meets
    `condition` until `release` is set (or the window is closing); every report is kept."""

    def __init__(self, window, condition) -> None:  # type: ignore[no-untyped-def]
        self.condition, self.stopping = condition, window.backend.worker.runs.stopping
        self.reached, self.release = threading.Event(), threading.Event()
        self.reports: list[dict] = []
        self.after_stop: list[dict] = []
        self.thread = 0
        window.backend.worker.progress.connect(self._on_progress, Qt.ConnectionType.DirectConnection)

    def _on_progress(self, progress: dict) -> None:
        self.reports.append(progress)
        if self.stopping.is_set():
            self.after_stop.append(progress)
        if not self.reached.is_set() and self.condition(progress):
            self.thread = threading.get_ident()
            self.reached.set()
            while not (self.release.is_set() or self.stopping.is_set()):
                self.release.wait(0.05)  # released by the test or by Close, whichever comes first


def test_a_scan_of_50000_files_on_a_slow_drive_shows_progress_answers_searches_pauses_and_closes_at_once(
        qtbot, make_window, app_home, tiny_model, tmp_path, monkeypatch):
    library = tmp_path / "library"
    seeded = seeded_library(app_home, library, folders=4, per_folder=25)
    for f in range(BIG_FOLDERS):
        folder = library / "drive" / f"{f:03d}"
        folder.mkdir(parents=True)
        for n in range(FILES_PER_FOLDER):
            (folder / f"DSC{n:05d}.JPG").touch()
    drive = SlowDrive(library, LATENCY_S)
    monkeypatch.setattr(os, "scandir", drive)
    window = make_window(tiny_model)
    hold = Hold(window, lambda p: p["phase"] == "scanning")

    qtbot.waitUntil(hold.reached.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Looking for photos" in window.index_progress.label.text(), timeout=WAIT_MS)
    assert window.index_progress.isVisible() and " found" in window.index_progress.label.text()
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS) as shown:
        window.search_bar.set_text("a red circle")  # while the run's thread is held mid-scan
    assert shown.args[0] == len(seeded), "answered from the index while the scan goes on"

    window.index_progress.pause_button.click()
    assert "Paused: looking for photos" in window.index_progress.label.text()
    hold.release.set()
    qtbot.waitUntil(lambda: parked_in_pause(hold.thread), timeout=WAIT_MS)
    listed_at_pause = drive.listed
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_text("a blue square")  # answered while paused
    assert drive.listed == listed_at_pause, "no folder was listed while paused"

    found_at_pause = hold.reports[-1]["done"]
    window.index_progress.pause_button.click()  # Resume
    qtbot.waitUntil(lambda: hold.reports[-1]["done"] > found_at_pause, timeout=WAIT_MS)
    assert drive.listed > listed_at_pause
    listed_at_close = drive.listed
    window.close()

    assert window.shutdown_clean, "Close did not wait for the rest of the scan"
    assert drive.listed - listed_at_close <= 2, "the scan stopped within a folder of Close"
    assert drive.listed < BIG_FOLDERS, "Close came mid-scan"
    found = [p["done"] for p in hold.reports if p["phase"] == "scanning"]
    assert found == sorted(found), "the count of files found only grows"


PHASES = {
    "scanning": lambda p: p["phase"] == "scanning",
    "reading": lambda p: p["phase"] == "reading",
    "relinking": lambda p: p["phase"] == "relinking" and p["total"] > 0 and p["done"] > 0,
    "embedding": lambda p: p["phase"] == "embedding" and p["done"] > 0,
}


@pytest.mark.parametrize("phase", list(PHASES))
def test_close_stops_every_phase_and_the_next_start_finishes_exactly(
        qtbot, make_window, app_home, tiny_model, tmp_path, monkeypatch, phase):
    monkeypatch.setattr(run_progress, "REPORT_EVERY_S", 0.0)  # each look at Cancel also reports
    library = tmp_path / "library"
    seeded = seeded_library(app_home, library, folders=30, per_folder=100)  # 3,000 rows: 3 reads, 3 chunks
    expected = sorted(seeded)
    if phase == "relinking":
        (library / "sorted").mkdir()
        for album in sorted(library.glob("album *")):
            album.rename(library / "sorted" / album.name)
        expected = sorted(p.replace(str(library), str(library / "sorted"), 1) for p in seeded)
    if phase == "embedding":
        new = shapes_world.write_folder(library / "new", per_class=4, seed=9, max_px=64)
        expected = sorted(expected + [str(p.path) for p in new])
    window = make_window(tiny_model, batch_size=4)
    hold = Hold(window, PHASES[phase])
    finished: list[dict] = []
    window.backend.worker.run_finished.connect(finished.append, Qt.ConnectionType.DirectConnection)

    qtbot.waitUntil(hold.reached.is_set, timeout=WAIT_MS)
    window.close()

    assert window.shutdown_clean
    assert finished and finished[-1]["cancelled"], "the run stopped part-way"
    if phase != "embedding":  # batches already in the model finish and are kept; other phases stop at once
        assert [p for p in hold.after_stop if p["phase"] == phase] == [], "nothing more of the phase ran"

    reopened = make_window(tiny_model, batch_size=4)
    with qtbot.waitSignal(reopened.backend.run_finished, timeout=WAIT_MS,
                          check_params_cb=lambda report: not report["cancelled"]):
        pass
    wait_indexed(qtbot, reopened, len(expected))
    engine = reopened.backend.worker.engine
    assert sorted(e.path for e in engine.store.catalog()) == expected
    assert reopened.status["failed"] == 0, "no seeded photo was re-embedded"


def test_a_refresh_while_indexing_does_not_reload_the_open_preview(qtbot, make_window, tiny_model, photos):
    window = make_window(tiny_model, [photos[0].path.parent])
    wait_indexed(qtbot, window, len(photos))
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.search_bar.set_text("a red circle")
    window.view.setCurrentIndex(photo_index(window, 1))
    window.show_preview(window.model.paths()[1])
    qtbot.waitUntil(lambda: window.preview.image_loaded, timeout=WAIT_MS)
    previewed, request = window.model.paths()[1], window.preview._pending
    other = next(p for p in window.model.paths() if p != previewed)

    os.utime(other, ns=(1_000_000_000, 1_000_000_000))  # another photo changes: the results are refreshed
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        pass

    assert window.view.current_path() == previewed
    assert window.preview.isVisible() and window.preview.image_loaded
    assert window.preview._pending == request, "the same photo was not decoded again"

    window._send_query(refresh=True)
    refresh = window._latest_request
    window.search_text("a newer query")  # typed before the refresh is answered
    window._search_done(refresh, [], 1.0)  # the refresh's answer arrives late: dropped
    assert window.model.photo_count() == len(photos)


@pytest.mark.warns
def test_a_bug_in_a_worker_slot_is_shown_and_the_worker_goes_on(qtbot, make_window, tiny_model, photos,
                                                              monkeypatch, caplog):
    def broken(self: Worker) -> None:
        raise RuntimeError("a bug while preparing the model")

    monkeypatch.setattr(Worker, "_prepare_model", broken)
    window = make_window(tiny_model)
    qtbot.waitUntil(lambda: "internal error: RuntimeError" in window.statusBar().currentMessage(),
                    timeout=WAIT_MS)
    assert "a bug while preparing the model" in caplog.text, "the traceback is in the log"

    window.backend.add_folders([str(photos[0].path.parent)])  # the worker still serves requests
    wait_indexed(qtbot, window, len(photos))
    assert "Watching 1 folder" in window.watcher_label.text()


def test_dialogs_are_deleted_when_closed(qtbot, make_window, tiny_model):
    window = make_window(tiny_model)
    wait_ready(qtbot, window)
    for _ in range(3):
        settings = window.open_settings()
        qtbot.waitExposed(settings)
        settings.reject()
        window.show_failures()
        window.failures_dialog.close()
    qtbot.waitUntil(lambda: not window.findChildren(SettingsDialog) and not window.findChildren(FailuresDialog),
                    timeout=WAIT_MS)
