"""Searches first: while a search is being answered, an index run's decoders wait before their next photo.

On a laptop's few cores a full-speed index run keeps every core busy, and a search typed meanwhile
would share them with the decoders (figure 6 of `photoseek bench`). A search holds the cores for tens
of milliseconds; the run loses nothing it cannot make up, since the model keeps embedding what is
already decoded. The wait is bounded, so a burst of searches never stalls a run for long.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

log = logging.getLogger("photoseek.priority")

LONGEST_WAIT_S = 0.5  # a decoder never waits longer than this for searches that follow one another
BACKGROUND_NICE = 5  # an index run's threads: the window, its searches and the user's programs come first


def lower_this_thread() -> None:
    """Run the calling thread (a decoder, a model stream) at background priority, where the system has
    per-thread priorities (Linux): on a busy core, a search, the UI thread or the user's program wins."""
    if not sys.platform.startswith("linux"):
        return
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICE)
    except (OSError, AttributeError) as error:  # a sandbox may refuse: indexing just runs at normal priority
        log.debug("cannot lower the priority of %s: %s", threading.current_thread().name, error)


class SearchPriority:
    """Searches mark themselves with `searching()`; an index run's workers call `wait_turn()` between photos."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._searches = 0

    @contextmanager
    def searching(self) -> Iterator[None]:
        with self._changed:
            self._searches += 1
        try:
            yield
        finally:
            with self._changed:
                self._searches -= 1
                self._changed.notify_all()

    def wait_turn(self, timeout: float = LONGEST_WAIT_S) -> None:
        """Return once no search is being answered (or after `timeout` seconds)."""
        if not self._searches:  # the common case costs no lock
            return
        with self._changed:
            self._changed.wait_for(lambda: self._searches == 0, timeout)
