"""Every phase of an index run reports progress and can be cancelled: looking for photos, reading the
index, relinking moved photos, embedding. A run cancelled before it has seen the whole disk and the
whole index decides nothing from the part it saw (that would delete the photos it had not reached)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

import shapes_world
from photoseek.core import progress as run_progress
from photoseek.core.engine import Engine
from photoseek.core.progress import EMBEDDING, READING, RELINKING, SCANNING, Progress
from support import SlowDrive, indexed_paths, seed_index

FOLDERS, PER_FOLDER = 30, 100  # 3,000 seeded rows: three index-read ticks, three relink chunks


@pytest.fixture
def report_every_tick(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every look at Pause and Cancel also reports (normally at most every quarter second)."""
    monkeypatch.setattr(run_progress, "REPORT_EVERY_S", 0.0)


@pytest.fixture
def seeded(engine: Engine, tmp_path: Path) -> tuple[Path, list[str]]:
    library = tmp_path / "library"
    return library, seed_index(engine, library, FOLDERS, PER_FOLDER)


def cancel_when(condition: Callable[[Progress], bool]
                ) -> tuple[threading.Event, list[Progress], Callable[[Progress], None]]:
    """A progress callback that cancels the run at the first report that meets `condition`; what it saw."""
    cancel, seen = threading.Event(), []

    def callback(progress: Progress) -> None:
        seen.append(progress)
        if condition(progress):
            cancel.set()

    return cancel, seen, callback


@pytest.mark.usefixtures("report_every_tick")
def test_a_scan_cancelled_midway_keeps_every_photo_it_had_not_reached(
        engine: Engine, seeded: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    library, paths = seeded
    drive = SlowDrive(library, latency=0.0)
    monkeypatch.setattr(os, "scandir", drive)
    cancel = threading.Event()
    listed_at_cancel: list[int] = []

    def callback(progress: Progress) -> None:
        if progress.phase == SCANNING and drive.listed >= FOLDERS // 3 and not cancel.is_set():
            listed_at_cancel.append(drive.listed)
            cancel.set()  # a Close while a third of the folders are listed

    report = engine.index(progress=callback, cancel=cancel)

    assert report.cancelled
    assert drive.listed == listed_at_cancel[0], "no folder was listed after the cancel"
    assert indexed_paths(engine) == sorted(paths), "the photos the scan had not reached are still indexed"
    finished = engine.index()
    assert (finished.unchanged, finished.removed, finished.added) == (len(paths), 0, 0)


@pytest.mark.usefixtures("report_every_tick")
def test_reading_the_index_is_cancelled_before_anything_is_decided(
        engine: Engine, seeded: tuple[Path, list[str]]) -> None:
    library, paths = seeded
    for path in paths[: len(paths) // 2]:
        os.unlink(path)  # a run would remove these rows; a cancelled one must not have got that far
    cancel, seen, callback = cancel_when(lambda p: p.phase == READING)

    report = engine.index(progress=callback, cancel=cancel)

    assert report.cancelled and report.removed == 0
    reading = [p for p in seen if p.phase == READING]
    assert reading[0].total == len(paths) and reading[0].done < len(paths), "cancelled part-way through the read"
    assert EMBEDDING not in {p.phase for p in seen} and RELINKING not in {p.phase for p in seen}
    assert engine.store.count() == len(paths)
    assert engine.index().removed == len(paths) // 2


@pytest.mark.usefixtures("report_every_tick")
def test_relinking_a_moved_library_stops_between_chunks_and_the_next_run_finishes_it(
        engine: Engine, seeded: tuple[Path, list[str]]) -> None:
    library, paths = seeded
    (library / "sorted").mkdir()
    for album in sorted(library.glob("album *")):
        album.rename(library / "sorted" / album.name)
    cancel, seen, callback = cancel_when(lambda p: p.phase == RELINKING and p.done > 0 and p.total > 0)

    report = engine.index(progress=callback, cancel=cancel)

    assert report.cancelled
    relinking = [p for p in seen if p.phase == RELINKING and p.total]
    assert relinking[-1].total == len(paths)
    assert 0 < report.moved < len(paths), "stopped after a chunk, not after the whole move"
    assert engine.store.count() == len(paths), "no photo lost half-way through a move"
    finished = engine.index()
    assert (finished.moved, finished.embedded, finished.removed) == (len(paths) - report.moved, 0, 0)
    assert indexed_paths(engine) == sorted(p.replace(str(library), str(library / "sorted"), 1) for p in paths)


@pytest.mark.usefixtures("report_every_tick")
def test_each_phase_reports_in_order(engine: Engine, tmp_path: Path) -> None:
    library = tmp_path / "library"
    shapes_world.write_folder(library / "a", per_class=1, seed=3, max_px=96)
    shapes_world.write_folder(library / "b", per_class=1, seed=4, max_px=96)
    engine.add_folders([str(library)])
    engine.index()
    (library / "a").rename(library / "a moved")
    shapes_world.write_folder(library / "c", per_class=1, seed=5, max_px=96)
    seen: list[Progress] = []

    report = engine.index(progress=seen.append)

    phases = [p.phase for p in seen]
    order = [phase for n, phase in enumerate(phases) if n == 0 or phases[n - 1] != phase]
    assert order == [SCANNING, RELINKING, EMBEDDING], order
    scanned = [p.done for p in seen if p.phase == SCANNING]
    assert scanned == sorted(scanned) and all(p.total == 0 for p in seen if p.phase == SCANNING)
    assert seen[-1] == Progress(report.embedded, report.embedded, seen[-1].images_per_second,
                                seen[-1].eta_seconds, EMBEDDING)
    assert report.moved and report.embedded


def test_a_quick_run_reports_nothing_before_it_embeds(engine: Engine, tmp_path: Path) -> None:
    """The watcher's update of one photo must not flash "Looking for photos" in the window."""
    photos = shapes_world.write_folder(tmp_path / "library", per_class=1, seed=3, max_px=96)
    engine.add_folders([str(tmp_path / "library")])
    seen: list[Progress] = []
    engine.index(progress=seen.append)
    assert {p.phase for p in seen} == {EMBEDDING}
    seen.clear()
    os.unlink(photos[0].path)
    engine.update_paths([str(photos[0].path)], progress=seen.append)
    assert seen == []
