"""Decode photos on a pool of threads (each handing its file to a decoder process) while the model
embeds earlier batches, several at once.

The decoders keep a bounded number of photos decoded ahead of the model, so inference never waits on
disk or JPEG decoding unless the decoders are truly slower; on a CPU the model embeds one batch per
core (see `share_cores`).
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from photoseek.core.decoders import DecoderPool, Unreadable, decode_file
from photoseek.core.imaging import CANNOT_DECODE, PhotoInfo
from photoseek.core.phrases import QT_TRANSLATE_NOOP
from photoseek.core.priority import lower_this_thread
from photoseek.core.records import PhotoRecord, is_storable
from photoseek.core.scan import FileStat

if TYPE_CHECKING:
    from photoseek.core.model import ClipModel

log = logging.getLogger("photoseek.pipeline")


@dataclass
class _Decoded:
    stat: FileStat
    tensor: Any
    info: PhotoInfo
    fingerprint: str


@dataclass
class _Unreadable:
    stat: FileStat
    reason: str


@dataclass
class EmbeddedBatch:
    """The outcome of one batch: records ready to store and files that could not be read."""

    records: list[PhotoRecord] = field(default_factory=list)
    unreadable: list[tuple[FileStat, str]] = field(default_factory=list)


MAX_STREAMS = 4  # batches embedded at once; each holds its activations (tens of MB)
NOT_UTF8 = QT_TRANSLATE_NOOP("core", "file name is not valid UTF-8")
BATCHES_PER_STREAM = 4  # a short run gets smaller batches: every stream busy, soon started, done together


@dataclass(frozen=True)
class CoreShare:
    """How an index run uses a budget of CPU threads: decoder threads, and the model as `streams` batches
    embedded at once by `threads` torch threads each."""

    decoders: int
    streams: int
    threads: int


def share_cores(total: int, device: str) -> CoreShare:
    """Decoders and model streams for a budget of `total` CPU threads.

    On a CPU the model runs as one single-threaded (or few-threaded) batch per core rather than one
    batch over every core: torch's threads of one batch wait for each other at every operation, and
    beside the decoders one of them is always descheduled. Measured on 2 cores (ViT-B-32, bf16): one
    batch on 2 threads 22.5 images/s, two batches on 1 thread each 34.8 (one on 1 thread 17). Decoders
    and streams are all single threads then, which the system shares out by demand: whichever side is
    behind gets the cores, with no fixed split to get wrong for the CPU at hand.
    """
    total = max(1, total)
    if device != "cpu":
        return CoreShare(decoders=total, streams=1, threads=1)  # the accelerator runs the model: decode on every core
    streams = min(total, MAX_STREAMS)
    return CoreShare(decoders=total, streams=streams, threads=max(1, total // streams))


def default_share() -> CoreShare:
    return share_cores(os.cpu_count() or 2, "cpu")


def encode_in_streams(model: ClipModel, batches: Sequence[Sequence[Any]], streams: int) -> list[Any]:
    """`model.encode_images` of each batch, `streams` at once (the model-only rate of an index run)."""
    with ThreadPoolExecutor(max(1, streams), thread_name_prefix="photoseek-model") as pool:
        return list(pool.map(model.encode_images, batches))


class EmbeddingPipeline:
    """Turns file stats into embedded records, batch by batch: decoding ahead on a pool of threads, and
    embedding up to `streams` batches at once."""

    def __init__(self, model: ClipModel, batch_size: int = 32, workers: int | None = None,
                 wait_turn: Callable[[], None] = lambda: None, streams: int = 1,
                 decoders: DecoderPool | None = None) -> None:
        """`wait_turn` is called before each decode: it returns when the decoders may take the cores
        (a search being answered has them first, see `priority`). `decoders`: the processes that decode
        (see `decoders`); None decodes in this process, for measuring the decode alone."""
        self.model = model
        self.decoders = decoders
        self.batch_size = batch_size
        self.workers = workers or default_share().decoders
        self.streams = max(1, streams)
        self.wait_turn = wait_turn

    def run(self, stats: Sequence[FileStat], cancelled: Callable[[], bool] = lambda: False,
            waiting: Callable[[], None] = lambda: None) -> Iterator[EmbeddedBatch]:
        """Yield one EmbeddedBatch per `batch_size` files, in order; stops early (between batches) when
        cancelled, after the batches being embedded.

        `waiting` is called when the next decode or embedding is not done yet: this thread is free until it is.
        """
        size = self.batch_size_for(len(stats))
        lookahead = size * (2 + self.streams)
        todo = iter(stats)
        with ThreadPoolExecutor(self.workers, "photoseek-decode", initializer=lower_this_thread) as pool, \
                ThreadPoolExecutor(self.streams, "photoseek-model", initializer=lower_this_thread) as model:
            pending: deque[Future[_Decoded | _Unreadable]] = deque()
            embedding: deque[tuple[EmbeddedBatch, Future[list[PhotoRecord]]]] = deque()

            def top_up() -> None:
                while len(pending) < lookahead:
                    stat = next(todo, None)
                    if stat is None:
                        return
                    pending.append(pool.submit(self._decode, stat))

            def next_batch() -> tuple[EmbeddedBatch, list[_Decoded]]:
                batch, decoded = EmbeddedBatch(), []
                while pending and len(decoded) + len(batch.unreadable) < size:
                    future = pending.popleft()
                    if not future.done():
                        waiting()
                    outcome = future.result()
                    top_up()
                    if isinstance(outcome, _Unreadable):
                        batch.unreadable.append((outcome.stat, outcome.reason))
                    else:
                        decoded.append(outcome)
                return batch, decoded

            top_up()
            try:
                while True:
                    while pending and len(embedding) < self.streams and not cancelled():
                        batch, decoded = next_batch()
                        embedding.append((batch, model.submit(self._embed, decoded)))
                    if not embedding:
                        return
                    batch, records = embedding.popleft()
                    if not records.done():
                        waiting()
                    batch.records = records.result()
                    yield batch
            finally:
                for future in pending:
                    future.cancel()
                for _, records in embedding:  # (the pools wait for those already running)
                    records.cancel()

    def batch_size_for(self, photos: int) -> int:
        """`batch_size`, or smaller for a run too short to keep every stream busy with full batches (a few
        photos from the watcher are embedded side by side, not as one batch on one core)."""
        return max(1, min(self.batch_size, -(-photos // (self.streams * BATCHES_PER_STREAM))))

    def _decode(self, stat: FileStat) -> _Decoded | _Unreadable:
        self.wait_turn()
        if not is_storable(stat.path):
            return _Unreadable(stat, NOT_UTF8)
        decode = self.decoders.decode if self.decoders is not None else decode_file
        outcome = decode(stat.path, stat.size, self.model.input_size)
        if isinstance(outcome, Unreadable):
            return _Unreadable(stat, outcome.reason)
        try:
            tensor = self.model.preprocess_image(outcome.image())
        except Exception as error:  # one odd file must never stop a run
            log.exception("unexpected failure preparing %s for the model", stat.path)
            return _Unreadable(stat, CANNOT_DECODE.format(kind=type(error).__name__, detail=error)[:200])
        return _Decoded(stat, tensor, outcome.info, outcome.fingerprint)

    def _embed(self, decoded: list[_Decoded]) -> list[PhotoRecord]:
        if not decoded:
            return []
        vectors = self.model.encode_images([d.tensor for d in decoded])
        return [
            PhotoRecord(path=d.stat.path, size=d.stat.size, mtime_ns=d.stat.mtime_ns, fingerprint=d.fingerprint,
                        width=d.info.width, height=d.info.height, taken=d.info.taken, vector=vector,
                        camera=d.info.camera)
            for d, vector in zip(decoded, vectors, strict=True)
        ]

