"""Copying found photos to a folder and undoing a move to the trash: nothing is overwritten, odd names
survive byte for byte, and each file that fails says why while the others go on."""

from __future__ import annotations

import os
from pathlib import Path

from photoseek.core.fileactions import copy_files, free_name, restore_from_trash


def photo(path: Path, content: bytes = b"\xff\xd8 a photo") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    os.utime(path, (1_600_000_000, 1_600_000_000))
    return path


def test_copies_keep_dates_and_never_overwrite(tmp_path: Path) -> None:
    odd = os.fsdecode(b"caf\xe9.jpg")  # Latin-1 from an old camera: not UTF-8
    sources = [photo(tmp_path / "a" / "IMG_1.jpg", b"one"), photo(tmp_path / "b" / "IMG_1.jpg", b"two"),
               photo(tmp_path / "a" / odd, b"three")]
    target = tmp_path / "chosen"
    target.mkdir()
    (target / "IMG_1.jpg").write_bytes(b"already here")

    report = copy_files([str(p) for p in sources], str(target))

    assert report.failed == []
    assert (target / "IMG_1.jpg").read_bytes() == b"already here", "nothing is overwritten"
    assert (target / "IMG_1 (2).jpg").read_bytes() == b"one" and (target / "IMG_1 (3).jpg").read_bytes() == b"two"
    assert (target / odd).read_bytes() == b"three" and os.fsencode(target / odd).endswith(b"caf\xe9.jpg")
    assert (target / "IMG_1 (2).jpg").stat().st_mtime == 1_600_000_000, "the photo's dates come along"
    assert [Path(to).name for _, to in report.done] == ["IMG_1 (2).jpg", "IMG_1 (3).jpg", odd]
    assert all(p.exists() for p in sources)


def test_each_failure_has_its_reason_and_the_rest_are_copied(tmp_path: Path) -> None:
    kept = photo(tmp_path / "lib" / "kept.jpg")
    gone = tmp_path / "lib" / "deleted meanwhile.jpg"
    target = tmp_path / "out"
    target.mkdir()
    report = copy_files([str(gone), str(kept)], str(target))
    assert [Path(p).name for p, _ in report.done] == ["kept.jpg"]
    assert report.failed == [(str(gone), "No such file or directory")]

    nowhere = copy_files([str(kept)], str(tmp_path / "unplugged"))
    assert nowhere.done == [] and nowhere.failed == [(str(kept), f"{tmp_path / 'unplugged'} is not a folder")]
    assert sorted(p.name for p in target.iterdir()) == ["kept.jpg"], "no half copy left behind"


def test_free_names_count_up_before_the_extension(tmp_path: Path) -> None:
    assert free_name(tmp_path, "x.jpg") == tmp_path / "x.jpg"
    (tmp_path / "x.jpg").touch()
    (tmp_path / "x (2).jpg").touch()
    assert free_name(tmp_path, "x.jpg") == tmp_path / "x (3).jpg"
    assert free_name(tmp_path, "no extension") == tmp_path / "no extension"


def test_undoing_a_move_to_a_freedesktop_trash(tmp_path: Path) -> None:
    trash = tmp_path / "Trash"
    (trash / "files").mkdir(parents=True)
    (trash / "info").mkdir()
    originals = [tmp_path / "lib" / "a.jpg", tmp_path / "lib" / "sub" / "b.jpg"]
    moved = []
    for n, original in enumerate(originals):
        in_trash = photo(trash / "files" / original.name, f"photo {n}".encode())
        (trash / "info" / f"{original.name}.trashinfo").write_text(f"[Trash Info]\nPath={original}\n")
        moved.append((str(original), str(in_trash)))
    photo(originals[1], b"a new photo took its place")

    report = restore_from_trash(moved)

    assert originals[0].read_bytes() == b"photo 0" and not (trash / "files" / "a.jpg").exists()
    assert not (trash / "info" / "a.jpg.trashinfo").exists(), "the trash forgets what came back"
    assert report.failed == [(str(originals[1]), "another file has that name now")]
    assert originals[1].read_bytes() == b"a new photo took its place" and (trash / "files" / "b.jpg").exists()
