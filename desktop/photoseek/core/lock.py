"""One running PhotoSeek per app home: an OS file lock, released when the process ends."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from photoseek.core.errors import HomeLockedError
from photoseek.core.paths import PRIVATE_FILE


class HomeLock:
    """An exclusive, non-blocking lock on a file; the OS drops it if the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> HomeLock:
        handle = open(self.path, "a+", encoding="utf-8",  # noqa: SIM115 - held open while locked
                      opener=lambda path, flags: os.open(path, flags, PRIVATE_FILE))
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise HomeLockedError(
                f"another PhotoSeek is already running on {self.path.parent} "
                "(close it first, or use a different --home)"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None

    def __enter__(self) -> HomeLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
