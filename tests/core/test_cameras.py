"""The camera filter: each photo's camera from EXIF, kept in the store, filtered there with the vector
search; and indexes made before the store kept cameras, upgraded once without losing a photo."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from PIL import Image

import shapes_world
from photoseek.core.engine import Engine
from photoseek.core.errors import QueryError
from photoseek.core.imaging import EXIF_MAKE, EXIF_MODEL, camera_name
from photoseek.core.search import SearchFilters
from photoseek.core.store import UPGRADE_PREFIX, MilvusDatabase
from support import TOY_MODEL, recreate_without_cameras, run_cli

# Make and Model as these cameras write them.
CANON = ("Canon", "Canon EOS 5D Mark IV")
NIKON = ("NIKON CORPORATION", "NIKON D750")
PHONE = ("Apple", "iPhone 12")


def shot_with(path: Path, colour: str, shape: str, seed: int, camera: tuple[str, str] | None) -> Path:
    image = shapes_world.render(colour, shape, random.Random(seed), max_px=256)
    exif = Image.Exif()
    if camera is not None:
        exif[EXIF_MAKE], exif[EXIF_MODEL] = camera
    image.save(path, "JPEG", exif=exif)
    return path


def camera_library(folder: Path) -> dict[str, str]:
    """Red circles and blue squares from three cameras and from none: path → camera name."""
    folder.mkdir(parents=True, exist_ok=True)
    made = {}
    for n in range(24):
        camera = (CANON, NIKON, PHONE, None)[n % 4]
        colour, shape = ("red", "circle") if n % 2 else ("blue", "square")
        path = shot_with(folder / f"IMG_{n:04d}.jpg", colour, shape, n, camera)
        made[str(path)] = camera_name(dict(zip((EXIF_MAKE, EXIF_MODEL), camera, strict=True))) if camera else ""
    return made


def test_camera_names_drop_the_repeated_maker() -> None:
    assert camera_name({EXIF_MAKE: "Canon", EXIF_MODEL: "Canon EOS 5D Mark IV"}) == "Canon EOS 5D Mark IV"
    assert camera_name({EXIF_MAKE: "NIKON CORPORATION", EXIF_MODEL: "NIKON D750"}) == "NIKON D750"
    assert camera_name({EXIF_MAKE: "Apple", EXIF_MODEL: "iPhone 12"}) == "Apple iPhone 12"
    assert camera_name({EXIF_MAKE: "FUJIFILM\x00", EXIF_MODEL: "X-T3  \x00"}) == "FUJIFILM X-T3"
    assert camera_name({}) == ""


def test_cameras_are_listed_and_filter_search_and_browse(toy_engine: Engine, tmp_path: Path) -> None:
    made = camera_library(tmp_path / "lib")
    toy_engine.add_folders([str(tmp_path / "lib")])
    toy_engine.index()
    assert toy_engine.cameras() == {"": 6, "Apple iPhone 12": 6, "Canon EOS 5D Mark IV": 6, "NIKON D750": 6}

    nikon = SearchFilters(cameras=("NIKON D750",))
    hits = toy_engine.search_text("a red circle", limit=24, filters=nikon)
    assert {h.path for h in hits} == {p for p, c in made.items() if c == "NIKON D750"}
    assert all(h.match for h in hits)  # the Nikon took red circles only
    unknown = toy_engine.browse(SearchFilters(cameras=("",)))
    assert {h.path for h in unknown} == {p for p, c in made.items() if not c}
    both = toy_engine.browse(SearchFilters(cameras=("NIKON D750", "Apple iPhone 12"), types=("jpg",)))
    assert len(both) == 12


def test_the_camera_filter_from_the_command_line(home_dir: Path, tmp_path: Path) -> None:
    made = camera_library(tmp_path / "lib")
    base = ["--home", str(home_dir), "--model", str(TOY_MODEL)]
    assert run_cli(*base, "index", str(tmp_path / "lib")).returncode == 0
    listed = run_cli(*base, "cameras")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == ["       6  Apple iPhone 12", "       6  Canon EOS 5D Mark IV",
                                          "       6  NIKON D750", "       6  (camera not known)"]
    found = run_cli(*base, "search", "a red circle", "--camera", "NIKON D750", "--json")
    assert found.returncode == 0, found.stderr
    assert {hit["path"] for hit in json.loads(found.stdout)} == {p for p, c in made.items() if c == "NIKON D750"}


def as_before_cameras(uri: str) -> str:
    """Re-create the library's collection as PhotoSeek wrote it before it kept cameras (same rows)."""
    db = MilvusDatabase(uri)
    try:
        return db.call("downgrade", recreate_without_cameras)
    finally:
        db.close()


def _search(engine: Engine) -> list[tuple[str, float]]:
    return [(h.path, h.score) for h in engine.search_text("a red circle", limit=24)]


@pytest.mark.parametrize("cut", ["none", "while copying", "after dropping the original"])
def test_an_older_index_is_upgraded_once_without_losing_a_photo(
        make_engine, tmp_path: Path, cut: str) -> None:  # type: ignore[no-untyped-def]
    camera_library(tmp_path / "lib")
    engine = make_engine(TOY_MODEL)
    engine.add_folders([str(tmp_path / "lib")])
    engine.index()
    before = _search(engine)
    uri = engine.milvus_uri
    engine.close()
    name = as_before_cameras(uri)

    old = make_engine(TOY_MODEL)
    assert old.store.outdated and _search(old) == before  # search works before the upgrade
    with pytest.raises(QueryError, match="older PhotoSeek"):
        old.search_text("a red circle", filters=SearchFilters(cameras=("NIKON D750",)))
    if cut == "while copying":  # killed part-way: the original stays, the partial copy is dropped
        def dies(paths: list[str]) -> list[str]:
            raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            old.store.upgrade(dies, lambda done: None)
    elif cut == "after dropping the original":
        old.store.upgrade(lambda paths: ["" for _ in paths], lambda done: None)
    old.close()
    if cut == "after dropping the original":  # its complete copy waits under the upgrade's name
        db = MilvusDatabase(uri)
        db.call("rename", lambda client: client.rename_collection(name, UPGRADE_PREFIX + name))
        db.close()

    engine = make_engine(TOY_MODEL)
    report = engine.index()
    assert not engine.store.outdated and report.added == 0 and report.removed == 0  # nothing re-embedded
    assert _search(engine) == before
    assert engine.store.db.collection_names(UPGRADE_PREFIX) == []
    expected = {"": 6, "Apple iPhone 12": 6, "Canon EOS 5D Mark IV": 6, "NIKON D750": 6}
    if cut == "after dropping the original":
        expected = {"": 24}  # that copy was made without reading the files
    assert engine.cameras() == expected
