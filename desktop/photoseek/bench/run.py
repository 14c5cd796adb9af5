"""`photoseek bench`: every cost as a ratio against a reference measured in the same run.

Shared machines are noisy; a figure alone means little, its ratio to a reference measured minutes
apart on the same machine means a lot. The real ViT-B-32 architecture runs with random weights when
the trained ones cannot be had (the cost is identical); result quality is checked with the toy CLIP.
"""

from __future__ import annotations

import logging
import os
import platform
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from photoseek.bench import indexing, inference, library, photos, query
from photoseek.bench.report import Figure, skipped
from photoseek.core.model import ClipModel
from photoseek.core.modelspec import RANDOM_WEIGHTS, parse_model_spec

log = logging.getLogger("photoseek.bench")

BENCH_MODEL = f"ViT-B-32:{RANDOM_WEIGHTS}"


@dataclass(frozen=True)
class Plan:
    """How much of everything a run measures."""

    photos: int
    real_photos: int
    batch_size: int
    library_sizes: tuple[int, ...]
    query_repeats: int

    @classmethod
    def for_run(cls, quick: bool) -> Plan:
        if quick:
            return cls(photos=16, real_photos=4, batch_size=8, library_sizes=(10_000,), query_repeats=20)
        return cls(photos=96, real_photos=24, batch_size=32, library_sizes=(10_000, 100_000), query_repeats=60)


def machine() -> str:
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, {platform.system()}"


def run(quick: bool, work: Path | None = None, say=print) -> tuple[list[Figure], dict[str, object]]:  # type: ignore[no-untyped-def]
    """Measure every figure this run can; returns the figures and facts about the run."""
    plan = Plan.for_run(quick)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="photoseek-bench-", dir=work) as temp:
        base = Path(temp)
        say(f"making {plan.photos} camera-like 12 MP photos …")
        inputs = photos.prepare(base / "photos", plan.photos, plan.real_photos)
        say("loading ViT-B-32 (random weights) …")
        model = ClipModel(parse_model_spec(BENCH_MODEL), base / "models", device="cpu")
        figures: list[Figure] = []
        say("indexing figures …")
        figures += indexing.indexing_figures(inputs.paths, inputs.folder, base, BENCH_MODEL, model, plan.batch_size)
        say("inference figures …")
        tensors = indexing.prepared_tensors(inputs.paths, model)
        figures.append(inference.inference_figure(BENCH_MODEL, tensors, plan.batch_size, base))
        say("query figures …")
        figures.append(query.text_encoding_figure(model, plan.query_repeats))
        for size in plan.library_sizes:
            say(f"a library of {size:,} photos …")
            synthetic = library.build(base, size, BENCH_MODEL, model.dimension)
            try:
                figures.append(query.search_figure(synthetic, model, plan.query_repeats))
                if size == plan.library_sizes[-1]:
                    figures.append(query.reconcile_figure(synthetic))
                    figures.append(query.size_figure(synthetic))
            finally:
                synthetic.close()
        figures += not_yet_measured(quick)
    facts = {"machine": machine(), "quick": quick, "seconds": round(time.perf_counter() - started, 1),
             "photos": {"generated": inputs.generated, "real": inputs.real, "megabytes": round(inputs.megabytes, 1)},
             "model": BENCH_MODEL}
    return sorted(figures, key=_order), facts


def not_yet_measured(quick: bool) -> list[Figure]:
    todo = [("4@1000k", "text query end to end, 1,000,000 photos"),
            ("6", "query latency during indexing"), ("7", "UI thread stall"), ("8", "cold start"),
            ("10", "watch latency"), ("11", "peak RSS indexing 10k"), ("13", "curated models"),
            ("14", "one-shot search vs rclip"), ("15", "peak RSS vs rclip")]
    return [skipped(id, name, "not implemented in the benchmark yet") for id, name in todo]


def _order(figure: Figure) -> tuple[int, str, int]:
    """1, 2, 2a, 2b, 3, 4@10k, 4@100k, … — numbers, then letters, then library sizes."""
    head, _, size = figure.id.partition("@")
    digits = "".join(c for c in head if c.isdigit())
    return int(digits or 0), head[len(digits):], int(size.rstrip("k") or 0)
