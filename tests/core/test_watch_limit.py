"""`photoseek status` says before watching starts when the library has more folders than the system
lets one user watch (Linux's fs.inotify.max_user_watches), from the folder count of the last scan."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import shapes_world
from photoseek.core import watchlimit
from photoseek.core.engine import Engine
from photoseek.core.paths import AppHome
from support import TINY_MODEL

FOLDERS = 12


def library(root: Path) -> Path:
    """The root and 12 folders below it (some nested), one photo in each."""
    for n in range(FOLDERS):
        folder = root / f"year {n // 4}" / f"day {n}" if n % 4 else root / f"year {n // 4}"
        folder.mkdir(parents=True, exist_ok=True)
        shapes_world.write_one(folder / f"p{n}.png", "red", "circle", seed=n, max_px=96)
    return root


def status_under_limit(limit: int, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real `photoseek status`, in a mount namespace where the system's limit file reads `limit`."""
    fake = home.parent / "max_user_watches"
    fake.write_text(f"{limit}\n")
    command = [sys.executable, "-m", "photoseek", "--home", str(home), "--model", str(TINY_MODEL), "status", *args]
    script = f'mount --bind "$1" {watchlimit.LIMIT_FILE} && shift && exec "$@"'
    return subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", str(fake), *command],
                          capture_output=True, text=True, env=os.environ.copy(), timeout=240)


def test_the_folder_count_of_the_last_scan_is_measured_against_the_system_limit(tmp_path: Path) -> None:
    photos = library(tmp_path / "photos")
    engine = Engine(AppHome.resolve(tmp_path / "home").ensure(), model=str(TINY_MODEL))
    try:
        assert engine.status()["watch"]["folders"] == 0, "not scanned yet: nothing to tell"  # type: ignore[index]
        engine.add_folders([str(photos)])
        engine.index()
        watch = engine.status()["watch"]
        assert watch["folders"] == FOLDERS + 1  # type: ignore[index]
        assert watch["limit"] == watchlimit.system_limit()  # type: ignore[index]

        shutil.rmtree(photos / "year 2")  # folders go: the next scan counts again
        engine.index()
        assert engine.status()["watch"]["folders"] == FOLDERS + 1 - 4  # type: ignore[index]
    finally:
        engine.close()
    assert watchlimit.WatchCapacity(9, 8).problem() is not None and watchlimit.WatchCapacity(8, 8).fits


def can_mount_privately() -> bool:
    if shutil.which("unshare") is None or watchlimit.system_limit() is None:
        return False
    probe = ["unshare", "-m", "mount", "--bind", str(watchlimit.LIMIT_FILE), str(watchlimit.LIMIT_FILE)]
    return subprocess.run(probe, capture_output=True).returncode == 0


@pytest.mark.skipif(not can_mount_privately(), reason="needs a private mount namespace (root) and Linux")
def test_status_says_the_library_cannot_be_watched_at_once_before_watching_starts(tmp_path: Path) -> None:
    photos, home = library(tmp_path / "photos"), tmp_path / "home"
    indexed = subprocess.run([sys.executable, "-m", "photoseek", "--home", str(home), "--model", str(TINY_MODEL),
                              "index", str(photos)], capture_output=True, text=True, timeout=240)
    assert indexed.returncode == 0, indexed.stderr

    over = status_under_limit(FOLDERS, home)
    assert over.returncode == 0, over.stderr
    line = next(line for line in over.stdout.splitlines() if line.startswith("watching:"))
    assert f"{FOLDERS + 1} folders" in line and f"max_user_watches = {FOLDERS}" in line
    assert "checking every few seconds" in line

    under = status_under_limit(FOLDERS + 1, home, "--json")
    assert json.loads(under.stdout)["watch"] == {"folders": FOLDERS + 1, "limit": FOLDERS + 1, "fits": True,
                                                 "note": None}
    assert "watching:" not in status_under_limit(FOLDERS + 1, home).stdout
