"""Query figures: a text search end to end against exact brute force, the short-query text tower, and
what a reconcile of an unchanged library and the index on disk cost, on a large synthetic library."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from photoseek.bench.library import SyntheticLibrary, folder_size
from photoseek.bench.report import Figure
from photoseek.core.model import ClipModel
from photoseek.core.records import PhotoRecord
from photoseek.core.store import search_cache_folder
from photoseek.core.vectorcache import VectorCache

QUERIES = ["a white dog on the beach", "birthday cake with candles", "mountain lake at sunrise", "my grandmother",
           "red car parked in the snow", "children playing football in a park", "sunset", "a cat on a sofa"]
TOP = 10


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def search_figure(library: SyntheticLibrary, model: ClipModel, repeats: int) -> Figure:
    """p50/p95 of `search_text` (string → ranked hits with metadata) as the window runs it (the in-memory
    copy of the vectors), recall@10 against numpy exact, and Lite's own search for comparison."""
    engine = library.engine
    ready = engine.keep_search_warm(wait=True)
    engine.search_text(QUERIES[0], limit=20)  # warm: the model and the collection are loaded
    latencies, answers = [], []
    for n in range(repeats):
        query = QUERIES[n % len(QUERIES)]
        started = time.perf_counter()
        hits = engine.search_text(query, limit=20)
        latencies.append((time.perf_counter() - started) * 1000)
        answers.append((query, hits))
    exact_ms, recalls = _exact_reference(model, library.vectors, [(q, [h.path for h in hits]) for q, hits in answers],
                                         lambda i: library.paths[i])
    lite_ms = _lite_search_ms(library, model, max(3, repeats // 10))
    count = len(library.paths)
    p95 = _percentile(latencies, 0.95)
    return Figure(f"4@{count // 1000}k", f"text query end to end, {count:,} photos (p50)",
                  statistics.median(latencies), "ms", "numpy exact search (p50)", statistics.median(exact_ms),
                  goal="<= 25 ms" if count == 100_000 else "",
                  note=f"p95 {p95:.1f} ms; recall@10 {statistics.mean(recalls):.3f}; "
                       f"{'in-memory copy' if ready else 'Lite (copy not ready)'}; "
                       f"Milvus Lite's own search p50 {lite_ms:.0f} ms",
                  extra={"p95_ms": round(p95, 2), "recall_at_10": statistics.mean(recalls),
                         "lite_search_p50_ms": round(lite_ms, 1), "in_memory_copy": ready})


def million_figure(model: ClipModel, count: int, repeats: int) -> Figure:
    """The in-memory copy at a million photos: text encoding plus the search the engine runs on it.

    Filling Lite with a million rows takes longer than the whole benchmark may, so the store is not
    involved: this is the part of a query that grows with the library (the rest is as at 100k)."""
    with tempfile.TemporaryDirectory(prefix="photoseek-bench-1m-") as temp:
        cache = VectorCache(Path(temp) / "copy.npz", "bench")
        cache.build(lambda: iter([]))
        cache.wait()
        rng = np.random.default_rng(11)
        vectors = np.empty((count, model.dimension), np.float32)
        for start in range(0, count, 50_000):
            chunk = rng.standard_normal((min(50_000, count - start), model.dimension), dtype=np.float32)
            chunk /= np.linalg.norm(chunk, axis=1, keepdims=True)
            vectors[start:start + len(chunk)] = chunk
            cache.upserted([PhotoRecord(f"/photos/{n:07d}.jpg", 1, 1, "", 4000, 3000, 0, vectors[n])
                            for n in range(start, start + len(chunk))])
        latencies, answers = [], []
        for n in range(repeats):
            query = QUERIES[n % len(QUERIES)]
            started = time.perf_counter()
            hits = cache.search(model.encode_text([query])[0], 20) or []
            latencies.append((time.perf_counter() - started) * 1000)
            answers.append((query, hits))
        exact_ms, recalls = _exact_reference(model, vectors, [(q, [h["path"] for h in hits]) for q, hits in answers],
                                             lambda i: f"/photos/{i:07d}.jpg")
    p95 = _percentile(latencies, 0.95)
    return Figure(f"4@{count // 1000}k", f"text query, {count:,} photos in the in-memory copy (p50)",
                  statistics.median(latencies), "ms", "numpy exact search (p50)", statistics.median(exact_ms),
                  goal="<= 120 ms", note=f"p95 {p95:.1f} ms; recall@10 {statistics.mean(recalls):.3f}; "
                                      f"{count * model.dimension * 4 / 1e9:.1f} GB of vectors in memory",
                  extra={"p95_ms": round(p95, 2), "recall_at_10": statistics.mean(recalls)})


def _exact_reference(model: ClipModel, vectors: np.ndarray, answers: list[tuple[str, list[str]]],
                     path_of: Callable[[int], str]) -> tuple[list[float], list[float]]:
    """numpy's exact search for each answered query: its milliseconds, and the answer's recall@10 against it.

    Run after the timed searches: numpy's BLAS threads, left spinning, would slow those.
    """
    exact_ms, recalls = [], []
    for query, found in answers:
        vector = model.encode_text([query])[0]
        started = time.perf_counter()
        best = _exact_top(vectors, vector)
        exact_ms.append((time.perf_counter() - started) * 1000)
        recalls.append(len({path_of(int(i)) for i in best} & set(found[:TOP])) / TOP)
    return exact_ms, recalls


def _exact_top(vectors: np.ndarray, vector: np.ndarray) -> np.ndarray:
    scores = vectors @ vector
    best = np.argpartition(-scores, TOP)[:TOP]
    return best[np.argsort(-scores[best])]


def _lite_search_ms(library: SyntheticLibrary, model: ClipModel, repeats: int) -> float:
    """Milvus Lite answering the same search itself (a filter that keeps every row sends it there)."""
    collection = library.engine.store
    timings = []
    for n in range(repeats):
        vector = model.encode_text([QUERIES[n % len(QUERIES)]])[0]
        started = time.perf_counter()
        collection.search(vector, 20, "id >= -9223372036854775808")
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


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
    """Everything the index keeps on disk per 100k photos: Milvus Lite's folder and the search copy saved
    beside it (measure after the library is closed: the copy is saved then)."""
    count = len(library.paths)
    database = library.engine.home.database
    lite = folder_size(database) * 100_000 / count
    copy_folder = search_cache_folder(str(database))
    copy = (folder_size(copy_folder) if copy_folder.is_dir() else 0) * 100_000 / count
    raw = 100_000 * library.vectors.shape[1] * 4
    return Figure("12", "index size on disk per 100k photos", (lite + copy) / 1e6, "MB", "raw vectors", raw / 1e6,
                  "<= 1.5", note=f"Milvus Lite {lite / 1e6:.0f} MB ({lite / raw:.2f}× raw: its data files and a "
                                 f"vector index file that repeats the vectors), the saved search copy "
                                 f"{copy / 1e6:.0f} MB",
                  extra={"lite_mb": round(lite / 1e6, 1), "search_copy_mb": round(copy / 1e6, 1)})
