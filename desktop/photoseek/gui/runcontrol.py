"""Pause, resume and cancel for index runs, and serving searches between their batches.

No Qt here: `RunControl` is the engine's progress callback. The engine calls it on the worker
thread after every batch, and every quarter second while it scans, reads the index or relinks
(`core.progress`); it answers waiting searches there, waits while paused (still answering
searches), and cancels the run when the window is closing or a library change makes it pointless.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from photoseek.core.progress import Progress
from photoseek.gui.inbox import Inbox


class RunControl:
    """`pause`/`resume`/`stop` may be called from any thread; the rest runs on the worker thread."""

    def __init__(self, inbox: Inbox, answer_searches: Callable[[], None],
                 report: Callable[[dict[str, object]], None],
                 searches_elsewhere: Callable[[], bool] = lambda: False) -> None:
        """`searches_elsewhere()`: searches are being answered on a thread of their own (see searchthread)."""
        self.inbox = inbox
        self.answer_searches = answer_searches
        self.searches_elsewhere = searches_elsewhere
        self.report = report
        self.stopping = threading.Event()
        self._resumed = threading.Event()
        self._resumed.set()
        self._cancel = threading.Event()

    @property
    def paused(self) -> bool:
        return not self._resumed.is_set()

    def pause(self) -> None:
        self._resumed.clear()
        self.inbox.notify()

    def resume(self) -> None:
        self._resumed.set()
        self.inbox.notify()

    def stop(self) -> None:
        """The window is closing: the current run stops after its batch, no new run starts."""
        self.stopping.set()
        self._cancel.set()
        self._resumed.set()
        self.inbox.notify()

    def new_run(self) -> threading.Event:
        """The cancel flag for the next engine run (already set if we are stopping)."""
        self._cancel = threading.Event()
        if self.stopping.is_set():
            self._cancel.set()
        return self._cancel

    def __call__(self, progress: Progress) -> None:
        self.report(_as_dict(progress, paused=self.paused))
        self.answer_searches()
        if self._should_cancel() or progress.finished:
            return
        if not self.paused:
            return
        while self.paused:
            self.inbox.wait_until(lambda: not self.paused or self.stopping.is_set() or self.inbox.interrupts_index()
                                  or (self.inbox.has_search() and not self.searches_elsewhere()))
            self.answer_searches()
            if self._should_cancel():
                return
        self.report(_as_dict(progress, paused=False))

    def _should_cancel(self) -> bool:
        if self.stopping.is_set() or self.inbox.interrupts_index():
            self._cancel.set()
            return True
        return False


def _as_dict(progress: Progress, paused: bool) -> dict[str, object]:
    return {"phase": progress.phase, "done": progress.done, "total": progress.total,
            "rate": progress.images_per_second, "eta": progress.eta_seconds, "paused": paused}
