"""Watch the library folders and report changed paths in coalesced sets, once each has settled.

watchdog's observer thread only records paths (through the library's one membership rule); a
delivery thread hands them over once a path has been quiet for `debounce` seconds and its size and
modification time stopped changing — not by comparing the file's time with the clock, which a
camera set to the wrong year (or a FAT drive's coarse times) would defeat.

Each library folder is watched, and so is every symlinked folder the last scan followed (watched at
its real location, events reported under the library path). If the OS refuses more inotify watches,
the watcher falls back to polling and says so in the log.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import threading
import time
from collections.abc import Callable, Iterable, Mapping

from watchdog.events import (
    DirModifiedEvent,
    FileClosedNoWriteEvent,
    FileOpenedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from photoseek.core.folders import is_within
from photoseek.core.membership import LibraryRules

log = logging.getLogger("photoseek.watcher")

ChangesCallback = Callable[[set[str]], None]
WATCH_LIMIT_ERRNOS = {errno.ENOSPC, errno.EMFILE}
POLL_ENV = "PHOTOSEEK_WATCH_POLLING"
Signature = tuple[int, int] | None  # (size, mtime_ns) of a file; None for anything else


class _Recorder(FileSystemEventHandler):
    """Runs on watchdog's thread for one watched folder: translates and notes paths, nothing more."""

    def __init__(self, watcher: LibraryWatcher, library_path: str, real_path: str) -> None:
        self.watcher, self.library_path, self.real_path = watcher, library_path, real_path

    def on_any_event(self, event: FileSystemEvent) -> None:
        if isinstance(event, (FileOpenedEvent, FileClosedNoWriteEvent, DirModifiedEvent)):
            return  # reads, and a folder's own mtime: nothing to index
        paths = [os.fsdecode(event.src_path)]
        if getattr(event, "dest_path", ""):
            paths.append(os.fsdecode(event.dest_path))
        library_paths = (self._to_library(p) for p in paths)
        self.watcher.note(p for p in library_paths if p is not None and self.watcher.is_relevant(p, event))

    def _to_library(self, path: str) -> str | None:
        if self.real_path == self.library_path:
            return path
        if not is_within(path, self.real_path):
            return None
        return self.library_path + path[len(self.real_path):]


class LibraryWatcher:
    """Calls `on_changes(paths)` from its own thread with every path that changed and then settled.

    `folders` maps each folder to watch (as the library names it) to where it really is.
    """

    def __init__(self, folders: Mapping[str, str] | Iterable[str], on_changes: ChangesCallback,
                 rules: LibraryRules, debounce: float = 1.0, polling: bool | None = None,
                 poll_interval: float = 5.0) -> None:
        pairs = folders.items() if isinstance(folders, Mapping) else ((f, f) for f in folders)
        self.folders = {name: real for name, real in pairs if os.path.isdir(real)}
        self.roots = [name for name in self.folders if name in rules.roots]
        self.on_changes = on_changes
        self.rules = rules
        self.debounce = debounce
        self.poll_interval = poll_interval
        self.want_polling = bool(os.environ.get(POLL_ENV)) if polling is None else polling
        self.mode = "stopped"  # "watching", "polling" or "stopped"
        self._pending: dict[str, tuple[float, Signature]] = {}
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
        log.info("%s %d folder(s)", self.mode, len(self.folders))
        return self.mode

    def _start_observer(self, observer):  # type: ignore[no-untyped-def]
        observer.daemon = True
        observer.start()
        try:
            for name, real in self.folders.items():
                observer.schedule(_Recorder(self, name, real), real, recursive=True)
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
        """The library's rule (`membership`), as the full scan applies it."""
        if event.is_directory:
            return self.rules.wants_folder(path)
        return self.rules.wants_file(path)

    def note(self, paths: Iterable[str]) -> None:
        now = time.monotonic()
        noted = [(path, _signature(path)) for path in paths]
        with self._wakeup:
            for path, signature in noted:
                self._pending[path] = (now, signature)
            self._wakeup.notify_all()

    def _deliver_loop(self) -> None:
        while True:
            with self._wakeup:
                if self._stopping:
                    return
                self._wakeup.wait(timeout=self.debounce / 4)
                if self._stopping:
                    return
                quiet = self._take_quiet()
            ready = self._settled(quiet)
            if ready:
                try:
                    self.on_changes(ready)
                except Exception:  # a failing consumer must not kill the watcher
                    log.exception("handling %d changed path(s) failed", len(ready))

    def _take_quiet(self) -> dict[str, Signature]:
        """Paths with no event for `debounce` seconds (taken out of pending)."""
        now = time.monotonic()
        quiet = {path: signature for path, (last, signature) in self._pending.items() if now - last >= self.debounce}
        for path in quiet:
            del self._pending[path]
        return quiet

    def _settled(self, quiet: dict[str, Signature]) -> set[str]:
        """Of the quiet paths, those whose size and time are what they were at their last event.

        A file still growing without events (a slow network copy) goes back to wait another round.
        """
        ready, again = set(), []
        for path, signature in quiet.items():
            now = _signature(path)
            if now == signature:
                ready.add(path)
            else:
                again.append((path, now))
        if again:
            with self._wakeup:
                for path, now in again:
                    self._pending.setdefault(path, (time.monotonic(), now))
        return ready


def _signature(path: str) -> Signature:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return None if stat.S_ISDIR(info.st_mode) else (info.st_size, info.st_mtime_ns)
