"""Odd names, odd times, odd edits: undecodable file names, one membership rule for scan and watcher,
symlinked folders watched, clocks in the future, same-size retouches, relative folders, local days."""

from __future__ import annotations

import json
import os
import queue
import time
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import shapes_world
from photoseek.core.engine import Engine
from photoseek.core.membership import LibraryRules
from photoseek.core.records import path_id
from photoseek.core.scan import Scanner
from photoseek.core.search import SearchFilters
from photoseek.core.watcher import LibraryWatcher
from support import TINY_MODEL, indexed_paths, run_cli

WAIT = 20.0
LATIN1_NAME = b"caf\xe9 \xe0 la plage.jpg"  # what an old camera or another OS leaves behind


def until(changes: queue.Queue, engine: Engine, condition) -> None:  # type: ignore[no-untyped-def,type-arg]
    """Apply the watcher's deliveries to the engine until `condition()` holds."""
    deadline = time.monotonic() + WAIT
    while not condition():
        engine.update_paths(changes.get(timeout=max(0.1, deadline - time.monotonic())))


def test_a_file_name_that_is_not_utf8_is_recorded_and_every_later_run_succeeds(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    shapes_world.write_folder(photos, per_class=1, seed=1, classes=[("red", "circle")], max_px=96)
    odd = os.path.join(os.fsencode(photos), LATIN1_NAME)
    shapes_world.write_one(Path(os.fsdecode(odd)), "blue", "square", seed=2, max_px=96)
    odd_folder = os.path.join(os.fsencode(photos), b"\xc9t\xe9 1998")
    os.mkdir(odd_folder)
    shapes_world.write_one(Path(os.fsdecode(os.path.join(odd_folder, b"x.png"))), "red", "circle", seed=3)
    env = {"PHOTOSEEK_MODEL": str(TINY_MODEL)}
    for _run in range(2):
        result = run_cli("-v", "index", str(photos), "--json", env=env)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr and "Logging error" not in result.stderr, result.stderr
        report = json.loads(result.stdout)
        assert report["failed"] == 2 and report["added"] + report["unchanged"] == 1
        assert {f["reason"] for f in report["failures"]} == {"file name is not valid UTF-8"}
    status = run_cli("status", env=env)
    assert status.returncode == 0 and "caf\\udce9" in status.stdout, "printed, escaped, not a crash"
    listed = json.loads(run_cli("status", "--json", env=env).stdout)
    assert os.fsdecode(odd) in [f["path"] for f in listed["failures"]]


def test_one_rule_decides_membership_for_the_scan_the_watcher_and_single_files(tmp_path: Path) -> None:
    root = tmp_path / "Pictures"
    names = ["a.jpg", "trip/b.png", "Screenshots/c.png", "trip/Screenshots/d.jpg", ".cache/e.jpg",
             "trip/.hidden.jpg", "trip/f_small.jpg", "home/thumbnails/g.jpg", "notes.txt", "trip/raw/h.JPEG"]
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(b"x")
    rules = LibraryRules([str(root)], excludes=["Screenshots", "*_small.jpg"], skip_folders=[str(root / "home")])
    scanned = set(Scanner(rules).scan_roots([str(root)]).files)
    assert scanned == {str(root / n) for n in ("a.jpg", "trip/b.png", "trip/raw/h.JPEG")}
    assert {str(root / n) for n in names if rules.wants_file(str(root / n))} == scanned, "the same answer"
    assert set(Scanner(rules).scan_paths([str(root / n) for n in names]).files) == scanned


def test_a_photo_saved_into_an_excluded_folder_is_left_out_by_the_watcher_too(engine: Engine, tmp_path: Path
                                                                            ) -> None:
    root = tmp_path / "Pictures"
    (root / "Screenshots").mkdir(parents=True)
    shapes_world.write_one(root / "kept.png", "red", "circle", seed=1, max_px=96)
    engine.add_folders([str(root)])
    engine.set_excludes(["Screenshots"])
    engine.index()
    changes: queue.Queue[set[str]] = queue.Queue()
    watcher = LibraryWatcher(engine.watch_folders(), changes.put, engine.rules(), debounce=0.3)
    watcher.start()
    try:
        shapes_world.write_one(root / "Screenshots" / "shot.png", "blue", "square", seed=2, max_px=96)
        fresh = shapes_world.write_one(root / "new.png", "green", "star", seed=3, max_px=96).path
        until(changes, engine, lambda: str(fresh) in indexed_paths(engine))
    finally:
        watcher.stop()
    assert indexed_paths(engine) == [str(root / "kept.png"), str(fresh)]
    again = engine.index()
    assert (again.added, again.removed) == (0, 0), "the next full check agrees: nothing flips back and forth"


def test_symlinked_folders_that_the_scan_follows_are_watched(engine: Engine, tmp_path: Path) -> None:
    elsewhere = tmp_path / "phone-backup"
    elsewhere.mkdir()
    shapes_world.write_one(elsewhere / "first.png", "red", "circle", seed=1, max_px=96)
    root = tmp_path / "Pictures"
    root.mkdir()
    os.symlink(elsewhere, root / "phone")
    engine.add_folders([str(root)])
    engine.index()
    assert indexed_paths(engine) == [str(root / "phone" / "first.png")]
    changes: queue.Queue[set[str]] = queue.Queue()
    watcher = LibraryWatcher(engine.watch_folders(), changes.put, engine.rules(), debounce=0.3)
    watcher.start()
    try:
        shapes_world.write_one(elsewhere / "second.png", "blue", "square", seed=2, max_px=96)
        until(changes, engine, lambda: str(root / "phone" / "second.png") in indexed_paths(engine))
    finally:
        watcher.stop()
    assert str(elsewhere / "second.png") not in indexed_paths(engine), "under the library's own path"


def test_a_photo_with_a_modification_time_in_the_future_is_picked_up_by_the_watcher(engine: Engine,
                                                                                    tmp_path: Path) -> None:
    root = tmp_path / "card"
    root.mkdir()
    engine.add_folders([str(root)])
    changes: queue.Queue[set[str]] = queue.Queue()
    watcher = LibraryWatcher(engine.watch_folders(), changes.put, engine.rules(), debounce=0.3)
    watcher.start()
    try:
        photo = shapes_world.write_one(root / "IMG_0001.JPG", "red", "circle", seed=1, max_px=96).path
        future = datetime(2031, 6, 1).timestamp()
        os.utime(photo, (future, future))  # a camera clock a few years ahead
        until(changes, engine, lambda: str(photo) in indexed_paths(engine))
    finally:
        watcher.stop()


def test_a_same_size_retouch_inside_the_file_is_re_embedded(engine: Engine, tmp_path: Path) -> None:
    """Uncompressed TIFF/BMP retouching keeps the size, the first 256 KiB and the last 64 KiB."""
    root = tmp_path / "scans"
    root.mkdir()
    picture = np.zeros((600, 600, 3), dtype=np.uint8)
    picture[:] = (200, 30, 30)
    path = root / "scan.bmp"
    Image.fromarray(picture).save(path)
    engine.add_folders([str(root)])
    engine.index()
    before = engine.store.records([path_id(str(path))])[path_id(str(path))].vector
    picture[250:350, 100:500] = (20, 20, 220)  # a blue stripe across the middle rows only
    edited = root / "edited.bmp"
    Image.fromarray(picture).save(edited)
    assert edited.stat().st_size == path.stat().st_size
    data, new = path.read_bytes(), edited.read_bytes()
    assert data[:256 * 1024] == new[:256 * 1024] and data[-64 * 1024:] == new[-64 * 1024:]
    os.replace(edited, path)
    report = engine.index()
    assert (report.updated, report.unchanged) == (1, 0), "re-embedded, not kept as merely touched"
    after = engine.store.records([path_id(str(path))])[path_id(str(path))].vector
    assert not np.array_equal(before, after)


def test_folder_filters_take_relative_paths_dot_and_home(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    for given in (".", "./photos", "photos/../photos", "~/photos", "~"):
        folder = SearchFilters(folders=(given,)).folders[0]
        assert folder in (str(tmp_path), str(tmp_path / "photos")) and os.path.isabs(folder)


def test_date_filters_use_local_calendar_days_and_include_photos_before_1970(engine: Engine, tmp_path: Path,
                                                                           monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    try:
        root = tmp_path / "photos"
        root.mkdir()
        late_evening = shapes_world.write_one(root / "evening.png", "red", "circle", seed=1, max_px=96).path
        moment = datetime(2024, 3, 9, 22, 30).timestamp()  # 22:30 local on 9 March is 10 March in UTC
        os.utime(late_evening, (moment, moment))
        old = root / "grandma.jpg"
        Image.new("RGB", (120, 90), (90, 60, 30)).save(old, exif=_exif_taken("1962:07:14 15:00:00"))
        engine.add_folders([str(root)])
        engine.index()

        def found(day_from: date, day_to: date) -> list[str]:
            hits = engine.search_text("a photo", limit=10, filters=SearchFilters(date_from=day_from, date_to=day_to))
            return sorted(os.path.basename(h.path) for h in hits)

        assert found(date(2024, 3, 9), date(2024, 3, 9)) == ["evening.png"], "the day as the preview shows it"
        assert found(date(2024, 3, 10), date(2024, 3, 10)) == []
        assert found(date(1962, 7, 14), date(1962, 7, 14)) == ["grandma.jpg"]
        assert found(date(1950, 1, 1), date(1969, 12, 31)) == ["grandma.jpg"]
        hit = next(h for h in engine.search_text("x", limit=10) if h.path.endswith("grandma.jpg"))
        assert hit.to_dict()["taken"] == "1962-07-14 15:00:00"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def _exif_taken(when: str) -> bytes:
    exif = Image.Exif()
    exif[0x8769] = {0x9003: when}
    return exif.tobytes()


@pytest.fixture(autouse=True)
def _tiny_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHOTOSEEK_MODEL", str(TINY_MODEL))
