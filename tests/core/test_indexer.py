"""Incremental indexing on a real engine: new, changed, touched, moved, removed, failed, cancelled."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import numpy as np
import pytest

import shapes_world
from photoseek.core.engine import Engine
from photoseek.core.indexer import Progress
from photoseek.core.pipeline import share_cores
from photoseek.core.records import path_id
from support import TINY_MODEL, TOY_MODEL, bad_files, indexed_paths

FEW = [("red", "circle"), ("blue", "square"), ("green", "triangle"), ("yellow", "star")]


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    folder = tmp_path / "photos"
    shapes_world.write_folder(folder, per_class=3, seed=11, classes=FEW, max_px=200)
    shapes_world.write_folder(folder / "trip", per_class=2, seed=12, classes=FEW, max_px=200)
    return folder


def all_files(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*") if p.is_file())


def vector_of(engine: Engine, path: Path) -> np.ndarray:
    return engine.store.records([path_id(str(path))])[path_id(str(path))].vector


def test_first_run_indexes_everything_and_second_run_changes_nothing(engine: Engine, photos: Path) -> None:
    engine.add_folders([str(photos)])
    first = engine.index()
    assert (first.added, first.failed, first.unchanged) == (20, 0, 0)
    assert not first.model_changed, "a library's first index is not a model switch"
    assert first.images_per_second > 0
    assert indexed_paths(engine) == all_files(photos)
    second = engine.index()
    assert (second.added, second.updated, second.moved, second.removed, second.unchanged) == (0, 0, 0, 0, 20)


def test_changed_touched_removed_and_new_files(engine: Engine, photos: Path) -> None:
    engine.add_folders([str(photos)])
    engine.index()
    files = all_files(photos)
    edited, touched, deleted = Path(files[0]), Path(files[1]), Path(files[2])
    before = vector_of(engine, touched)
    shapes_world.render("white", "star", __import__("random").Random(3)).save(edited, format=None)
    stat = touched.stat()
    os.utime(touched, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    deleted.unlink()
    shapes_world.write_one(photos / "new.png", "red", "circle", seed=99)
    report = engine.index()
    assert (report.added, report.updated, report.removed, report.unchanged) == (1, 2, 1, 17)
    assert np.array_equal(vector_of(engine, touched), before), "a touched photo keeps its vector"
    assert indexed_paths(engine) == all_files(photos)


def test_renamed_and_moved_photos_are_relinked_not_reembedded(engine: Engine, photos: Path) -> None:
    engine.add_folders([str(photos)])
    engine.index()
    original = Path(all_files(photos)[0])
    vector = vector_of(engine, original)
    renamed = original.with_name("renamed " + original.name)
    original.rename(renamed)
    shutil.move(photos / "trip", photos / "holiday 2024")  # a whole folder moves
    report = engine.index()
    assert (report.moved, report.added, report.removed, report.updated) == (9, 0, 0, 0)
    assert report.images_per_second == 0, "nothing was sent through the model"
    assert np.array_equal(vector_of(engine, renamed), vector)
    assert indexed_paths(engine) == all_files(photos)


def test_unreadable_files_are_recorded_skipped_and_retried_only_when_changed(engine: Engine, tmp_path: Path,
                                                                            photos: Path) -> None:
    reasons = bad_files(photos)
    engine.add_folders([str(photos)])
    report = engine.index()
    assert report.added == 20 and report.failed == len(reasons)
    by_name = {Path(f.path).name: f.reason for f in report.failures}
    assert all(word in by_name[name] for name, word in reasons.items())
    again = engine.index()
    assert again.added == 0 and again.failed == len(reasons), "known failures stay reported, not re-read"
    shapes_world.write_one(photos / "empty.jpg", "blue", "circle", seed=5)  # the user fixed the file
    fixed = engine.index()
    assert fixed.added == 1 and fixed.failed == len(reasons) - 1
    assert engine.status()["failed"] == len(reasons) - 1


def test_a_photo_that_becomes_unreadable_leaves_the_index(engine: Engine, photos: Path) -> None:
    engine.add_folders([str(photos)])
    engine.index()
    victim = Path(all_files(photos)[0])
    victim.write_bytes(victim.read_bytes()[:40])
    report = engine.index()
    assert report.failed == 1 and str(victim) not in indexed_paths(engine)


@pytest.mark.warns
def test_missing_root_keeps_its_photos(engine: Engine, photos: Path, tmp_path: Path) -> None:
    other = tmp_path / "usb-drive"
    shapes_world.write_folder(other, per_class=1, seed=13, classes=FEW, max_px=120)
    engine.add_folders([str(photos), str(other)])
    engine.index()
    shutil.move(other, tmp_path / "unplugged")
    report = engine.index()
    assert report.missing_roots == [str(other)] and report.removed == 0
    assert engine.store.count() == 24


def test_removing_a_folder_removes_its_photos(engine: Engine, photos: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    shapes_world.write_folder(other, per_class=1, seed=14, classes=FEW, max_px=120)
    engine.add_folders([str(photos), str(other)])
    engine.index()
    assert engine.remove_folder(str(other)) == 4
    assert indexed_paths(engine) == all_files(photos)
    assert engine.settings.folders == [str(photos)]


def test_progress_is_reported_and_a_cancelled_run_resumes(make_engine, photos: Path) -> None:
    engine = make_engine(batch_size=4)
    engine.add_folders([str(photos)])
    cancel = threading.Event()
    seen: list[Progress] = []

    def on_progress(progress: Progress) -> None:
        seen.append(progress)
        if progress.done >= 8:
            cancel.set()

    report = engine.index(progress=on_progress, cancel=cancel)
    streams = share_cores(os.cpu_count() or 1, "cpu").streams
    assert report.cancelled and 8 <= report.added <= 8 + 4 * (streams - 1), "stopped after the batches in flight"
    assert seen[0].done == 0 and seen[0].total == 20
    assert seen[-1].images_per_second > 0 and seen[-1].eta_seconds is not None
    rest = engine.index()
    assert (rest.added, rest.unchanged) == (20 - report.added, report.added)
    assert indexed_paths(engine) == all_files(photos)


def test_changing_the_model_reembeds_into_a_new_index(make_engine, photos: Path) -> None:
    engine = make_engine(TINY_MODEL)
    engine.add_folders([str(photos)])
    engine.index()
    tiny_dim = engine.model.dimension
    engine.set_model(str(TOY_MODEL))
    report = engine.index()
    assert report.model_changed and report.added == 20
    assert engine.model.dimension != tiny_dim
    assert engine.db.collection_names() == [engine.store.name], "the old model's vectors are gone, never mixed"
    assert len(engine.search_text("a red circle", limit=50)) == 20


def test_searches_are_answered_while_the_model_waits_for_decodes(toy_engine: Engine, tmp_path: Path) -> None:
    """The progress callback (where the window answers searches) also runs before the first batch is
    embedded, while its photos are still being decoded, and a search made there sees the index."""
    root = tmp_path / "lib"
    shapes_world.write_folder(root / "old", per_class=2, seed=1, max_px=96)
    toy_engine.add_folders([str(root)])
    toy_engine.index()
    shapes_world.write_folder(root / "new", per_class=4, seed=2, max_px=1024)
    answered: list[int] = []

    def progress(p: Progress) -> None:
        if p.done == 0:
            answered.append(len(toy_engine.search_text("a red circle", limit=3)))

    report = toy_engine.index(progress=progress)
    assert report.added > 0
    assert len(answered) >= 2, "called again while the first decodes were still running"
    assert all(count == 3 for count in answered)
