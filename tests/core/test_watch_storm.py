"""A storm of real filesystem events under the real watcher: the index settles to exactly the disk.

Thousands of creations, rewrites, renames (into folders made a moment before), deletions, touches, a
folder moved out of the library and one moved in, a folder deleted and recreated — all within a few
seconds, while `LibraryWatcher` delivers and `Engine.update_paths` applies. Afterwards the index holds
one row per file with the file's current content, and nothing whose content was indexed already was
embedded again.
"""

from __future__ import annotations

import io
import os
import queue
import random
import shutil
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

import shapes_world
from photoseek.core import precision
from photoseek.core.engine import Engine
from photoseek.core.fingerprint import content_fingerprint
from photoseek.core.watcher import LibraryWatcher
from support import fresh_vectors

pytestmark = pytest.mark.slow

SETTLE_TIMEOUT = 240.0


class EventCounter(FileSystemEventHandler):
    """Counts what watchdog reports, to state the size of the storm in events, not in our own calls."""

    def __init__(self) -> None:
        self.events = 0

    def on_any_event(self, event: FileSystemEvent) -> None:
        self.events += 1


def photo_bytes(seed: int) -> bytes:
    """A small PNG whose content is unique to `seed`."""
    rng = random.Random(seed)
    colour, shape = shapes_world.CLASSES[seed % len(shapes_world.CLASSES)]
    image = shapes_world.render(colour, shape, rng, min_px=64, max_px=72)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def write(path: Path, data: bytes, pieces: int = 1) -> None:
    """Write in `pieces` writes, as a copy in progress does (each one an event)."""
    step = -(-len(data) // pieces)
    with open(path, "wb") as handle:
        for start in range(0, len(data), step):
            handle.write(data[start:start + step])
            handle.flush()


def storm(root: Path, outside: Path, base: list[Path]) -> set[bytes]:
    """Thousands of operations on the library; returns the contents that are new to the index."""
    fresh: set[bytes] = set()
    seed = 10_000

    def new_content() -> bytes:
        nonlocal seed
        seed += 1
        data = photo_bytes(seed)
        fresh.add(data)
        return data

    # New photos arriving in pieces, each renamed twice before it settles (a download, then sorting).
    (root / "inbox").mkdir()
    for n in range(600):
        first = root / "inbox" / f"dl_{n}.png.part.png"
        write(first, new_content(), pieces=4)
        second = first.rename(root / "inbox" / f"dl_{n}.png")
        folder = root / "sorted" / f"{n // 50:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        second.rename(folder / f"photo_{n}.png")
    # The old photos: sorted into new folders, deleted, rewritten, touched.
    rng = random.Random(3)
    order = base[:]
    rng.shuffle(order)
    for n, photo in enumerate(order[:200]):
        folder = root / "albums" / f"album {n}"
        folder.mkdir(parents=True)
        photo.rename(folder / photo.name)
    for photo in order[200:250]:
        photo.unlink()
    for photo in order[250:300]:
        write(photo, new_content(), pieces=2)
    for photo in order[300:350]:
        os.utime(photo, ns=(time.time_ns(), time.time_ns()))
    # A whole folder moved out of the library, another moved in, one deleted and recreated.
    shutil.move(str(root / "trip"), str(outside / "trip"))
    shutil.move(str(outside / "import"), str(root / "import"))
    shutil.rmtree(root / "card")
    (root / "card").mkdir()
    for n in range(30):
        write(root / "card" / f"IMG_{n:04d}.png", new_content(), pieces=2)
    return fresh


def test_a_storm_of_events_settles_to_exactly_the_disk(engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       record_property: pytest.RecordProperty) -> None:
    monkeypatch.setenv(precision.ENV, "fp32")  # exact arithmetic, so "its embedding" can be checked to 1e-5
    root, outside = tmp_path / "library", tmp_path / "elsewhere"
    base = []
    for n in range(400):
        folder = root / ("old" if n < 320 else "trip" if n < 370 else "card")
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"base_{n}.png"
        path.write_bytes(photo_bytes(n))
        if n < 320:
            base.append(path)
    (outside / "import").mkdir(parents=True)
    imported = set()
    for n in range(50):
        data = photo_bytes(5000 + n)
        imported.add(data)
        (outside / "import" / f"scan_{n}.png").write_bytes(data)
    engine.add_folders([str(root)])
    assert engine.index().added == 400

    changes: queue.Queue[set[str]] = queue.Queue()
    watcher = LibraryWatcher(engine.watch_folders(), changes.put, engine.rules(), debounce=1.0)
    counter, observer = EventCounter(), Observer()
    observer.schedule(counter, str(root), recursive=True)
    observer.start()
    watcher.start()
    embedded, reports = 0, []
    applying = threading.Event()
    applied = threading.Condition()  # notified after each update the consumer applies

    def apply_changes() -> None:
        nonlocal embedded
        while not applying.is_set() or not changes.empty():
            try:
                paths = changes.get(timeout=0.2)
            except queue.Empty:
                continue
            report = engine.update_paths(paths)
            reports.append(report)
            embedded += report.embedded
            with applied:
                applied.notify_all()

    consumer = threading.Thread(target=apply_changes)
    consumer.start()
    try:
        started = time.monotonic()
        fresh = storm(root, outside, base)
        stormed = time.monotonic()
        on_disk = sorted(str(p) for p in root.rglob("*.png"))
        with applied:  # looked at again after each update the consumer applies
            assert applied.wait_for(lambda: sorted(e.path for e in engine.store.catalog()) == on_disk,
                                    timeout=SETTLE_TIMEOUT), "the index never settled to the disk"
        settled = time.monotonic()
    finally:
        applying.set()
        consumer.join(SETTLE_TIMEOUT)
        watcher.stop()
        observer.stop()
        observer.join(5)

    record_property("events", counter.events)
    record_property("storm_seconds", round(stormed - started, 1))
    record_property("settle_seconds", round(settled - stormed, 1))
    print(f"\n{counter.events} events in {stormed - started:.1f} s; settled {settled - stormed:.1f} s later; "
          f"{embedded} photos embedded in {len(reports)} updates")
    assert counter.events >= 10_000, f"the storm was only {counter.events} events"
    rows = {e.path: e for e in engine.store.catalog()}
    assert all(rows[path].fingerprint == content_fingerprint(path) for path in on_disk), \
        "every row describes its file's current content"
    new_contents = len(fresh | imported)
    assert embedded <= new_contents, f"{embedded} embedded for {new_contents} new contents: something " \
                                     "whose content was indexed was embedded again"
    sample = random.Random(5).sample(on_disk, 40)
    stored = {r.path: r.vector for r in engine.store.records(rows[p].id for p in sample).values()}
    expected = fresh_vectors(engine.model, sample)
    worst = max(float(np.abs(stored[p] - expected[p]).max()) for p in sample)
    assert worst <= 1e-5, \
        f"each row's vector is its file's embedding (worst difference {worst:.2g})"
