"""Unavailable is not deleted: the rule that tells an unplugged drive from a folder whose photos are gone.

A *volume* is a library folder, or a mount point found inside one (a folder on another device than
its parent). A volume is unavailable when

1. it cannot be found or read (missing, I/O error, permission denied, a stale network handle);
2. no photo at all is found under it while the index holds photos there (an empty mount point);
3. it is a mount point, or on another device than when its photos were indexed, and the photos found
   there are not the indexed ones: none is there unchanged (same path, size and time), and fewer than
   half match an indexed photo by path and size (a copy restored without its times does). That is a
   different drive at the same mount point: camera cards of one camera all mount under one name.
   Device numbers alone cannot tell: they are reused for the next drive plugged in.

Photos under an unavailable volume stay in the index and in results, marked offline, until the volume
is back or the user removes the folder. The full run and the watcher's updates both ask `volume_problem`.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from photoseek.core.folders import is_within
from photoseek.core.phrases import QT_TRANSLATE_NOOP

MISSING_ERRNOS = {errno.ENOENT, errno.ENOTDIR}
NOT_FOUND = QT_TRANSLATE_NOOP("core", "not found (an unplugged drive or a network share that is not connected?)")
UNREADABLE = QT_TRANSLATE_NOOP("core", "cannot be read ({detail})")


@dataclass(frozen=True)
class Unavailable:
    path: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "reason": self.reason}


def volume_problem(path: str, recorded_device: int | None, indexed: int, *, found: int | None = None,
                   recognised: bool = False) -> str | None:
    """Why the volume at `path` must be treated as unavailable, or None.

    `indexed`: photos the index holds under it; `found`: photos a walk of it found now (None: not
    walked: only the cheap checks apply); `recognised`: whether the photos found are the indexed ones
    (see rule 3).
    """
    try:
        info = os.stat(path)
        with os.scandir(path) as entries:
            empty = next(entries, None) is None
    except OSError as error:
        if error.errno in MISSING_ERRNOS:
            return NOT_FOUND
        return UNREADABLE.format(detail=error.strerror or type(error).__name__)
    if indexed == 0:
        return None  # nothing indexed there that could be lost
    moved_device = recorded_device is not None and info.st_dev != recorded_device
    if found == 0 or (found is None and empty):
        return EMPTY
    if found is None:
        return DIFFERENT if moved_device else None
    if (moved_device or _is_mount_point(path, info.st_dev)) and not recognised:
        return DIFFERENT
    return None


EMPTY = QT_TRANSLATE_NOOP("core", "empty, though photos were indexed there (a drive that is not mounted?)")
DIFFERENT = QT_TRANSLATE_NOOP("core", "holding other photos than the ones indexed there (a different drive?)")


def recognises(indexed: Iterable[tuple[str, int, int]], found: Mapping[str, tuple[int, int]]) -> bool:
    """Are the photos found (path → size, time) the indexed ones (path, size, time)? See rule 3."""
    same_size = 0
    for path, size, mtime_ns in indexed:
        seen = found.get(path)
        if seen is not None and seen[0] == size:
            if seen[1] == mtime_ns:
                return True
            same_size += 1
    return bool(found) and 2 * same_size >= len(found)


def _is_mount_point(path: str, device: int) -> bool:
    try:
        return os.stat(os.path.dirname(path) or path).st_dev != device
    except OSError:
        return False


def innermost(path: str, volumes: Iterable[str]) -> str | None:
    """The deepest volume holding `path`."""
    holders = [v for v in volumes if is_within(path, v)]
    return max(holders, key=len) if holders else None


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
