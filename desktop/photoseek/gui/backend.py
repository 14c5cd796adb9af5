"""The window's handle on the worker: starts its thread, numbers searches, and stops it on close.

Everything here is called on the UI thread and returns at once. Answers arrive as this object's
signals, which re-emit the worker's on the UI thread: whatever connects to them (a lambda, a
test's wait) runs there, never on the engine's thread.
"""

from __future__ import annotations

import itertools
import logging
import time

from PySide6.QtCore import QDeadlineTimer, QObject, Qt, QThread, Signal

from photoseek.core.paths import AppHome
from photoseek.core.search import SearchFilters
from photoseek.gui import inbox as req
from photoseek.gui.inbox import Request
from photoseek.gui.worker import EngineOptions, Worker

NO_FILTERS = SearchFilters()
log = logging.getLogger("photoseek.gui.backend")


class Backend(QObject):
    """One worker on one QThread; the UI thread never touches the engine."""

    # The worker's signals (see Worker for what they carry), delivered on the UI thread.
    engine_state = Signal(str, str)
    status_changed = Signal(dict)
    search_done = Signal(int, list, float)
    search_failed = Signal(int, str)
    remote_answered = Signal(int, dict)
    progress = Signal(dict)
    run_finished = Signal(dict)
    index_changed = Signal()
    cameras_changed = Signal(list)
    notice = Signal(str)
    stopped = Signal()

    def __init__(self, home: AppHome, options: EngineOptions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = Worker(home, options)
        self._thread = QThread()
        self._thread.setObjectName("photoseek-engine")
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.start)
        self._ids = itertools.count(1)
        self.requests_sent = 0  # for tests and the log: how many searches reached the worker
        for name, value in vars(Backend).items():
            if isinstance(value, Signal):
                getattr(self.worker, name).connect(getattr(self, name), Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    # `bursts`: each burst of near-identical shots as one hit (`core.bursts`).

    def search_text(self, text: str, limit: int, filters: SearchFilters = NO_FILTERS, bursts: bool = False) -> int:
        return self._send(req.SEARCH_TEXT, (text, limit, bursts, filters.to_message()))

    def search_image(self, path: str, limit: int, filters: SearchFilters = NO_FILTERS, bursts: bool = False) -> int:
        return self._send(req.SEARCH_IMAGE, (path, limit, bursts, filters.to_message()))

    def browse(self, filters: SearchFilters = NO_FILTERS, bursts: bool = False) -> int:
        """The library's timeline (the photos the filters admit); answered like a search (`search_done`),
        without scores."""
        return self._send(req.BROWSE, (bursts, filters.to_message()))

    def _send(self, kind: str, args: tuple[object, ...]) -> int:
        request_id = next(self._ids)
        self.requests_sent += 1
        self.worker.submit(Request(kind, args, request_id))
        return request_id

    def answer_remote(self, asked: int, message: dict) -> None:  # type: ignore[type-arg]
        """The command line's search (see SingleInstance.queried); the answer comes as `remote_answered`."""
        self.worker.submit(Request(req.REMOTE_SEARCH, (asked, message)))

    def update_paths(self, paths: list[str]) -> None:
        """Re-check these files now (the window moved them to the trash, or put them back)."""
        if paths:
            self.worker.submit(Request(req.UPDATE_PATHS, tuple(sorted(paths))))

    def add_folders(self, folders: list[str]) -> None:
        self.worker.submit(Request(req.ADD_FOLDERS, tuple(folders)))

    def remove_folder(self, folder: str) -> None:
        self.worker.submit(Request(req.REMOVE_FOLDER, (folder,)))

    def set_excludes(self, patterns: list[str]) -> None:
        self.worker.submit(Request(req.SET_EXCLUDES, tuple(patterns)))

    def set_model(self, spec: str) -> None:
        self.worker.submit(Request(req.SET_MODEL, (spec,)))

    def load_model(self) -> None:
        self.worker.submit(Request(req.LOAD_MODEL))

    def set_threads(self, threads: int) -> None:
        self.worker.submit(Request(req.SET_THREADS, (threads,)))

    def reindex(self) -> None:
        self.worker.submit(Request(req.INDEX))

    def rebuild(self) -> None:
        """Re-create a damaged index from the library folders."""
        self.worker.submit(Request(req.REBUILD))

    def reset_settings(self) -> None:
        """Restore damaged library settings from their last good copy, then open the library."""
        self.worker.submit(Request(req.RESET_SETTINGS))

    def retry(self) -> None:
        self.worker.submit(Request(req.RETRY))

    def pause(self) -> None:
        self.worker.pause()

    def resume(self) -> None:
        self.worker.resume()

    def shutdown(self, timeout: float) -> bool:
        """Stop the worker (a running index stops after its current batch); False if it overran."""
        if not self._thread.isRunning():
            return True
        started = time.perf_counter()
        self.worker.request_stop()
        finished = self._thread.wait(QDeadlineTimer(int(timeout * 1000)))
        log.info("engine thread %s after %.2f s", "stopped" if finished else "still busy",
                 time.perf_counter() - started)
        return bool(finished)
