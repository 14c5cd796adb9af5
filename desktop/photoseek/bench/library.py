"""A large library for the benchmark without embedding it: tiny files on disk and synthetic vectors in a
real index, exactly as an indexed library would hold them (for search, reconcile and size figures)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from photoseek.core.engine import Engine
from photoseek.core.fingerprint import fingerprint_bytes
from photoseek.core.lock import HomeLock
from photoseek.core.paths import AppHome
from photoseek.core.records import PhotoRecord

PER_FOLDER = 1000
WRITE_CHUNK = 5000


@dataclass
class SyntheticLibrary:
    engine: Engine
    lock: HomeLock
    folder: Path
    vectors: np.ndarray  # (N, dim) unit vectors, row i is the photo `paths[i]`
    paths: list[str]

    def reopen(self) -> None:
        """Close the engine and open the library again, as the next start of the app finds it (a process
        that has just written 100,000 rows is not what a user searches in)."""
        home = self.engine.home
        self.engine.close()
        self.engine = Engine(home)

    def close(self) -> None:
        self.engine.close()
        self.lock.release()


def build(work: Path, count: int, model: str, dimension: int, seed: int = 7) -> SyntheticLibrary:
    """`count` one-line files in folders of 1,000, each with a row and a random unit vector."""
    folder = work / f"library-{count}"
    home = AppHome.resolve(work / f"home-{count}").ensure()
    lock = HomeLock(home.lock_file).acquire()
    engine = Engine(home, model=model)
    rng = np.random.default_rng(seed)
    vectors = rng.standard_normal((count, dimension), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    paths: list[str] = []
    records: list[PhotoRecord] = []
    for n in range(count):
        path = folder / f"{n // PER_FOLDER:04d}" / f"IMG_{n:07d}.jpg"
        if n % PER_FOLDER == 0:
            path.parent.mkdir(parents=True, exist_ok=True)
        data = f"{n}\n".encode()
        path.write_bytes(data)
        info = os.stat(path)
        paths.append(str(path))
        records.append(PhotoRecord(str(path), info.st_size, info.st_mtime_ns, fingerprint_bytes(data),
                                   4000, 3000, 1_700_000_000 + n, vectors[n]))
    engine.add_folders([str(folder)])
    engine.indexes.begin(engine.spec)
    engine.store.ensure(dimension, {"library": engine.library_id, "model": model})
    for start in range(0, count, WRITE_CHUNK):
        engine.store.upsert(records[start:start + WRITE_CHUNK])
    engine.store.flush()
    engine.indexes.finished(engine.spec, complete_run=True)
    engine.keep_search_warm(wait=True)  # as the window would have it: saved with the library at close
    library = SyntheticLibrary(engine, lock, folder, vectors, paths)
    library.reopen()
    return library


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
