"""Search filters combined with the vector search, and odd-but-valid photos indexed end to end."""

from __future__ import annotations

import os
from datetime import date, datetime, timezone
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photoseek.core.engine import Engine
from photoseek.core.search import SearchFilters

RED = (220, 30, 30)


def dated_jpeg(path: Path, when: str | None, mtime: datetime | None = None) -> Path:
    exif = Image.Exif()
    if when:
        exif.get_ifd(0x8769)[0x9003] = when
    Image.new("RGB", (80, 60), RED).save(path, exif=exif)
    if mtime:
        stamp = mtime.replace(tzinfo=timezone.utc).timestamp()
        os.utime(path, (stamp, stamp))
    return path


def test_date_type_and_folder_filters(engine: Engine, tmp_path: Path) -> None:
    root = tmp_path / "lib"
    (root / "2019").mkdir(parents=True)
    (root / "2021").mkdir()
    old = dated_jpeg(root / "2019" / "summer.jpg", "2019:07:01 12:00:00")
    new = dated_jpeg(root / "2021" / "winter.jpg", "2021:01:15 08:30:00")
    undated = dated_jpeg(root / "scan.jpg", None, mtime=datetime(2020, 5, 5, 10))
    png = root / "2021" / "drawing.png"
    Image.new("RGB", (50, 50), RED).save(png)
    engine.add_folders([str(root)])
    assert engine.index().added == 4

    def found(filters: SearchFilters) -> set[str]:
        return {Path(h.path).name for h in engine.search_text("red", limit=10, filters=filters)}

    assert found(SearchFilters(date_from=date(2019, 7, 1), date_to=date(2019, 7, 1))) == {old.name}
    assert found(SearchFilters(date_from=date(2020, 1, 1), date_to=date(2020, 12, 31))) == {undated.name}
    assert new.name in found(SearchFilters(date_from=date(2021, 1, 1)))
    assert old.name not in found(SearchFilters(date_from=date(2021, 1, 1)))
    assert found(SearchFilters(types=("JPG",))) == {old.name, new.name, undated.name}
    assert found(SearchFilters(types=("png",), folders=(str(root / "2021"),))) == {png.name}
    assert found(SearchFilters(folders=(str(root / "2019"), str(root / "2021")), types=("jpeg",))) == {
        old.name, new.name}
    assert all(h.taken > 0 for h in engine.search_text("red", 10, SearchFilters(folders=(str(root / "2019"),))))


def test_odd_but_valid_photos_all_index(engine: Engine, tmp_path: Path) -> None:
    root = tmp_path / "odd"
    root.mkdir()
    Image.new("RGB", (64, 48), RED).convert("CMYK").save(root / "print.jpg")
    Image.fromarray(np.full((40, 40), 30000, dtype=np.uint16)).save(root / "scan16.png")
    frames = [Image.new("RGB", (32, 32), c) for c in (RED, (0, 0, 255))]
    frames[0].save(root / "anim.gif", save_all=True, append_images=frames[1:], duration=100)
    Image.new("RGB", (64, 48), RED).convert("P").save(root / "palette.png")
    Image.new("LA", (30, 30), (128, 100)).save(root / "grey-alpha.png")
    Image.new("RGB", (3000, 2000), RED).save(root / "BIG.JPG", quality=80)
    Image.new("RGB", (64, 48), RED).save(root / "ok.webp")
    Image.new("RGB", (64, 48), RED).save(root / "ok.tif")
    Image.new("RGB", (64, 48), RED).save(root / "ok.bmp")
    report = engine.index() if engine.add_folders([str(root)]) else None
    assert report is not None
    assert (report.added, report.failed) == (9, 0), report.failures
    big = [h for h in engine.search_text("red", limit=20) if h.path.endswith("BIG.JPG")][0]
    assert (big.width, big.height) == (3000, 2000)


def test_file_types_are_the_library_s_own_and_a_wrong_one_is_refused() -> None:
    from photoseek.core.errors import QueryError
    from photoseek.core.membership import PHOTO_EXTENSIONS, PHOTO_TYPES

    assert {ext for _name, extensions in PHOTO_TYPES for ext in extensions} == PHOTO_EXTENSIONS
    assert SearchFilters(types=("AVIF",)).expression() == '(ext in ["avif"])'  # a type the library indexes
    assert SearchFilters(types=(".jpeg", "tif")).expression() == '(ext in ["jpeg", "jpg", "tif", "tiff"])'
    for wrong in ("raw", "mp4", ""):
        with pytest.raises(QueryError, match=r"not a photo file type: .* \(use jpg, heic, avif, png"):
            SearchFilters(types=(wrong,))
