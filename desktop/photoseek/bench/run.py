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

from photoseek.bench import indexing, inference, library, live, memory, models, oneshot, photos, query, window
from photoseek.bench.report import Figure, skipped
from photoseek.core.model import ClipModel
from photoseek.core.modelspec import RANDOM_WEIGHTS, parse_model_spec

log = logging.getLogger("photoseek.bench")

BENCH_ARCHITECTURE = "ViT-B-32"


def bench_model(folder: Path) -> str:
    """ViT-B-32 with random weights, saved as a weights file that every figure then loads, as a user's
    downloaded model is loaded (from its checkpoint, without random initialisation): the same cost."""
    from safetensors.torch import save_file

    random = ClipModel(parse_model_spec(f"{BENCH_ARCHITECTURE}:{RANDOM_WEIGHTS}"), folder, device="cpu",
                       inference="fp32")
    weights = folder / f"{BENCH_ARCHITECTURE}-random.safetensors"
    save_file({k: v.contiguous() for k, v in random._model.state_dict().items()}, str(weights))
    return f"{BENCH_ARCHITECTURE}:{weights}"


@dataclass(frozen=True)
class Plan:
    """How much of everything a run measures."""

    photos: int
    real_photos: int
    batch_size: int
    library_sizes: tuple[int, ...]
    query_repeats: int
    oneshot_repeats: int
    floor_repeats: int  # `import torch, open_clip` alone, figure 14's reference
    idle_searches: int
    child_runs: bool  # `photoseek index` and the window in processes of their own (figures 7, 8, 11, 15)
    million: bool  # figure 4 at a million vectors (2 GB of memory)
    curated_models: bool  # figure 13: every model of the curated list, loaded one after another

    @classmethod
    def for_run(cls, quick: bool) -> Plan:
        if quick:
            return cls(photos=16, real_photos=4, batch_size=8, library_sizes=(10_000,), query_repeats=20,
                       oneshot_repeats=1, floor_repeats=0, idle_searches=8, child_runs=False,
                       million=False, curated_models=False)
        return cls(photos=96, real_photos=24, batch_size=32, library_sizes=(10_000, 100_000), query_repeats=60,
                   oneshot_repeats=3, floor_repeats=2, idle_searches=20, child_runs=True,
                   million=True, curated_models=True)


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
        (base / "models").mkdir()
        spec = bench_model(base / "models")  # one model for the whole run
        model = ClipModel(parse_model_spec(spec), base / "models", device="cpu")
        figures: list[Figure] = []
        say("indexing figures …")
        figures += indexing.indexing_figures(inputs.paths, inputs.folder, base, spec, model, plan.batch_size)
        say("inference figures …")
        tensors = indexing.prepared_tensors(inputs.paths, model)
        figures.append(inference.inference_figure(spec, tensors, plan.batch_size, base))
        if plan.curated_models:
            say("each curated model (random weights) against ViT-B-32 fp32 …")
            figures.append(models.models_figure(tensors, base))
        else:
            figures.append(skipped("13", "curated models", "a quick run (it loads nine models: about 3–4 minutes)"))
        say("query figures …")
        figures.append(query.text_encoding_figure(model, plan.query_repeats))
        indexed_home = base / "home-idle"  # indexed by figure 1: every bench photo, with the bench model
        say("one-shot search from a shell …")
        figures.append(oneshot.oneshot_figure(indexed_home, len(inputs.paths), plan.oneshot_repeats,
                                              plan.floor_repeats))
        if plan.child_runs:
            say("peak memory of `photoseek index` …")
            child, report = memory.index_in_child(base / "home-memory", inputs.folder, spec)
            figures.append(memory.peak_rss_figure(child, report, inputs.megabytes))
        for size in plan.library_sizes:
            say(f"a library of {size:,} photos …")
            synthetic = library.build(base, size, spec, model.dimension)
            try:
                figures.append(query.search_figure(synthetic, model, plan.query_repeats))
                if size == plan.library_sizes[-1]:
                    figures.append(query.reconcile_figure(synthetic))
                if size == plan.library_sizes[0]:  # after those: these add photos to the library
                    say("searching during indexing; watch latency …")
                    figures.append(live.query_during_indexing_figure(synthetic, inputs.folder, plan.idle_searches))
                    figures.append(live.watch_latency_figure(synthetic, inputs.paths[0]))
            finally:
                synthetic.close()
            if size == plan.library_sizes[-1]:
                figures.append(query.size_figure(synthetic))  # closed: its search copy is saved
        if plan.child_runs:
            say("the window: cold start, UI stalls while it indexes …")
            alone = next((f.value for f in figures if f.id == "14"), None)
            figures += _window_figures(indexed_home, inputs.paths, base / "photos-new", child.peak_rss, alone)
        else:
            figures += [skipped(id, name, "a quick run (the full run starts them in processes of their own)")
                        for id, name in (("7", "UI thread stall"), ("8", "cold start"), ("11", "peak RSS indexing"),
                                         ("15", "peak RSS vs rclip"))]
        if plan.million:  # last: its 2 GB of vectors would push the others' files out of the page cache
            say("a million vectors in the in-memory copy …")
            figures.append(query.million_figure(model, 1_000_000, plan.query_repeats))
        else:
            figures.append(skipped("4@1000k", "text query, 1,000,000 photos", "a quick run"))
        figures += not_yet_measured(quick)
    facts = {"machine": machine(), "quick": quick, "seconds": round(time.perf_counter() - started, 1),
             "photos": {"generated": inputs.generated, "real": inputs.real, "megabytes": round(inputs.megabytes, 1)},
             "model": f"{BENCH_ARCHITECTURE} (random weights, loaded from a weights file)"}
    return sorted(figures, key=_order), facts


def _window_figures(home: Path, new_photos: list[Path], folder: Path, index_peak: int | None,
                    oneshot_alone: float | None) -> list[Figure]:
    """Figures 7, 8, 14b and 15 from one launch of the window on `home`, with `new_photos` to index."""
    added = window.add_new_photos(home, new_photos, folder)
    events = window.run_window(home)
    return [*window.cold_start_figures(events), window.ui_stall_figure(events, added),
            window.oneshot_via_window_figure(events, oneshot_alone),
            memory.rss_vs_rclip_figure(index_peak, events["summary"]["rss"])]


def not_yet_measured(quick: bool) -> list[Figure]:
    todo: list[tuple[str, str]] = []
    return [skipped(id, name, "not implemented in the benchmark yet") for id, name in todo]


def _order(figure: Figure) -> tuple[int, str, int]:
    """1, 2, 2a, 2b, 3, 4@10k, 4@100k, … — numbers, then letters, then library sizes."""
    head, _, size = figure.id.partition("@")
    digits = "".join(c for c in head if c.isdigit())
    return int(digits or 0), head[len(digits):], int(size.rstrip("k") or 0)
