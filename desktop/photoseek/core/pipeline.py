"""Decode photos on a pool of workers while the model embeds the previous batch.

The pool keeps a bounded number of decodes in flight ahead of the model, so inference never waits
on disk or JPEG decoding unless the decoders are truly slower than the model.
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from photoseek.core.errors import ImageError
from photoseek.core.fingerprint import content_fingerprint, fingerprint_bytes
from photoseek.core.imaging import PhotoInfo, open_photo
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


READ_WHOLE_LIMIT = 256 * 1024 * 1024  # larger files are hashed and decoded from disk, not held in memory


def _read_whole(stat: FileStat) -> bytes | None:
    """The file's bytes, read once for both decoding and the fingerprint (None for a huge file)."""
    if stat.size > READ_WHOLE_LIMIT:
        return None
    with open(stat.path, "rb") as handle:
        return handle.read()


# The model's CPU time per photo relative to decoding one (12 MP JPEG, ~60 core-ms), measured here
# for ViT-B-32 (`photoseek bench`, figure 2): the threads are shared out in that proportion.
MODEL_COST_PER_DECODE = {"bf16": 0.35, "int8": 0.7, "fp32": 1.1}


def split_threads(total: int, device: str, precision: str = "fp32") -> tuple[int, int]:
    """(decoder threads, inference threads) for a budget of `total` CPU threads.

    One decoder more than the cores left to the model: the model waits for decodes now and then, and a
    decoder waiting for the disk holds no core.
    """
    if device != "cpu":
        return max(1, total), 1  # the model runs on the accelerator: every core decodes to keep it fed
    share = MODEL_COST_PER_DECODE.get(precision, 1.0)
    inference = max(1, round(total * share / (1 + share)))
    return max(1, total - inference + 1), inference


def default_decode_workers() -> int:
    return split_threads(os.cpu_count() or 2, "cpu")[0]


class EmbeddingPipeline:
    """Turns file stats into embedded records, batch by batch, decoding ahead on a thread pool."""

    def __init__(self, model: ClipModel, batch_size: int = 32, workers: int | None = None,
                 wait_turn: Callable[[], None] = lambda: None) -> None:
        """`wait_turn` is called before each decode: it returns when the decoders may take the cores
        (a search being answered has them first, see `priority`)."""
        self.model = model
        self.batch_size = batch_size
        self.workers = workers or default_decode_workers()
        self.wait_turn = wait_turn
        self.embed_seconds = 0.0

    def run(self, stats: Sequence[FileStat], cancelled: Callable[[], bool] = lambda: False,
            waiting: Callable[[], None] = lambda: None) -> Iterator[EmbeddedBatch]:
        """Yield one EmbeddedBatch per `batch_size` files; stops early (between batches) when cancelled.

        `waiting` is called when the next decode is not done yet: the model's thread is free until it is.
        """
        lookahead = self.batch_size * 3
        todo = iter(stats)
        with ThreadPoolExecutor(self.workers, thread_name_prefix="photoseek-decode") as pool:
            pending: deque[Future[_Decoded | _Unreadable]] = deque()

            def top_up() -> None:
                while len(pending) < lookahead:
                    stat = next(todo, None)
                    if stat is None:
                        return
                    pending.append(pool.submit(self._decode, stat))

            top_up()
            try:
                while pending and not cancelled():
                    batch = EmbeddedBatch()
                    decoded: list[_Decoded] = []
                    while pending and len(decoded) + len(batch.unreadable) < self.batch_size:
                        future = pending.popleft()
                        if not future.done():
                            waiting()
                        outcome = future.result()
                        top_up()
                        if isinstance(outcome, _Unreadable):
                            batch.unreadable.append((outcome.stat, outcome.reason))
                        else:
                            decoded.append(outcome)
                    batch.records = self._embed(decoded)
                    yield batch
            finally:
                for future in pending:
                    future.cancel()

    def _decode(self, stat: FileStat) -> _Decoded | _Unreadable:
        self.wait_turn()
        try:
            if not is_storable(stat.path):
                return _Unreadable(stat, "file name is not valid UTF-8")
            data = _read_whole(stat)
            photo = open_photo(stat.path, self.model.input_size, data)
            tensor = self.model.preprocess_image(photo.image)
            fingerprint = fingerprint_bytes(data) if data is not None else content_fingerprint(stat.path)
            return _Decoded(stat, tensor, photo.info, fingerprint)
        except ImageError as error:
            return _Unreadable(stat, str(error))
        except OSError as error:
            return _Unreadable(stat, f"cannot read file ({error.strerror or error})")
        except Exception as error:  # one odd file must never stop a run
            log.exception("unexpected failure decoding %s", stat.path)
            return _Unreadable(stat, f"cannot decode ({type(error).__name__}: {error})"[:200])

    def _embed(self, decoded: list[_Decoded]) -> list[PhotoRecord]:
        if not decoded:
            return []
        started = time.perf_counter()
        vectors = self.model.encode_images([d.tensor for d in decoded])
        self.embed_seconds += time.perf_counter() - started
        return [
            PhotoRecord(path=d.stat.path, size=d.stat.size, mtime_ns=d.stat.mtime_ns, fingerprint=d.fingerprint,
                        width=d.info.width, height=d.info.height, taken=d.info.taken, vector=vector)
            for d, vector in zip(decoded, vectors, strict=True)
        ]

