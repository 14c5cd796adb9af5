"""Indexing figures: the full pipeline against the seed tutorial's loop and against the machine's ceiling,
the decode path against Pillow's bare decode, and the rate with another program busy on one core."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from PIL import Image

from photoseek.bench.report import Figure
from photoseek.core.engine import Engine
from photoseek.core.lock import HomeLock
from photoseek.core.model import ClipModel
from photoseek.core.paths import AppHome
from photoseek.core.pipeline import EmbeddingPipeline, default_share, encode_in_streams
from photoseek.core.scan import FileStat


def full_pipeline_rate(photos: list[Path], folder: Path, home: Path, model: str, batch_size: int) -> float:
    """images/s of a real first run on a fresh library: scan, decode, fingerprint, embed, store."""
    app_home = AppHome.resolve(home).ensure()
    with HomeLock(app_home.lock_file):
        engine = Engine(app_home, model=model, batch_size=batch_size)
        try:
            engine.add_folders([str(folder)])
            engine.model  # noqa: B018 - loading the model and opening the store are start-up, not indexing
            engine.store  # noqa: B018
            started = time.perf_counter()
            report = engine.index()
            elapsed = time.perf_counter() - started
        finally:
            engine.close()
    assert report.added == len(photos), f"the benchmark library did not index whole: {report.to_dict()}"
    return len(photos) / elapsed


def seed_loop_rate(photos: list[Path], model: ClipModel, database: Path) -> float:
    """The tutorial the product grew from: open, preprocess, encode one image, insert one row, repeat."""
    from pymilvus import DataType, MilvusClient

    client = MilvusClient(str(database))
    schema = MilvusClient.create_schema(auto_id=True)
    schema.add_field("id", DataType.INT64, is_primary=True)
    schema.add_field("path", DataType.VARCHAR, max_length=4096)
    schema.add_field("vector", DataType.FLOAT_VECTOR, dim=model.dimension)
    index = client.prepare_index_params()
    index.add_index("vector", index_type="AUTOINDEX", metric_type="COSINE")
    client.create_collection("tutorial", schema=schema, index_params=index)
    started = time.perf_counter()
    for path in photos:
        vector = model.encode_images([model.preprocess_image(Image.open(path).convert("RGB"))])[0]
        client.insert("tutorial", [{"path": str(path), "vector": vector.tolist()}])
    elapsed = time.perf_counter() - started
    client.close()
    return len(photos) / elapsed


def decode_core_ms(photos: list[Path], model: ClipModel) -> float:
    """CPU ms per photo of PhotoSeek's decode path (read, fingerprint, decode, orient, preprocess)."""
    pipeline = EmbeddingPipeline(model, batch_size=1, workers=1)
    stats = [FileStat(str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in photos]
    started = time.thread_time()
    for stat in stats:
        pipeline._decode(stat)
    return (time.thread_time() - started) * 1000 / len(stats)


def bare_decode_core_ms(photos: list[Path], size: int) -> float:
    """CPU ms per photo of Pillow's bare `draft()` + `load()` at the model's input size."""
    started = time.thread_time()
    for path in photos:
        with Image.open(path) as image:
            image.draft("RGB", (size, size))
            image.load()
    return (time.thread_time() - started) * 1000 / len(photos)


def prepared_tensors(photos: list[Path], model: ClipModel) -> list:  # type: ignore[type-arg]
    """The model's input for each photo, as the pipeline makes it."""
    pipeline = EmbeddingPipeline(model, batch_size=1, workers=1)
    return [pipeline._decode(FileStat(str(p), p.stat().st_size, 0)).tensor for p in photos]  # type: ignore[union-attr]


def model_only(model: ClipModel, tensors: list, batch_size: int) -> tuple[float, float, np.ndarray]:  # type: ignore[type-arg]
    """(images/s, CPU ms per image, vectors) of embedding ready tensors as an index run does: batches of
    `batch_size`, as many at once and on as many torch threads as `share_cores` gives this machine."""
    share = default_share()
    batches = [tensors[i:i + batch_size] for i in range(0, len(tensors), batch_size)]
    model.set_threads(share.threads)
    try:
        encode_in_streams(model, [batches[0][:2]] * share.streams, share.streams)  # warm-up
        wall, cpu = time.perf_counter(), time.process_time()
        vectors = np.concatenate(encode_in_streams(model, batches, share.streams))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        model.set_threads(None)
    return len(tensors) / wall, cpu * 1000 / len(tensors), vectors


@contextmanager
def one_core_busy() -> Iterator[None]:
    """Another program that keeps one core fully busy (the user compiling, a video call)."""
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        yield
    finally:
        busy.kill()
        busy.wait()


def indexing_figures(photos: list[Path], folder: Path, work: Path, model_spec: str, model: ClipModel,
                     batch_size: int) -> list[Figure]:
    cores = os.cpu_count() or 1
    decode_ms = decode_core_ms(photos, model)
    bare_ms = bare_decode_core_ms(photos, model.input_size)
    model_rate, model_ms, _ = model_only(model, prepared_tensors(photos, model), batch_size)
    ceiling = cores * 1000 / (decode_ms + model_ms)
    seed = seed_loop_rate(photos, model, work / "tutorial.db")
    rate = full_pipeline_rate(photos, folder, work / "home-idle", model_spec, batch_size)
    with one_core_busy():
        contended = full_pipeline_rate(photos, folder, work / "home-busy", model_spec, batch_size)
    return [
        Figure("1", "indexing throughput, full pipeline", rate, "images/s", "seed tutorial loop", seed, ">= 4",
               note=f"{len(photos)} photos"),
        Figure("2", "indexing throughput vs this machine's ceiling", rate, "images/s",
               f"ceiling: {cores} cores / (decode {decode_ms:.0f} + model {model_ms:.0f} core-ms)", ceiling, ">= 0.95",
               extra={"model_only_images_per_second": round(model_rate, 2), "decode_core_ms": round(decode_ms, 1),
                      "model_core_ms": round(model_ms, 1)}),
        Figure("2a", "decode + preprocess per photo", decode_ms, "core-ms", "Pillow draft() + load()", bare_ms,
               "<= 1.5"),
        Figure("2b", "indexing with one core busy elsewhere", contended, "images/s", "idle rate", rate, ">= 0.45"),
    ]
