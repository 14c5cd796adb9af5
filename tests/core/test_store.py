"""Paths with every awkward character round-trip through Milvus Lite, filters and deletes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import shapes_world
from photoseek.core.engine import Engine
from photoseek.core.search import SearchFilters
from photoseek.core.store import prefix_filter, quote
from support import indexed_paths

AWKWARD = [
    'it\'s "quoted"',
    "back\\slash" if sys.platform != "win32" else "backslash",
    "new\nline" if sys.platform != "win32" else "newline",
    "tab\there",
    "100% pure_fun",
    "ünïcødé 写真",
    "emoji 🐶🏖️",
    "a or b == c",
]


def test_quote_escapes_only_what_lite_accepts() -> None:
    assert quote('a"b\\c\nd') == '"a\\"b\\\\c\\nd"'
    assert prefix_filter("path", "/x_y%/") == '(path >= "/x_y%/" and path < "/x_y%0")'
    assert prefix_filter("path", "C:\\Photos\\") == '(path >= "C:\\\\Photos\\\\" and path < "C:\\\\Photos]")'


@pytest.mark.parametrize("name", AWKWARD)
def test_awkward_paths_round_trip(engine: Engine, tmp_path: Path, name: str) -> None:
    root = tmp_path / "lib"
    folder = root / name
    folder.mkdir(parents=True)
    photo = shapes_world.write_one(folder / f"{name}.png", "red", "circle", seed=1, max_px=96).path
    decoy = shapes_world.write_one(root / "plain.png", "blue", "star", seed=2, max_px=96).path
    engine.add_folders([str(root)])
    assert engine.index().added == 2
    assert indexed_paths(engine) == sorted([str(photo), str(decoy)])
    only_awkward = engine.search_text("anything", limit=5, filters=SearchFilters(folders=(str(folder),)))
    assert [hit.path for hit in only_awkward] == [str(photo)]
    assert [h.path for h in engine.search_image(str(decoy), limit=5)] == [str(photo)]
    photo.rename(photo.with_name("moved " + photo.name))
    report = engine.update_paths([str(photo), str(photo.with_name("moved " + photo.name))])
    assert report.moved == 1
    photo.with_name("moved " + photo.name).unlink()
    assert engine.update_paths([str(folder)]).removed == 1
    assert indexed_paths(engine) == [str(decoy)]


def test_the_catalog_reads_a_large_collection_in_slices_each_row_once(engine: Engine, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    from photoseek.core import store
    from photoseek.core.records import PhotoRecord

    monkeypatch.setattr(store, "ROWS_PER_SLICE", 700)
    rng = np.random.default_rng(5)
    records = [PhotoRecord(f"/lib/{'a' if n % 3 else 'b'}/{n:05d}.jpg", n, n, "f", 1, 1, 0,
                           rng.random(8, dtype=np.float32)) for n in range(5000)]
    engine.indexes.begin(engine.spec)
    engine.store.ensure(8, {})
    engine.store.upsert(records)
    everything = [e.path for e in engine.store.catalog()]
    assert len(everything) == len(set(everything)) == 5000
    only_b = sorted(e.path for e in engine.store.catalog(prefix_filter("path", "/lib/b/")))
    assert only_b == sorted(r.path for r in records if r.path.startswith("/lib/b/"))
