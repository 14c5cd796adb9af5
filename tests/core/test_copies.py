"""Identical copies of a photo (the same content, in other folders or under other names) are one result
that names the others, in the engine and so in `photoseek search`; a different photo of the same size
and look is not folded in."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PIL import Image, PngImagePlugin

import shapes_world
from photoseek.core.engine import Engine
from support import TINY_MODEL, run_cli


def test_identical_copies_are_one_result_naming_the_others(make_engine, tmp_path: Path) -> None:
    library = tmp_path / "photos"
    made = shapes_world.write_folder(library, per_class=1, seed=21, classes=[("red", "circle"), ("blue", "square")],
                                     max_px=128)
    original = made[0].path
    (library / "backup").mkdir()
    copies = [library / "backup" / original.name, library / f"copy of {original.name}"]
    for copy in copies:
        shutil.copy(original, copy)
    # The same pixels with a different note in the file: the same size and vector, other content.
    with Image.open(original) as image:
        pixels = image.convert("RGB")
    twins = [library / "twin a.png", library / "twin b.png"]
    for twin, note in zip(twins, ("note A", "note B"), strict=True):
        info = PngImagePlugin.PngInfo()
        info.add_text("Comment", note)
        pixels.save(twin, pnginfo=info)
    assert twins[0].stat().st_size == twins[1].stat().st_size
    engine: Engine = make_engine(TINY_MODEL)
    engine.add_folders([str(library)])
    engine.index()

    hits = engine.search_text("anything", limit=10)
    by_path = {hit.path: hit for hit in hits}
    everything = [original, *copies]
    kept = [hit for hit in hits if hit.path in map(str, everything)]
    assert len(kept) == 1, "three identical files, one result"
    assert sorted([kept[0].path, *kept[0].copies]) == sorted(map(str, everything))
    assert by_path[str(twins[0])].copies == by_path[str(twins[1])].copies == (), "but not the same content"
    assert len(hits) == 4, "red circle (with its copies), the two twins, blue square"

    similar = engine.search_image(str(copies[0]), limit=10)  # by one of the copies: the others are its copies
    assert str(copies[0]) not in [h.path for h in similar] + [c for h in similar for c in h.copies]


def test_the_command_line_names_the_copies(tmp_path: Path) -> None:
    library = tmp_path / "photos"
    made = shapes_world.write_folder(library, per_class=1, seed=22, classes=[("green", "star")], max_px=96)
    shutil.copy(made[0].path, library / "again.png")
    env = {"PHOTOSEEK_MODEL": str(TINY_MODEL)}
    assert run_cli("index", str(library), env=env).returncode == 0
    text = run_cli("search", "a green star", env=env)
    assert text.returncode == 0 and text.stdout.count("\n") == 1 and "(+1 identical copy)" in text.stdout
    hits = json.loads(run_cli("search", "a green star", "--json", env=env).stdout)
    assert len(hits) == 1 and len(hits[0]["copies"]) == 1
