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
