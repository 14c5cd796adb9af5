"""Requests from the window to the worker: a thread-safe inbox in which searches jump the queue.

Only the newest search matters (the window drops answers to older ones), so a burst of typing
costs one search. Library changes wait their turn but cut a running index short (see `interrupts`).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

SEARCH_TEXT = "search_text"
SEARCH_IMAGE = "search_image"
BROWSE = "browse"                 # the library's timeline: every photo, newest first
REMOTE_SEARCH = "remote_search"   # the command line's search (SearchRequest message): each one is answered
INDEX = "index"                   # full reconcile of every library folder
UPDATE_PATHS = "update_paths"     # re-check a few paths (from the watcher)
ADD_FOLDERS = "add_folders"
REMOVE_FOLDER = "remove_folder"
SET_EXCLUDES = "set_excludes"
SET_MODEL = "set_model"
LOAD_MODEL = "load_model"         # after a download: try the current model again
SET_THREADS = "set_threads"
REBUILD = "rebuild"               # start the index again from nothing (after damage)
RETRY = "retry"                   # open the library again (a server that was unreachable)
RESET_SETTINGS = "reset_settings"  # restore damaged library settings from their last good copy

SEARCHES = frozenset({SEARCH_TEXT, SEARCH_IMAGE, BROWSE})  # the window wants only the newest
# Requests that make a running index pointless: it is cancelled (resumable) and planned again.
INTERRUPTS_INDEX = frozenset({ADD_FOLDERS, REMOVE_FOLDER, SET_EXCLUDES, SET_MODEL, REBUILD})


@dataclass(frozen=True)
class Request:
    kind: str
    args: tuple[object, ...] = field(default=())
    id: int = 0


class Inbox:
    """Many producers (window, watcher), one consumer (the worker thread)."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._search: Request | None = None
        self._remote: deque[Request] = deque()
        self._jobs: deque[Request] = deque()

    def put(self, request: Request) -> None:
        with self._changed:
            if request.kind in SEARCHES:
                self._search = request
            elif request.kind == REMOTE_SEARCH:
                self._remote.append(request)
            elif request.kind == INDEX and any(job.kind == INDEX for job in self._jobs):
                pass  # one pending full run covers both
            elif request.kind == UPDATE_PATHS and self._jobs and self._jobs[-1].kind == UPDATE_PATHS:
                merged = set(self._jobs[-1].args) | set(request.args)
                self._jobs[-1] = Request(UPDATE_PATHS, tuple(sorted(merged)))
            else:
                self._jobs.append(request)
            self._changed.notify_all()

    def take_search(self) -> Request | None:
        """The window's newest search, else the command line's oldest."""
        with self._changed:
            if self._search is not None:
                search, self._search = self._search, None
                return search
            return self._remote.popleft() if self._remote else None

    def take_job(self) -> Request | None:
        with self._changed:
            return self._jobs.popleft() if self._jobs else None

    def has_search(self) -> bool:
        with self._changed:
            return self._search is not None or bool(self._remote)

    def interrupts_index(self) -> bool:
        with self._changed:
            return any(job.kind in INTERRUPTS_INDEX for job in self._jobs)

    def wait_until(self, ready: Callable[[], bool]) -> None:
        """Block until `ready()` is true; it is re-checked whenever something is put or `notify` is called."""
        with self._changed:
            self._changed.wait_for(ready)

    def notify(self) -> None:
        with self._changed:
            self._changed.notify_all()
