"""The worker thread: searches are answered during a long index run (on a thread of their own), Pause holds
it, Close stops it cleanly."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from window_support import CLASSES, WAIT_MS, parked_in_pause, wait_indexed

import shapes_world

pytestmark = pytest.mark.gui

PHOTOS_PER_CLASS = 10
BATCH = 4
HOLD_AT = 8  # photos embedded when the test pauses the run


@pytest.fixture
def many_photos(tmp_path):  # type: ignore[no-untyped-def]
    return shapes_world.write_folder(tmp_path / "many", per_class=PHOTOS_PER_CLASS, seed=11, classes=CLASSES,
                                     max_px=64)


def pause_run_at(window, done: int) -> None:  # type: ignore[no-untyped-def]
    """Pause exactly after `done` photos: this runs on the worker thread, inside the engine's progress callback."""

    held = []

    def on_progress(progress: dict) -> None:
        if progress["phase"] == "embedding" and progress["done"] >= done and not held:
            held.append(progress["done"])
            window.backend.pause()

    window.backend.worker.progress.connect(on_progress, Qt.ConnectionType.DirectConnection)


def test_a_search_is_answered_while_an_index_run_is_paused_midway(qtbot, make_window, tiny_model, many_photos):
    window = make_window(tiny_model, [many_photos[0].path.parent], batch_size=BATCH)
    pause_run_at(window, HOLD_AT)
    qtbot.waitUntil(lambda: window.index_progress.bar.value() == HOLD_AT, timeout=WAIT_MS)

    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS) as shown:
        window.search_bar.set_text("a red circle")

    assert shown.args[0] == HOLD_AT, "answered from the photos indexed so far, without waiting for the run"
    assert window.status["indexing"]
    window.backend.resume()
    wait_indexed(qtbot, window, len(many_photos))


def test_a_search_is_answered_while_the_worker_thread_is_busy_with_a_batch(qtbot, make_window, tiny_model,
                                                                           many_photos):
    window = make_window(tiny_model, [many_photos[0].path.parent], batch_size=BATCH)
    busy, released = threading.Event(), threading.Event()

    def hold_the_worker(progress: dict) -> None:  # on the worker thread, inside the run, not paused
        if progress["phase"] == "embedding" and progress["done"] >= HOLD_AT and not busy.is_set():
            busy.set()
            released.wait(WAIT_MS / 1000)

    window.backend.worker.progress.connect(hold_the_worker, Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(busy.is_set, timeout=WAIT_MS)
    try:
        with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS) as shown:
            window.search_bar.set_text("a red circle")
        assert not released.is_set()
        assert shown.args[0] == HOLD_AT, "answered by the search thread while the run's thread was busy"
    finally:
        released.set()
    wait_indexed(qtbot, window, len(many_photos))


def test_pause_button_holds_indexing_and_resume_finishes_it(qtbot, make_window, tiny_model, many_photos):
    window = make_window(tiny_model, [many_photos[0].path.parent], batch_size=BATCH)
    busy, released = threading.Event(), threading.Event()
    reported: list[dict] = []
    worker_thread: list[int] = []

    def hold_the_worker(progress: dict) -> None:  # on the worker thread, before RunControl looks at Pause
        if progress["phase"] != "embedding":
            return
        reported.append(progress)
        if progress["done"] >= HOLD_AT and not busy.is_set():
            worker_thread.append(threading.get_ident())
            busy.set()
            released.wait(WAIT_MS / 1000)

    window.backend.worker.progress.connect(hold_the_worker, Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(busy.is_set, timeout=WAIT_MS)
    window.index_progress.pause_button.click()  # the user's Pause, while the run is mid-batch
    released.set()
    assert window.index_progress.pause_button.text() == "Resume"
    assert "Paused" in window.index_progress.label.text()

    qtbot.waitUntil(lambda: parked_in_pause(worker_thread[0]) or reported[-1]["done"] == len(many_photos),
                    timeout=WAIT_MS)
    assert reported[-1]["done"] == HOLD_AT, "no batch was embedded after Pause"
    assert parked_in_pause(worker_thread[0])
    assert window.backend.worker.runs.paused

    window.index_progress.pause_button.click()

    qtbot.waitUntil(lambda: reported[-1]["done"] == len(many_photos), timeout=WAIT_MS)
    assert [p["done"] for p in reported].count(HOLD_AT) == 2, "the run reported again when it resumed"
    wait_indexed(qtbot, window, len(many_photos))
    assert not window.index_progress.isVisible()


def test_closing_during_indexing_stops_at_once_and_the_run_resumes_next_time(
        qtbot, make_window, tiny_model, many_photos):
    folder = many_photos[0].path.parent
    window = make_window(tiny_model, [folder], batch_size=BATCH)
    stored: list[int] = []
    window.backend.worker.progress.connect(lambda p: stored.append(p["done"]) if p["phase"] == "embedding" else None,
                                           Qt.ConnectionType.DirectConnection)
    pause_run_at(window, HOLD_AT)
    qtbot.waitUntil(lambda: window.index_progress.bar.value() == HOLD_AT, timeout=WAIT_MS)

    window.close()

    assert window.shutdown_clean, "the worker stopped within the window's wait, not after the run"
    assert not window.backend.running
    at_close = stored[-1]  # the batches being embedded when Close came are kept too
    assert HOLD_AT <= at_close < len(many_photos)

    reopened = make_window(tiny_model, batch_size=BATCH)
    with qtbot.waitSignal(reopened.backend.run_finished, timeout=WAIT_MS) as finished:
        pass
    assert finished.args[0]["added"] == len(many_photos) - at_close, "the run resumes where it stopped"
    assert finished.args[0]["unchanged"] == at_close
