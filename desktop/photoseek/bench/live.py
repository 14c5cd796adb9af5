"""Figures 6 and 10, in process on the synthetic library: searching while an index run goes on, the way
the window does it, and how soon a photo copied into a watched folder is found.

The window owns its engine on one thread, which runs the index, and answers searches on a thread
of their own (`gui.searchthread`). `EngineThread` is that pattern with the window's own Inbox,
RunControl and SearchThread and without Qt, so a latency here is what a user of the window waits.
"""

from __future__ import annotations

import logging
import queue
import random
import shutil
import statistics
import threading
import time
from collections.abc import Callable
from pathlib import Path

from photoseek.bench.library import SyntheticLibrary
from photoseek.bench.report import Figure
from photoseek.core.engine import Engine
from photoseek.core.indexer import IndexReport
from photoseek.core.pipeline import EmbeddingPipeline
from photoseek.core.scan import FileStat
from photoseek.core.search import SearchFilters
from photoseek.core.watcher import LibraryWatcher
from photoseek.gui import inbox as req
from photoseek.gui.inbox import Inbox, Request
from photoseek.gui.runcontrol import RunControl
from photoseek.gui.searchthread import SearchThread

log = logging.getLogger("photoseek.bench.live")

QUERIES = ["a white dog on the beach", "birthday cake with candles", "sunset", "a cat on a sofa"]
THINKING_S = (0.1, 0.4)  # a user's pause between one answer and the next search
WATCH_TIMEOUT_S = 60.0
WATCH_POLL_S = 0.05


def window_options():  # type: ignore[no-untyped-def]
    """The window's engine options (batch size, watcher debounce): what a user of the window gets."""
    from photoseek.gui.worker import EngineOptions  # Qt's core module; only the defaults are read

    return EngineOptions()


class EngineThread:
    """One thread owns the engine and runs index runs; searches are answered on a thread of their own."""

    def __init__(self, engine: Engine, limit: int = 20) -> None:
        self.engine, self.limit = engine, limit
        self.inbox = Inbox()
        self.searches = SearchThread(self.inbox, self._answer)
        self.runs = RunControl(self.inbox, lambda: None, lambda _progress: None,
                               searches_elsewhere=lambda: self.searches.serving)
        self.report: IndexReport | None = None
        self.indexing = threading.Event()
        self._answered: dict[int, float] = {}
        self._answers = threading.Condition()
        self._index_wanted = self._stopped = False
        self._ids = iter(range(1, 1 << 30))
        self._thread = threading.Thread(target=self._loop, name="photoseek-bench-engine", daemon=True)
        self._thread.start()
        self.searches.serve()

    def _loop(self) -> None:
        while True:
            self.inbox.wait_until(lambda: self._index_wanted or self._stopped)
            if self._stopped:
                return
            if self._index_wanted:
                self._index_wanted = False
                try:
                    self.report = self.engine.index(progress=self.runs, cancel=self.runs.new_run())
                finally:
                    self.indexing.clear()

    def _answer(self, search: Request) -> None:
        self.engine.search_text(str(search.args[0]), int(search.args[1]))  # type: ignore[call-overload]
        with self._answers:
            self._answered[search.id] = time.perf_counter()
            self._answers.notify_all()

    def start_index(self) -> None:
        self.indexing.set()
        self._index_wanted = True
        self.inbox.notify()

    def search(self, text: str) -> float:
        """Send a search as the window does and wait for its answer; seconds from sending to the answer."""
        request_id = next(self._ids)
        sent = time.perf_counter()
        self.inbox.put(Request(req.SEARCH_TEXT, (text, self.limit), request_id))
        with self._answers:
            self._answers.wait_for(lambda: request_id in self._answered)
            return self._answered.pop(request_id) - sent

    def stop(self) -> None:
        self.searches.close()
        self._stopped = True
        self.inbox.notify()
        self._thread.join()


def _user_searches(engine_thread: EngineThread, keep_going: Callable[[int], bool], rng: random.Random,
                   thinking: tuple[float, float]) -> list[float]:
    """A user who searches, reads the answer, pauses and searches again, while `keep_going(searches so far)`."""
    latencies: list[float] = []
    while True:
        time.sleep(rng.uniform(*thinking))
        if not keep_going(len(latencies)):
            return latencies
        latencies.append(engine_thread.search(QUERIES[len(latencies) % len(QUERIES)]))


def query_during_indexing_figure(library: SyntheticLibrary, photos: Path, idle_samples: int,
                                 thinking: tuple[float, float] = THINKING_S) -> Figure:
    """p50 search latency while the window's kind of index run embeds `photos`, against idle, same engine."""
    engine = library.engine
    batch_size, engine.batch_size = engine.batch_size, window_options().batch_size
    window_batch = engine.batch_size
    rng = random.Random(6)
    engine_thread = EngineThread(engine)
    try:
        engine_thread.search(QUERIES[0])  # warm
        idle = _user_searches(engine_thread, lambda n: n < idle_samples, rng, thinking)
        engine.add_folders([str(photos)])
        engine_thread.start_index()
        busy = _user_searches(engine_thread, lambda _n: engine_thread.indexing.is_set(), rng, thinking)
    finally:
        engine_thread.stop()
        engine.batch_size = batch_size
    report = engine_thread.report
    assert report is not None and report.added > 0, "the index run during the searches embedded nothing"
    if not busy:
        raise RuntimeError(f"the index run ({report.seconds:.1f} s) ended before a search could be sent")
    busy_p50, idle_p50 = statistics.median(busy), statistics.median(idle)
    note = (f"{len(busy)} searches during a run embedding {report.added} photos at {report.images_per_second:.1f}/s "
            f"into the {len(library.paths):,}-photo library (batches of {window_batch}, "
            f"as the window); max {max(busy) * 1000:.0f} ms. As in the window, a search is "
            "answered at once on a thread of its own beside the run, the decoders waiting for it")
    return Figure("6", "query latency during indexing (p50)", busy_p50 * 1000, "ms", "idle, same engine (p50)",
                  idle_p50 * 1000, "<= 2", note=note,
                  extra={"busy_ms": [round(s * 1000, 1) for s in busy], "idle_ms": [round(s * 1000, 1) for s in idle],
                         "photos_embedded": report.added, "images_per_second": round(report.images_per_second, 2)})


def watch_latency_figure(library: SyntheticLibrary, photo: Path) -> Figure:
    """Seconds from copying `photo` into a watched folder to a search that returns it (the real watcher)."""
    engine = library.engine
    debounce = window_options().watch_debounce
    arrivals = library.folder / "arrivals"
    arrivals.mkdir()
    target = arrivals / f"NEW_{photo.name}"
    only_arrivals = SearchFilters(folders=(str(arrivals),))
    changes: queue.Queue[set[str]] = queue.Queue()
    watcher = LibraryWatcher(engine.watch_folders(), changes.put, engine.rules(), debounce=debounce)
    mode = watcher.start()
    try:
        started = time.perf_counter()
        shutil.copyfile(photo, target)
        found = False
        while not found and time.perf_counter() - started < WATCH_TIMEOUT_S:
            try:  # as `photoseek watch` does: the one engine thread takes the changes and searches
                engine.update_paths(changes.get(timeout=WATCH_POLL_S))
            except queue.Empty:
                pass
            found = any(hit.path == str(target) for hit in engine.search_text(QUERIES[0], 5, only_arrivals))
        latency = time.perf_counter() - started
    finally:
        watcher.stop()
    if not found:
        raise RuntimeError(f"the watcher did not index {target} within {WATCH_TIMEOUT_S:.0f} s")
    embedding = one_embedding_seconds(engine, target)
    return Figure("10", "watch latency: copied into a folder → found by search", latency, "s",
                  goal=f"<= {2 + embedding:.2f}",
                  note=f"goal 2 s plus one embedding ({embedding:.2f} s: decode + encode of that photo, this run); "
                       f"watcher {mode}, debounce {debounce:g} s (the window's); "
                       f"polled every {WATCH_POLL_S * 1000:.0f} ms",
                  extra={"embedding_s": round(embedding, 3), "debounce_s": debounce, "mode": mode})


def one_embedding_seconds(engine: Engine, photo: Path) -> float:
    """Decode, preprocess and encode one photo, as the pipeline does (the model is warm)."""
    pipeline = EmbeddingPipeline(engine.model, batch_size=1, workers=1)
    stat = FileStat(str(photo), photo.stat().st_size, photo.stat().st_mtime_ns)
    started = time.perf_counter()
    engine.model.encode_images([pipeline._decode(stat).tensor])  # type: ignore[union-attr]
    return time.perf_counter() - started
