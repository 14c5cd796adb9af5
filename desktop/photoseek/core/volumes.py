"""Unavailable is not deleted: the rule that tells an unplugged drive from a folder whose photos are gone.

A *volume* is a library folder, or a mount point found inside one (a folder on another device than
its parent). A volume is unavailable when

1. it cannot be found or read (missing, I/O error, permission denied, a stale network handle);
2. it is on another device than when its photos were indexed and none of them is there unchanged
   (a different drive, or the bare mount point of one that is not mounted);
3. no photo at all is found under it while the index holds photos there (an empty mount point).

Photos under an unavailable volume stay in the index and in results, marked offline, until the volume
is back or the user removes the folder. The full run and the watcher's updates both ask `volume_problem`.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from photoseek.core.folders import is_within

MISSING_ERRNOS = {errno.ENOENT, errno.ENOTDIR}


@dataclass(frozen=True)
class Unavailable:
    path: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "reason": self.reason}


def volume_problem(path: str, recorded_device: int | None, indexed: int, *, found: int | None = None,
                   unchanged: bool = False) -> str | None:
    """Why the volume at `path` must be treated as unavailable, or None.

    `indexed`: photos the index holds under it; `found`: photos a walk of it found now (None: not
    walked, so an empty folder stands for "none found"); `unchanged`: whether any indexed photo under
    it was found with the same size and time.
    """
    try:
        info = os.stat(path)
        with os.scandir(path) as entries:
            empty = next(entries, None) is None
    except OSError as error:
        if error.errno in MISSING_ERRNOS:
            return "not found (an unplugged drive or a network share that is not connected?)"
        return f"cannot be read ({error.strerror or type(error).__name__})"
    if indexed == 0:
        return None  # nothing indexed there that could be lost
    if recorded_device is not None and info.st_dev != recorded_device and not unchanged:
        return "on a different drive than when it was indexed (is the right drive mounted?)"
    if found == 0 or (found is None and empty):
        return "empty, though photos were indexed there (a drive that is not mounted?)"
    return None


def innermost(path: str, volumes: Iterable[str]) -> str | None:
    """The deepest volume holding `path`."""
    holders = [v for v in volumes if is_within(path, v)]
    return max(holders, key=len) if holders else None


def counts_by_volume(paths: Iterable[str], volumes: Iterable[str]) -> dict[str, int]:
    """How many of `paths` each volume holds directly (not through a deeper volume)."""
    volumes = list(volumes)
    counts = dict.fromkeys(volumes, 0)
    for path in paths:
        volume = innermost(path, volumes)
        if volume is not None:
            counts[volume] += 1
    return counts


def updated_devices(recorded: Mapping[str, int], seen: Mapping[str, int], roots: Iterable[str],
                    unavailable: Iterable[str]) -> dict[str, int]:
    """The devices to remember after a full scan.

    Library folders and mount points seen now are recorded as they are; an unavailable volume keeps
    its old record (that is how it is recognised when it returns); anything else is forgotten.
    """
    roots, unavailable = list(roots), set(unavailable)
    kept = {path: dev for path, dev in recorded.items()
            if path in unavailable and any(is_within(path, root) for root in roots)}
    fresh = {path: dev for path, dev in seen.items() if path not in unavailable}
    return {**kept, **fresh}
