"""Helpers for the window tests (import as `window_support`)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from PIL import Image

# Four classes the toy model tells apart easily; tests search for the first.
CLASSES = [("red", "circle"), ("blue", "square"), ("green", "triangle"), ("yellow", "star")]
WAIT_MS = 90_000  # generous: indexing shares 2 cores with other test runs


def wait_indexed(qtbot, window, photos: int) -> None:  # type: ignore[no-untyped-def]
    """Until the index holds `photos` photos and no run is going on."""
    qtbot.waitUntil(lambda: window.status.get("photos") == photos and not window.status.get("indexing"),
                    timeout=WAIT_MS)


def wait_ready(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Until the model is loaded (a Close before then waits for the load, which cannot be cut short)."""
    qtbot.waitUntil(lambda: window.engine_state[0] == "ready", timeout=WAIT_MS)


def activate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Make `window` the active window, as a user's click would: shortcuts only reach the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def labels_of(window, photos) -> list[str]:  # type: ignore[no-untyped-def]
    """The classes ("red circle") of the photos in the grid, in order."""
    by_path = {str(p.path): p.label for p in photos}
    return [by_path.get(path, "?") for path in window.model.paths()]


def photo_index(window, number: int):  # type: ignore[no-untyped-def]
    """The model index of the grid's `number`-th photo (headings are rows too)."""
    return window.model.index(window.model.photo_row(number))


def current_photo(window) -> int:  # type: ignore[no-untyped-def]
    """Which photo (its number among the photos) is current in the grid."""
    return window.model.photo_number(window.view.currentIndex().row())


def run_photoseek(qtbot, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    """The real `photoseek` command, with the window's event loop running meanwhile (it may answer it)."""
    process = subprocess.Popen([sys.executable, "-m", "photoseek", *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})})
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=WAIT_MS)
    out, err = process.communicate()
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def parked_in_pause(thread_id: int) -> bool:
    """The worker thread is waiting inside RunControl's pause loop (read from its live stack: no timing)."""
    frames = set()
    frame = sys._current_frames().get(thread_id)
    while frame is not None:
        frames.add((Path(frame.f_code.co_filename).name, frame.f_code.co_name))
        frame = frame.f_back
    return {("runcontrol.py", "__call__"), ("inbox.py", "wait_until")} <= frames


# (when the camera took it, or None: the file's own time), how many
DAYS = [("2024:12:31 20:00:00", 2), ("2024:12:02 09:00:00", 3), ("2023:08:14 16:05:00", 4), (None, 3)]
UNDATED = datetime(2021, 3, 9, 12, 0)


def dated_library(folder: Path, scale: int = 1, tint: int = 0) -> list[Path]:
    """Photos on four days; newest first, as the timeline must show them (same moment: by name). Another
    `tint` makes other photos (not copies of these)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for day, (taken, count) in enumerate(DAYS):
        for n in range(count * scale):
            path = folder / f"day{day}_{n:02d}.jpg"
            exif = Image.Exif()
            if taken:
                exif.get_ifd(0x8769)[0x9003] = taken
            Image.new("RGB", (64 + n, 48), (40 * day, 200 - 10 * n % 200, 90 + tint)).save(path, exif=exif)
            if not taken:
                os.utime(path, (UNDATED.timestamp(), UNDATED.timestamp()))
            made.append(path)
    return made
