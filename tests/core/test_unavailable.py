"""Unavailable is not deleted: unreadable folders, unmounted drives (real tmpfs mounts), a different drive
at the mount point, links into a drive that is gone — in full runs and in the watcher's updates."""

from __future__ import annotations

import contextlib
import errno
import os
import queue
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

import shapes_world
from photoseek.core.engine import Engine
from photoseek.core.watcher import LibraryWatcher
from support import indexed_paths

CLASSES = [("red", "circle"), ("blue", "square")]


def photos_in(folder: Path, seed: int, per_class: int = 2) -> list[str]:
    return sorted(str(p.path) for p in shapes_world.write_folder(folder, per_class=per_class, seed=seed,
                                                                classes=CLASSES, max_px=96))


@pytest.mark.warns
def test_a_folder_that_cannot_be_listed_keeps_its_photos(engine: Engine, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "photos"
    kept = photos_in(root / "2019", seed=1)
    others = photos_in(root / "2020", seed=2)
    engine.add_folders([str(root)])
    engine.index()
    real_scandir = os.scandir

    def stale_handle(path):  # type: ignore[no-untyped-def]
        if os.fspath(path) == str(root / "2019"):
            raise OSError(errno.EIO, "Input/output error", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", stale_handle)
    Path(others[0]).unlink()
    report = engine.index()
    assert report.removed == 1 and report.added == 0 and report.updated == 0, "only the real deletion"
    assert report.unavailable == [{"path": str(root / "2019"), "reason": "cannot be read (Input/output error)"}]
    assert indexed_paths(engine) == sorted(kept + others[1:])
    monkeypatch.setattr(os, "scandir", real_scandir)
    assert engine.index().unchanged == len(kept) + len(others) - 1, "back: nothing to re-embed"


def test_a_link_into_a_drive_that_is_gone_keeps_its_photos(engine: Engine, tmp_path: Path) -> None:
    drive = tmp_path / "drive"
    linked = photos_in(drive / "camera", seed=3)
    root = tmp_path / "photos"
    root.mkdir()
    os.symlink(drive / "camera", root / "camera")
    engine.add_folders([str(root)])
    assert engine.index().added == len(linked)
    shutil.move(drive, tmp_path / "unplugged")
    report = engine.index()
    assert report.removed == 0 and report.unavailable[0]["path"] == str(root / "camera")
    assert len(indexed_paths(engine)) == len(linked)


@pytest.mark.warns
def test_a_library_folder_emptied_while_its_photos_are_indexed_is_unavailable(engine: Engine, tmp_path: Path
                                                                             ) -> None:
    root = tmp_path / "nas"
    made = photos_in(root, seed=4)
    engine.add_folders([str(root)])
    engine.index()
    for path in made:
        os.unlink(path)  # what an empty mount point looks like to a scan
    report = engine.index()
    assert report.removed == 0 and "empty" in report.unavailable[0]["reason"]
    assert engine.status()["folders"][0]["available"] is False
    shapes_world.write_one(root / "new.png", "red", "circle", seed=9, max_px=96)
    back = engine.index()  # photos are there again: it is a folder like any other
    assert (back.added, back.removed) == (1, len(made))


# -- real mounts ---------------------------------------------------------------------------------


def _mount_tmpfs(where: Path) -> None:
    where.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(where)], check=True,
                   capture_output=True)


def _umount(where: Path) -> None:
    subprocess.run(["umount", str(where)], check=True, capture_output=True)


@pytest.fixture
def mount(tmp_path: Path) -> Iterator:  # type: ignore[type-arg]
    """Mount tmpfs file systems (root only); every one is unmounted afterwards."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root (the test machines run as root)")
    probe = tmp_path / "probe"
    try:
        _mount_tmpfs(probe)
        _umount(probe)
    except (subprocess.CalledProcessError, OSError) as error:
        pytest.skip(f"cannot mount a tmpfs here: {error}")
    mounted: list[Path] = []

    def do(where: Path, mount: bool = True) -> None:
        if mount:
            _mount_tmpfs(where)
            mounted.append(where)
        else:
            _umount(where)
            mounted.remove(where)

    yield do
    for where in reversed(mounted):
        with contextlib.suppress(subprocess.CalledProcessError):
            _umount(where)


@pytest.mark.warns
def test_an_unmounted_drive_keeps_its_photos_and_comes_back_without_re_embedding(engine: Engine, tmp_path: Path,
                                                                                 mount) -> None:  # type: ignore[no-untyped-def]
    usb = tmp_path / "media" / "usb"
    mount(usb)
    made = photos_in(usb / "DCIM", seed=5)
    copy = tmp_path / "backup"
    shutil.copytree(usb / "DCIM", copy / "DCIM")  # keeps the times: the same photos, later on a "new" drive
    engine.add_folders([str(usb)])
    assert engine.index().added == len(made)

    mount(usb, mount=False)  # unplugged: the mount point is an empty folder on the system disk
    report = engine.index()
    assert report.removed == 0 and report.unavailable[0]["path"] == str(usb)
    assert indexed_paths(engine) == made
    status = engine.status()
    assert status["folders"][0]["available"] is False and status["unavailable"][0]["path"] == str(usb)
    hits = engine.search_text("a red circle", limit=10)
    assert len(hits) == len(made) and all(hit.offline for hit in hits), "still found, marked offline"

    mount(usb)  # plugged in again: a new tmpfs, so a new device number, with the same files
    shutil.copytree(copy / "DCIM", usb / "DCIM")
    back = engine.index()
    assert (back.added, back.updated, back.removed, back.unchanged) == (0, 0, 0, len(made))
    assert not back.unavailable and not any(hit.offline for hit in engine.search_text("a red circle"))


@pytest.mark.warns
def test_a_different_drive_at_the_mount_point_is_not_mistaken_for_the_library(engine: Engine, tmp_path: Path,
                                                                              mount) -> None:  # type: ignore[no-untyped-def]
    usb = tmp_path / "media" / "usb"
    mount(usb)
    made = photos_in(usb, seed=6)
    engine.add_folders([str(usb)])
    engine.index()
    mount(usb, mount=False)
    mount(usb)
    photos_in(usb, seed=7, per_class=1)  # someone else's stick
    report = engine.index()
    assert (report.added, report.removed) == (0, 0) and "different drive" in report.unavailable[0]["reason"]
    assert indexed_paths(engine) == made


@pytest.mark.warns
def test_a_drive_mounted_inside_a_library_folder(engine: Engine, tmp_path: Path, mount) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "Pictures"
    local = photos_in(root / "local", seed=8)
    mount(root / "nas")
    remote = photos_in(root / "nas", seed=9)
    engine.add_folders([str(root)])
    engine.index()
    mount(root / "nas", mount=False)
    Path(local[0]).unlink()
    report = engine.index()
    assert report.removed == 1 and [u["path"] for u in report.unavailable] == [str(root / "nas")]
    assert indexed_paths(engine) == sorted(local[1:] + remote)


@pytest.mark.warns
def test_the_watcher_keeps_the_photos_of_a_drive_that_is_unmounted(engine: Engine, tmp_path: Path, mount) -> None:  # type: ignore[no-untyped-def]
    usb = tmp_path / "media" / "usb"
    mount(usb)
    made = photos_in(usb / "trip", seed=10)
    engine.add_folders([str(usb)])
    engine.index()
    changes: queue.Queue[set[str]] = queue.Queue()
    watcher = LibraryWatcher(engine.watch_folders(), changes.put, engine.rules(), debounce=0.3)
    watcher.start()
    try:
        mount(usb, mount=False)
        # Whatever the watcher reports of an unmount, and the paths it could report, change nothing.
        engine.update_paths([str(usb), str(usb / "trip"), made[0]])
        with contextlib.suppress(queue.Empty):
            while True:
                engine.update_paths(changes.get(timeout=2))
    finally:
        watcher.stop()
    assert indexed_paths(engine) == made
