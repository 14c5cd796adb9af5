"""Watch the library folders and report changed paths in coalesced, debounced sets.

watchdog's observer thread only records paths; a debounce thread hands them over once each has
been quiet for `debounce` seconds (so a file still being copied is picked up once it is complete).
If the OS refuses more inotify watches, we fall back to polling and say so in the log.
"""

from __future__ import annotations

import errno
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable

from watchdog.events import (
    DirModifiedEvent,
    FileClosedNoWriteEvent,
    FileOpenedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from photoseek.core.library import is_within
from photoseek.core.scan import Scanner

log = logging.getLogger("photoseek.watcher")

ChangesCallback = Callable[[set[str]], None]
WATCH_LIMIT_ERRNOS = {errno.ENOSPC, errno.EMFILE}
POLL_ENV = "PHOTOSEEK_WATCH_POLLING"


class _Recorder(FileSystemEventHandler):
    """Runs on watchdog's thread: notes which paths an event touched, nothing more."""

    def __init__(self, watcher: LibraryWatcher) -> None:
        self.watcher = watcher

    def on_any_event(self, event: FileSystemEvent) -> None:
        if isinstance(event, (FileOpenedEvent, FileClosedNoWriteEvent, DirModifiedEvent)):
            return  # reads, and a folder's own mtime: nothing to index
        paths = [os.fsdecode(event.src_path)]
        if getattr(event, "dest_path", ""):
            paths.append(os.fsdecode(event.dest_path))
        self.watcher.note(p for p in paths if self.watcher.is_relevant(p, event))


class LibraryWatcher:
    """Calls `on_changes(paths)` from its own thread with every path that changed and then settled."""

    def __init__(self, roots: Iterable[str], on_changes: ChangesCallback, scanner: Scanner,
                 debounce: float = 1.0, polling: bool | None = None, poll_interval: float = 5.0) -> None:
        self.roots = [r for r in roots if os.path.isdir(r)]
        self.on_changes = on_changes
        self.scanner = scanner
        self.debounce = debounce
        self.poll_interval = poll_interval
        self.want_polling = bool(os.environ.get(POLL_ENV)) if polling is None else polling
        self.mode = "stopped"  # "watching", "polling" or "stopped"
        self._pending: dict[str, float] = {}
        self._wakeup = threading.Condition()
        self._stopping = False
        self._observer: Observer | PollingObserver | None = None  # type: ignore[valid-type]
        self._thread = threading.Thread(target=self._deliver_loop, name="photoseek-watch-debounce", daemon=True)

    def start(self) -> str:
        """Start watching; returns the mode ("watching" or "polling")."""
        if not self.want_polling:
            try:
                self._observer = self._start_observer(Observer())
                self.mode = "watching"
            except OSError as error:
                if error.errno not in WATCH_LIMIT_ERRNOS:
                    raise
                log.warning("the system's limit on watched folders is reached (%s): falling back to "
                            "checking the library every %.0f s; raise fs.inotify.max_user_watches to "
                            "get instant updates", error.strerror, self.poll_interval)
        if self._observer is None:
            self._observer = self._start_observer(PollingObserver(timeout=self.poll_interval))
            self.mode = "polling"
        self._thread.start()
        log.info("%s %d folder(s)", self.mode, len(self.roots))
        return self.mode

    def _start_observer(self, observer):  # type: ignore[no-untyped-def]
        observer.daemon = True
        observer.start()
        try:
            for root in self.roots:
                observer.schedule(_Recorder(self), root, recursive=True)
        except OSError:
            observer.stop()
            raise
        return observer

    def stop(self, timeout: float = 2.0) -> None:
        with self._wakeup:
            self._stopping = True
            self._wakeup.notify_all()
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout)
        if self._thread.is_alive():
            self._thread.join(timeout)
        self.mode = "stopped"

    def is_relevant(self, path: str, event: FileSystemEvent) -> bool:
        root = next((r for r in self.roots if is_within(path, r)), None)
        if root is None:
            return False
        # Hidden below the root, as the scan sees it: a root may itself live in a hidden folder.
        if any(part.startswith(".") for part in path[len(root):].split(os.sep)):
            return False
        if event.is_directory:
            return not any(is_within(path, skip) for skip in self.scanner.skip_folders)
        return self.scanner.wants_file(path)

    def note(self, paths: Iterable[str]) -> None:
        now = time.monotonic()
        with self._wakeup:
            for path in paths:
                self._pending[path] = now
            self._wakeup.notify_all()

    def _deliver_loop(self) -> None:
        while True:
            with self._wakeup:
                if self._stopping:
                    return
                self._wakeup.wait(timeout=self.debounce / 4)
                if self._stopping:
                    return
                ready = self._take_settled()
            if ready:
                try:
                    self.on_changes(ready)
                except Exception:  # a failing consumer must not kill the watcher
                    log.exception("handling %d changed path(s) failed", len(ready))

    def _take_settled(self) -> set[str]:
        """Paths quiet for `debounce` seconds and whose files are not still growing."""
        now = time.monotonic()
        ready = set()
        for path, last in list(self._pending.items()):
            if now - last < self.debounce:
                continue
            if _recently_written(path, self.debounce):
                self._pending[path] = now  # still being written: look again later
                continue
            ready.add(path)
            del self._pending[path]
        return ready


def _recently_written(path: str, window: float) -> bool:
    try:
        return time.time() - os.stat(path).st_mtime < window
    except OSError:
        return False
