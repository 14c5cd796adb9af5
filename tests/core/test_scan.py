"""Scanning: which files count as photos, which folders are skipped, and that loops can't hang us."""

from __future__ import annotations

import os
from pathlib import Path

from photoseek.core.membership import LibraryRules
from photoseek.core.scan import Scanner


def touch(path: Path, data: bytes = b"x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_photo_extensions_case_insensitive_and_non_photos_ignored(tmp_path: Path) -> None:
    names = ["a.jpg", "b.JPEG", "c.Png", "d.webp", "e.BMP", "f.gif", "g.tif", "h.TIFF", "i.heic", "j.HEIF",
             "k.avif"]
    for name in names + ["notes.txt", "movie.mp4", "raw.cr2", "noext"]:
        touch(tmp_path / name)
    result = Scanner(LibraryRules([str(tmp_path)])).scan_roots([str(tmp_path)])
    assert sorted(os.path.basename(p) for p in result.files) == sorted(names)


def test_hidden_folders_app_home_and_excludes_are_skipped(tmp_path: Path) -> None:
    touch(tmp_path / "keep" / "a.jpg")
    touch(tmp_path / ".thumbnails" / "b.jpg")
    touch(tmp_path / "keep" / ".hidden.jpg")
    touch(tmp_path / "home" / "thumbnails" / "c.jpg")
    touch(tmp_path / "exports" / "d.jpg")
    touch(tmp_path / "keep" / "e_small.jpg")
    scanner = Scanner(LibraryRules([str(tmp_path)], excludes=["exports", "*_small.jpg"],
                                   skip_folders=[str(tmp_path / "home")]))
    result = scanner.scan_roots([str(tmp_path)])
    assert list(result.files) == [str(tmp_path / "keep" / "a.jpg")]


def test_symlinked_folders_followed_once_and_loops_end(tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    touch(photos / "trip" / "a.jpg")
    outside = tmp_path / "elsewhere"
    touch(outside / "b.jpg")
    os.symlink(outside, photos / "linked")
    os.symlink(photos, photos / "trip" / "loop")  # a cycle back to the root
    result = Scanner(LibraryRules([str(photos)])).scan_roots([str(photos)])
    names = sorted(os.path.basename(p) for p in result.files)
    assert names == ["a.jpg", "b.jpg"]


def test_missing_root_is_reported_not_treated_as_empty(tmp_path: Path) -> None:
    touch(tmp_path / "present" / "a.jpg")
    roots = [str(tmp_path / "present"), str(tmp_path / "unplugged-drive")]
    result = Scanner(LibraryRules(roots)).scan_roots(roots)
    assert result.missing_roots == [str(tmp_path / "unplugged-drive")]
    assert len(result.files) == 1


def test_scan_paths_mixes_files_folders_and_vanished_paths(tmp_path: Path) -> None:
    touch(tmp_path / "one.jpg")
    touch(tmp_path / "sub" / "two.png")
    found = Scanner(LibraryRules([str(tmp_path)])).scan_paths(
        [str(tmp_path / "one.jpg"), str(tmp_path / "sub"), str(tmp_path / "gone.jpg")]).files
    assert sorted(os.path.basename(p) for p in found) == ["one.jpg", "two.png"]
    stat = found[str(tmp_path / "one.jpg")]
    assert stat.size == 1 and stat.mtime_ns > 0
