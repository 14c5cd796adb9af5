"""Searches on a thread of their own, so one typed during an index run is answered now, not after a batch.

The worker's thread keeps every change (index runs, folders, settings, the model); this thread only
takes the inbox's searches and answers them through the same engine, whose lock keeps the two apart
(see `core.engine`). No Qt here: the answer callback emits the worker's signals, which Qt queues to
the window.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from photoseek.gui.inbox import Inbox, Request

log = logging.getLogger("photoseek.gui.searchthread")


class SearchThread:
    """`serve` and `hold` are called by the engine's owner; `answer` runs on this thread."""

    def __init__(self, inbox: Inbox, answer: Callable[[Request], None]) -> None:
        self.inbox, self.answer = inbox, answer
        self._serving = self._closed = False
        self._answering = threading.Lock()  # held while a search is answered
        self._thread: threading.Thread | None = None

    @property
    def serving(self) -> bool:
        """Whether searches are answered here (else the owner answers them, or refuses them)."""
        return self._serving

    def serve(self) -> None:
        """The engine is open: answer searches from now on."""
        self._serving = True
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="photoseek-search", daemon=True)
            self._thread.start()
        self.inbox.notify()

    def hold(self) -> None:
        """Stop answering; returns once the search being answered (if any) is done, so the engine may go."""
        self._serving = False
        self.inbox.notify()
        with self._answering:
            pass

    def close(self) -> None:
        self.hold()
        self._closed = True
        self.inbox.notify()
        if self._thread is not None:
            self._thread.join()

    def _loop(self) -> None:
        while True:
            self.inbox.wait_until(lambda: self._closed or (self._serving and self.inbox.has_search()))
            if self._closed:
                return
            with self._answering:
                search = self.inbox.take_search() if self._serving else None
                if search is not None:
                    try:
                        self.answer(search)
                    except Exception:  # the answer reports its own errors; this thread must outlive a bug
                        log.exception("answering search %s failed", search.kind)
