"""The in-memory search copy of a Lite index returns what the store returns, stays so through every kind
of write, a model switch and a restart, and is never used when it could be stale."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import numpy as np
import pytest

import shapes_world
from conftest import EngineFactory
from photoseek.core.engine import Engine
from photoseek.core.records import PhotoRecord
from photoseek.core.store import HIT_FIELDS, PhotoCollection
from photoseek.core.vectorcache import VectorCache
from support import TINY_MODEL, TOY_MODEL

CLASSES = [("red", "circle"), ("blue", "square"), ("green", "triangle"), ("yellow", "star")]
QUERIES = ["a red circle", "a blue square", "a green triangle", "a yellow star", "a photo"]
EVERY_ROW = "id >= -9223372036854775808"  # a filter: the store answers, not the copy


def store_hits(collection: PhotoCollection, vector: np.ndarray, limit: int) -> list[tuple[str, float]]:
    return [(h["path"], h["score"]) for h in collection.search(vector, limit, EVERY_ROW)]


def copy_hits(collection: PhotoCollection, vector: np.ndarray, limit: int) -> list[tuple[str, float]]:
    hits = collection.search(vector, limit)
    assert collection._cache is not None and collection._cache.ready, "the copy answered"
    return [(h["path"], h["score"]) for h in hits]


def assert_same_as_store(engine: Engine, limit: int = 50) -> None:
    collection = engine.indexes.searched(engine.spec)[1]
    model = engine.model
    for query in QUERIES:
        vector = model.encode_text([query])[0]
        ours, theirs = copy_hits(collection, vector, limit), store_hits(collection, vector, limit)
        assert [p for p, _ in ours] == [p for p, _ in theirs], query
        assert np.allclose([s for _, s in ours], [s for _, s in theirs], atol=1e-5), query


def wait_ready(collection: PhotoCollection) -> None:
    cache = collection._cache
    assert cache is not None
    if cache._builder is not None:
        cache._builder.join(timeout=120)
    assert cache.ready


def indexed_and_saved(make_engine: EngineFactory, library: Path) -> Path:
    """Index `library` with the toy model, as the window would (copy warm), and close: the saved copy's file."""
    engine = make_engine(TOY_MODEL)
    engine.add_folders([str(library)])
    engine.index()
    engine.keep_search_warm()
    wait_ready(engine.store)
    saved = engine.store._cache.file  # type: ignore[union-attr]
    engine.close()
    return saved


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "library"
    shapes_world.write_folder(root / "a", per_class=3, seed=1, classes=CLASSES, max_px=96)
    shapes_world.write_folder(root / "b", per_class=3, seed=2, classes=CLASSES, max_px=96)
    return root


def test_the_copy_follows_adds_moves_removals_and_a_model_switch(make_engine: EngineFactory, library: Path,
                                                                  tmp_path: Path) -> None:
    engine = make_engine(TOY_MODEL)
    engine.add_folders([str(library)])
    engine.index()
    engine.keep_search_warm()
    wait_ready(engine.store)
    assert_same_as_store(engine)

    shapes_world.write_folder(library / "c", per_class=2, seed=3, classes=CLASSES, max_px=96)  # added
    shutil.move(library / "a", library / "moved")  # moved
    for photo in sorted((library / "b").iterdir())[:4]:  # deleted
        photo.unlink()
    report = engine.index()
    assert report.added + report.moved + report.removed > 0
    assert engine.store._cache is not None and engine.store._cache.rows == engine.store.count() == 24 + 8 - 4
    assert_same_as_store(engine)
    paths = {h.path for h in engine.search_text("a red circle", limit=100)}
    assert not any("/a/" in p for p in paths) and any("/moved/" in p for p in paths)

    gone = sorted((library / "c").iterdir())[0]
    gone.unlink()
    engine.update_paths([str(gone)])  # the watcher's way
    assert engine.store._cache.rows == 27  # type: ignore[union-attr]
    assert_same_as_store(engine)

    engine.set_model(str(TINY_MODEL))
    engine.index()
    engine.keep_search_warm()
    wait_ready(engine.indexes.searched(engine.spec)[1])
    assert_same_as_store(engine)


def test_a_saved_copy_is_used_after_a_restart_and_never_when_it_could_be_stale(
        make_engine: EngineFactory, library: Path) -> None:
    saved = indexed_and_saved(make_engine, library)
    assert saved.is_file(), "kept for the next run"

    reopened = make_engine(None)
    collection = reopened.store
    reopened.search_text("a red circle")
    assert collection._cache is not None and collection._cache.ready and collection._cache._builder is None, \
        "loaded from the saved copy, not read again from the store"
    assert_same_as_store(reopened)

    # A session that writes removes the saved copy first: killed now (no close), nothing stale is left.
    shapes_world.write_folder(library / "new", per_class=1, seed=9, classes=CLASSES, max_px=96)
    assert reopened.index().added == 4
    assert not saved.exists()
    reopened.close()
    assert saved.is_file()

    # A copy that no longer matches the store (here: rows removed behind its back) is not used.
    again = make_engine(None)
    name = again.store.name
    doomed = [e.id for e in again.store.catalog()][:3]
    again.db.call("delete", lambda c: c.delete(name, ids=doomed))
    again.keep_search_warm()
    wait_ready(again.store)
    assert again.store._cache is not None and again.store._cache.rows == 24 + 4 - 3
    assert_same_as_store(again)


def test_a_rebuilt_index_never_uses_the_copy_of_the_old_one(make_engine: EngineFactory, library: Path) -> None:
    saved = indexed_and_saved(make_engine, library)
    old_copy = saved.read_bytes()
    fresh = make_engine(None)
    fresh.rebuild()
    assert not saved.exists()
    (library / "b").rename(library.parent / "elsewhere")  # the rebuilt index holds fewer photos …
    shapes_world.write_folder(library / "b", per_class=3, seed=5, classes=CLASSES, max_px=96)  # … as many
    fresh.index()
    fresh.close()
    saved.parent.mkdir(exist_ok=True)
    saved.write_bytes(old_copy)  # the same name and row count, another collection
    reopened = make_engine(None)
    reopened.keep_search_warm()
    wait_ready(reopened.store)
    assert_same_as_store(reopened)


def test_writes_during_the_first_read_of_the_store_are_not_lost(make_engine: EngineFactory) -> None:
    """The copy is read in the background while indexing goes on: writes meanwhile are replayed after."""
    engine = make_engine(TINY_MODEL)
    rng = np.random.default_rng(3)
    dimension = 64

    def records(start: int, count: int) -> list[PhotoRecord]:
        vectors = rng.standard_normal((count, dimension)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        return [PhotoRecord(f"/photos/{n:06d}.jpg", n, n, f"b2:{n}", 4, 3, 0, vectors[n - start])
                for n in range(start, start + count)]

    engine.indexes.begin(engine.spec)
    collection = engine.store
    collection.ensure(dimension, {"library": engine.library_id, "model": str(TINY_MODEL)})
    for start in range(0, 20_000, 5000):
        collection.upsert(records(start, 5000))
    engine.indexes.finished(engine.spec, complete_run=True)
    first_slice_read, writes_done = threading.Event(), threading.Event()

    def slowed_reader():  # type: ignore[no-untyped-def]
        """The store's own slices, held after the first until the writes below are done."""
        for n, rows in enumerate(collection._slices("", ["id", "vector", *HIT_FIELDS], 8000)):
            yield rows
            if n == 0:
                first_slice_read.set()
                writes_done.wait(60)

    cache = collection._cache_object()
    assert cache is not None
    cache.build(slowed_reader)
    assert first_slice_read.wait(60)
    collection.upsert(records(20_000, 300))  # new photos
    collection.upsert(records(100, 50))  # changed photos (new vectors for the same paths)
    collection.delete([r.id for r in records(5000, 200)])  # removed photos
    assert cache._state == "building"
    writes_done.set()
    wait_ready(collection)
    assert cache.rows == collection.count() == 20_000 + 300 - 200
    for _ in range(5):
        vector = rng.standard_normal(dimension).astype(np.float32)
        ours, theirs = copy_hits(collection, vector, 30), store_hits(collection, vector, 30)
        assert [p for p, _ in ours] == [p for p, _ in theirs]


def test_the_copy_on_its_own(tmp_path: Path) -> None:
    """Nearest rows in score order; replacing and removing rows; a damaged file is ignored and removed."""
    rng = np.random.default_rng(5)
    vectors = rng.standard_normal((500, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    made = [PhotoRecord(f"/p/{n}.jpg", n, n, "f", 1, 1, 0, vectors[n]) for n in range(500)]
    cache = VectorCache(tmp_path / "c.npz", "token")
    cache.build(lambda: iter([]))
    cache._builder.join()  # type: ignore[union-attr]
    cache.upserted(made)
    cache.upserted([made[7].moved_to("/p/renamed.jpg", 7, 7)])  # another path: another row, same vector
    cache.upserted([PhotoRecord("/p/9.jpg", 9, 9, "f", 1, 1, 0, -vectors[9])])  # a changed photo
    cache.deleted([made[n].id for n in range(0, 500, 2)])
    query = vectors[11]
    best = cache.search(query, 5)
    assert best is not None and best[0]["path"] == "/p/11.jpg" and best[0]["score"] == pytest.approx(1.0)
    vectors[9] *= -1
    alive = [n for n in range(1, 500, 2)]
    expected = [f"/p/{n}.jpg" for n in sorted(alive, key=lambda n: -float(vectors[n] @ query))[:5]]
    assert cache.search(vectors[9], 1)[0]["path"] == "/p/9.jpg"  # type: ignore[index]
    assert [h["path"] for h in best] == expected
    assert cache.rows == 250 + 1
    cache.close()
    assert cache.file.is_file()

    loaded = VectorCache(tmp_path / "c.npz", "token")
    assert loaded.open_saved(251) and loaded.search(query, 5) == best
    assert not VectorCache(tmp_path / "c.npz", "token").open_saved(250), "another row count: stale"
    assert not cache.file.exists(), "a stale copy is removed"
    cache.file.write_bytes(b"PK\x03\x04 not really")
    assert not VectorCache(cache.file, "token").open_saved(0)
