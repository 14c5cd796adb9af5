"""Where an index run stands, phase by phase, and the check that lets every phase be paused or cancelled.

A run goes through four phases: it looks for photos on disk, reads what the index holds, relinks
moved and copied photos, and embeds what is new (after an update, the first run also upgrades an
older index once). Each reports through the same callback (the
window's RunControl pauses and cancels there, the command line draws its bar), so a Pause or a
Close never waits for a whole scan of a large or slow library.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

UPGRADING = "upgrading"  # done: photos copied into the current fields of `total` (once, after an update)
SCANNING = "scanning"  # done: photo files found so far (total unknown: 0)
READING = "reading"  # done: index rows read of `total`
RELINKING = "relinking"  # done: moved, touched or copied photos relinked of `total`
EMBEDDING = "embedding"  # done: photos embedded or found unreadable of `total`

REPORT_EVERY_S = 0.25  # a phase shorter than this reports nothing (a watcher's update of one file)


@dataclass(frozen=True)
class Progress:
    """Sent to the progress callback during a run: after every batch while embedding (and whenever the
    model waits for the decoders), every `REPORT_EVERY_S` in the other phases."""

    done: int
    total: int  # 0: not known yet
    images_per_second: float = 0.0
    eta_seconds: float | None = None
    phase: str = EMBEDDING

    @property
    def finished(self) -> bool:
        return self.total > 0 and self.done >= self.total


ProgressCallback = Callable[[Progress], None]


class RunCancelled(Exception):
    """Raised out of a phase that was cancelled before it could decide anything."""


class PhaseTicker:
    """Called often by a phase (after every folder, every thousand rows): checks for cancel each time and
    reports at most every `REPORT_EVERY_S`, so the callback can pause there or cancel the run."""

    def __init__(self, progress: ProgressCallback | None, cancel: threading.Event | None, phase: str,
                 total: int = 0) -> None:
        self.progress = progress
        self.cancel = cancel or threading.Event()
        self.phase = phase
        self.total = total
        self._reported = time.monotonic()

    def __call__(self, done: int) -> None:
        if self.progress is not None and time.monotonic() - self._reported >= REPORT_EVERY_S:
            self.progress(Progress(done, self.total, phase=self.phase))
            self._reported = time.monotonic()  # after the callback: a pause is not counted as work
        if self.cancel.is_set():
            raise RunCancelled(self.phase)
