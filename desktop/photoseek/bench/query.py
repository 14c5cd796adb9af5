"""Query figures: a text search end to end against exact brute force, the short-query text tower, and
what a reconcile of an unchanged library and the index on disk cost, on a large synthetic library."""

from __future__ import annotations

import statistics
import time

import numpy as np

from photoseek.bench.library import SyntheticLibrary, folder_size
from photoseek.bench.report import Figure
from photoseek.core.model import ClipModel

QUERIES = ["a white dog on the beach", "birthday cake with candles", "mountain lake at sunrise", "my grandmother",
           "red car parked in the snow", "children playing football in a park", "sunset", "a cat on a sofa"]
TOP = 10


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def search_figure(library: SyntheticLibrary, model: ClipModel, repeats: int) -> Figure:
    """p50/p95 of `search_text` (string → ranked hits with metadata), and recall@10 against numpy exact."""
    engine = library.engine
    engine.search_text(QUERIES[0], limit=20)  # warm: the model and the collection are loaded
    latencies, exact_ms, recalls = [], [], []
    for n in range(repeats):
        query = QUERIES[n % len(QUERIES)]
        started = time.perf_counter()
        hits = engine.search_text(query, limit=20)
        latencies.append((time.perf_counter() - started) * 1000)
        vector = model.encode_text([query])[0]
        started = time.perf_counter()
        scores = library.vectors @ vector
        best = np.argpartition(-scores, TOP)[:TOP]
        best = best[np.argsort(-scores[best])]
        exact_ms.append((time.perf_counter() - started) * 1000)
        wanted = {library.paths[i] for i in best}
        recalls.append(len(wanted & {h.path for h in hits[:TOP]}) / TOP)
    count = len(library.paths)
    return Figure(f"4@{count // 1000}k", f"text query end to end, {count:,} photos (p50)",
                  statistics.median(latencies), "ms", "numpy exact search (p50)", statistics.median(exact_ms),
                  note=f"p95 {_percentile(latencies, 0.95):.1f} ms; recall@10 {statistics.mean(recalls):.3f}",
                  extra={"p95_ms": round(_percentile(latencies, 0.95), 2), "recall_at_10": statistics.mean(recalls)})


def text_encoding_figure(model: ClipModel, repeats: int) -> Figure:
    """A short query's text encoding against the same tower over the full 77-token context."""
    timings: dict[str, list[float]] = {"full": [], "short": []}
    for _ in range(repeats + 1):
        for name, full_context in (("full", True), ("short", False)):
            started = time.perf_counter()
            model.encode_text([QUERIES[0]], full_context=full_context)
            timings[name].append((time.perf_counter() - started) * 1000)
    short, full = statistics.median(timings["short"][1:]), statistics.median(timings["full"][1:])
    return Figure("5", "text encoding of a short query", full / short, "× faster", goal=">= 5",
                  note=f"{short:.1f} ms against {full:.1f} ms for the full 77-token context",
                  extra={"short_ms": round(short, 2), "full_ms": round(full, 2)})


def reconcile_figure(library: SyntheticLibrary) -> Figure:
    """A full run over an unchanged library: what every start of the window and `photoseek index` pays."""
    started = time.perf_counter()
    report = library.engine.index()
    elapsed = time.perf_counter() - started
    count = len(library.paths)
    embedded = report.added + report.updated
    scaled = elapsed * 100_000 / count
    return Figure("9", f"reconcile of an unchanged library (scaled from {count:,} files)", scaled, "s per 100k",
                  goal="<= 8", note=f"{elapsed:.1f} s for {count:,} files; {embedded} re-embedded",
                  extra={"seconds": round(elapsed, 2), "files": count, "re_embedded": embedded})


def size_figure(library: SyntheticLibrary) -> Figure:
    count = len(library.paths)
    on_disk = folder_size(library.engine.home.database) * 100_000 / count
    raw = 100_000 * library.vectors.shape[1] * 4
    return Figure("12", "index size on disk per 100k photos", on_disk / 1e6, "MB", "raw vectors", raw / 1e6, "<= 1.5")
