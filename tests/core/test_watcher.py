"""Real watchdog events: coalesced, debounced, complete files only; polling when watches run out."""

from __future__ import annotations

import errno
import logging
import queue
import shutil
from pathlib import Path

import numpy as np
import pytest

import shapes_world
from photoseek.core.engine import Engine
from photoseek.core.membership import LibraryRules
from photoseek.core.watcher import LibraryWatcher
from support import indexed_paths, wait_for

WAIT = 20.0


class Collector:
    """Receives the watcher's deliveries on its thread; tests wait on it, never sleep."""

    def __init__(self) -> None:
        self.deliveries: queue.Queue[set[str]] = queue.Queue()

    def __call__(self, paths: set[str]) -> None:
        self.deliveries.put(paths)

    def until(self, wanted: set[str], timeout: float = WAIT) -> list[set[str]]:
        """Collect deliveries until every wanted path has been seen."""
        got: list[set[str]] = []
        seen: set[str] = set()
        while not wanted <= seen:
            batch = self.deliveries.get(timeout=timeout)
            got.append(batch)
            seen |= batch
        return got


@pytest.fixture
def watched(tmp_path: Path):  # type: ignore[no-untyped-def]
    root = tmp_path / "photos"
    root.mkdir()
    collector = Collector()
    watcher = LibraryWatcher([str(root)], collector, LibraryRules([str(root)]), debounce=0.5)
    yield root, collector, watcher
    watcher.stop()


def test_burst_of_events_is_coalesced_into_few_deliveries(watched) -> None:  # type: ignore[no-untyped-def]
    root, collector, watcher = watched
    assert watcher.start() == "watching"
    paths = set()
    for n in range(25):
        photo = shapes_world.write_one(root / f"p{n}.png", "red", "circle", seed=n, max_px=64).path
        photo.write_bytes(photo.read_bytes())  # a second write to the same file
        paths.add(str(photo))
    (root / "notes.txt").write_text("not a photo")
    deliveries = collector.until(paths)
    assert len(deliveries) <= 3, f"25 files × 2 writes arrived in {len(deliveries)} deliveries"
    assert set().union(*deliveries) == paths, "each photo once; the text file is ignored"


def test_file_still_being_written_is_delivered_once_complete(tmp_path: Path) -> None:
    """A slow copy (writes spaced out, as from a camera card): nothing goes out until the writes pause.

    Time is the test's clock: between writes it moves 0.6 × debounce, so the whole copy takes longer than
    the debounce while no single gap reaches it; the watcher's loop is seen to look after every move.
    """
    root = tmp_path / "photos"
    root.mkdir()
    collector, clock = Collector(), Clock()
    watcher = LibraryWatcher([str(root)], collector, LibraryRules([str(root)]), debounce=0.5, clock=clock)
    target = root / "big.jpg"
    data = (tmp_path / "src.jpg")
    shapes_world.write_one(data, "blue", "square", seed=4, max_px=400)
    payload = data.read_bytes()
    step = len(payload) // 4 + 1
    watcher.start()
    try:
        with open(target, "wb") as handle:
            for start in range(0, len(payload), step):
                handle.write(payload[start:start + step])
                handle.flush()
                size = start + len(payload[start:start + step])
                seen = wait_for(lambda s=size: pending_size(watcher, str(target)) == s, WAIT, 0.01)
                assert seen, "the write was seen"
                clock.now += 0.6 * watcher.debounce
                clock.wait_looked_at()
                assert collector.deliveries.empty(), "delivered while the file was still growing"

        def time_passes() -> bool:  # the close's own event may come late: time goes on until delivery
            clock.now += watcher.debounce / 2
            clock.wait_looked_at()
            return not collector.deliveries.empty()

        assert wait_for(time_passes, WAIT, 0.01), "never delivered"
        delivered = collector.until({str(target)})
    finally:
        watcher.stop()
    assert target.read_bytes() == payload and str(target) in set().union(*delivered)


def pending_size(watcher: LibraryWatcher, path: str) -> int | None:
    with watcher._wakeup:
        pending = watcher._pending.get(path)
    return pending.signature[0] if pending and pending.signature else None


def test_moves_and_folder_deletes_report_both_sides(watched) -> None:  # type: ignore[no-untyped-def]
    root, collector, watcher = watched
    album = root / "album"
    album.mkdir()
    photo = shapes_world.write_one(album / "a.png", "red", "circle", seed=1, max_px=64).path
    watcher.start()
    photo.rename(album / "b.png")
    collector.until({str(photo), str(album / "b.png")})
    shutil.rmtree(album)
    collector.until({str(album)})


def test_falls_back_to_polling_when_the_watch_limit_is_hit(watched, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    root, collector, watcher = watched
    from watchdog.observers import Observer

    def refuse(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "inotify watch limit reached")

    monkeypatch.setattr(Observer, "schedule", refuse)
    watcher.poll_interval = 0.5
    with caplog.at_level(logging.WARNING, logger="photoseek.watcher"):
        assert watcher.start() == "polling"
    assert "falling back" in caplog.text and "max_user_watches" in caplog.text
    photo = shapes_world.write_one(root / "polled.png", "green", "star", seed=3, max_px=64).path
    collector.until({str(photo)})


def test_engine_follows_the_watcher(engine: Engine, tmp_path: Path) -> None:
    """Watcher → engine.update_paths: new photos searchable, deleted gone, moved kept."""
    root = tmp_path / "live"
    shapes_world.write_folder(root, per_class=1, seed=21, classes=[("blue", "star"), ("green", "square")],
                              max_px=96)
    engine.add_folders([str(root)])
    engine.index()
    changes: queue.Queue[set[str]] = queue.Queue()
    watcher = LibraryWatcher(engine.watch_folders(), changes.put, engine.rules(), debounce=0.5)
    watcher.start()
    try:
        def apply_until(condition) -> None:  # type: ignore[no-untyped-def]
            while not condition():
                engine.update_paths(changes.get(timeout=WAIT))

        new = shapes_world.write_one(root / "new.png", "red", "circle", seed=8, max_px=96).path
        apply_until(lambda: str(new) in indexed_paths(engine))
        moved = root / "sub" / "renamed.png"
        moved.parent.mkdir()
        new.rename(moved)
        apply_until(lambda: str(moved) in indexed_paths(engine) and str(new) not in indexed_paths(engine))
        moved.unlink()
        apply_until(lambda: str(moved) not in indexed_paths(engine))
        assert len(indexed_paths(engine)) == 2
    finally:
        watcher.stop()


@pytest.mark.warns
def test_a_deleted_library_folder_does_not_empty_the_index(engine: Engine, tmp_path: Path) -> None:
    """Deleting or unmounting a whole library folder is reported, never read as 'delete every photo'."""
    root = tmp_path / "card"
    shapes_world.write_folder(root, per_class=2, seed=22, classes=[("red", "circle")], max_px=64)
    engine.add_folders([str(root)])
    engine.index()
    shutil.rmtree(root)
    report = engine.update_paths([str(root), str(root / "img_22_00000.png")])
    assert report.removed == 0 and report.missing_roots == [str(root)]
    assert len(indexed_paths(engine)) == 2


def test_a_library_folder_inside_a_hidden_folder_is_still_watched(tmp_path: Path) -> None:
    root = tmp_path / ".local" / "share" / "Photos"
    root.mkdir(parents=True)
    collector = Collector()
    watcher = LibraryWatcher([str(root)], collector, LibraryRules([str(root)]), debounce=0.3)
    watcher.start()
    try:
        (root / ".cache").mkdir()
        shapes_world.write_one(root / ".cache" / "skip.png", "red", "circle", seed=1, max_px=64)
        photo = shapes_world.write_one(root / "beach.png", "blue", "square", seed=2, max_px=64).path
        delivered = set().union(*collector.until({str(photo)}))
        assert str(root / ".cache" / "skip.png") not in delivered, "hidden below the root stays skipped"
    finally:
        watcher.stop()


class Clock:
    """A clock the test moves by hand, for the delivery rule's timing; it counts who reads it."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.reads = 0

    def __call__(self) -> float:
        self.reads += 1
        return self.now

    def wait_looked_at(self) -> None:
        """Until the delivery loop has read the clock twice: one whole round saw the latest time."""
        seen = self.reads
        assert wait_for(lambda: self.reads >= seen + 2, WAIT, 0.01), "the watcher's loop stopped looking"


def test_a_burst_is_delivered_whole_once_it_pauses_and_removals_wait_for_their_pair(tmp_path: Path) -> None:
    """The rule that lets a move's two sides meet: one delivery per burst; under a stream that never
    pauses, what waited long enough goes out, but a removal waits for the pause (or its own limit)."""
    root = tmp_path / "photos"
    root.mkdir()
    clock = Clock()
    watcher = LibraryWatcher([str(root)], lambda _paths: None, LibraryRules([str(root)]), debounce=0.5,
                             max_wait=2.0, clock=clock)
    early = shapes_world.write_one(root / "early.png", "red", "circle", seed=1, max_px=64).path
    gone = str(root / "gone.png")  # removed: nothing at its path
    busy = shapes_world.write_one(root / "busy.png", "blue", "star", seed=2, max_px=64).path

    def tick(seconds: float, stream: bool = True) -> dict[str, object]:
        """Let `seconds` pass, the busy file having an event every 0.1 s if `stream`."""
        for _ in range(round(seconds * 10)):
            clock.now += 0.1
            if stream:
                watcher.note([str(busy)])
        return watcher._take_quiet()

    watcher.note([str(early), gone])
    assert tick(1.0) == {}, "nothing goes out while the burst goes on"
    assert set(tick(1.0)) == {str(early)}, "waited max_wait: out, though the stream goes on"
    assert tick(1.0) == {}, "the removal waits for the creation it may pair with"
    assert set(tick(1.0, stream=False)) == {gone, str(busy)}, "the pause: everything goes out"
    watcher.note([gone])
    assert set(tick(6.5)) == {gone}, "a removal waits at most HOLD_REMOVALS × max_wait under a stream"


def test_files_moved_into_new_folders_keep_their_vectors(engine: Engine, tmp_path: Path) -> None:
    """A file moved into a folder made a moment before arrives as a creation and a removal: it keeps its
    vector whichever side the watcher delivers first; nothing is embedded again."""
    root = tmp_path / "sorted"
    photos = shapes_world.write_folder(root, per_class=10, seed=23,
                                       classes=[("red", "circle"), ("blue", "star"), ("green", "square")],
                                       max_px=64)
    engine.add_folders([str(root)])
    engine.index()
    before = {r.path: r.vector for r in engine.store.records(
        e.id for e in engine.store.catalog()).values()}
    changes: queue.Queue[set[str]] = queue.Queue()
    watcher = LibraryWatcher(engine.watch_folders(), changes.put, engine.rules(), debounce=0.5)
    watcher.start()
    try:
        moved = {}
        for number, photo in enumerate(photos):
            folder = root / f"album {number}"
            folder.mkdir()
            moved[str(photo.path)] = str(photo.path.rename(folder / photo.path.name))
        embedded = copied_or_moved = 0
        while indexed_paths(engine) != sorted(moved.values()):
            report = engine.update_paths(changes.get(timeout=WAIT))
            embedded += report.added + report.updated
            copied_or_moved += report.moved + report.copied
    finally:
        watcher.stop()
    assert (embedded, copied_or_moved) == (0, 30)
    after = {r.path: r.vector for r in engine.store.records(e.id for e in engine.store.catalog()).values()}
    assert all(np.array_equal(after[new], before[old]) for old, new in moved.items())


def test_a_creation_delivered_before_its_removal_takes_the_stored_vector(engine: Engine, tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    photo = shapes_world.write_one(root / "a.png", "red", "circle", seed=5, max_px=64).path
    engine.add_folders([str(root)])
    engine.index()
    (root / "b").mkdir()
    moved = photo.rename(root / "b" / "a.png")
    first = engine.update_paths([str(moved)])
    assert (first.added, first.copied) == (0, 1)
    second = engine.update_paths([str(photo)])
    assert second.removed == 1 and indexed_paths(engine) == [str(moved)]
    copy = shutil.copy2(moved, root / "copy.png")
    third = engine.update_paths([str(copy)])
    assert (third.added, third.copied) == (0, 1), "a copy of an indexed photo needs no embedding"
    assert indexed_paths(engine) == sorted([str(moved), str(copy)])


def test_a_library_folder_deleted_and_recreated_is_watched_again(tmp_path: Path) -> None:
    root = tmp_path / "card"
    root.mkdir()
    later = tmp_path / "usb"  # not there when watching starts: a drive plugged in afterwards
    collector = Collector()
    watcher = LibraryWatcher([str(root), str(later)], collector, LibraryRules([str(root), str(later)]),
                             debounce=0.3)
    watcher.start()
    try:
        shutil.rmtree(root)
        collector.until({str(root)})
        root.mkdir()
        collector.until({str(root)})  # it is back: reported, so its photos are read
        photo = shapes_world.write_one(root / "new.png", "red", "circle", seed=6, max_px=64).path
        collector.until({str(photo)})
        later.mkdir()
        collector.until({str(later)})
        plugged = shapes_world.write_one(later / "trip.png", "blue", "star", seed=7, max_px=64).path
        collector.until({str(plugged)})
    finally:
        watcher.stop()
