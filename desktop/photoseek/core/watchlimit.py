"""How many folders the system lets this user watch for changes, against how many the library has.

Watching takes one inotify watch per folder on Linux, and the system limits them per user
(`fs.inotify.max_user_watches`). A library with more folders cannot be watched: the watcher falls
back to checking the library every few seconds. `photoseek status` says so before that happens,
from the folder count of the last full scan.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

LIMIT_FILE = Path("/proc/sys/fs/inotify/max_user_watches")
SETTING = "fs.inotify.max_user_watches"


def system_limit() -> int | None:
    """The per-user limit on watched folders; None where the system has no such limit to read."""
    try:
        return int(LIMIT_FILE.read_text().strip())
    except (OSError, ValueError):
        return None


@dataclass(frozen=True)
class WatchCapacity:
    folders: int  # in the library at its last full scan (0: not scanned yet)
    limit: int | None  # None: not known (not Linux)

    @property
    def fits(self) -> bool | None:
        """Whether every folder can be watched; None when it cannot be told."""
        if self.limit is None or self.folders == 0:
            return None
        return self.folders <= self.limit

    def to_dict(self) -> dict[str, object]:
        return {"folders": self.folders, "limit": self.limit, "fits": self.fits, "note": self.problem()}

    def problem(self) -> str | None:
        """One line for the user when the library has more folders than can be watched."""
        if self.fits is not False:
            return None
        return (f"the library has {self.folders:,} folders, more than the system lets one user watch "
                f"({SETTING} = {self.limit:,}): changes are found by checking every few seconds instead "
                f"of at once; raise {SETTING} (e.g. to 524288) for instant updates")
