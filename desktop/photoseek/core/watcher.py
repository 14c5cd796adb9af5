"""Watch the library folders and report changed paths in coalesced sets, once they have settled.

watchdog's observer thread only records paths (through the library's one membership rule); a
delivery thread hands them over once nothing has happened for `debounce` seconds and each file's
size and modification time stopped changing — not by comparing the file's time with the clock, which
a camera set to the wrong year (or a FAT drive's coarse times) would defeat.

One delivery per burst, not one per path, because a move is recognised only when both of its sides
arrive together: a file moved into a folder created a moment before reaches us as a removal and, a
little later, a creation. Under a stream that never pauses (a long import), what has waited
`max_wait` seconds goes out anyway, except removals: they wait for the pause (at most
`HOLD_REMOVALS` × `max_wait`), so the creation that pairs with one can still join it.

Each library folder is watched, and so is every symlinked folder the last scan followed (watched at
its real location, events reported under the library path). A folder that is missing (a drive not
plugged in), deleted and recreated, or replaced is watched again as soon as it is back, and reported
then so its photos are read. If the OS refuses more inotify watches, the watcher falls back to
polling and says so in the log and in `mode`.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

from watchdog.events import (
    DirDeletedEvent,
    DirModifiedEvent,
    FileClosedNoWriteEvent,
    FileOpenedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import ObservedWatch
from watchdog.observers.polling import PollingObserver

from photoseek.core.folders import is_within
from photoseek.core.membership import LibraryRules

log = logging.getLogger("photoseek.watcher")

ChangesCallback = Callable[[set[str]], None]
WATCH_LIMIT_ERRNOS = {errno.ENOSPC, errno.EMFILE}
POLL_ENV = "PHOTOSEEK_WATCH_POLLING"
HOLD_REMOVALS = 3  # a removal waits up to this many times `max_wait` for the creation it may pair with
ROOT_CHECK_S = 1.0  # how often the watched folders themselves are checked (gone, back, replaced)
Signature = tuple[int, int] | None  # (size, mtime_ns) of a file; None for anything else
Identity = tuple[int, int] | None  # (st_dev, st_ino) of a watched folder; None while it is missing


class _Recorder(FileSystemEventHandler):
    """Runs on watchdog's thread for one watched folder: translates and notes paths, nothing more."""

    def __init__(self, watcher: LibraryWatcher, library_path: str, real_path: str) -> None:
        self.watcher, self.library_path, self.real_path = watcher, library_path, real_path

    def on_any_event(self, event: FileSystemEvent) -> None:
        if isinstance(event, (FileOpenedEvent, FileClosedNoWriteEvent, DirModifiedEvent)):
            return  # reads, and a folder's own mtime: nothing to index
        if isinstance(event, DirDeletedEvent) and os.fsdecode(event.src_path) == self.real_path:
            self.watcher.lost(self.library_path)  # its emitter stops now, even if the folder comes back at once
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
                 poll_interval: float = 5.0, max_wait: float | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        pairs = folders.items() if isinstance(folders, Mapping) else ((f, f) for f in folders)
        self.folders = dict(pairs)
        self.roots = [name for name in self.folders if name in rules.roots]
        self.on_changes = on_changes
        self.rules = rules
        self.debounce = debounce
        self.max_wait = max_wait if max_wait is not None else max(10 * debounce, 5.0)
        self.poll_interval = poll_interval
        self.clock = clock
        self.want_polling = bool(os.environ.get(POLL_ENV)) if polling is None else polling
        self.mode = "stopped"  # "watching", "polling" or "stopped"
        self._pending: dict[str, _Pending] = {}
        self._last_event = 0.0
        self._wakeup = threading.Condition()
        self._stopping = False
        self._observer: Observer | PollingObserver | None = None  # type: ignore[valid-type]
        self._watches: dict[str, tuple[ObservedWatch, Identity]] = {}  # folder name → its watch, what it watches
        self._thread = threading.Thread(target=self._deliver_loop, name="photoseek-watch-debounce", daemon=True)
        self._roots_thread = threading.Thread(target=self._keep_folders_watched, name="photoseek-watch-folders",
                                              daemon=True)

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
        self._roots_thread.start()
        missing = [name for name in self.folders if name not in self._watches]
        log.info("%s %d folder(s)%s", self.mode, len(self._watches),
                 f"; waiting for {len(missing)} to appear" if missing else "")
        return self.mode

    def _start_observer(self, observer):  # type: ignore[no-untyped-def]
        observer.daemon = True
        observer.start()
        self._watches = {}
        try:
            for name, real in self.folders.items():
                identity = _identity(real)
                if identity is not None:
                    self._watches[name] = (observer.schedule(_Recorder(self, name, real), real, recursive=True),
                                           identity)
        except OSError:
            observer.stop()
            raise
        return observer

    def _keep_folders_watched(self) -> None:
        """Re-watch a folder that came back or was replaced: a watch follows the folder it was given,
        and the emitter of a deleted one has stopped."""
        while True:
            with self._wakeup:
                if self._wakeup.wait_for(lambda: self._stopping, timeout=ROOT_CHECK_S):
                    return
            for name, real in self.folders.items():
                identity = _identity(real)
                watched = self._watches.get(name)
                if identity == (watched[1] if watched else None):
                    continue
                try:
                    self._rewatch(name, real, identity)
                except OSError as error:
                    log.warning("cannot watch %s again: %s", real, error)
                self.note([name])  # read it again: its photos are back, or it is gone (and kept)

    def lost(self, name: str) -> None:
        """The watched folder itself was deleted: watch it again when it is back, even if the new folder
        reuses the old one's inode."""
        watched = self._watches.get(name)
        if watched is not None:
            self._watches[name] = (watched[0], None)

    def _rewatch(self, name: str, real: str, identity: Identity) -> None:
        watched = self._watches.pop(name, None)
        observer = self._observer
        if observer is None:
            return
        if watched is not None:
            try:
                observer.unschedule(watched[0])
            except KeyError:
                pass  # its emitter stopped on its own (the folder was deleted)
        if identity is not None:
            self._watches[name] = (observer.schedule(_Recorder(self, name, real), real, recursive=True), identity)
            log.info("watching %s again", real)
        else:
            log.info("%s is gone; it is watched again when it is back", real)

    def stop(self, timeout: float = 2.0) -> None:
        with self._wakeup:
            self._stopping = True
            self._wakeup.notify_all()
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout)
        for thread in (self._thread, self._roots_thread):
            if thread.is_alive():
                thread.join(timeout)
        self.mode = "stopped"

    def is_relevant(self, path: str, event: FileSystemEvent) -> bool:
        """The library's rule (`membership`), as the full scan applies it."""
        if event.is_directory:
            return self.rules.wants_folder(path)
        return self.rules.wants_file(path)

    def note(self, paths: Iterable[str]) -> None:
        now = self.clock()
        noted = [(path, _signature(path)) for path in paths]
        with self._wakeup:
            for path, signature in noted:
                earlier = self._pending.get(path)
                self._pending[path] = _Pending(earlier.first if earlier else now, now, signature)
            if noted:
                self._last_event = now  # no wake-up: the delivery loop looks every debounce/4 s

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
        """Everything pending once nothing happened for `debounce` seconds; under a stream of events,
        paths quiet themselves that have waited `max_wait` (removals longer). Taken out of pending."""
        now = self.clock()
        if now - self._last_event >= self.debounce:
            quiet = {path: p.signature for path, p in self._pending.items()}
        else:
            quiet = {path: p.signature for path, p in self._pending.items()
                     if now - p.last >= self.debounce and now - p.first >= self.max_wait
                     and (now - p.first >= HOLD_REMOVALS * self.max_wait or not _is_removal(path, p))}
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
                moment = self.clock()
                for path, now in again:
                    self._pending.setdefault(path, _Pending(moment, moment, now))
                self._last_event = max(self._last_event, moment)
        return ready


class _Pending(NamedTuple):
    first: float  # when the path's first event of this round came (monotonic)
    last: float  # when its latest came
    signature: Signature  # the file's size and time then


def _is_removal(path: str, pending: _Pending) -> bool:
    """Nothing at the path (looked at only for paths due to go out, not on every tick for all)."""
    return pending.signature is None and not os.path.lexists(path)


def _identity(folder: str) -> Identity:
    """The folder's (device, inode), None when it is not a folder now."""
    try:
        info = os.stat(folder)
    except OSError:
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISDIR(info.st_mode) else None


def _signature(path: str) -> Signature:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return None if stat.S_ISDIR(info.st_mode) else (info.st_size, info.st_mtime_ns)
