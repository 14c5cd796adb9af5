"""The library as a timeline (what the window shows before a search): newest first by capture time, else
file time on this computer's clock; in month and day groups; narrowed by the search filters; identical
copies folded; the same answer from the in-memory copy and from the store."""

from __future__ import annotations

import os
import shutil
from datetime import date, datetime
from pathlib import Path

from PIL import Image

from photoseek.core.browse import DAY, MONTH, date_groups, day_of, moment
from photoseek.core.engine import Engine
from photoseek.core.folders import folder_tree, photos_per_folder
from photoseek.core.search import SearchFilters
from support import wait_for


def photo(path: Path, colour: tuple[int, int, int], taken: str | None = None,
          modified: datetime | None = None) -> Path:
    """A small JPEG; `taken` as EXIF writes it, `modified` on this computer's clock."""
    path.parent.mkdir(parents=True, exist_ok=True)
    exif = Image.Exif()
    if taken:
        exif.get_ifd(0x8769)[0x9003] = taken
    Image.new("RGB", (64, 48), colour).save(path, exif=exif)
    if modified:
        os.utime(path, (modified.timestamp(), modified.timestamp()))  # naive: a local wall-clock time
    return path


def library(root: Path) -> dict[str, Path]:
    made = {
        # Taken long ago, copied onto this disk today: the capture time counts, not the file's.
        "beach": photo(root / "2023" / "beach.jpg", (30, 90, 200), taken="2023:08:14 16:05:00"),
        "party": photo(root / "2024" / "party.jpg", (200, 30, 30), taken="2024:12:31 23:59:00"),
        "snow": photo(root / "2024" / "snow.jpg", (240, 240, 240), taken="2024:12:02 09:00:00"),
        # No EXIF: the time the file was last changed, as this computer's clock showed it.
        "scan": photo(root / "scans" / "scan.jpg", (90, 160, 60), modified=datetime(2024, 12, 2, 7, 30)),
        "drawing": photo(root / "scans" / "drawing.jpg", (250, 200, 0), modified=datetime(2021, 3, 9, 12)),
    }
    return made


def names(hits) -> list[str]:  # type: ignore[no-untyped-def]
    return [Path(hit.path).stem for hit in hits]


def test_newest_first_by_capture_time_else_file_time_in_month_and_day_groups(engine: Engine,
                                                                             tmp_path: Path) -> None:
    made = library(tmp_path / "photos")
    engine.add_folders([str(tmp_path / "photos")])
    assert engine.index().added == 5

    timeline = engine.browse()
    assert names(timeline) == ["party", "snow", "scan", "beach", "drawing"]
    assert all(hit.score == 0 for hit in timeline)
    months = date_groups([day_of(hit) for hit in timeline], MONTH)
    assert [(g.day, g.start, g.count) for g in months] == [
        (date(2024, 12, 1), 0, 3), (date(2023, 8, 1), 3, 1), (date(2021, 3, 1), 4, 1)]
    days = date_groups([day_of(hit) for hit in timeline], DAY)
    assert [(g.day, g.count) for g in days] == [
        (date(2024, 12, 31), 1), (date(2024, 12, 2), 2), (date(2023, 8, 14), 1), (date(2021, 3, 9), 1)]

    in_scans = engine.browse(SearchFilters(folders=(str(tmp_path / "photos" / "scans"),)))
    assert names(in_scans) == ["scan", "drawing"]
    december = engine.browse(SearchFilters(date_from=date(2024, 12, 2), date_to=date(2024, 12, 2)))
    assert names(december) == ["snow", "scan"], "one calendar day, by the same rule as the timeline"
    assert made["beach"].exists()


def test_the_in_memory_copy_and_the_store_give_the_same_timeline(engine: Engine, tmp_path: Path) -> None:
    library(tmp_path / "photos")
    engine.add_folders([str(tmp_path / "photos")])
    engine.index()
    from_store = engine.browse()
    engine.keep_search_warm()
    assert wait_for(lambda: engine.store.warm_search(), timeout=60)
    assert engine.browse() == from_store


def test_identical_copies_are_one_photo_in_the_timeline(engine: Engine, tmp_path: Path) -> None:
    made = library(tmp_path / "photos")
    backup = tmp_path / "photos" / "backup"
    backup.mkdir()
    shutil.copy2(made["beach"], backup / "beach.jpg")
    engine.add_folders([str(tmp_path / "photos")])
    engine.index()
    timeline = engine.browse()
    assert len(timeline) == 5
    beach = next(hit for hit in timeline if Path(hit.path).stem == "beach")
    assert len(beach.copies) == 1 and {beach.path, *beach.copies} == {str(made["beach"]), str(backup / "beach.jpg")}


def test_an_empty_library_and_a_nonsense_capture_time(engine: Engine) -> None:
    assert engine.browse() == []
    assert moment(2**62, 0).year == 1970, "a nonsense capture time sorts last instead of failing"


def test_the_folder_list_counts_photos_with_their_subfolders() -> None:
    odd = os.fsdecode(b"/lib/caf\xe9")  # a folder name that is not UTF-8
    paths = [f"{odd}/1.jpg", "/lib/2024/summer/2.jpg", "/lib/2024/3.jpg", "/lib/2024/summer/4.jpg", "/other/5.jpg"]
    (lib, empty) = folder_tree(paths, ["/lib", "/unplugged"])
    assert (lib.path, lib.count, empty.count, empty.children) == ("/lib", 4, 0, [])
    assert [(n.path, n.count) for n in lib.children] == [("/lib/2024", 3), (odd, 1)], "by name"
    assert [(n.path, n.count) for n in lib.children[0].children] == [("/lib/2024/summer", 2)]
    assert photos_per_folder(paths, ["/lib", "/lib/2024", "/other"]) == {"/lib": 4, "/lib/2024": 3, "/other": 1}
